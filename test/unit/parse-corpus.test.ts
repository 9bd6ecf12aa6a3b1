// Exact expectations for every bundled corpus file (corpus/README.md lists what each file holds and its pitfalls).
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile, type PolicyDocument } from '../../import/index.ts';

const corpus = (name: string): string => fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url));
const parse = (name: string): Promise<PolicyDocument> => readPolicyFile(corpus(name), { file: name });
const names = (agencies: { name: string }[]): string[] => agencies.map((a) => a.name);

describe('state-council-hitech-opinions.txt', () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await parse('state-council-hitech-opinions.txt');
  });

  test('metadata', () => {
    expect(d.title).toBe('国务院关于促进国家高新技术产业开发区高质量发展的若干意见');
    expect(d.noticeTitle).toBeUndefined();
    expect(d.docNumber).toBe('国发〔2020〕7号');
    expect(d.issuer).toBe('国务院');
    expect(d.jurisdiction).toBe('中华人民共和国');
    expect(d.tier).toBe('national');
    expect(d.kind).toBe('opinions');
    expect(d.issuedOn).toBe('2020-07-13');
    expect(d.publishedOn).toBeUndefined();
    expect(d.addressees).toEqual(['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构']);
    expect(d.publicRelease).toBe(true);
    expect(d.issues).toEqual([]);
  });

  test('outline: 7 parts, 21 articles with headings and empty text', () => {
    expect(d.parts.map((p) => p.heading)).toEqual([
      '总体要求',
      '着力提升自主创新能力',
      '进一步激发企业创新发展活力',
      '推进产业迈向中高端',
      '加大开放创新力度',
      '营造高质量发展环境',
      '加强分类指导和组织管理',
    ]);
    expect(d.parts.map((p) => p.articles.length)).toEqual([3, 3, 3, 2, 3, 5, 2]);
    expect(d.articles).toHaveLength(21);
    expect(d.articles.map((a) => a.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(d.articles.every((a) => a.text === '' && a.items.length === 0)).toBe(true);
    expect(d.articles[11]).toMatchObject({
      number: 12,
      label: '(十二)',
      heading: '推动区域协同发展',
      partNumber: 5,
      path: 'p5/a12',
      order: 12,
      line: 22,
    });
    expect(d.articles[20]).toMatchObject({
      number: 21,
      label: '(二十一)',
      heading: '强化动态管理',
      partNumber: 7,
      path: 'p7/a21',
    });
  });

  test('the closing signature and date are not article text', () => {
    expect(d.articles.at(-1)!.text).toBe('');
    expect(d.agencyRoles).toEqual([
      {
        role: 'issuer',
        agency: { name: '国务院', asWritten: '国务院', jurisdiction: '中华人民共和国', collective: false },
      },
    ]);
  });
});

