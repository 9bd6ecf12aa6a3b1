/**
 * The custom queries over the imported bundled corpus (importPaths + alignGraph), compared with exact `data`.
 * Facts that come from the texts (numbers, titles, article counts, agencies) are written out; answers that
 * depend on the alignment engine's scores are compared with an oracle computed here, in TypeScript, from the raw
 * ALIGNS_WITH relationships — so the test checks the API's traversal, grouping and ordering exactly, whatever the
 * engine's current thresholds produce.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { carriesArticle, formalProvision } from '../../align/index.ts';
import { alignGraph, importPaths } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { CURATOR_TOKEN, startTestApi } from './api-harness.ts';
import type { TestApi } from './api-harness.ts';

const { graph } = openTestGraph();
let api: TestApi;

const NATIONAL = '国发〔2020〕7号';
const LIUZHOU = '柳政规〔2021〕18号';
const GUANGXI = 't:广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施';
const BEIJING_TRANSFER = 't:北京市|促进科技成果转化条例@2019-11-27';
const TRANSFER_LAW = 't:中华人民共和国|促进科技成果转化法@2015-08-29';

interface Edge {
  id: string;
  lower: string;
  upper: string;
  score: number;
  status: string;
  class: string;
  cited: boolean;
}
interface ArticleRow {
  id: string;
  policyId: string;
  order: number;
  tier: string;
  headingOnly: boolean;
  text: string;
}
let edges: Edge[] = [];
let articles = new Map<string, ArticleRow>();
/** `lower|upper` policy ids where the lower rests on the upper: IMPLEMENTS (inferred too), BASED_ON or CITES it or a version of its work. */
let restsOn = new Set<string>();

beforeAll(async () => {
  await resetGraph(graph);
  const summary = await importPaths(graph);
  expect(summary.failed).toEqual([]);
  await alignGraph(graph);
  edges = (await graph.read({
    cypher: `MATCH (l:Article)-[r:ALIGNS_WITH]->(u:Article)
RETURN r.id AS id, l.id AS lower, u.id AS upper, r.score AS score, coalesce(r.status, 'suggested') AS status, r.class AS class,
       r.cited = true AS cited`,
  })) as unknown as Edge[];
  const rows = (await graph.read({
    cypher:
      "MATCH (p:Policy)-[:HAS_ARTICLE]->(a:Article) RETURN a.id AS id, p.id AS policyId, a.order AS order, p.tier AS tier, coalesce(a.text, '') = '' AS headingOnly, coalesce(a.text, '') AS text",
  })) as unknown as ArticleRow[];
  articles = new Map(rows.map((r) => [r.id, r]));
  const rested = (await graph.read({
    cypher: `MATCH (p:Policy)-[:IMPLEMENTS|BASED_ON|CITES]->(q:Policy)
OPTIONAL MATCH (q)<-[:HAS_VERSION]-(:Work)-[:HAS_VERSION]->(v:Policy)
WITH p, q, collect(v.id) AS versions
UNWIND [q.id] + versions AS id
RETURN DISTINCT p.id + '|' + id AS key`,
  })) as unknown as { key: string }[];
  restsOn = new Set(rested.map((r) => r.key));
  api = await startTestApi(graph);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
});

const live = () => edges.filter((e) => e.status !== 'rejected');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const order = (id: string) => articles.get(id)!.order;

/** A live pair carries its upper article as carriesArticle says (the lower article's best into a document it rests on …). */
const carrying = (e: Edge) => {
  const upperPolicy = articles.get(e.upper)!.policyId;
  return carriesArticle({
    score: e.score,
    bestOfLowerArticle: !live().some(
      (o) => o.lower === e.lower && articles.get(o.upper)?.policyId === upperPolicy && o.score > e.score,
    ),
    restsOn: restsOn.has(`${articles.get(e.lower)!.policyId}|${upperPolicy}`),
    headingOnly: articles.get(e.upper)!.headingOnly || articles.get(e.lower)!.headingOnly,
    cited: e.cited,
    status: e.status,
  });
};

