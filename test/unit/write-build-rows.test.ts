import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/parse/index.ts';
import type { Article, PolicyDocument } from '../../model/index.ts';
import { buildPolicyRows } from '../../import/write/build-policy-rows.ts';
import { textHashOf } from '../../import/write/text-hash.ts';
import type { CitationLink } from '../../import/write/resolve-citations.ts';
import { buildPoliciesWrite, buildPolicyWrite } from '../../import/write/build-policy-write.ts';

const agency = (name: string, asWritten: string, jurisdiction = '柳州市') => ({
  name,
  asWritten,
  jurisdiction,
  collective: false,
});

function article(number: number, partNumber: number | undefined, extra: Partial<Article> = {}): Article {
  const path = partNumber === undefined ? `a${number}` : `p${partNumber}/a${number}`;
  return {
    number,
    label: `（${number}）`,
    heading: `条${number}`,
    text: `正文${number}`,
    partNumber,
    path,
    order: number,
    line: number + 2,
    items: [],
    leadAgencies: [],
    cooperatingAgencies: [],
    obligations: [],
    money: [],
    ...extra,
  };
}

function fixture(): PolicyDocument {
  const a1 = article(1, 1, {
    items: [
      {
        number: 1,
        label: '1.',
        text: '甲',
        path: 'p1/a1/i1',
        items: [{ number: 1, label: '（1）', text: '甲一', path: 'p1/a1/i1/i1', items: [] }],
      },
      { number: 2, label: '2.', text: '乙', path: 'p1/a1/i2', items: [] },
    ],
    leadAgencies: [agency('柳州市科学技术局', '市科技局')],
    cooperatingAgencies: [
      agency('柳州市财政局', '财政局'),
      { name: '各县区人民政府', asWritten: '各县区人民政府', collective: true },
    ],
    obligations: ['支持'],
    money: [
      { text: '给予1000万元财政资金补助', amountYuan: 10_000_000, capped: false, caseByCase: false },
      { text: '最高不超过500万元', maxYuan: 5_000_000, capped: true, caseByCase: false },
    ],
  });
  const a2 = article(2, 1, { leadAgencies: [agency('柳州市科学技术局', '科技局')] });
  return {
    file: 'corpus/x.txt',
    title: '柳州市关于促进某事的若干措施',
    tier: 'municipal',
    kind: 'measures',
    jurisdiction: '柳州市',
    addressees: ['各县区人民政府'],
    publicRelease: true,
    parts: [
      {
        number: 1,
        label: '一、',
        heading: '部分一',
        path: 'p1',
        line: 2,
        text: '到2020年,PM2.5浓度下降18%以上。',
        articles: [a1, a2],
      },
    ],
    articles: [a1, a2],
    citations: [],
    shortTitles: [{ short: '某措施', full: '柳州市关于促进某事的若干措施' }],
    goals: [
      { kind: 'target', text: '到2025年建成10个', year: 2025, value: 10, unit: '个', articlePath: 'p1/a2' },
      { kind: 'vision', text: '建成示范区' },
    ],
    events: [{ kind: 'drafting', text: '文件起草', start: '2021-03', end: '2021-09', line: 40 }],
    agencyRoles: [
      { role: 'drafter', agency: agency('柳州市科学技术局', '市科技局') },
      { role: 'approver', agency: agency('柳州市人民政府', '市人民政府'), detail: '市人民政府常务会' },
    ],
    provenance: {
      file: 'corpus/x.txt',
      sha256: 'ab'.repeat(32),
      importerVersion: 'parser-1',
      sourceUrl: 'http://example.gov.cn/x',
    },
    issues: [],
  };
}

const context = {
  importedAt: '2026-01-01T00:00:00.000Z',
  importerVersion: 'policygraph-0.1.0',
  retrievedOn: '2022-06-28',
};
const ID = 't:柳州市|关于促进某事的若干措施';

