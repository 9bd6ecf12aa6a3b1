/**
 * The pure side of versions: which version a text is (head lines, else the file name, flagged), repeal and amendment
 * statements, the versions of a work in time, and the article diff between two versions.
 */
import { describe, expect, test } from 'vitest';
import type { PolicyDocument, TimelineEvent } from '../../model/index.ts';
import {
  citableVersions,
  diffArticleVersions,
  orderVersions,
  pickCitedVersion,
  readDocumentVersion,
  readVersionStatements,
  versionInForce,
  versionPolicyId,
  workKeyOf,
} from '../../import/versions/index.ts';
import { resolvePolicyIdentity } from '../../import/write/resolve-policy-identity.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { addToRegistry, createRunRegistry, ownNumberForTitle } from '../../import/write/run-registry.ts';
import { changedSpan } from '../../text/index.ts';
import { statuteArticle } from '../support/statute-article.ts';

const article = statuteArticle;

function statute(fields: Partial<PolicyDocument> & { file: string; title: string }): PolicyDocument {
  return {
    tier: 'provincial',
    kind: 'regulation',
    addressees: [],
    publicRelease: false,
    parts: [],
    articles: [article(10, '为了……制定本条例。')],
    citations: [],
    shortTitles: [],
    goals: [],
    events: [],
    agencyRoles: [],
    issues: [],
    provenance: { file: fields.file, sha256: 'x', importerVersion: 'test' },
    ...fields,
  };
}

const event = (kind: TimelineEvent['kind'], start: string, line: number): TimelineEvent => ({
  kind,
  start,
  line,
  text: `${start} …`,
});

describe('readDocumentVersion', () => {
  test('the latest head line (通过, 修正, 修订) dates the version; the work key carries the jurisdiction', () => {
    const doc = statute({
      file: '上海市科学技术进步条例(2024-05-10).md',
      title: '上海市科学技术进步条例',
      jurisdiction: '上海市',
      events: [
        event('adoption', '1996-06-20', 3),
        event('amendment', '2000-07-13', 5),
        event('revision', '2010-09-17', 7),
        event('revision', '2024-05-10', 9),
        event('effect', '2024-06-01', 200),
      ],
    });
    expect(readDocumentVersion(doc)).toEqual({
      date: '2024-05-10',
      source: 'head-line',
      event: 'revision',
      eventText: '2024-05-10 …',
      workKey: '上海市|科学技术进步条例',
    });
  });

  test('without head lines the file name gives the date, flagged as such; an effect line in the body is no head line', () => {
    const doc = statute({
      file: 'x/上海市科学技术进步条例(2010-09-17).md',
      title: '上海市科学技术进步条例',
      jurisdiction: '上海市',
      events: [event('effect', '2010-11-01', 225)],
    });
    expect(readDocumentVersion(doc)).toEqual({
      date: '2010-09-17',
      source: 'file-name',
      workKey: '上海市|科学技术进步条例',
    });
  });

  test('a title naming no place takes the document jurisdiction into the work key', () => {
    expect(workKeyOf({ title: '不动产登记暂行条例', jurisdiction: '中华人民共和国' })).toBe(
      '中华人民共和国|不动产登记暂行条例',
    );
  });

  test('a normative document and a statute without any date are not versioned', () => {
    expect(
      readDocumentVersion(statute({ file: 'a(2020-01-01).txt', title: '关于…的若干措施', kind: 'measures' })),
    ).toBeUndefined();
    expect(readDocumentVersion(statute({ file: 'a.md', title: '某条例' }))).toBeUndefined();
  });

  test('numbered statutes are versioned too: every revision of 专利法实施细则 keeps 国务院令第306号 in its head lines', () => {
    // lawrefbook 行政法规/专利法实施细则(2010-01-09).md and (2023-12-11).md: both head lines begin
    // (2001年6月15日中华人民共和国国务院令第306号公布 …), so the number cannot tell the two texts apart.
    const versionOf = (file: string, revised: string) =>
      readDocumentVersion(
        statute({
          file,
          title: '中华人民共和国专利法实施细则',
          jurisdiction: '中华人民共和国',
          authorityLevel: 'administrative_regulation',
          docNumber: '国务院令第306号',
          events: [event('promulgation', '2001-06-15', 2), event('revision', revised, 3)],
        }),
      );
    const ids = [versionOf('a(2010-01-09).md', '2010-01-09'), versionOf('a(2023-12-11).md', '2023-12-11')].map(
      (v) => v && versionPolicyId(v),
    );
    expect(ids).toEqual(['t:中华人民共和国|专利法实施细则@2010-01-09', 't:中华人民共和国|专利法实施细则@2023-12-11']);
  });

  test('the authority level decides over the kind when present', () => {
    const doc = statute({
      file: 'b(2019-01-01).md',
      title: '某某办法',
      kind: 'other',
      authorityLevel: 'local_government_rule',
    });
    expect(readDocumentVersion(doc)?.date).toBe('2019-01-01');
  });
});