/** lineage as specified: BFS distance to the near end of each ALIGNS_WITH followed, plus one (every live one by default). */
function expectedLineage(start: string, direction: 'UP' | 'DOWN' | 'BOTH', maxDepth: number, followed = live()) {
  const depthOf = new Map<string, number>();
  for (const dir of direction === 'BOTH' ? (['UP', 'DOWN'] as const) : [direction]) {
    const near = (e: Edge) => (dir === 'UP' ? e.lower : e.upper);
    const far = (e: Edge) => (dir === 'UP' ? e.upper : e.lower);
    const dist = new Map([[start, 0]]);
    let frontier = [start];
    for (let d = 0; d < maxDepth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const e of followed) {
        if (!frontier.includes(near(e))) continue;
        depthOf.set(e.id, Math.min(depthOf.get(e.id) ?? Infinity, d + 1));
        if (!dist.has(far(e))) {
          dist.set(far(e), d + 1);
          next.push(far(e));
        }
      }
      frontier = next;
    }
  }
  return followed
    .filter((e) => depthOf.has(e.id))
    .map((e) => ({ depth: depthOf.get(e.id)!, score: e.score, from: e.lower, to: e.upper }))
    .sort((a, b) => a.depth - b.depth || b.score - a.score || byText(a.from, b.from) || byText(a.to, b.to))
    .map((s) => ({ depth: s.depth, relation: 'ALIGNS_WITH', from: { id: s.from }, to: { id: s.to } }));
}

function articleIdsOf(policyId: string) {
  return [...articles.values()]
    .filter((a) => a.policyId === policyId)
    .sort((a, b) => a.order - b.order)
    .map((a) => a.id);
}

describe('policyByNumber', () => {
  test.each([
    '柳政规〔2021〕18号',
    '柳政规[2021]18号',
    '柳政规(2021)18号',
    '柳政规【2021】18号',
    '柳政规（2021）18號',
    ' 柳政规 〔2021〕 18 号 ',
  ])('%j finds the Liuzhou measures with its 21 articles in order', async (number) => {
    const answer = await api.gql(
      'query ($n: String!) { policyByNumber(docNumber: $n) { id title tier docNumber articleCount articles { number } } }',
      { n: number },
    );
    expect(answer.body).toEqual({
      data: {
        policyByNumber: {
          id: LIUZHOU,
          title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
          tier: 'municipal',
          docNumber: LIUZHOU,
          articleCount: 21,
          articles: Array.from({ length: 21 }, (_, i) => ({ number: i + 1 })),
        },
      },
    });
  });

  test('an unknown number answers null', async () => {
    expect((await api.gql('{ policyByNumber(docNumber: "国发〔1999〕1号") { id } }')).body).toEqual({
      data: { policyByNumber: null },
    });
  });
});

describe('search', () => {
  test('an exact document number ranks its policy first, boosted above 10', async () => {
    const answer = await api.gql(
      '{ search(phrase: "国发[2020]7号", limit: 3) { kind nodeId title docNumber tier score } }',
    );
    const hits = answer.body.data?.search as Array<Record<string, unknown>>;
    expect(hits[0]).toEqual({
      kind: 'Policy',
      nodeId: NATIONAL,
      title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
      docNumber: NATIONAL,
      tier: 'national',
      score: hits[0]!.score,
    });
    expect(hits[0]!.score as number).toBeGreaterThan(10);
  });

  test('agencies are found by name', async () => {
    const answer = await api.gql(
      '{ search(phrase: "柳州市科学技术局") { kind nodeId title snippet policyId docNumber tier } }',
    );
    expect(answer.body.data?.search?.[0]).toEqual({
      kind: 'Agency',
      nodeId: '柳州市科学技术局',
      title: '柳州市科学技术局',
      snippet: null,
      policyId: null,
      docNumber: null,
      tier: null,
    });
  });

  test('article hits carry their policy, number and tier, best first, and contain every term', async () => {
    const answer = await api.gql(
      '{ search(phrase: "关键核心技术", limit: 50) { kind nodeId title snippet score policyId docNumber tier } }',
    );
    const hits = answer.body.data?.search as Array<{
      kind: string;
      nodeId: string;
      snippet: string | null;
      score: number;
      policyId: string;
      tier: string;
    }>;
    expect(hits.length).toBeGreaterThan(0);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of hits.filter((h) => h.kind === 'Article')) {
      expect(articles.get(hit.nodeId)?.policyId).toBe(hit.policyId);
      expect(articles.get(hit.nodeId)?.tier).toBe(hit.tier);
    }
    const [liuzhou] = await graph.read({
      cypher:
        "MATCH (a:Article) WHERE a.text CONTAINS '关键核心技术' OR a.heading CONTAINS '关键核心技术' RETURN collect(a.id) AS ids",
    });
    expect(
      hits
        .filter((h) => h.kind === 'Article')
        .map((h) => h.nodeId)
        .sort(),
    ).toEqual([...(liuzhou!.ids as string[])].sort());
  });

  test('hits are keyed by search and node: the same node found by two searches has two hit ids, one nodeId', async () => {
    const one = (await api.gql('{ search(phrase: "柳州市科学技术局") { id nodeId } }')).body.data?.search?.[0];
    const two = (await api.gql('{ search(phrase: "柳州市科学技术局", limit: 5) { id nodeId } }')).body.data
      ?.search?.[0];
    expect(one.nodeId).toBe('柳州市科学技术局');
    expect(two.nodeId).toBe('柳州市科学技术局');
    expect(one.id).not.toBe(two.id);
  });

  test('a blank phrase answers no hits', async () => {
    expect((await api.gql('{ search(phrase: "   ") { id } }')).body).toEqual({ data: { search: [] } });
  });
});

