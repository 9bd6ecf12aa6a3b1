import { describe, expect, test } from 'vitest';
import type { Citation } from '../../model/index.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import type { KnownPolicy } from '../../import/write/known-policy.ts';
import { resolveCitations, type CitingDocument } from '../../import/write/resolve-citations.ts';
import { resolvePolicyIdentity } from '../../import/write/resolve-policy-identity.ts';
import { addToRegistry, createRunRegistry, numberForTitle } from '../../import/write/run-registry.ts';

const LIUZHOU = '柳州市关于促进高新技术产业开发区高质量发展的若干措施';
const LIUZHOU_KEY = buildTitleKey(LIUZHOU);
const GUANGXI = '关于促进广西高新技术产业开发区高质量发展的若干措施';
const GUANGXI_KEY = buildTitleKey(GUANGXI);
const STATE = '国务院关于促进国家高新技术产业开发区高质量发展的若干意见';

describe('resolvePolicyIdentity', () => {
  const doc = { file: 'liuzhou-hitech-measures.txt', title: LIUZHOU, titleKey: LIUZHOU_KEY };

  test('a new document without number gets t: + title key', () => {
    expect(resolvePolicyIdentity(doc, [])).toEqual({ outcome: 'new', id: `t:${LIUZHOU_KEY.key}` });
  });

  test('a number another file of the run gives it becomes its id', () => {
    expect(resolvePolicyIdentity({ ...doc, registryNumber: '柳政规〔2021〕18号' }, [])).toEqual({
      outcome: 'new',
      id: '柳政规〔2021〕18号',
      docNumber: '柳政规〔2021〕18号',
      numberSource: 'run',
    });
  });

  test('a cited-only node found by title key is upgraded in place, keeping its id and number', () => {
    const cited: KnownPolicy = {
      id: '柳政规〔2021〕18号',
      docNumber: '柳政规〔2021〕18号',
      titleKey: LIUZHOU_KEY.key,
      title: LIUZHOU,
      status: 'cited',
    };
    expect(resolvePolicyIdentity(doc, [cited])).toEqual({
      outcome: 'existing',
      id: '柳政规〔2021〕18号',
      docNumber: '柳政规〔2021〕18号',
      previous: cited,
      numberSource: 'graph',
    });
  });

  test('the same number under a conflicting title from another file is refused, naming both files', () => {
    const first: KnownPolicy = {
      id: '国发〔2020〕7号',
      docNumber: '国发〔2020〕7号',
      titleKey: buildTitleKey(STATE).key,
      title: STATE,
      status: 'full',
      file: 'a.txt',
    };
    const result = resolvePolicyIdentity(
      {
        file: 'b.txt',
        title: '关于别的事情的通知',
        titleKey: buildTitleKey('关于别的事情的通知'),
        docNumber: '国发〔2020〕7号',
      },
      [first],
    );
    expect(result).toEqual({
      outcome: 'refused',
      code: 'CONFLICTING_NUMBER',
      conflictingFile: 'a.txt',
      message: `b.txt: number 国发〔2020〕7号 already belongs to 《${STATE}》 imported from a.txt, while this file is titled 《关于别的事情的通知》; refused, nothing written`,
    });
  });

  test('the same number from the same file under an edited title is a re-import', () => {
    const first: KnownPolicy = {
      id: '国发〔2020〕7号',
      docNumber: '国发〔2020〕7号',
      titleKey: 'x|y',
      title: 'y',
      status: 'full',
      file: 'corpus/a.txt',
    };
    const result = resolvePolicyIdentity(
      {
        file: '/tmp/a.txt',
        title: '关于别的事情的通知',
        titleKey: buildTitleKey('关于别的事情的通知'),
        docNumber: '国发〔2020〕7号',
      },
      [first],
    );
    expect(result).toMatchObject({ outcome: 'existing', id: '国发〔2020〕7号' });
  });

  test('a same-titled document carrying another number is a different document', () => {
    const other: KnownPolicy = {
      id: '柳政规〔2020〕1号',
      docNumber: '柳政规〔2020〕1号',
      titleKey: LIUZHOU_KEY.key,
      status: 'full',
      file: 'old.txt',
    };
    expect(resolvePolicyIdentity({ ...doc, docNumber: '柳政规〔2021〕18号' }, [other])).toEqual({
      outcome: 'new',
      id: '柳政规〔2021〕18号',
      docNumber: '柳政规〔2021〕18号',
      numberSource: 'text',
    });
  });

  test('an edited title of the same file keeps the node (matched by file)', () => {
    const before: KnownPolicy = {
      id: `t:${LIUZHOU_KEY.key}`,
      titleKey: LIUZHOU_KEY.key,
      status: 'full',
      file: 'liuzhou-hitech-measures.txt',
    };
    const edited = {
      ...doc,
      title: '柳州市关于促进高新区发展的措施',
      titleKey: buildTitleKey('柳州市关于促进高新区发展的措施'),
    };
    expect(resolvePolicyIdentity(edited, [before])).toMatchObject({ outcome: 'existing', id: `t:${LIUZHOU_KEY.key}` });
  });
});