describe('identity of a version', () => {
  const key = buildTitleKey('上海市科学技术进步条例');
  const v2024 = versionPolicyId({ workKey: '上海市|科学技术进步条例', date: '2024-05-10' });
  test('a second version never takes over the first, nor a cited-only node of the same title', () => {
    const identity = resolvePolicyIdentity(
      {
        file: '上海市科学技术进步条例(2024-05-10).md',
        title: '上海市科学技术进步条例',
        titleKey: key,
        versionId: v2024,
      },
      [
        {
          id: 't:上海市|科学技术进步条例@2010-09-17',
          status: 'full',
          titleKey: key.key,
          file: '上海市科学技术进步条例(2010-09-17).md',
        },
        { id: 't:上海市|科学技术进步条例', status: 'cited', titleKey: key.key },
      ],
    );
    expect(identity).toEqual({ outcome: 'new', id: 't:上海市|科学技术进步条例@2024-05-10' });
  });
  test('a version keeps the number its text carries, shared with the other versions', () => {
    const key = buildTitleKey('中华人民共和国专利法实施细则');
    const v2023 = 't:中华人民共和国|专利法实施细则@2023-12-11';
    const identity = resolvePolicyIdentity(
      {
        file: '专利法实施细则(2023-12-11).md',
        title: '中华人民共和国专利法实施细则',
        titleKey: key,
        versionId: v2023,
        docNumber: '国务院令第306号',
      },
      [
        {
          id: 't:中华人民共和国|专利法实施细则@2010-01-09',
          status: 'full',
          docNumber: '国务院令第306号',
          titleKey: key.key,
          file: '专利法实施细则(2010-01-09).md',
        },
      ],
    );
    expect(identity).toEqual({ outcome: 'new', id: v2023, docNumber: '国务院令第306号', numberSource: 'text' });
  });
  test('the same version imported again is the existing node', () => {
    const known = {
      id: v2024,
      status: 'full' as const,
      titleKey: key.key,
      file: '上海市科学技术进步条例(2024-05-10).md',
    };
    expect(
      resolvePolicyIdentity({ file: known.file, title: '上海市科学技术进步条例', titleKey: key, versionId: v2024 }, [
        known,
      ]),
    ).toMatchObject({ outcome: 'existing', id: v2024 });
  });
});

describe('readVersionStatements', () => {
  test('…《X》同时废止 repeals X (the city’s own rule when the title names no place); a decision that amends is not repealed', () => {
    const doc = statute({
      file: 'f.md',
      title: '北京市预算审查监督条例',
      jurisdiction: '北京市',
      articles: [
        article(80, '本条例自2004年1月1日起施行。1996年12月5日通过的《北京市预算监督条例》同时废止。'),
        article(81, '根据《关于修改〈北京市大气污染防治条例〉等七部地方性法规的决定》修正的《种子管理办法》同时废止。'),
      ],
    });
    expect(readVersionStatements(doc)).toEqual([
      { kind: 'repeal', workKey: '北京市|预算监督条例', title: '北京市预算监督条例', line: 80 },
      { kind: 'repeal', workKey: '北京市|种子管理办法', title: '种子管理办法', line: 81 },
    ]);
  });
  test('a title cited before another sentence that repeals is not repealed; a decision to amend amends what it names', () => {
    const cites = statute({
      file: 'g.md',
      title: '上海市某条例',
      jurisdiction: '上海市',
      articles: [
        article(1, '根据《中华人民共和国科学技术进步法》，制定本条例。本条例自公布之日起施行，原办法同时废止。'),
      ],
    });
    expect(readVersionStatements(cites)).toEqual([]);
    const decision = statute({
      file: 'h.md',
      title: '上海市人民代表大会常务委员会关于修改〈上海市科学技术进步条例〉的决定',
      jurisdiction: '上海市',
      articles: [article(1, '将第五条修改为……')],
    });
    expect(readVersionStatements(decision)).toEqual([
      { kind: 'amend', workKey: '上海市|科学技术进步条例', title: '上海市科学技术进步条例', line: 1 },
    ]);
  });
});