describe('guangxi-hitech-measures.txt', () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await parse('guangxi-hitech-measures.txt');
  });

  test('metadata: the title after the issuing notice; issued by the General Office with the government approving', () => {
    expect(d.title).toBe('关于促进广西高新技术产业开发区高质量发展的若干措施');
    expect(d.docNumber).toBeUndefined();
    expect(d.issuer).toBe('广西壮族自治区人民政府办公厅');
    expect(d.agencyRoles.map((r) => [r.role, r.agency.name])).toEqual([
      ['issuer', '广西壮族自治区人民政府办公厅'],
      ['approver', '广西壮族自治区人民政府'],
    ]);
    expect(d.tier).toBe('provincial');
    expect(d.jurisdiction).toBe('广西壮族自治区');
    expect(d.kind).toBe('measures');
    expect(d.issuedOn).toBe('2021-08-04');
    expect(d.addressees).toEqual(['各市、县人民政府', '自治区人民政府各组成部门、各直属机构']);
    expect(d.publicRelease).toBe(true);
    expect(d.preamble).toMatch(/^为贯彻落实《国务院关于/);
  });

  test('citation of the State Council opinions typed implements; short title 高新区; vision goal', () => {
    expect(d.citations).toHaveLength(1);
    expect(d.citations[0]).toMatchObject({
      title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
      docNumber: '国发〔2020〕7号',
      issuer: '国务院',
      relation: 'implements',
      line: 6,
    });
    expect(d.shortTitles).toEqual([{ short: '高新区', full: '广西高新技术产业开发区' }]);
    expect(d.goals).toEqual([{ kind: 'vision', text: '将高新区建成创新驱动发展示范区和高质量发展先行区' }]);
    expect(d.events).toEqual([
      {
        kind: 'approval',
        text: '《关于促进广西高新技术产业开发区高质量发展的若干措施》已经自治区人民政府同意,现印发给你们,请认真贯彻执行。',
        bodies: ['自治区人民政府'],
        line: 2,
      },
    ]);
  });

  test('2 parts, 3 articles; agencies of (一) and (二) expanded; (三) has none', () => {
    expect(d.parts.map((p) => [p.heading, p.articles.length])).toEqual([
      ['优化高新区布局', 2],
      ['提升自主创新能力', 1],
    ]);
    expect(d.articles.map((a) => [a.path, a.heading])).toEqual([
      ['p1/a1', '加快创建国家高新区'],
      ['p1/a2', '布局建设一批自治区级高新区'],
      ['p2/a3', '促进创新资源集聚'],
    ]);
    const cooperating = [
      '各市人民政府',
      '广西壮族自治区发展和改革委员会',
      '广西壮族自治区工业和信息化厅',
      '广西壮族自治区财政厅',
      '广西壮族自治区自然资源厅',
      '广西壮族自治区生态环境厅',
      '广西壮族自治区市场监督管理局',
      '国家税务总局广西壮族自治区税务局',
    ];
    for (const a of d.articles.slice(0, 2)) {
      expect(names(a.leadAgencies)).toEqual(['广西壮族自治区科学技术厅']);
      expect(a.leadAgencies[0]).toMatchObject({
        asWritten: '自治区科技厅',
        jurisdiction: '广西壮族自治区',
        collective: false,
      });
      expect(names(a.cooperatingAgencies)).toEqual(cooperating);
      expect(a.cooperatingAgencies.map((x) => x.collective)).toEqual([
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(a.cooperatingAgencies[7]!.asWritten).toBe('广西税务局');
      expect(a.text).not.toContain('牵头单位');
    }
    expect(d.articles[0]!.text).toMatch(/对新获批的国家高新区给予1000万元财政资金补助。$/);
    expect(d.articles[2]!.leadAgencies).toEqual([]);
    expect(d.articles[2]!.cooperatingAgencies).toEqual([]);
  });

  test('money: 1000万元 and 500万元 exact, 500万元 capped in (三)', () => {
    expect(d.articles[0]!.money).toEqual([
      {
        text: '给予1000万元财政资金补助',
        amountYuan: 10_000_000,
        maxYuan: 10_000_000,
        capped: false,
        caseByCase: false,
        condition: '对新获批的国家高新区',
      },
    ]);
    expect(d.articles[1]!.money).toEqual([
      {
        text: '给予500万元财政资金补助',
        amountYuan: 5_000_000,
        maxYuan: 5_000_000,
        capped: false,
        caseByCase: false,
        condition: '对新获批的自治区级高新区',
      },
    ]);
    expect(d.articles[2]!.money).toEqual([
      {
        text: '给予最高不超过500万元财政资金补助',
        amountYuan: 5_000_000,
        maxYuan: 5_000_000,
        capped: true,
        caseByCase: false,
        condition: '对高新区内新认定的自治区新型研发机构,达到补助条件的',
      },
    ]);
    expect(d.articles.map((a) => a.obligations)).toEqual([[], ['支持'], ['支持']]);
  });
});