describe('resolveCitations', () => {
  const interpretation: CitingDocument = {
    file: 'interp.txt',
    id: `t:柳州市|${LIUZHOU_KEY.rest}政策解读`,
    titleKey: buildTitleKey(`${LIUZHOU}政策解读`),
    shortTitles: [{ short: '高新区措施', full: LIUZHOU }],
  };
  const cite = (
    title: string | undefined,
    docNumber: string | undefined,
    relation: Citation['relation'] = 'cites',
    line = 1,
  ): Citation => ({
    ...(title ? { title } : {}),
    ...(docNumber ? { docNumber } : {}),
    relation,
    line,
  });

  test('the Guangxi measures cited under another title resolve to the imported node and keep the title as alias', () => {
    const guangxi: KnownPolicy = {
      id: `t:${GUANGXI_KEY.key}`,
      titleKey: GUANGXI_KEY.key,
      title: GUANGXI,
      status: 'full',
      file: 'guangxi.txt',
    };
    const { links, issues } = resolveCitations(
      interpretation,
      [cite('《广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施》', undefined, 'cites', 12)],
      [guangxi],
      createRunRegistry(),
    );
    expect(issues).toEqual([]);
    expect(links).toEqual([
      {
        targetId: `t:${GUANGXI_KEY.key}`,
        relation: 'cites',
        line: 12,
        citedTitle: '《广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施》',
        citedNumber: null,
        resolved: true,
        alias: '广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施',
      },
    ]);
  });

  test('an unknown document becomes a cited-only node with inferred tier; its number is its id', () => {
    const { links } = resolveCitations(
      interpretation,
      [cite(STATE, '国发〔2020〕7号', 'implements', 3)],
      [],
      createRunRegistry(),
    );
    expect(links).toEqual([
      {
        targetId: '国发〔2020〕7号',
        relation: 'implements',
        line: 3,
        citedTitle: STATE,
        citedNumber: '国发〔2020〕7号',
        resolved: false,
        create: {
          id: '国发〔2020〕7号',
          title: STATE,
          titleKey: '中华人民共和国|关于促进国家高新技术产业开发区高质量发展的若干意见',
          docNumber: '国发〔2020〕7号',
          docNumberOriginal: '国发〔2020〕7号',
          issuer: null,
          tier: 'national',
          jurisdiction: '中华人民共和国',
          kind: 'opinions',
        },
      },
    ]);
  });

  test('the number a citation carries fills an existing node that has none (the Liuzhou measures)', () => {
    const measures: KnownPolicy = {
      id: `t:${LIUZHOU_KEY.key}`,
      titleKey: LIUZHOU_KEY.key,
      title: LIUZHOU,
      status: 'full',
      file: 'liuzhou.txt',
    };
    const { links } = resolveCitations(
      interpretation,
      [cite(LIUZHOU, '柳政规〔2021〕18号', 'interprets')],
      [measures],
      createRunRegistry(),
    );
    expect(links).toMatchObject([
      { targetId: `t:${LIUZHOU_KEY.key}`, relation: 'interprets', fillNumber: '柳政规〔2021〕18号', resolved: true },
    ]);
  });

  test('a short title expands; repeated citations of one document give one link with the strongest relation', () => {
    const { links } = resolveCitations(
      interpretation,
      [
        cite('高新区措施', undefined, 'cites', 5),
        cite(LIUZHOU, '柳政规〔2021〕18号', 'interprets', 1),
        cite(`《${LIUZHOU}》`, undefined, 'cites', 9),
      ],
      [],
      createRunRegistry(),
    );
    expect(links.map((l) => [l.targetId, l.relation, l.line, l.create?.docNumber])).toEqual([
      [`t:${LIUZHOU_KEY.key}`, 'interprets', 1, null],
    ]);
  });

  test('the number first: a citation with number and title creates one node that later title-only citations reuse', () => {
    const { links } = resolveCitations(
      interpretation,
      [cite(LIUZHOU, '柳政规〔2021〕18号', 'interprets', 1), cite('高新区措施', undefined, 'cites', 5)],
      [],
      createRunRegistry(),
    );
    expect(links.map((l) => [l.targetId, l.relation])).toEqual([['柳政规〔2021〕18号', 'interprets']]);
  });

  test('a document citing itself is ignored with an issue; a cycle through another document is an ordinary link', () => {
    const self: CitingDocument = { file: 'gx.txt', id: `t:${GUANGXI_KEY.key}`, titleKey: GUANGXI_KEY, shortTitles: [] };
    const other: KnownPolicy = { id: '国发〔2020〕7号', docNumber: '国发〔2020〕7号', status: 'full', file: 's.txt' };
    const { links, issues } = resolveCitations(
      self,
      [cite(`《${GUANGXI}》`, undefined, 'cites', 2), cite(undefined, '国发〔2020〕7号', 'implements', 6)],
      [other],
      createRunRegistry(),
    );
    expect(issues).toEqual([
      {
        file: 'gx.txt',
        line: 2,
        severity: 'warning',
        code: 'SELF_CITATION',
        message: `the document cites itself (《${GUANGXI}》): ignored`,
      },
    ]);
    expect(links.map((l) => [l.targetId, l.relation, l.resolved])).toEqual([['国发〔2020〕7号', 'implements', true]]);
  });

  test('a document cited as its issuing notice names it, in other words (关于…的), cites itself: no cited stub', () => {
    // cni.top/html/2017/pioneerpolicy_1028/26711.html: the notice issues 促进我市…实施方案, its body names
    // 《关于促进我市…的实施方案》.
    const own = buildTitleKey('关于促进我市开发区改革和创新发展实施方案');
    const self: CitingDocument = {
      file: 'tj.txt',
      id: '津政办函〔2017〕103号',
      docNumber: '津政办函〔2017〕103号',
      titleKey: own,
      shortTitles: [],
    };
    const { links, issues } = resolveCitations(
      self,
      [
        cite('关于促进我市开发区改革和创新发展的实施方案', undefined, 'cites', 7),
        cite('关于促进我市开发区创新发展的实施方案', undefined, 'cites', 9),
      ],
      [],
      createRunRegistry(),
    );
    expect(issues.map((i) => [i.code, i.line])).toEqual([['SELF_CITATION', 7]]);
    expect(links.map((l) => l.targetId)).toEqual(['t:|关于促进我市开发区创新发展的实施方案']);
  });

  test('a target the run will import counts as resolved even before it is written', () => {
    const registry = createRunRegistry();
    addToRegistry(registry, { titleKey: buildTitleKey('中华人民共和国科学技术进步法').key, given: [] });
    const { links } = resolveCitations(
      interpretation,
      [cite('中华人民共和国科学技术进步法', undefined), cite('科技强桂三年行动方案(2021—2023年)', undefined)],
      [],
      registry,
    );
    expect(links.map((l) => [l.targetId, l.resolved, l.create?.tier])).toEqual([
      ['t:中华人民共和国|科学技术进步法', true, 'national'],
      ['t:|科技强桂三年行动方案(2021-2023年)', false, 'provincial'],
    ]);
  });
});