describe('orderVersions', () => {
  const v2010 = { id: 'v2010', versionDate: '2010-09-17', effectiveOn: '2010-11-01' };
  const v2024 = { id: 'v2024', versionDate: '2024-05-10', event: 'revision' as const, effectiveOn: '2024-06-01' };
  test('a revision supersedes the older version on the day it takes effect', () => {
    expect(orderVersions([v2024, v2010])).toEqual([
      {
        id: 'v2010',
        order: 1,
        validFrom: '2010-11-01',
        validFromSource: 'effect',
        validTo: '2024-06-01',
        status: 'superseded',
        endedBy: 'v2024',
      },
      {
        id: 'v2024',
        order: 2,
        validFrom: '2024-06-01',
        validFromSource: 'effect',
        validTo: null,
        status: 'in_force',
        endedBy: null,
      },
    ]);
  });
  test('an amendment (修正) amends; an amended text keeps its first effect date, so the act date stands in', () => {
    const amended = { id: 'v2015', versionDate: '2015-08-29', event: 'amendment' as const, effectiveOn: '1996-10-01' };
    const out = orderVersions([{ id: 'v1996', versionDate: '1996-05-15', effectiveOn: '1996-10-01' }, amended]);
    expect(out.map((v) => [v.status, v.validFrom, v.validFromSource, v.validTo])).toEqual([
      ['amended', '1996-10-01', 'effect', '2015-08-29'],
      ['in_force', '2015-08-29', 'version-date', null],
    ]);
  });
  test('a later repeal ends the last version; an older statement does not', () => {
    const out = orderVersions(
      [v2010],
      [
        { kind: 'repeal', date: '2009-01-01', byId: 'old' },
        { kind: 'repeal', date: '2020-03-01', byId: 'new' },
      ],
    );
    expect(out[0]).toMatchObject({ status: 'repealed', validTo: '2020-03-01', endedBy: 'new' });
  });
  test.each([
    ['2021-11-15', 'in_force'],
    ['2017-12-26', 'amended'],
  ])('a decision does not end the version it made: the version of %s is %s', (versionDate, status) => {
    // lawrefbook: 最高人民法院关于仲裁司法审查案件报核问题的有关规定 is the text of 2021-11-15, made by the decision adopted
    // that day and in force on 2022-01-01, which was read as ending it on 2022-01-01.
    const decision = { kind: 'amend' as const, date: '2022-01-01', madeOn: '2021-11-15', byId: 'decision' };
    expect(orderVersions([{ id: 'v', versionDate }], [decision])[0]?.status).toBe(status);
  });
  test('the version in force on a day', () => {
    const out = orderVersions([v2010, v2024]);
    expect(versionInForce(out, '2015-01-01')?.id).toBe('v2010');
    expect(versionInForce(out, '2024-06-01')?.id).toBe('v2024');
    expect(versionInForce(out, '2000-01-01')).toBeUndefined();
  });
});

describe('pickCitedVersion', () => {
  const versions = [
    { id: 'a', versionDate: '2007-12-29' },
    { id: 'b', versionDate: '2021-12-24' },
  ];
  test.each([
    ['2010-09-17', { id: 'a', match: 'at-date' }],
    ['2021-12-24', { id: 'b', match: 'at-date' }],
    ['2001-01-01', { id: 'a', match: 'earliest-later' }],
    [undefined, { id: 'b', match: 'latest' }],
  ])('a text of %s rests on %o', (date, expected) => expect(pickCitedVersion(versions, date)).toEqual(expected));
});