describe('liuzhou-hitech-measures.txt', () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await parse('liuzhou-hitech-measures.txt');
  });

  test('metadata: no number in this copy; the repost stamp is the publication of this copy', () => {
    expect(d.title).toBe('柳州市关于促进高新技术产业开发区高质量发展的若干措施');
    expect(d.docNumber).toBeUndefined();
    expect(d.publishedOn).toBe('2022-06-28');
    expect(d.issuedOn).toBeUndefined();
    expect(d.tier).toBe('municipal');
    expect(d.jurisdiction).toBe('柳州市');
    expect(d.issuer).toBe('柳州市人民政府');
    expect(d.kind).toBe('measures');
    expect(d.issues).toEqual([]);
  });

  test('5 parts, 21 articles; only (一) and (二) have text', () => {
    expect(d.parts.map((p) => p.articles.length)).toEqual([5, 4, 5, 4, 3]);
    expect(d.articles).toHaveLength(21);
    expect(d.articles.map((a) => a.text !== '')).toEqual([true, true, ...Array(19).fill(false)]);
    expect(d.articles[15]).toMatchObject({ number: 16, heading: '“放管服”优化营商环境', path: 'p4/a16' });
  });

  test('(一) agencies: lead 柳州市科学技术局, the 市 prefix shared by the list, 新区管委会 canonical', () => {
    const a = d.articles[0]!;
    expect(a.leadAgencies).toEqual([
      { name: '柳州市科学技术局', asWritten: '市科技局', jurisdiction: '柳州市', collective: false },
    ]);
    expect(names(a.cooperatingAgencies)).toEqual([
      '柳州市发展和改革委员会',
      '柳州市工业和信息化局',
      '柳州市财政局',
      '柳州市市场监督管理局',
      '各县区人民政府',
      '柳州市柳东新区管理委员会',
    ]);
    expect(a.cooperatingAgencies.map((x) => x.asWritten)).toEqual([
      '市发展改革委',
      '工业和信息化局',
      '财政局',
      '市场监管局',
      '各县区人民政府',
      '新区管委会',
    ]);
    expect(a.cooperatingAgencies.map((x) => x.collective)).toEqual([false, false, false, false, true, false]);
    expect(a.obligations).toEqual(['鼓励', '支持']);
  });

  test('(二) agencies: the other order plus 教育局 and 人力资源社会保障局; 一事一议 money', () => {
    const a = d.articles[1]!;
    expect(names(a.leadAgencies)).toEqual(['柳州市科学技术局']);
    expect(names(a.cooperatingAgencies)).toEqual([
      '各县区人民政府',
      '柳州市柳东新区管理委员会',
      '柳州市发展和改革委员会',
      '柳州市教育局',
      '柳州市工业和信息化局',
      '柳州市财政局',
      '柳州市人力资源和社会保障局',
      '柳州市市场监督管理局',
    ]);
    expect(a.money).toEqual([{ text: '一事一议', capped: false, caseByCase: true }]);
  });
});