describe('buildPolicyRows', () => {
  const rows = buildPolicyRows(fixture(), { id: ID, docNumber: '柳政规〔2021〕18号' }, [], context);

  test('policy properties carry provenance, the decided number and counts', () => {
    expect(rows.policy).toEqual({
      title: '柳州市关于促进某事的若干措施',
      noticeTitle: null,
      docNumber: '柳政规〔2021〕18号',
      docNumberOriginal: '柳政规〔2021〕18号',
      titleKey: '柳州市|关于促进某事的若干措施',
      issuer: null,
      jurisdiction: '柳州市',
      kind: 'measures',
      issuedOn: null,
      publishedOn: null,
      effectiveOn: null,
      addressees: ['各县区人民政府'],
      publicRelease: true,
      preamble: null,
      status: 'full',
      shortTitles: ['某措施'],
      sourceUrl: 'http://example.gov.cn/x',
      file: 'x.txt',
      retrievedOn: '2022-06-28',
      sha256: 'ab'.repeat(32),
      // What the text says (title and articles, whitespace removed): tells another text under the same identity.
      textHash: textHashOf(fixture()),
      importerVersion: 'policygraph-0.1.0',
      partCount: 1,
      articleCount: 2,
      importedAt: '2026-01-01T00:00:00.000Z',
      // Not a versioned statute: no work, no version; no repeal or amendment statements.
      authorityLevel: null,
      workId: null,
      versionDate: null,
      versionDateSource: null,
      versionEvent: null,
      versionEventText: null,
      repealsWorks: [],
      amendsWorks: [],
    });
    // The tier travels beside the props: the writer keeps a tier a curator set, and an unknown tier never erases one.
    expect(rows.tier).toBe('municipal');
  });

  test("a part's text under its heading is written; a part without one writes null (removing an old text)", () => {
    expect(rows.parts.map((p) => [p.props.heading, p.props.text])).toEqual([
      ['部分一', '到2020年,PM2.5浓度下降18%以上。'],
    ]);
    const doc = fixture();
    const without = buildPolicyRows(
      { ...doc, parts: [{ ...doc.parts[0]!, text: undefined }] },
      { id: ID },
      [],
      context,
    );
    expect(without.parts.map((p) => p.props.text)).toEqual([null]);
  });

  test("a statute's sections (节) become rows under their chapter, and each article of one names it", () => {
    const file = new URL('../data/statute-sections/shanghai-waishang-shenpi-tiaoli.md', import.meta.url);
    const statute = parsePolicyText(readFileSync(file, 'utf8'), { file: 'shanghai-waishang-shenpi-tiaoli.md' });
    const written = buildPolicyRows(statute, { id: 'S' }, [], context);
    expect(written.parts.map((p) => [p.id, p.props.label, p.props.level])).toEqual([
      ['S#p1', '第一章', 'chapter'],
      ['S#p2', '第二章', 'chapter'],
      ['S#p3', '第三章', 'chapter'],
      ['S#p4', '第四章', 'chapter'],
      ['S#p5', '第五章', 'chapter'],
    ]);
    expect(written.sections.map((s) => [s.id, s.chapterId, s.props.label, s.props.heading, s.props.order])).toEqual([
      ['S#p2/s1', 'S#p2', '第一节', '中外合资经营企业', 1],
      ['S#p2/s2', 'S#p2', '第二节', '中外合作经营企业', 2],
      ['S#p2/s3', 'S#p2', '第三节', '外资企业', 3],
      ['S#p3/s1', 'S#p3', '第一节', '中外合资经营企业', 1],
      ['S#p3/s2', 'S#p3', '第二节', '中外合作经营企业', 2],
      ['S#p3/s3', 'S#p3', '第三节', '外资企业', 3],
    ]);
    const sectionOf = (n: number) => written.articles.find((a) => a.props.number === n)?.sectionId;
    expect([5, 6, 12, 13, 14, 15, 23, 24].map(sectionOf)).toEqual([
      null,
      'S#p2/s1',
      'S#p2/s1',
      'S#p2/s2',
      'S#p2/s3',
      'S#p3/s1',
      'S#p3/s3',
      null,
    ]);
  });

  test('children get ids {policyId}#{path}; nested items {parent}/{n} in document order', () => {
    expect(rows.parts.map((p) => p.id)).toEqual([`${ID}#p1`]);
    expect(rows.articles.map((a) => [a.id, a.partId])).toEqual([
      [`${ID}#p1/a1`, `${ID}#p1`],
      [`${ID}#p1/a2`, `${ID}#p1`],
    ]);
    expect(rows.items.map((i) => [i.id, i.props.order])).toEqual([
      [`${ID}#p1/a1/1`, 1],
      [`${ID}#p1/a1/1/1`, 2],
      [`${ID}#p1/a1/2`, 3],
    ]);
    expect(rows.articles[0]!.props.maxAmountYuan).toBe(10_000_000);
    expect(rows.articles[0]!.props.moneyText).toEqual(['给予1000万元财政资金补助', '最高不超过500万元']);
  });

  test("a statute's items of a later paragraph (…/k2/i1) keep ids apart from the first paragraph's; the authority level is stored", () => {
    const statute = parsePolicyText(
      '# 某条例\n\n2010年1月2日 某市第一届人民代表大会常务委员会第一次会议通过\n\n第一条 有下列情形之一的：\n\n（一）甲；\n\n有下列情形之一的，从重：\n\n（一）丙；\n',
      { file: 'x.md' },
    );
    const built = buildPolicyRows(statute, { id: 'T' }, [], context);
    expect(built.items.map((i) => i.id)).toEqual(['T#a1/1', 'T#a1/k2/1']);
    expect(built.policy.authorityLevel).toBe('local_regulation');
  });

  test('agencies are deduplicated by full name, their written forms kept as aliases, roles kept per article', () => {
    expect(rows.agencies).toEqual([
      {
        id: '柳州市科学技术局',
        name: '柳州市科学技术局',
        aliases: ['市科技局', '科技局'],
        jurisdiction: '柳州市',
        collective: false,
      },
      { id: '柳州市财政局', name: '柳州市财政局', aliases: ['财政局'], jurisdiction: '柳州市', collective: false },
      { id: '各县区人民政府', name: '各县区人民政府', aliases: [], jurisdiction: null, collective: true },
      {
        id: '柳州市人民政府',
        name: '柳州市人民政府',
        aliases: ['市人民政府'],
        jurisdiction: '柳州市',
        collective: false,
      },
    ]);
    expect(rows.articleRoles.map((r) => `${r.role} ${r.agencyId} ${r.articleId.split('#')[1]}`)).toEqual([
      'LEADS 柳州市科学技术局 p1/a1',
      'COOPERATES_ON 柳州市财政局 p1/a1',
      'COOPERATES_ON 各县区人民政府 p1/a1',
      'LEADS 柳州市科学技术局 p1/a2',
    ]);
    // Not an interpretation: every role is about the document itself, stated by itself.
    expect(rows.policyRoles).toEqual([
      { role: 'DRAFTED', agencyId: '柳州市科学技术局', detail: null, targetId: ID, source: ID },
      { role: 'APPROVED', agencyId: '柳州市人民政府', detail: '市人民政府常务会', targetId: ID, source: ID },
    ]);
    // The document's place with its parents up to the nation, parents first (PART_OF is written from `parent`).
    expect(rows.jurisdictions).toEqual([
      { name: '中华人民共和国', tier: 'national', parent: null, code: null, notInMap: false },
      { name: '广西壮族自治区', tier: 'provincial', parent: '中华人民共和国', code: '450000', notInMap: false },
      { name: '柳州市', tier: 'municipal', parent: '广西壮族自治区', code: '450200', notInMap: false },
    ]);
  });

  test('goals hang on their article or the policy; money becomes goals of kind money', () => {
    expect(
      rows.goals.map((g) => [
        g.id.split('#')[1],
        g.ownerId.split('#')[1] ?? 'policy',
        g.props.kind,
        g.props.amountYuan,
      ]),
    ).toEqual([
      ['goal-1', 'p1/a2', 'target', null],
      ['goal-2', 'policy', 'vision', null],
      ['goal-3', 'p1/a1', 'money', 10_000_000],
      ['goal-4', 'p1/a1', 'money', 5_000_000],
    ]);
    expect(rows.events).toEqual([
      {
        id: `${ID}#event-1`,
        ownerId: ID,
        props: {
          source: ID,
          kind: 'drafting',
          text: '文件起草',
          start: '2021-03',
          end: '2021-09',
          units: null,
          rounds: null,
          bodies: [],
          order: 1,
        },
      },
    ]);
  });

  test('the title a cited-only node carried becomes an alias', () => {
    const upgraded = buildPolicyRows(
      fixture(),
      { id: ID, previous: { id: ID, status: 'cited', title: '柳州市人民政府关于促进某事的若干措施' } },
      [],
      context,
    );
    expect(upgraded.aliases).toEqual(['柳州市人民政府关于促进某事的若干措施']);
    expect(upgraded.policy.docNumber).toBeNull();
  });
});

