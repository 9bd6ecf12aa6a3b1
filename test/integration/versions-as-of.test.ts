/**
 * lineage(asOf) and compare(asOf) on the bundled legislative chain (corpus/laws): 上海市科学技术进步条例 2010 (in force
 * 2010-11-01 to 2024-06-01) and 2024 against 科学技术进步法 2021 (in force from 2022-01-01). Each side of a comparison
 * and each article of a chain is taken in the version in force that day.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { todayInChina } from '../../api/resolvers/read-policy-side.ts';
import { alignGraph } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';
import { importInto, LAW_FILES, query } from './import-support.ts';

const { graph } = openTestGraph();
const FILES = [...LAW_FILES];
const WORK = 'w:上海市|科学技术进步条例';
const LAW_WORK = 'w:中华人民共和国|科学技术进步法';
const V2010 = 't:上海市|科学技术进步条例@2010-09-17';
const V2024 = 't:上海市|科学技术进步条例@2024-05-10';
const LAW_2021 = 't:中华人民共和国|科学技术进步法@2021-12-24';
const LUOYANG = 't:洛阳市|洛阳市科学技术进步条例@2019-07-26';
const HENAN = 't:河南省|科学技术进步条例@2010-07-30';
// A district's text under 上海 written by hand (the corpus has no text below 上海's): the first two articles of 洛阳's
// regulation, so that pairs made into 上海's versions compare a lower document with one above it. (洛阳's own text
// served before compare refused an upper document off the lower one's chain of places.)
const DISTRICT = 't:上海市测试区|测试区科学技术进步办法';
let api: TestApi;

beforeAll(async () => {
  await resetGraph(graph);
  await importInto(graph, FILES);
  await alignGraph(graph);
  await graph.write([
    {
      cypher: `MATCH (s:Jurisdiction {name: '上海市'})
MERGE (j:Jurisdiction {id: '上海市测试区'}) SET j.name = '上海市测试区', j.tier = 'county'
MERGE (j)-[:PART_OF]->(s)
CREATE (p:Policy {id: $district, title: '测试区科学技术进步办法', status: 'full', tier: 'county', jurisdiction: '上海市测试区',
  kind: 'measures', issuedOn: '2024-09-01'})-[:IN_JURISDICTION]->(j)
WITH p
MATCH (:Policy {id: $luoyang})-[:HAS_ARTICLE]->(a:Article) WHERE a.order <= 2
CREATE (p)-[:HAS_ARTICLE]->(:Article {id: $district + '#' + a.path, policyId: $district, number: a.number, label: a.label,
  heading: a.heading, text: a.text, path: a.path, order: a.order})`,
      params: { district: DISTRICT, luoyang: LUOYANG },
    },
  ]);
  api = await startTestApi(graph);
}, 300_000);
afterAll(async () => {
  await api?.close();
  await graph.close();
});

describe('compare(asOf)', () => {
  const compare = (asOf: string) =>
    api.gql(
      `{ compare(lowerPolicyId: "${WORK}", upperPolicyId: "${LAW_WORK}", asOf: "${asOf}") { lower { id } upper { id } pairs { lower { id } upper { id } } } }`,
    );

  test('takes each side in the version in force that day', async () => {
    const in2022 = (await compare('2022-01-01')).body.data?.compare;
    expect([in2022.lower.id, in2022.upper.id]).toEqual([V2010, LAW_2021]);
    const in2025 = (await compare('2025-01-01')).body.data?.compare;
    expect([in2025.lower.id, in2025.upper.id]).toEqual([V2024, LAW_2021]);
    // Both versions' first articles (为了…根据《中华人民共和国科学技术进步法》…) carry the law's first article.
    expect(in2022.pairs).toContainEqual({ lower: { id: `${V2010}#p1/a1` }, upper: { id: `${LAW_2021}#p1/a1` } });
    expect(in2025.pairs).toContainEqual({ lower: { id: `${V2024}#p1/a1` }, upper: { id: `${LAW_2021}#p1/a1` } });
    expect(in2022.pairs.every((p: { lower: { id: string } }) => p.lower.id.startsWith(V2010))).toBe(true);
  });

  test('a pair read through a changed article of another version is no longer cited; one of the version itself still is', async () => {
    // 洛阳's first two articles (a municipal text: a lower side of 上海's provincial one; never aligned to it) made to name
    // 上海's 2024 第一条 itself, and 2010 第四十九条, which the 2024 text changed (CHANGED_TO 2024 第四十七条, the date of
    // effect). Removed at the end. (It was the law's articles, before compare refused a lower side of a higher tier.)
    const lowers = await query(
      graph,
      `MATCH (p:Policy {id: $lower})-[:HAS_ARTICLE]->(a:Article) RETURN p.id AS policy, a.id AS id ORDER BY a.order LIMIT 2`,
      { lower: DISTRICT },
    );
    const named = [
      { lower: lowers[0]!.id, upper: `${V2024}#p1/a1`, id: 'test:cited-kept' },
      { lower: lowers[1]!.id, upper: `${V2010}#p8/a49`, id: 'test:cited-changed' },
    ];
    await graph.write([
      {
        cypher: `UNWIND $named AS n MATCH (l:Article {id: n.lower}), (u:Article {id: n.upper})
                 CREATE (l)-[:ALIGNS_WITH {id: n.id, score: 0.5, class: 'related', rank: 1, cited: true, status: 'suggested'}]->(u)`,
        params: { named },
      },
    ]);
    try {
      const answer = await api.gql(
        `{ compare(lowerPolicyId: "${lowers[0]!.policy}", upperPolicyId: "${WORK}", asOf: "2025-01-01") { upper { id } pairs { id cited } } }`,
      );
      expect(answer.body.errors).toBeUndefined();
      const compared = answer.body.data?.compare;
      expect(compared.upper.id).toBe(V2024);
      expect(compared.pairs).toEqual([
        { id: 'test:cited-kept', cited: true },
        { id: 'test:cited-changed', cited: false },
      ]);
    } finally {
      await graph.write([
        { cypher: "MATCH ()-[r:ALIGNS_WITH]->() WHERE r.id STARTS WITH 'test:cited-' DELETE r", params: {} },
      ]);
    }
  });

  test('a pair read through the versions is a counterpart by the pairs into the version it was aligned with', async () => {
    // Two pairs made from 洛阳's first article into two articles of 上海's 2010 text that the 2024 text keeps or
    // changes: the weaker one is no counterpart, as it is not that article's best into the 2010 text. Before, the best
    // was looked for in the 2024 text, where the article has no pair, so every pair read through was a counterpart.
    const [lower] = await query(
      graph,
      'MATCH (p:Policy {id: $lower})-[:HAS_ARTICLE]->(a:Article) RETURN p.id AS policy, a.id AS id ORDER BY a.order LIMIT 1',
      { lower: DISTRICT },
    );
    const targets = await query(
      graph,
      `MATCH (:Policy {id: $v})-[:HAS_ARTICLE]->(a:Article)-[:SAME_AS|CHANGED_TO]->(:Article)<-[:HAS_ARTICLE]-(:Policy {id: $next})
       WHERE a.text <> '' RETURN a.id AS id ORDER BY a.order LIMIT 2`,
      { v: V2010, next: V2024 },
    );
    expect(targets).toHaveLength(2);
    const made = [
      { upper: targets[0]!.id, id: 'test:through-strong', score: 0.5 },
      { upper: targets[1]!.id, id: 'test:through-weak', score: 0.08 },
    ];
    await graph.write([
      {
        cypher: `UNWIND $made AS n MATCH (l:Article {id: $lower}), (u:Article {id: n.upper})
                 CREATE (l)-[:ALIGNS_WITH {id: n.id, score: n.score, class: 'partially_related', rank: 1, status: 'suggested'}]->(u)`,
        params: { made, lower: lower!.id },
      },
    ]);
    try {
      const answer = await api.gql(
        `{ compare(lowerPolicyId: "${lower!.policy}", upperPolicyId: "${WORK}", asOf: "2025-01-01") { upper { id } pairs { id counterpart } } }`,
      );
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.compare.upper.id).toBe(V2024);
      expect(answer.body.data?.compare.pairs).toEqual([
        { id: 'test:through-strong', counterpart: true },
        { id: 'test:through-weak', counterpart: false },
      ]);
    } finally {
      await graph.write([
        { cypher: "MATCH ()-[r:ALIGNS_WITH]->() WHERE r.id STARTS WITH 'test:through-' DELETE r", params: {} },
      ]);
    }
  });

  test('a version id with a day stands for its work: the version in force that day, itself included', async () => {
    // One pattern reached the work and back over the same HAS_VERSION, which Cypher does not allow: a version id found
    // only its other versions, so the law (one version) was in force on no day, and the 2024 text not in 2025.
    const answer = await api.gql(
      `{ a: policy(id: "${V2024}", asOf: "2025-01-01") { id } b: policy(id: "${V2010}", asOf: "2025-01-01") { id }
         c: policy(id: "${V2024}", asOf: "2012-01-01") { id } d: policy(id: "${LAW_2021}", asOf: "2025-01-01") { id }
         e: compare(lowerPolicyId: "${V2010}", upperPolicyId: "${LAW_2021}", asOf: "2025-01-01") { lower { id } upper { id } } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({
      a: { id: V2024 },
      b: { id: V2024 },
      c: { id: V2010 },
      d: { id: LAW_2021 },
      e: { lower: { id: V2024 }, upper: { id: LAW_2021 } },
    });
  });

  test('without a day, Work ids are the versions in force now, as policy(id) reads them', async () => {
    const answer = await api.gql(
      `{ compare(lowerPolicyId: "${WORK}", upperPolicyId: "${LAW_WORK}") { lower { id } upper { id } pairs { lower { id } } } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    const compared = answer.body.data?.compare;
    expect([compared.lower.id, compared.upper.id]).toEqual([V2024, LAW_2021]);
    expect(compared.pairs.length).toBeGreaterThan(0);
    expect(compared.pairs.every((p: { lower: { id: string } }) => p.lower.id.startsWith(V2024))).toBe(true);
  });

  test('a day before the law in the graph was in force is a clear BAD_USER_INPUT', async () => {
    const r = await compare('2015-01-01');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The message names the argument and says when the law took effect (before, it said neither).
    expect(r.body.errors?.[0]?.message).toBe(
      `upperPolicyId: no version of "${LAW_WORK}" was in force on 2015-01-01: its first version "${LAW_2021}" takes effect on 2022-01-01`,
    );
  });
});

describe('compare and coverage through the versions without asOf', () => {
  // 洛阳's first article made to carry 上海's 2010 第一条, which the 2024 text changed (CHANGED_TO its 第一条): the engine
  // aligns a text only against the version in force when it was made, so a pair into a later version exists only so.
  const made = async () => {
    const [lower] = await query(
      graph,
      'MATCH (:Policy {id: $id})-[:HAS_ARTICLE]->(a:Article) RETURN a.id AS id ORDER BY a.order LIMIT 1',
      { id: DISTRICT },
    );
    await graph.write([
      {
        cypher: `MATCH (l:Article {id: $lower}), (u:Article {id: $upper})
                 CREATE (l)-[:ALIGNS_WITH {id: 'test:work-id', score: 0.5, class: 'related', rank: 1, status: 'suggested'}]->(u)`,
        params: { lower: lower!.id, upper: `${V2010}#p1/a1` },
      },
    ]);
    return String(lower!.id);
  };
  const unmake = () =>
    graph.write([{ cypher: "MATCH ()-[r:ALIGNS_WITH {id: 'test:work-id'}]->() DELETE r", params: {} }]);

  test('compare with a Work id and no asOf is the table of asOf today: pairs into another version are read through', async () => {
    const lower = await made();
    try {
      const ask = (asOf: string) =>
        api.gql(`{ compare(lowerPolicyId: "${DISTRICT}", upperPolicyId: "${WORK}"${asOf}) {
          upper { id } pairs { id lower { id } upper { id } } unmatchedUpper { id } unmatchedLower { id } } }`);
      const now = await ask('');
      expect(now.body.errors).toBeUndefined();
      // Before, the Work id was read as the 2024 version and only pairs into it were read: none, every article unmatched.
      expect(now.body.data?.compare.upper).toEqual({ id: V2024 });
      expect(now.body.data?.compare.pairs).toEqual([
        { id: 'test:work-id', lower: { id: lower }, upper: { id: `${V2024}#p1/a1` } },
      ]);
      expect(now.body).toEqual((await ask(`, asOf: "${todayInChina()}"`)).body);
    } finally {
      await unmake();
    }
  });

  test('coverage takes a Work id (the version in force now) and counts lower articles through the version links', async () => {
    const lower = await made();
    try {
      const answer = await api.gql(
        `{ coverage(upperPolicyId: "${WORK}") { upper { id } rows { article { id } counterparts { policy { id } articles { id } } } } }`,
      );
      // Before: No policy with id "w:上海市|科学技术进步条例". 上海 has no lower text in the corpus but the pair made.
      expect(answer.body.errors).toBeUndefined();
      const { upper, rows } = answer.body.data?.coverage;
      expect(upper).toEqual({ id: V2024 });
      expect(rows).toHaveLength(47);
      expect(rows.filter((r: { counterparts: unknown[] }) => r.counterparts.length > 0)).toEqual([
        { article: { id: `${V2024}#p1/a1` }, counterparts: [{ policy: { id: DISTRICT }, articles: [{ id: lower }] }] },
      ]);
      const unknown = await api.gql('{ coverage(upperPolicyId: "w:上海市|没有这部条例") { rows { formal } } }');
      expect(unknown.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['BAD_USER_INPUT', 'upperPolicyId: no policy or work with id "w:上海市|没有这部条例"'],
      ]);
    } finally {
      await unmake();
    }
  });
});

describe('coverage counts a lower work once', () => {
  const COVERAGE = `query ($u: ID!, $asOf: String) { coverage(upperPolicyId: $u, asOf: $asOf) { upper { id } rows {
    article { label } lowerDocumentCount counterparts { policy { id } articles { label } } } } }`;
  type Row = { article: { label: string }; lowerDocumentCount: number; counterparts: { policy: { id: string } }[] };
  const perDocument = (rows: Row[]) => {
    const counts: Record<string, number> = {};
    for (const c of rows.flatMap((r) => r.counterparts)) counts[c.policy.id] = (counts[c.policy.id] ?? 0) + 1;
    return counts;
  };

  test('of 上海’s two versions only the one in force now counts (before, 第一条 counted both: 3 documents)', async () => {
    const answer = await api.gql(COVERAGE, { u: LAW_2021 });
    expect(answer.body.errors).toBeUndefined();
    const rows = answer.body.data?.coverage.rows as Row[];
    expect(rows[0]).toEqual({
      article: { label: '第一条' },
      // Engine 1.12: with 中华人民共和国 stock text, 洛阳's purpose clause (根据《中华人民共和国科学技术进步法》…) is the law's 第一条's.
      lowerDocumentCount: 3,
      counterparts: [
        { policy: { id: V2024 }, articles: [{ label: '第一条' }] },
        { policy: { id: HENAN }, articles: [{ label: '第一条' }, { label: '第三条' }, { label: '第二十九条' }] },
        { policy: { id: LUOYANG }, articles: [{ label: '第一条' }] },
      ],
    });
    // Articles carried, per lower document, over the law's 117 articles: 上海 2010 is in none.
    expect(perDocument(rows)).toEqual({ [V2024]: 77, [HENAN]: 58, [LUOYANG]: 50 });
    expect(rows.every((r) => r.lowerDocumentCount === r.counterparts.length)).toBe(true);
  });

  test('on a day the 2010 text was in force, it counts in place of the 2024 one', async () => {
    const answer = await api.gql(COVERAGE, { u: LAW_WORK, asOf: '2023-01-01' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.coverage.upper).toEqual({ id: LAW_2021 });
    expect(perDocument(answer.body.data?.coverage.rows)).toEqual({ [V2010]: 67, [HENAN]: 58, [LUOYANG]: 50 });
  });
});

describe('policy(title) by a national law’s short title', () => {
  test('科学技术进步法 is 中华人民共和国科学技术进步法 (before: null); only 中华人民共和国 is added, and a full title still wins', async () => {
    const answer = await api.gql(
      `{ short: policy(title: "科学技术进步法") { id } full: policy(title: "中华人民共和国科学技术进步法") { id }
         before: policy(title: "科学技术进步法", asOf: "2015-01-01") { id } place: policy(title: "科学技术进步条例") { id }
         own: policy(title: "上海市科学技术进步条例") { id } }`,
    );
    expect(answer.body).toEqual({
      data: { short: { id: LAW_2021 }, full: { id: LAW_2021 }, before: null, place: null, own: { id: V2024 } },
    });
  });
});

describe('compare refuses what cannot be compared, naming the arguments', () => {
  const SHANDONG_TRANSFER = 't:山东省|促进科技成果转化条例@2017-12-01';
  const HENAN_TRANSFER = 't:河南省|促进科技成果转化条例@2019-09-27';
  const ADVICE =
    'compare pairs a lower document with one above it — for texts of one tier use reuse or sources(scope: PEER)';
  const errorsOf = async (args: string) =>
    (await api.gql(`{ compare(${args}) { pairs { id } } }`)).body.errors?.map((e) => [e.extensions?.code, e.message]);

  test.each([
    [
      'an unknown lower side: only it is named (before: No policy with id "nope" or "t:…")',
      `lowerPolicyId: "nope", upperPolicyId: "${LAW_2021}"`,
      'lowerPolicyId: no policy or work with id "nope"',
    ],
    [
      'two unknown sides',
      'lowerPolicyId: "a", upperPolicyId: "w:b"',
      'lowerPolicyId: no policy or work with id "a"; upperPolicyId: no policy or work with id "w:b"',
    ],
    [
      'one document twice (before: pairs [])',
      `lowerPolicyId: "${LAW_2021}", upperPolicyId: "${LAW_2021}"`,
      `lowerPolicyId "${LAW_2021}" and upperPolicyId "${LAW_2021}" are the same document: compare needs two`,
    ],
    [
      'a Work id and the version it is read as',
      `lowerPolicyId: "${WORK}", upperPolicyId: "${V2024}"`,
      `lowerPolicyId "${WORK}" (read as "${V2024}") and upperPolicyId "${V2024}" are the same document: compare needs two`,
    ],
    [
      'a city under another province’s text (before: pairs [])',
      `lowerPolicyId: "${LUOYANG}", upperPolicyId: "${WORK}"`,
      `upperPolicyId "${WORK}" (read as "${V2024}") is not above lowerPolicyId "${LUOYANG}": 上海市 is not on 洛阳市's chain of places (洛阳市 → 河南省 → 中华人民共和国); ${ADVICE}`,
    ],
    [
      'two provinces’ regulations (before: pairs [])',
      `lowerPolicyId: "${SHANDONG_TRANSFER}", upperPolicyId: "${HENAN_TRANSFER}"`,
      `upperPolicyId "${HENAN_TRANSFER}" is not above lowerPolicyId "${SHANDONG_TRANSFER}": both are provincial, and 河南省 is not on 山东省's chain of places (山东省 → 中华人民共和国); ${ADVICE}`,
    ],
    [
      'two versions of one work',
      `lowerPolicyId: "${V2010}", upperPolicyId: "${V2024}"`,
      `lowerPolicyId "${V2010}" and upperPolicyId "${V2024}" are two versions of one work: versionDiff compares them`,
    ],
    [
      'the law as lower and a city’s regulation as upper (before: pairs [])',
      `lowerPolicyId: "${LAW_2021}", upperPolicyId: "${LUOYANG}"`,
      `lowerPolicyId "${LAW_2021}" is national and upperPolicyId "${LUOYANG}" is municipal: the sides look swapped (the lower document goes in lowerPolicyId)`,
    ],
    [
      'a version id on a day before it takes effect: when it does',
      `lowerPolicyId: "${LUOYANG}", upperPolicyId: "${LAW_2021}", asOf: "2021-12-30"`,
      `upperPolicyId: no version of "${LAW_2021}" was in force on 2021-12-30: "${LAW_2021}" takes effect on 2022-01-01`,
    ],
  ])('%s', async (_name, args, message) => {
    expect(await errorsOf(args)).toEqual([['BAD_USER_INPUT', message]]);
  });
});

describe('lineage(asOf)', () => {
  // 2010 第四十九条 本条例自2010年11月1日起施行 became 2024 第四十七条 (CHANGED_TO, only the date differs); both carry the
  // law's 第一百一十七条 本法自2022年1月1日起施行.
  const lastArticle = `${V2010}#p8/a49`;
  const lineage = (asOf: string) =>
    api.gql(
      `{ lineage(articleId: "${lastArticle}", direction: UP, maxDepth: 1, asOf: "${asOf}") { from { id } to { id } } }`,
    );

  test('on a day the 2010 text was in force, the chain starts at its own article', async () => {
    expect((await lineage('2022-01-01')).body.data?.lineage).toEqual([
      { from: { id: lastArticle }, to: { id: `${LAW_2021}#p12/a117` } },
    ]);
  });

  test('after the 2024 revision took effect, the chain starts at the same article of the 2024 version', async () => {
    expect((await lineage('2025-01-01')).body.data?.lineage).toEqual([
      { from: { id: `${V2024}#p11/a47` }, to: { id: `${LAW_2021}#p12/a117` } },
    ]);
  });

  test('a start whose document was not in force that day is BAD_USER_INPUT saying when it was (before: unrelated steps)', async () => {
    const answer = await lineage('2010-10-01');
    expect(answer.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        `asOf: the document of articleId "${lastArticle}", "${V2010}", was not in force on 2010-10-01: it takes effect on 2010-11-01`,
      ],
    ]);
  });

  test('steps are connected to the start: a step reached only through an article not in force that day is left out', async () => {
    // Written by hand: the district's 第一条 → a 2010 article of 上海 the 2024 text deleted → 河南 第一条 → the law's
    // 第一条. On 2025-01-01 the deleted article is in no version in force, so the chain stops at the start: before, the
    // step from 河南 (and 河南's own steps) came back at depth 3, touching nothing of the start.
    const [deleted] = await query(
      graph,
      `MATCH (:Policy {id: $v})-[:HAS_ARTICLE]->(a:Article) WHERE EXISTS { (:Policy)-[:DELETED]->(a) }
       RETURN a.id AS id ORDER BY a.order LIMIT 1`,
      { v: V2010 },
    );
    const [start] = await query(
      graph,
      'MATCH (:Policy {id: $p})-[:HAS_ARTICLE]->(a:Article) RETURN a.id AS id ORDER BY a.order LIMIT 1',
      { p: DISTRICT },
    );
    const [henan] = await query(
      graph,
      'MATCH (:Policy {id: $p})-[:HAS_ARTICLE]->(a:Article) RETURN a.id AS id ORDER BY a.order LIMIT 1',
      { p: HENAN },
    );
    const chain = [
      { lower: start!.id, upper: deleted!.id, id: 'test:chain-1' },
      { lower: deleted!.id, upper: henan!.id, id: 'test:chain-2' },
      { lower: henan!.id, upper: `${LAW_2021}#p1/a1`, id: 'test:chain-3' },
    ];
    await graph.write([
      {
        cypher: `UNWIND $chain AS c MATCH (l:Article {id: c.lower}), (u:Article {id: c.upper})
                 CREATE (l)-[:ALIGNS_WITH {id: c.id, score: 0.5, class: 'related', rank: 1, status: 'suggested'}]->(u)`,
        params: { chain },
      },
    ]);
    try {
      const ask = (asOf: string) =>
        api.gql(
          `{ lineage(articleId: "${start!.id}", direction: UP, maxDepth: 3${asOf}) { depth alignmentId from { id } to { id } } }`,
        );
      const always = (await ask('')).body.data?.lineage as { alignmentId: string; depth: number }[];
      expect(always.filter((s) => s.alignmentId.startsWith('test:chain-'))).toEqual([
        expect.objectContaining({ alignmentId: 'test:chain-1', depth: 1 }),
        expect.objectContaining({ alignmentId: 'test:chain-2', depth: 2 }),
        expect.objectContaining({ alignmentId: 'test:chain-3', depth: 3 }),
      ]);
      expect((await ask(', asOf: "2025-01-01"')).body).toEqual({ data: { lineage: [] } });
    } finally {
      await graph.write([
        { cypher: "MATCH ()-[r:ALIGNS_WITH]->() WHERE r.id STARTS WITH 'test:chain-' DELETE r", params: {} },
      ]);
    }
  });

  test('counterpartsOnly walks before the day is applied: the same steps, all counterparts, in the 2024 version', async () => {
    const both = await api.gql(
      `{ all: lineage(articleId: "${lastArticle}", direction: BOTH, asOf: "2025-01-01") { counterpart from { id } to { id } }
         only: lineage(articleId: "${lastArticle}", direction: BOTH, asOf: "2025-01-01", counterpartsOnly: true) { counterpart from { id } to { id } } }`,
    );
    type Step = { counterpart: boolean; from: { id: string }; to: { id: string } };
    const { all, only } = both.body.data as { all: Step[]; only: Step[] };
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((s) => s.counterpart)).toBe(true);
    const key = (s: Step) => `${s.from.id}>${s.to.id}`;
    expect(only.map(key).every((k) => all.map(key).includes(k))).toBe(true);
    expect(only.map(key)).toContain(`${V2024}#p11/a47>${LAW_2021}#p12/a117`);
  });
});

describe('upper documents are on the chain of places', () => {
  test('洛阳市’s regulation is aligned to the law it cites (its later text) and to 河南’s of its subject, never to 上海’s or 山东’s', async () => {
    const rows = await query(
      graph,
      `MATCH (p:Policy {jurisdiction: '洛阳市'})-[:HAS_ARTICLE]->(:Article)-[:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(u:Policy)
       RETURN DISTINCT u.jurisdiction AS place ORDER BY place`,
    );
    expect(rows.map((r) => r.place)).toEqual(['中华人民共和国', '河南省']);
  });

  test('sources (ALL) of its first article come from its own chain only', async () => {
    const [row] = await query(
      graph,
      `MATCH (p:Policy {jurisdiction: '洛阳市'})-[:HAS_ARTICLE]->(a:Article) RETURN a.id AS id ORDER BY a.order LIMIT 1`,
    );
    const answer = await api.gql(
      'query ($id: ID!) { sources(articleId: $id, scope: ALL, limit: 50) { article { id } scope } }',
      { id: row!.id },
    );
    const ids = (answer.body.data!.sources as { article: { id: string } }[]).map((s) => s.article.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => /上海|山东|北京/.test(id))).toEqual([]);
    expect(ids.some((id) => id.includes('河南省'))).toBe(true);
  });
});

describe('versions of one work in sources, likelyParents and reuse', () => {
  test('likelyParents and reuse take a Work id: the version in force now (2024), as policy(id) reads it', async () => {
    const ask = (id: string) =>
      api.gql(
        'query ($id: ID!) { likelyParents(policyId: $id, limit: 2) { policy { id } } reuse(policyId: $id) { policy { id } } }',
        { id },
      );
    const byWork = (await ask(WORK)).body;
    expect(byWork.errors).toBeUndefined();
    expect(byWork).toEqual((await ask(V2024)).body);
    expect(byWork.data!.likelyParents[0]).toEqual({ policy: { id: LAW_2021 } });
    const unknown = await ask('w:上海市|没有这部条例');
    expect(unknown.body.errors?.[0]?.message).toBe('No policy with articles and id "w:上海市|没有这部条例"');
  });

  test('the 2010 text is neither a copy of the 2024 text (reuse) nor a PEER source of its articles', async () => {
    const reuse = await api.gql('query ($id: ID!) { reuse(policyId: $id) { policy { id } } }', { id: V2024 });
    const reusers = (reuse.body.data!.reuse as { policy: { id: string } }[]).map((m) => m.policy.id);
    expect(reusers.length).toBeGreaterThan(0);
    expect(reusers).not.toContain(V2010);
    const [first] = await query(
      graph,
      'MATCH (:Policy {id: $id})-[:HAS_ARTICLE]->(a:Article) RETURN a.id AS id ORDER BY a.order LIMIT 1',
      { id: V2024 },
    );
    const sources = await api.gql(
      'query ($id: ID!) { sources(articleId: $id, scope: PEER, limit: 50) { article { id } } }',
      { id: first!.id },
    );
    const ids = (sources.body.data!.sources as { article: { id: string } }[]).map((s) => s.article.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => id.startsWith(V2010))).toEqual([]);
  });
});