describe('liuzhou-hitech-measures-interpretation.txt', () => {
  let d: PolicyDocument;
  let measures: PolicyDocument;
  beforeAll(async () => {
    d = await parse('liuzhou-hitech-measures-interpretation.txt');
    measures = await parse('liuzhou-hitech-measures.txt');
  });

  test('an interpretation of 柳政规〔2021〕18号; its title broken over lines 5–7 is the same title', () => {
    expect(d.kind).toBe('interpretation');
    expect(d.title).toBe('《柳州市关于促进高新技术产业开发区高质量发展的若干措施》政策解读');
    expect(d.docNumber).toBeUndefined();
    expect(d.interprets).toEqual({
      title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
      docNumber: '柳政规〔2021〕18号',
    });
    expect(d.publishedOn).toBe('2022-02-24');
    expect(d.tier).toBe('municipal');
    expect(d.issuer).toBe('柳州市科学技术局');
    expect(d.issues.map((i) => [i.line, i.code])).toEqual([
      [3, 'PAGE_METADATA'],
      [5, 'TITLE_JOINED'],
    ]);
  });

  test('summary: 5 parts and 21 articles declared, with the headings of the measures', () => {
    expect(d.summary?.declaredParts).toBe(5);
    expect(d.summary?.declaredArticles).toBe(21);
    expect(d.summary?.parts.map((p) => p.heading)).toEqual(measures.parts.map((p) => p.heading));
    expect(d.summary?.parts.flatMap((p) => p.articles.map((a) => [a.number, a.heading]))).toEqual(
      measures.articles.map((a) => [a.number, a.heading]),
    );
    expect(d.summary?.parts[0]!.heading).toBe('提高产业自主创新能力');
  });

  test('citations and short title', () => {
    expect(d.shortTitles).toEqual([
      { short: '高新区措施', full: '柳州市关于促进高新技术产业开发区高质量发展的若干措施' },
      { short: '高新区', full: '高新技术产业开发区' },
    ]);
    expect(d.citations.map((c) => [c.title, c.docNumber, c.relation, c.line])).toEqual([
      ['柳州市关于促进高新技术产业开发区高质量发展的若干措施', '柳政规〔2021〕18号', 'interprets', 1],
      ['国务院关于促进国家高新技术产业开发区高质量发展的若干意见', undefined, 'cites', 14],
      ['广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施', undefined, 'cites', 14],
      ['科技强桂三年行动方案(2021—2023年)', undefined, 'cites', 14],
      ['中华人民共和国科学技术进步法', undefined, 'implements', 32],
    ]);
    expect(d.citations[1]!.issuer).toBe('国务院');
    // The bracket after the cited law dates the law's version: kept on the citation, not as an event of this text.
    expect(d.citations.map((c) => c.citedVersion)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      { date: '2021-12-24', text: '(20211224日第十三届全国人民代表大会常务委员会第三十二次会议第二次修订)' },
    ]);
  });

  test("timeline: drafting, consultation, approval, issuance; the cited law's revision is no event of this text", () => {
    expect(
      d.events.map(({ kind, start, end, units, rounds, bodies, line }) => ({
        kind,
        start,
        end,
        units,
        rounds,
        bodies,
        line,
      })),
    ).toEqual([
      {
        kind: 'drafting',
        start: '2021-03',
        end: '2021-09',
        units: undefined,
        rounds: undefined,
        bodies: undefined,
        line: 50,
      },
      {
        kind: 'consultation',
        start: '2021-10-12',
        end: '2021-11-25',
        units: 80,
        rounds: 2,
        bodies: undefined,
        line: 50,
      },
      {
        kind: 'approval',
        start: '2021-12',
        end: undefined,
        units: undefined,
        rounds: undefined,
        bodies: ['市人民政府常务会', '市委全面深化改革委员会会议'],
        line: 50,
      },
      {
        kind: 'issuance',
        start: '2021-12',
        end: undefined,
        units: undefined,
        rounds: undefined,
        bodies: ['市人民政府'],
        line: 50,
      },
    ]);
    expect(d.events[0]!.text).toBe('20213月—20219月,文件起草。');
  });

  test('drafter and approvers', () => {
    expect(d.agencyRoles.map((r) => [r.role, r.agency.name, r.detail])).toEqual([
      ['issuer', '柳州市科学技术局', undefined],
      ['drafter', '柳州市科学技术局', '市科技局牵头制订'],
      ['approver', '柳州市人民政府', '市人民政府常务会'],
      ['approver', '中共柳州市委全面深化改革委员会', '市委全面深化改革委员会会议'],
    ]);
  });

  test('the interpretation keeps its own outline: the outline lines are part text, not parts', () => {
    expect(d.parts.map((p) => p.heading)).toEqual(['重要意义', '主要内容', '重点内容说明', '文件印发过程']);
    expect(d.parts[1]!.text).toContain('一、提高产业自主创新能力。分别为:(一)加强关键核心技术攻关。');
    expect(d.articles.map((a) => a.heading)).toEqual([
      '积极贯彻落实法律法规要求',
      '明确高新区发展路径',
      '明确五项重点工作',
    ]);
    expect(d.articles[2]!.items.map((i) => [i.number, i.path])).toEqual([
      [1, 'p3/a3/i1'],
      [2, 'p3/a3/i2'],
      [3, 'p3/a3/i3'],
      [4, 'p3/a3/i4'],
      [5, 'p3/a3/i5'],
    ]);
    expect(d.articles[2]!.items[0]!.text).toMatch(/^出政策多投入狠抓工作落实。/);
  });
});