describe('buildPolicyRows of an interpretation', () => {
  const INTERPRETATION = 't:柳州市|《柳州市关于促进某事的若干措施》政策解读';
  const MEASURES = '柳政规〔2021〕18号';
  const interpretation = (): PolicyDocument => ({
    ...fixture(),
    title: '《柳州市关于促进某事的若干措施》政策解读',
    kind: 'interpretation',
    issuer: '柳州市科学技术局',
    interprets: { title: '柳州市关于促进某事的若干措施', docNumber: MEASURES },
    events: [
      { kind: 'revision', text: '（2021年12月24日第二次修订）', start: '2021-12-24', line: 32 },
      { kind: 'drafting', text: '文件起草', start: '2021-03', end: '2021-09', line: 50 },
      { kind: 'approval', text: '审议通过', start: '2021-12', bodies: ['市人民政府常务会'], line: 50 },
    ],
    agencyRoles: [
      { role: 'issuer', agency: agency('柳州市科学技术局', '市科技局') },
      { role: 'drafter', agency: agency('柳州市科学技术局', '市科技局'), detail: '市科技局牵头制订' },
      { role: 'approver', agency: agency('柳州市人民政府', '市人民政府'), detail: '市人民政府常务会' },
    ],
  });
  const interpretsLink: CitationLink = {
    targetId: MEASURES,
    relation: 'interprets',
    line: 1,
    citedTitle: '柳州市关于促进某事的若干措施',
    citedNumber: MEASURES,
    resolved: true,
  };
  const citesLink: CitationLink = {
    targetId: '国发〔2020〕7号',
    relation: 'cites',
    line: 3,
    citedTitle: 'T',
    citedNumber: null,
    resolved: true,
  };

  test("drafter and approvers are the interpreted document's, stated by the interpretation; its issuer stays its own", () => {
    const rows = buildPolicyRows(interpretation(), { id: INTERPRETATION }, [citesLink, interpretsLink], context);
    expect(rows.policyRoles.map((r) => [r.role, r.agencyId, r.targetId, r.source])).toEqual([
      ['ISSUED', '柳州市科学技术局', INTERPRETATION, INTERPRETATION],
      ['DRAFTED', '柳州市科学技术局', MEASURES, INTERPRETATION],
      ['APPROVED', '柳州市人民政府', MEASURES, INTERPRETATION],
    ]);
  });

  test('the making-of steps hang on the interpreted document, ids and source from the interpretation; a revision note stays', () => {
    const rows = buildPolicyRows(interpretation(), { id: INTERPRETATION }, [citesLink, interpretsLink], context);
    expect(rows.events.map((e) => [e.id, e.ownerId, e.props.source, e.props.kind])).toEqual([
      [`${INTERPRETATION}#event-1`, INTERPRETATION, INTERPRETATION, 'revision'],
      [`${INTERPRETATION}#event-2`, MEASURES, INTERPRETATION, 'drafting'],
      [`${INTERPRETATION}#event-3`, MEASURES, INTERPRETATION, 'approval'],
    ]);
  });

  test('without a resolved INTERPRETS link (e.g. dropped as a self-citation) everything stays on the document itself', () => {
    const rows = buildPolicyRows(interpretation(), { id: INTERPRETATION }, [citesLink], context);
    expect(new Set([...rows.policyRoles.map((r) => r.targetId), ...rows.events.map((e) => e.ownerId)])).toEqual(
      new Set([INTERPRETATION]),
    );
  });

  test('the cleanup keeps roles by type, agency and the Policy they are about', () => {
    const rows = buildPolicyRows(interpretation(), { id: INTERPRETATION }, [interpretsLink], context);
    const cleanups = buildPolicyWrite(rows).filter((q) => q.cypher.includes('[r:ISSUED|DRAFTED|APPROVED'));
    expect(cleanups).toHaveLength(2);
    for (const q of cleanups) {
      expect(q.params).toEqual({
        id: INTERPRETATION,
        keep: [
          `ISSUED>柳州市科学技术局>${INTERPRETATION}`,
          `DRAFTED>柳州市科学技术局>${MEASURES}`,
          `APPROVED>柳州市人民政府>${MEASURES}`,
        ],
      });
    }
    expect(cleanups[0]!.cypher).toContain('{source: $id}');
  });
});