describe('run registry', () => {
  test("a number given by another document is found by the cited document's own title form", () => {
    const registry = createRunRegistry();
    addToRegistry(registry, { titleKey: 'x', given: [{ titleKey: LIUZHOU_KEY.key, docNumber: '柳政规〔2021〕18号' }] });
    expect(numberForTitle(registry, buildTitleKey(LIUZHOU))).toBe('柳政规〔2021〕18号');
    expect(numberForTitle(registry, GUANGXI_KEY)).toBeUndefined();
  });

  test('a number given under a jurisdiction-qualified title reaches a title that names no jurisdiction (loose match)', () => {
    const registry = createRunRegistry();
    addToRegistry(registry, {
      titleKey: 'x',
      given: [
        {
          titleKey: buildTitleKey('科技部关于印发《“十四五”国家高新技术产业开发区发展规划》的通知').key,
          docNumber: '国科发火〔2022〕251号',
        },
      ],
    });
    expect(numberForTitle(registry, buildTitleKey('“十四五”国家高新技术产业开发区发展规划'))).toBe(
      '国科发火〔2022〕251号',
    );
    expect(numberForTitle(registry, buildTitleKey('广西“十四五”国家高新技术产业开发区发展规划'))).toBeUndefined();
  });

  test("a document's own number wins over one another document gives it", () => {
    const registry = createRunRegistry();
    addToRegistry(registry, { titleKey: 'x', given: [{ titleKey: LIUZHOU_KEY.key, docNumber: '柳政规〔2021〕99号' }] });
    addToRegistry(registry, { titleKey: LIUZHOU_KEY.key, docNumber: '柳政规〔2021〕18号', given: [] });
    expect(numberForTitle(registry, LIUZHOU_KEY)).toBe('柳政规〔2021〕18号');
  });
});