describe('most-hitech-zone-plan-14th.txt', () => {
  let d: PolicyDocument;
  beforeAll(async () => {
    d = await parse('most-hitech-zone-plan-14th.txt');
  });

  test('the notice title wraps the plan; the broken second line is neither title nor heading', () => {
    expect(d.noticeTitle).toBe('科技部关于印发《“十四五”国家高新技术产业开发区发展规划》的通知');
    expect(d.title).toBe('“十四五”国家高新技术产业开发区发展规划');
    expect(d.issuer).toBe('科学技术部');
    expect(d.tier).toBe('national');
    expect(d.kind).toBe('plan');
    expect(d.issuedOn).toBe('2022-09-21');
    expect([...d.parts.map((p) => p.heading), ...d.articles.map((a) => a.heading)]).not.toContain(
      '产业开发区发展规划》的通知',
    );
  });

  test('numbering restarting in each part: 19 articles numbered 1..19 with unique paths', () => {
    expect(d.parts.map((p) => [p.heading, p.articles.length])).toEqual([
      ['形势需求', 2],
      ['总体要求', 4],
      ['重点任务', 9],
      ['保障措施', 4],
    ]);
    expect(d.articles.map((a) => a.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(d.articles.slice(0, 4).map((a) => [a.label, a.path])).toEqual([
      ['(一)', 'p1/a1'],
      ['(二)', 'p1/a2'],
      ['(一)', 'p2/a3'],
      ['(二)', 'p2/a4'],
    ]);
    expect(new Set(d.articles.map((a) => a.path)).size).toBe(19);
  });

  test('debris lines 28–31 kept out of the structure and reported', () => {
    expect(d.issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'BROKEN_TITLE_FRAGMENT'],
      [6, 'NUMBERING_RESTARTS'],
      [28, 'WEB_DEBRIS'],
      [29, 'WEB_DEBRIS'],
      [30, 'WEB_DEBRIS'],
      [31, 'WEB_DEBRIS'],
    ]);
    expect(d.articles.at(-1)).toMatchObject({ heading: '完善规划落实机制', text: '' });
  });
});

describe('parts whose numbering restarts', () => {
  test('parts whose numbering restarts (a report’s 一、二、 under each division) are numbered in document order', () => {
    const text = [
      '一、2020年主要工作',
      '（一）抗击疫情。做好防控。',
      '二、“十三五”主要成就',
      '（一）营商环境。明显改善。',
      '一、今年主要预期目标',
      '（一）经济增长。地区生产总值增长6%以上。',
    ].join('\n');
    const restarted = parsePolicyText(text, { file: 'report.txt' });
    expect(restarted.parts.map((p) => [p.label, p.path])).toEqual([
      ['一、', 'p1'],
      ['二、', 'p2'],
      ['一、', 'p3'],
    ]);
    expect(restarted.articles.map((a) => a.path)).toEqual(['p1/a1', 'p2/a2', 'p3/a3']);
    expect(restarted.issues.map((i) => i.message)).toContain(
      'part numbering restarts; 3 parts numbered 1..3 in document order',
    );
  });
});