describe('lineage', () => {
  test('the corpus has alignments between the tiers', () => {
    expect(live().length).toBeGreaterThan(0);
  });

  test.each([
    [`${LIUZHOU}#p1/a1`, 'UP', 5],
    [`${LIUZHOU}#p1/a1`, 'BOTH', 1],
    [`${NATIONAL}#p2/a6`, 'DOWN', 5],
    [`${NATIONAL}#p2/a6`, 'BOTH', 3],
  ] as const)('lineage(%s, %s, %i) follows ALIGNS_WITH exactly', async (articleId, direction, maxDepth) => {
    const answer = await api.gql(
      'query ($a: ID!, $d: LineageDirection, $m: Int) { lineage(articleId: $a, direction: $d, maxDepth: $m) { depth relation from { id } to { id } } }',
      { a: articleId, d: direction, m: maxDepth },
    );
    const expected = expectedLineage(articleId, direction, maxDepth);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.body).toEqual({ data: { lineage: expected } });
  });

  test('the defaults are BOTH and depth 5', async () => {
    const answer = await api.gql(`{ lineage(articleId: "${LIUZHOU}#p1/a1") { depth from { id } to { id } } }`);
    expect(answer.body.data?.lineage).toEqual(
      expectedLineage(`${LIUZHOU}#p1/a1`, 'BOTH', 5).map(({ relation: _r, ...s }) => s),
    );
  });

  test.each([
    [`${LIUZHOU}#p1/a2`, 'BOTH', 5],
    [`${BEIJING_TRANSFER}#p1/a2`, 'UP', 5],
    [`${TRANSFER_LAW}#p1/a2`, 'DOWN', 3],
    [`${TRANSFER_LAW}#p1/a8`, 'BOTH', 2],
  ] as const)(
    'lineage(%s, %s, %i) marks counterparts, and counterpartsOnly follows only them',
    async (articleId, direction, maxDepth) => {
      const query =
        'query ($a: ID!, $d: LineageDirection, $m: Int, $c: Boolean) { lineage(articleId: $a, direction: $d, maxDepth: $m, counterpartsOnly: $c) { depth relation alignmentId counterpart counterpartDepth from { id } to { id } } }';
      type Step = {
        depth: number;
        relation: string;
        alignmentId: string;
        counterpart: boolean;
        counterpartDepth: number | null;
        from: { id: string };
        to: { id: string };
      };
      const every = (await api.gql(query, { a: articleId, d: direction, m: maxDepth })).body.data!.lineage as Step[];
      const byId = new Map(live().map((e) => [e.id, e]));
      expect(every.map((s) => s.counterpart)).toEqual(every.map((s) => carrying(byId.get(s.alignmentId)!)));
      const expected = expectedLineage(articleId, direction, maxDepth, live().filter(carrying));
      expect(expected.length).toBeGreaterThan(0);
      // Each case has weak candidates to leave out.
      expect(expected.length).toBeLessThan(every.length);
      // Every step says its distance along counterparts, null when it is not reached that way.
      const along = new Map(expected.map((s) => [`${s.from.id}>${s.to.id}`, s.depth]));
      expect(every.map((s) => s.counterpartDepth)).toEqual(
        every.map((s) => along.get(`${s.from.id}>${s.to.id}`) ?? null),
      );
      const only = (await api.gql(query, { a: articleId, d: direction, m: maxDepth, c: true })).body.data!
        .lineage as Step[];
      expect(only.map(({ depth, relation, from, to }) => ({ depth, relation, from, to }))).toEqual(expected);
      expect(only.every((s) => s.counterpartDepth === s.depth)).toBe(true);
    },
  );

  test("of 北京's article 2's four candidates in the law, only its best (law article 8) is a counterpart", async () => {
    const answer = await api.gql(
      `{ lineage(articleId: "${BEIJING_TRANSFER}#p1/a2", direction: UP) { counterpart to { id } } }`,
    );
    expect(answer.body.data?.lineage).toEqual([
      { counterpart: true, to: { id: `${TRANSFER_LAW}#p1/a8` } },
      { counterpart: false, to: { id: `${TRANSFER_LAW}#p3/a34` } },
      { counterpart: false, to: { id: `${TRANSFER_LAW}#p2/a21` } },
      { counterpart: false, to: { id: `${TRANSFER_LAW}#p2/a14` } },
    ]);
  });

  test('an unknown article is BAD_USER_INPUT', async () => {
    const answer = await api.gql('{ lineage(articleId: "nope#a1") { depth } }');
    expect(answer.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'No article with id "nope#a1"'],
    ]);
  });
});