describe('citableVersions', () => {
  const versions = [
    { id: 'a', versionDate: '2010-09-17', docNumber: null },
    { id: 'b', versionDate: '2024-05-10', docNumber: '沪人大〔2024〕5号' },
  ];
  test.each([
    ['沪人大〔2024〕5号', ['b']],
    ['沪人大〔2010〕9号', ['a', 'b']],
    [null, ['a', 'b']],
  ])('a citation writing %s may rest on %o', (written, ids) =>
    expect(citableVersions(versions, written).map((v) => v.id)).toEqual(ids),
  );
  test('a 2019 text writing the number only the 2024 version bears rests on it, not on the 2010 one', () =>
    expect(pickCitedVersion(citableVersions(versions, '沪人大〔2024〕5号'), '2019')).toEqual({
      id: 'b',
      match: 'earliest-later',
    }));
});

describe('diffArticleVersions', () => {
  test('unchanged texts are SAME_AS whatever their number; a changed one CHANGED_TO with its span; the rest added or deleted', () => {
    const older = [
      { path: 'a1', text: '全社会都应当尊重劳动、尊重知识、尊重人才、尊重创造。' },
      { path: 'a2', text: '本市设立科学技术奖，对在科学技术进步活动中做出重要贡献的组织和个人进行奖励。' },
      { path: 'a3', text: '区、县科学技术行政部门负责本行政区域内的科学技术进步工作。' },
      { path: 'a4', text: '本条例自2010年11月1日起施行。' },
    ];
    const newer = [
      { path: 'a1', text: '本市制定和实施知识产权强市建设纲要，促进知识产权创造、保护和运用。' },
      { path: 'a2', text: '全社会都应当尊重劳动、尊重知识、尊重人才、尊重创造。' },
      { path: 'a3', text: '本市设立科学技术奖，对在科学技术进步活动中做出突出贡献的组织和个人给予奖励。' },
      { path: 'a4', text: '本条例自2024年6月1日起施行。' },
    ];
    const diff = diffArticleVersions(older, newer);
    expect(diff.links.map(({ kind, from, to, removed, inserted }) => ({ kind, from, to, removed, inserted }))).toEqual([
      { kind: 'SAME_AS', from: 'a1', to: 'a2', removed: undefined, inserted: undefined },
      {
        kind: 'CHANGED_TO',
        from: 'a2',
        to: 'a3',
        removed: '重要贡献的组织和个人进行',
        inserted: '突出贡献的组织和个人给予',
      },
      { kind: 'CHANGED_TO', from: 'a4', to: 'a4', removed: '10年11', inserted: '24年6' },
    ]);
    expect(diff.added).toEqual(['a1']);
    expect(diff.deleted).toEqual(['a3']);
  });
});

// 道路运输条例 2016 → 2022: 6 of its 49 changed articles differed only by (一) against （一）, and a lower regulation was
// told its basis changed (removed=(改装) inserted=（改装）).
describe('full- and half-width forms are no change between versions', () => {
  test.each([
    [
      '（一）从事客运经营的，向所在地县级道路运输管理机构提出申请；',
      '(一)从事客运经营的,向所在地县级道路运输管理机构提出申请;',
    ],
    ['不得擅自改装（改装）车辆。', '不得擅自改装(改装)车辆。'],
    ['第１款ＡＢＣ', '第1款ABC'],
  ])('%s ≡ %s: SAME_AS, the text kept as written', (before, after) => {
    const diff = diffArticleVersions([{ path: 'a1', text: before }], [{ path: 'a9', text: after }]);
    expect(diff).toEqual({ links: [{ kind: 'SAME_AS', from: 'a1', to: 'a9', similarity: 1 }], added: [], deleted: [] });
  });

  test('a real change keeps its span as written, without the width-only differences around it', () => {
    const diff = diffArticleVersions(
      [{ path: 'a1', text: '（一）车辆应当经检测合格，不得擅自改装（改装）。' }],
      [{ path: 'a1', text: '(一)车辆应当经检验合格,不得擅自改装(改装)。' }],
    );
    expect(diff.links.map(({ kind, removed, inserted }) => ({ kind, removed, inserted }))).toEqual([
      { kind: 'CHANGED_TO', removed: '测', inserted: '验' },
    ]);
  });

  test.each([
    ['（一）改装', '(一)改装', { removed: '', inserted: '' }],
    ['（一）改装车辆', '(二)改装车辆', { removed: '一', inserted: '二' }],
  ])('changedSpan(%s, %s) → %o', (before, after, span) => expect(changedSpan(before, after)).toEqual(span));
});