describe('buildPolicyWrite', () => {
  const link: CitationLink = {
    targetId: '国发〔2020〕7号',
    relation: 'implements',
    line: 3,
    citedTitle: 'T',
    citedNumber: '国发〔2020〕7号',
    resolved: false,
  };
  const rows = buildPolicyRows(fixture(), { id: ID }, [link], context);
  const queries = buildPolicyWrite(rows);

  test('every statement is parameterised and batched: rows travel as parameters, never inside the Cypher', () => {
    for (const query of queries) {
      expect(query.cypher).not.toContain('柳州');
      expect(query.cypher).not.toContain('国发');
    }
    const batched = queries.filter((q) => Array.isArray(q.params.rows));
    // jurisdictions, parts, articles, items, agencies, LEADS, COOPERATES_ON, goals, cited policies, DRAFTED,
    // APPROVED, events, IMPLEMENTS; batches without rows (ISSUED, BASED_ON, CITES, INTERPRETS) are left out.
    expect(batched.map((q) => (q.params.rows as unknown[]).length)).toEqual([3, 1, 2, 3, 4, 2, 2, 4, 1, 1, 1, 1, 1]);
    expect(batched.every((q) => q.cypher.includes('UNWIND $rows AS row'))).toBe(true);
    // Policy, its jurisdiction link, 13 batches, 11 cleanups (roles stated about others, citations, own roles,
    // article roles, items, goals, events, stale articles marked, articles removed, parts, sections).
    expect(queries).toHaveLength(1 + 1 + 13 + 11);
  });

  test('cited Policies are merged before the roles and events that may hang on them', () => {
    const at = (needle: string) => queries.findIndex((q) => q.cypher.includes(needle));
    expect(at("ON CREATE SET t += row.create, t.status = 'cited'")).toBeLessThan(
      at('[r:DRAFTED {source: row.source}]'),
    );
    expect(at("ON CREATE SET t += row.create, t.status = 'cited'")).toBeLessThan(at('MERGE (owner)-[:HAS_EVENT]->(e)'));
  });

  test('explicit IMPLEMENTS is merged as not inferred; stale cleanup keeps it by type and target', () => {
    const implementsQuery = queries.find((q) => q.cypher.includes(':IMPLEMENTS {inferred: false}'));
    expect(implementsQuery?.params.rows).toEqual([
      { policyId: ID, targetId: '国发〔2020〕7号', line: 3, citedTitle: 'T', citedNumber: '国发〔2020〕7号' },
    ]);
    const cleanup = queries.find((q) => q.cypher.includes('DELETE r') && q.cypher.includes('-[r:CITES|BASED_ON'));
    expect(cleanup?.params.keep).toEqual(['IMPLEMENTS>国发〔2020〕7号']);
  });

  test('stale children are removed by id lists; reviewed alignments keep their article', () => {
    const articleCleanups = queries.filter((q) =>
      q.cypher.includes('MATCH (a:Article {policyId: $id}) WHERE a.id STARTS WITH $prefix AND NOT a.id IN $keep'),
    );
    expect(articleCleanups.map((q) => q.cypher.includes('DETACH DELETE a'))).toEqual([false, true]);
    expect(articleCleanups[0]!.params.keep).toEqual([`${ID}#p1/a1`, `${ID}#p1/a2`]);
  });
});