describe('compare', () => {
  test.each([
    [LIUZHOU, NATIONAL],
    [LIUZHOU, GUANGXI],
  ])('compare(%s, %s) pairs and unmatched articles', async (lower, upper) => {
    const answer = await api.gql(
      `query ($l: ID!, $u: ID!) { compare(lowerPolicyId: $l, upperPolicyId: $u) {
        lower { id } upper { id } pairs { id lower { id } upper { id } score class status evidence { lowerStart lowerEnd upperStart upperEnd lowerText upperText } }
        unmatchedUpper { id } unmatchedLower { id } } }`,
      { l: lower, u: upper },
    );
    const pairs = live()
      .filter((e) => articles.get(e.lower)?.policyId === lower && articles.get(e.upper)?.policyId === upper)
      .sort((a, b) => order(a.upper) - order(b.upper) || b.score - a.score || order(a.lower) - order(b.lower));
    const evidence = await graph.read({
      cypher: 'MATCH ()-[r:ALIGNS_WITH]->() WHERE r.id IN $ids RETURN r.id AS id, r.evidence AS evidence',
      params: { ids: pairs.map((p) => p.id) },
    });
    const evidenceOf = new Map(evidence.map((r) => [r.id as string, JSON.parse(r.evidence as string)]));
    expect(pairs.length).toBeGreaterThan(0);
    expect(answer.body).toEqual({
      data: {
        compare: {
          lower: { id: lower },
          upper: { id: upper },
          pairs: pairs.map((p) => ({
            id: p.id,
            lower: { id: p.lower },
            upper: { id: p.upper },
            score: p.score,
            class: p.class,
            status: p.status,
            evidence: evidenceOf.get(p.id),
          })),
          unmatchedUpper: articleIdsOf(upper)
            .filter((id) => !pairs.some((p) => p.upper === id))
            .map((id) => ({ id })),
          unmatchedLower: articleIdsOf(lower)
            .filter((id) => !pairs.some((p) => p.lower === id))
            .map((id) => ({ id })),
        },
      },
    });
  });

  test('an unknown policy is BAD_USER_INPUT', async () => {
    const answer = await api.gql(`{ compare(lowerPolicyId: "nope", upperPolicyId: "${NATIONAL}") { pairs { id } } }`);
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('coverage', () => {
  test.each([
    [NATIONAL, null],
    [NATIONAL, 'municipal'],
    [NATIONAL, 'provincial'],
    [GUANGXI, null],
    [TRANSFER_LAW, null],
    [TRANSFER_LAW, 'provincial'],
  ])('coverage of %s, tier %s', async (upper, tier) => {
    const answer = await api.gql(
      `query ($u: ID!, $t: Tier) { coverage(upperPolicyId: $u, tier: $t) { upper { id } rows {
        article { id } lowerDocumentCount counterparts { policy { id } articles { id } bestScore } formal } } }`,
      { u: upper, t: tier },
    );
    const FORMAL = { 'effective-date': 'EFFECTIVE_DATE', interpretation: 'INTERPRETATION' } as const;
    const formal = (id: string) => formalProvision(articles.get(id)!.text);
    const rows = articleIdsOf(upper).map((upperId) => {
      // A formal provision (when a text takes effect, who interprets it) is carried by nothing and carries nothing.
      const counted = live().filter((e) => {
        const lower = articles.get(e.lower);
        return (
          e.upper === upperId &&
          lower &&
          lower.policyId !== upper &&
          (tier === null || lower.tier === tier) &&
          carrying(e) &&
          !formal(e.upper) &&
          !formal(e.lower)
        );
      });
      const byPolicy = new Map<string, Edge[]>();
      for (const e of counted)
        byPolicy.set(articles.get(e.lower)!.policyId, [...(byPolicy.get(articles.get(e.lower)!.policyId) ?? []), e]);
      const counterparts = [...byPolicy.entries()]
        .map(([policyId, es]) => ({
          policy: { id: policyId },
          articles: [...es]
            .sort((a, b) => b.score - a.score || order(a.lower) - order(b.lower))
            .map((e) => ({ id: e.lower })),
          bestScore: Math.max(...es.map((e) => e.score)),
        }))
        .sort((a, b) => b.bestScore - a.bestScore || byText(a.policy.id, b.policy.id));
      const provision = formal(upperId);
      return {
        article: { id: upperId },
        lowerDocumentCount: counterparts.length,
        counterparts,
        formal: provision ? FORMAL[provision] : null,
      };
    });
    expect(rows).toHaveLength(articleIdsOf(upper).length);
    expect(answer.body).toEqual({ data: { coverage: { upper: { id: upper }, rows } } });
  });

  test("the law's effective-date clause is formal, though the regulations' own clauses are kept pairs into it", async () => {
    const answer = await api.gql(
      `query ($u: ID!) { coverage(upperPolicyId: $u) { rows { article { number } lowerDocumentCount formal } } }`,
      { u: TRANSFER_LAW },
    );
    const rows = answer.body.data!.coverage.rows as { article: { number: number }; formal: string | null }[];
    expect(rows.filter((r) => r.formal)).toEqual([
      { article: { number: 52 }, lowerDocumentCount: 0, formal: 'EFFECTIVE_DATE' },
    ]);
    const clause = articleIdsOf(TRANSFER_LAW).find((id) => formalProvision(articles.get(id)!.text))!;
    const fromClauses = live().filter((e) => e.upper === clause && carrying(e));
    expect(fromClauses.length).toBeGreaterThan(0);
    expect(fromClauses.every((e) => formalProvision(articles.get(e.lower)!.text) === 'effective-date')).toBe(true);
  });

  test.each([
    [LIUZHOU, GUANGXI],
    [LIUZHOU, NATIONAL],
    [GUANGXI, NATIONAL],
  ])('compare %s with %s: a pair is a counterpart exactly when coverage counts it', async (lower, upper) => {
    const answer = await api.gql(
      'query ($l: ID!, $u: ID!) { compare(lowerPolicyId: $l, upperPolicyId: $u) { pairs { id counterpart } } }',
      { l: lower, u: upper },
    );
    const pairs = answer.body.data!.compare.pairs as { id: string; counterpart: boolean }[];
    expect(pairs.length).toBeGreaterThan(0);
    const byId = new Map(live().map((e) => [e.id, e]));
    expect(pairs.map((p) => [p.id, p.counterpart])).toEqual(pairs.map((p) => [p.id, carrying(byId.get(p.id)!)]));
  });

  test("the law's articles have text, so a regulation's weak second candidates there do not count; headings' all do", () => {
    const intoLaw = live().filter((e) => articles.get(e.upper)!.policyId === TRANSFER_LAW);
    expect(intoLaw.filter((e) => !carrying(e)).length).toBeGreaterThan(0);
    expect(live().filter((e) => articles.get(e.upper)!.policyId === NATIONAL && !carrying(e))).toEqual([]);
  });
});

describe('generated fields over the corpus', () => {
  test('Policy.articles lists the State Council articles in document order with their policy', async () => {
    const answer = await api.gql(
      `{ policies(where: { id: { eq: "${NATIONAL}" } }) { articleCount articles { number policy { id } } } }`,
    );
    expect(answer.body).toEqual({
      data: {
        policies: [
          {
            articleCount: 21,
            articles: Array.from({ length: 21 }, (_, i) => ({ number: i + 1, policy: { id: NATIONAL } })),
          },
        ],
      },
    });
  });

  test('filtering, sorting and cursor pagination come from the library', async () => {
    const first = await api.gql(
      '{ policiesConnection(first: 2, where: { tier: { eq: national } }, sort: [{ id: ASC }]) { totalCount edges { cursor node { id } } } }',
    );
    const national = (
      await graph.read({ cypher: "MATCH (p:Policy {tier: 'national'}) RETURN p.id AS id ORDER BY id" })
    ).map((r) => r.id);
    const edgesOut = first.body.data?.policiesConnection?.edges as Array<{ cursor: string; node: { id: string } }>;
    expect(first.body.data?.policiesConnection?.totalCount).toBe(national.length);
    expect(edgesOut.map((e) => e.node.id)).toEqual(national.slice(0, 2));
    const next = await api.gql(
      'query ($after: String) { policiesConnection(first: 2, after: $after, where: { tier: { eq: national } }, sort: [{ id: ASC }]) { edges { node { id } } } }',
      { after: edgesOut[1]!.cursor },
    );
    expect(next.body.data?.policiesConnection?.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      national.slice(2, 4),
    );
  });
});

describe('curation survives re-alignment', () => {
  test('a confirmed and a rejected pair keep status and reviewer after alignGraph runs again; compare drops the rejected one', async () => {
    const [keep, drop] = live()
      .filter((e) => articles.get(e.lower)?.policyId === LIUZHOU && articles.get(e.upper)?.policyId === NATIONAL)
      .sort((a, b) => byText(a.id, b.id));
    expect(keep && drop).toBeTruthy();
    const confirm = await api.gql(
      `mutation { confirmAlignment(id: "${keep!.id}", comment: "ok") { status reviewedBy } }`,
      {},
      CURATOR_TOKEN,
    );
    expect(confirm.body).toEqual({ data: { confirmAlignment: { status: 'confirmed', reviewedBy: 'curator-li' } } });
    const reject = await api.gql(
      `mutation { rejectAlignment(id: "${drop!.id}", comment: "无关") { status reviewedBy } }`,
      {},
      CURATOR_TOKEN,
    );
    expect(reject.body).toEqual({ data: { rejectAlignment: { status: 'rejected', reviewedBy: 'curator-li' } } });

    await alignGraph(graph);

    const after = await graph.read({
      cypher:
        'MATCH ()-[r:ALIGNS_WITH]->() WHERE r.id IN $ids RETURN r.id AS id, r.status AS status, r.reviewedBy AS by, r.comment AS comment ORDER BY id',
      params: { ids: [keep!.id, drop!.id] },
    });
    expect(after).toEqual(
      [
        { id: keep!.id, status: 'confirmed', by: 'curator-li', comment: 'ok' },
        { id: drop!.id, status: 'rejected', by: 'curator-li', comment: '无关' },
      ].sort((a, b) => byText(a.id, b.id)),
    );
    const pairs = await api.gql(
      `{ compare(lowerPolicyId: "${LIUZHOU}", upperPolicyId: "${NATIONAL}") { pairs { id status } } }`,
    );
    const ids = (pairs.body.data?.compare?.pairs as Array<{ id: string; status: string }>).map((p) => [p.id, p.status]);
    expect(ids).toContainEqual([keep!.id, 'confirmed']);
    expect(ids.map(([id]) => id)).not.toContain(drop!.id);
  });
});