describe('empty titles and edited numbers', () => {
  test('an empty title matches nothing, not even another empty title', () => {
    const untitled: KnownPolicy = {
      id: '柳政发〔2021〕9号',
      docNumber: '柳政发〔2021〕9号',
      titleKey: '|',
      status: 'full',
      file: 'a.txt',
    };
    expect(
      resolvePolicyIdentity(
        { file: 'b.txt', title: '', titleKey: buildTitleKey(''), docNumber: '柳政发〔2021〕10号' },
        [untitled],
      ),
    ).toEqual({
      outcome: 'new',
      id: '柳政发〔2021〕10号',
      docNumber: '柳政发〔2021〕10号',
      numberSource: 'text',
    });
  });

  test('the same file with a corrected number keeps its node and id', () => {
    const before: KnownPolicy = {
      id: '柳政发〔2021〕9号',
      docNumber: '柳政发〔2021〕9号',
      titleKey: LIUZHOU_KEY.key,
      status: 'full',
      file: 'liuzhou.txt',
    };
    expect(
      resolvePolicyIdentity(
        { file: 'liuzhou.txt', title: LIUZHOU, titleKey: LIUZHOU_KEY, docNumber: '柳政发〔2021〕19号' },
        [before],
      ),
    ).toEqual({
      outcome: 'existing',
      id: '柳政发〔2021〕9号',
      docNumber: '柳政发〔2021〕19号',
      previous: before,
      numberSource: 'text',
    });
  });
  test('the same file whose misread number is corrected keeps its node and takes in the cited-only node of the right number', () => {
    // 平阳县's page: 文号平政办〔2021〕80号 (label glued on) was its number, its own number line a citation of 平政办〔2021〕80号.
    const before: KnownPolicy = {
      id: '文号平政办〔2021〕80号',
      docNumber: '文号平政办〔2021〕80号',
      titleKey: LIUZHOU_KEY.key,
      status: 'full',
      file: 'pingyang.txt',
    };
    const stub: KnownPolicy = { id: '平政办〔2021〕80号', docNumber: '平政办〔2021〕80号', status: 'cited' };
    const corrected = { file: 'pingyang.txt', title: LIUZHOU, titleKey: LIUZHOU_KEY, docNumber: '平政办〔2021〕80号' };
    expect(resolvePolicyIdentity(corrected, [stub, before])).toEqual({
      outcome: 'existing',
      id: '文号平政办〔2021〕80号',
      docNumber: '平政办〔2021〕80号',
      previous: before,
      absorbs: '平政办〔2021〕80号',
      numberSource: 'text',
    });
    // Another file of that title is another copy, not this file again: it takes the cited-only node as before.
    expect(resolvePolicyIdentity({ ...corrected, file: 'copy.txt' }, [stub, before])).toMatchObject({
      outcome: 'existing',
      id: '平政办〔2021〕80号',
    });
  });
});