describe('a statute takes a number other texts give its title only for its exact title', () => {
  test('上海市企业名称登记管理规定 does not take the 国家工商行政管理局令第7号 cited for the national 企业名称登记管理规定', () => {
    const registry = createRunRegistry();
    addToRegistry(registry, {
      titleKey: '上海市|某规定',
      given: [{ titleKey: '|企业名称登记管理规定', docNumber: '国家工商行政管理局令第7号' }],
    });
    addToRegistry(registry, { titleKey: '上海市|企业名称登记管理规定', given: [] });
    const local = buildTitleKey('上海市企业名称登记管理规定');
    expect(ownNumberForTitle(registry, local, true)).toBeUndefined();
    // A normative document still takes it through a loose match (the behaviour this rule narrows for statutes).
    expect(ownNumberForTitle(registry, local, false)).toBe('国家工商行政管理局令第7号');
    expect(ownNumberForTitle(registry, buildTitleKey('企业名称登记管理规定'), true)).toBe('国家工商行政管理局令第7号');
  });
});

describe('two different texts never share a node', () => {
  const imported = (id: string, title: string, file: string, textHash: string) => ({
    id,
    status: 'full' as const,
    titleKey: buildTitleKey(title).key,
    file,
    textHash,
  });
  const incoming = (file: string, title: string) => ({ file, title, titleKey: buildTitleKey(title) });
  // lawrefbook 民法典/总则.md and 民法典/物权编.md: both are titled 中华人民共和国民法典 and adopted 2020-05-28, so both
  // are the version t:中华人民共和国|民法典@2020-05-28; the second used to overwrite the first.
  const key = buildTitleKey('中华人民共和国民法典');
  const id = 't:中华人民共和国|民法典@2020-05-28';
  const first = { id, status: 'full' as const, titleKey: key.key, file: '总则.md', textHash: 'aaa' };
  const second = { file: '物权编.md', title: '中华人民共和国民法典', titleKey: key, versionId: id };

  test('another file with another text is refused, naming the first file', () => {
    expect(resolvePolicyIdentity({ ...second, textHash: 'bbb' }, [first])).toMatchObject({
      outcome: 'refused',
      code: 'SAME_IDENTITY_OTHER_TEXT',
      conflictingFile: '总则.md',
    });
  });

  test('a copy of the same text from another folder, or the same file edited, is the same node', () => {
    expect(resolvePolicyIdentity({ ...second, textHash: 'aaa' }, [first])).toMatchObject({ outcome: 'existing', id });
    expect(resolvePolicyIdentity({ ...second, file: '总则.md', textHash: 'ccc' }, [first])).toMatchObject({
      outcome: 'existing',
      id,
    });
  });

  test('an undated text of a work met under a dated version of it is refused as undated, saying how to date it', () => {
    // lawrefbook DLC/…/上海市殡葬管理条例.md: an older text without head lines, beside 上海市殡葬管理条例(2024-08-22).md.
    const title = '上海市殡葬管理条例';
    const version = imported(
      't:上海市|殡葬管理条例@2024-08-22',
      title,
      '上海/上海市殡葬管理条例(2024-08-22).md',
      'new',
    );
    const undated = { ...incoming('上海/上海市殡葬管理条例.md', title), textHash: 'old' };
    const refused = resolvePolicyIdentity(undated, [version]);
    expect(refused).toMatchObject({
      outcome: 'refused',
      code: 'UNDATED_VERSION',
      conflictingFile: '上海/上海市殡葬管理条例(2024-08-22).md',
    });
    expect(refused.outcome === 'refused' && refused.message).toContain('上海市殡葬管理条例(2010-09-17).md');
    // The same text is the same node, as before.
    expect(resolvePolicyIdentity({ ...undated, textHash: 'new' }, [version])).toMatchObject({ outcome: 'existing' });
  });

  test('numbered and titled documents are held to the same rule', () => {
    const known = { ...imported('国发〔2020〕7号', '国务院关于…意见', 'a.txt', 'aaa'), docNumber: '国发〔2020〕7号' };
    const doc = { ...incoming('b.txt', '国务院关于…意见'), docNumber: '国发〔2020〕7号' };
    expect(resolvePolicyIdentity({ ...doc, textHash: 'bbb' }, [known])).toMatchObject({
      code: 'SAME_IDENTITY_OTHER_TEXT',
    });
    expect(resolvePolicyIdentity({ ...doc, textHash: 'aaa' }, [known])).toMatchObject({ outcome: 'existing' });
  });
});