describe('buildPoliciesWrite: several documents in one transaction', () => {
  const link: CitationLink = {
    targetId: '国发〔2020〕7号',
    relation: 'implements',
    line: 3,
    citedTitle: 'T',
    citedNumber: '国发〔2020〕7号',
    resolved: false,
  };
  const first = buildPolicyRows(fixture(), { id: ID }, [link], context);
  const second = buildPolicyRows(fixture(), { id: 'OTHER' }, [link], context);
  const rowsOf = (queries: { cypher: string; params: Record<string, unknown> }[], needle: string) =>
    queries.find((q) => q.cypher.includes(needle))?.params.rows as Record<string, unknown>[] | undefined;

  test('each statement carries the rows of every document, in document order, each row naming its Policy', () => {
    const queries = buildPoliciesWrite([
      { rows: first, firstWrite: true },
      { rows: second, firstWrite: true },
    ]);
    const articles = rowsOf(queries, 'MERGE (a:Article {id: row.id})');
    expect(articles?.map((r) => r.policyId)).toEqual([ID, ID, 'OTHER', 'OTHER']);
    expect(queries[0]!.params.docs).toEqual([
      { id: ID, props: first.policy, tier: 'municipal', aliases: first.aliases },
      { id: 'OTHER', props: second.policy, tier: 'municipal', aliases: second.aliases },
    ]);
    // Without the create option first writes still MERGE, and leave out the cleanup statements.
    expect(queries.some((q) => /\bCREATE \(/.test(q.cypher))).toBe(false);
    expect(queries.some((q) => q.cypher.includes('DETACH DELETE'))).toBe(false);
  });

  test('a document written before gets its cleanup statements, keyed by its own id', () => {
    const queries = buildPoliciesWrite([
      { rows: first, firstWrite: true },
      { rows: second, firstWrite: false },
    ]);
    const cleanups = queries.filter((q) => q.cypher.includes('DETACH DELETE') || q.cypher.includes('SET a.stale'));
    expect(cleanups.length).toBe(11);
    expect(new Set(cleanups.map((q) => q.params.id ?? q.params.prefix))).toEqual(
      new Set(['OTHER', 'OTHER#goal-', 'OTHER#event-']),
    );
  });

  test('create: what belongs to new documents alone is CREATEd; shared nodes and cited Policies are still merged', () => {
    const queries = buildPoliciesWrite(
      [
        { rows: first, firstWrite: true },
        { rows: second, firstWrite: true },
      ],
      { create: true },
    );
    const created = queries
      .filter((q) => /CREATE \(/.test(q.cypher))
      .map((q) =>
        q.cypher
          .split('\n')
          .find((l) => l.includes('CREATE ('))!
          .trim(),
      );
    expect(created).toEqual(
      [
        'CREATE (p:Policy {id: d.id})',
        'CREATE (p)-[:IN_JURISDICTION]->(j)',
        'CREATE (parent)-[:HAS_PART]->(x:Part {id: row.id})',
        'CREATE (p)-[:HAS_ARTICLE]->(a:Article {id: row.id})',
        'CREATE (parent)-[:HAS_ITEM]->(x:Item {id: row.id})',
        'CREATE (g)-[r:LEADS]->(a)',
        'CREATE (g)-[r:COOPERATES_ON]->(a)',
        'CREATE (owner)-[:HAS_GOAL]->(x:Goal {id: row.id})',
        'CREATE (owner)-[:HAS_GOAL]->(x:Goal {id: row.id})',
        'CREATE (e:Event {id: row.id})',
      ].filter((line) => !line.startsWith('CREATE (e:Event') || first.events.length > 0),
    );
    expect(queries.find((q) => q.cypher.includes('MERGE (j:Jurisdiction'))).toBeDefined();
    expect(queries.find((q) => q.cypher.includes('MERGE (g:Agency'))).toBeDefined();
    expect(queries.find((q) => q.cypher.includes('MERGE (t:Policy {id: row.targetId})'))).toBeDefined();
    // Goals go to their owner by label: the Policy or one of its articles.
    const goals = queries.filter((q) => q.cypher.includes('CREATE (owner)-[:HAS_GOAL]'));
    const owners = (label: string) =>
      (goals.find((q) => q.cypher.includes(`MATCH (owner:${label} `))?.params.rows ?? []) as { ownerId: string }[];
    expect(owners('Article').map((g) => g.ownerId)).toEqual(
      [...first.goals, ...second.goals].filter((g) => g.ownerId.includes('#')).map((g) => g.ownerId),
    );
    expect(owners('Policy').map((g) => g.ownerId)).toEqual(
      [...first.goals, ...second.goals].filter((g) => !g.ownerId.includes('#')).map((g) => g.ownerId),
    );
    expect(owners('Article').length + owners('Policy').length).toBe(first.goals.length + second.goals.length);
  });

  test('create: a role written twice on one article becomes one relationship with the last wording', () => {
    const doubled = {
      ...first,
      articleRoles: [...first.articleRoles, { ...first.articleRoles[0]!, asWritten: 'later wording' }],
    };
    const queries = buildPoliciesWrite([{ rows: doubled, firstWrite: true }], { create: true });
    const role = first.articleRoles[0]!.role;
    const rows = rowsOf(queries, `CREATE (g)-[r:${role}]->(a)`)!;
    expect(rows).toHaveLength(first.articleRoles.filter((r) => r.role === role).length);
    expect(
      rows.find(
        (r) => r.agencyId === first.articleRoles[0]!.agencyId && r.articleId === first.articleRoles[0]!.articleId,
      )?.asWritten,
    ).toBe('later wording');
  });

  test('create applies only when every document of the batch is a first write', () => {
    const queries = buildPoliciesWrite(
      [
        { rows: first, firstWrite: true },
        { rows: second, firstWrite: false },
      ],
      { create: true },
    );
    expect(queries.some((q) => /\bCREATE \(/.test(q.cypher))).toBe(false);
  });
});