describe('loose title matches are judged over the whole run, not over what the graph holds yet', () => {
  const BARE = '关于促进戊事项发展的若干措施';
  const LIU = buildTitleKey(`柳州市${BARE}`);
  const NAN = buildTitleKey(`南宁市${BARE}`);
  const liuzhou: KnownPolicy = {
    id: '柳政发〔2021〕5号',
    docNumber: '柳政发〔2021〕5号',
    titleKey: LIU.key,
    title: `柳州市${BARE}`,
    status: 'full',
    file: 'a-liuzhou.txt',
  };
  const citing: CitingDocument = {
    file: 'b-citing.txt',
    id: '梧政发〔2021〕3号',
    docNumber: '梧政发〔2021〕3号',
    titleKey: buildTitleKey('梧州市关于戊事项的实施方案'),
    shortTitles: [],
  };
  const citation: Citation = { title: `《${BARE}》`, relation: 'implements', line: 4 };
  const registryWith = (...keys: string[]) => {
    const registry = createRunRegistry();
    for (const key of keys) addToRegistry(registry, { titleKey: key, given: [], cited: [buildTitleKey(BARE).key] });
    return registry;
  };

  test('a title naming no jurisdiction reaches the one document of the run with that title', () => {
    const { links } = resolveCitations(citing, [citation], [liuzhou], registryWith(LIU.key));
    expect(links.map((l) => l.targetId)).toEqual(['柳政发〔2021〕5号']);
  });

  test('when the run also has the same title in another city, the citation stays cited-only, imported or not', () => {
    const registry = registryWith(LIU.key, NAN.key);
    const before = resolveCitations(citing, [citation], [liuzhou], registry).links.map((l) => l.targetId);
    const nanning: KnownPolicy = {
      ...liuzhou,
      id: '南府发〔2021〕7号',
      docNumber: '南府发〔2021〕7号',
      titleKey: NAN.key,
      file: 'c-nanning.txt',
    };
    const after = resolveCitations(citing, [citation], [liuzhou, nanning], registry).links.map((l) => l.targetId);
    expect(before).toEqual([`t:${buildTitleKey(BARE).key}`]);
    expect(after).toEqual(before);
  });

  test('a document does not take over a cited-only node named without jurisdiction when the run has that title elsewhere', () => {
    const cited: KnownPolicy = {
      id: `t:${buildTitleKey(BARE).key}`,
      titleKey: buildTitleKey(BARE).key,
      title: BARE,
      status: 'cited',
    };
    const doc = { file: 'a-liuzhou.txt', title: `柳州市${BARE}`, titleKey: LIU, docNumber: '柳政发〔2021〕5号' };
    expect(resolvePolicyIdentity({ ...doc, runKeys: [LIU.key] }, [cited])).toMatchObject({
      outcome: 'existing',
      id: cited.id,
    });
    expect(resolvePolicyIdentity({ ...doc, runKeys: [LIU.key, NAN.key] }, [cited])).toEqual({
      outcome: 'new',
      id: '柳政发〔2021〕5号',
      docNumber: '柳政发〔2021〕5号',
      numberSource: 'text',
    });
  });
});

describe('a citation of a statute the graph holds in several versions resolves to the version the version step picks', () => {
  const KEY = buildTitleKey('上海市科学技术进步条例');
  const WORK = `w:${KEY.key}`;
  const version = (date: string): KnownPolicy => ({
    id: `t:${KEY.key}@${date}`,
    titleKey: KEY.key,
    title: '上海市科学技术进步条例',
    status: 'full',
    workId: WORK,
    versionDate: date,
  });
  const V2010 = version('2010-09-17');
  const V2024 = version('2024-05-10');
  const citing = (madeBy: string | undefined, workId?: string): CitingDocument => ({
    file: 'citing.txt',
    id: 't:上海市|关于推进科技成果转化服务体系建设的通知',
    titleKey: buildTitleKey('上海市科学技术委员会关于推进科技成果转化服务体系建设的通知'),
    shortTitles: [],
    ...(madeBy ? { madeBy } : {}),
    ...(workId ? { workId } : {}),
  });
  const targetOf = (doc: CitingDocument, candidates: KnownPolicy[]) =>
    resolveCitations(
      doc,
      [{ title: '《上海市科学技术进步条例》', relation: 'implements', line: 8 }],
      candidates,
      createRunRegistry(),
    ).links.map((l) => l.targetId);

  // Both lookup orders: the database returns the versions in no promised order.
  test.each([
    ['2019', V2010.id],
    ['2025-03-18', V2024.id],
    ['2024-05-10', V2024.id],
    ['2003', V2010.id],
    [undefined, V2024.id],
  ])('a text made by %s rests on %s, whichever version the lookup returns first', (madeBy, expected) => {
    expect(targetOf(citing(madeBy), [V2010, V2024])).toEqual([expected]);
    expect(targetOf(citing(madeBy), [V2024, V2010])).toEqual([expected]);
  });

  test('a cited-only node of the title found first (by the number the run gives it) gives way to the version', () => {
    const stub: KnownPolicy = {
      id: '沪人大常〔2010〕1号',
      docNumber: '沪人大常〔2010〕1号',
      titleKey: KEY.key,
      status: 'cited',
    };
    expect(targetOf(citing('2025'), [stub, V2010, V2024])).toEqual([V2024.id]);
    expect(targetOf(citing('2019'), [stub, V2024])).toEqual([V2024.id]);
  });

  test('a number picks among the versions bearing it; a version without it keeps the citation it was found by', () => {
    const cite = (docNumber: string): Citation => ({
      title: '《上海市科学技术进步条例》',
      docNumber,
      relation: 'cites',
      line: 3,
    });
    const resolve = (madeBy: string, citation: Citation, candidates: KnownPolicy[]) =>
      resolveCitations(citing(madeBy), [citation], candidates, createRunRegistry()).links.map((l) => [
        l.targetId,
        l.fillNumber,
      ]);
    // Every revision of a statute keeps the number that first promulgated it: the date picks among them.
    const NUMBER = '上海市人大常委会公告第30号';
    const numbered = [
      { ...V2010, docNumber: NUMBER },
      { ...V2024, docNumber: NUMBER },
    ];
    expect(resolve('2019', cite(NUMBER), numbered)).toEqual([[V2010.id, undefined]]);
    expect(resolve('2025', cite(NUMBER), numbered)).toEqual([[V2024.id, undefined]]);
    // A number only the 2024 version bears: the 2019 text's citation names it, whatever its date.
    const only2024 = [V2010, { ...V2024, docNumber: '沪人大〔2024〕5号' }];
    expect(resolve('2019', cite('沪人大〔2024〕5号'), only2024)).toEqual([[V2024.id, undefined]]);
    // A number no version bears goes, as before, to the version found by title, which is given it — not by date.
    expect(resolve('2025', cite('沪人大〔2010〕9号'), [V2010, { ...V2024, docNumber: '沪人大〔2024〕5号' }])).toEqual([
      [V2010.id, '沪人大〔2010〕9号'],
    ]);
  });

  test('a number the run only gives the title does not hold a citation by title alone on the version bearing it', () => {
    // Each revision may bear its own number (征兵工作条例: none read in 2001, 令第759号 in 2023); the run keeps one for the title.
    const registry = createRunRegistry();
    addToRegistry(registry, { titleKey: KEY.key, docNumber: '令第759号', given: [] });
    const resolve = (madeBy: string, versions: KnownPolicy[]) =>
      resolveCitations(
        citing(madeBy),
        [{ title: '《上海市科学技术进步条例》', relation: 'cites', line: 3 }],
        versions,
        registry,
      ).links.map((l) => [l.targetId, l.fillNumber]);
    expect(resolve('2003', [V2010, { ...V2024, docNumber: '令第759号' }])).toEqual([[V2010.id, undefined]]);
    expect(
      resolve('2025', [
        { ...V2010, docNumber: '令第759号' },
        { ...V2024, docNumber: '令第788号' },
      ]),
    ).toEqual([[V2024.id, undefined]]);
  });

  test('a citation from a version of the same work, or into a title two works bear, is left as found', () => {
    expect(targetOf(citing('2025', WORK), [V2010, V2024])).toEqual([V2010.id]);
    const other: KnownPolicy = { ...V2010, workId: 'w:其他|科学技术进步条例' };
    expect(targetOf(citing('2025'), [other, V2024])).toEqual([other.id]);
    const stub: KnownPolicy = { id: `t:${KEY.key}`, titleKey: KEY.key, status: 'cited' };
    expect(targetOf(citing('2025'), [stub, other, V2024])).toEqual([stub.id]);
  });
});
