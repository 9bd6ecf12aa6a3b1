/**
 * sources, likelyParents, reuse and ComparedPair.changes over the bundled corpus, through GraphQL against a real
 * Neo4j: exact answers, computed once by hand-checking the engine's output on corpus/.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { alignGraph, importPaths } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { CURATOR_TOKEN, startTestApi, type TestApi } from './api-harness.ts';
import { FIRST_CORPUS_FILES, LAW_FILES } from './import-support.ts';

const { graph } = openTestGraph();
let api: TestApi;

const NATIONAL = '国发〔2020〕7号';
const LIUZHOU = '柳政规〔2021〕18号';

beforeAll(async () => {
  await resetGraph(graph);
  const summary = await importPaths(graph, [...FIRST_CORPUS_FILES]);
  expect(summary.failed).toEqual([]);
  await alignGraph(graph);
  api = await startTestApi(graph);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
});

const LIUZHOU_FIRST = '柳政规〔2021〕18号#p1/a1';

describe('sources', () => {
  test('UPPER: the first Liuzhou measure comes from the State Council opinions (6), which the measures implement', async () => {
    const answer = await api.gql(
      'query ($id: ID!) { sources(articleId: $id, scope: UPPER, limit: 2) { article { id } scope score class rank inLikelyParent evidence { lowerText } } }',
      { id: LIUZHOU_FIRST },
    );
    const sources = answer.body.data!.sources as { evidence: { lowerText: string }[] }[];
    // The opinions are the measures' likely parent: their articles come first, each scored as aligning the pair
    // scores it (rank-sources.ts, parents); 广西's 3rd measure, second before at 0.1722, scores less than 0.3 more.
    const upper = (id: string, score: number, rank: number) => ({
      article: { id },
      scope: 'UPPER',
      score,
      class: 'partially_related',
      rank,
      inLikelyParent: true,
    });
    expect(sources.map(({ evidence: _, ...rest }) => rest)).toEqual([
      upper('国发〔2020〕7号#p2/a6', 0.2968, 1),
      upper('国发〔2020〕7号#p3/a7', 0.1421, 2),
    ]);
    expect(sources[0]!.evidence.map((e) => e.lowerText)).toContain('加强关键核心技术');
  });

  test('PEER: the Liuzhou measures have no same-tier document in the corpus', async () => {
    const answer = await api.gql('query ($id: ID!) { sources(articleId: $id, scope: PEER) { article { id } } }', {
      id: LIUZHOU_FIRST,
    });
    expect(answer.body).toEqual({ data: { sources: [] } });
  });

  test('a document whose tier is unknown is no source: it was read as national, above every place', async () => {
    const guangxi = 't:广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施';
    const ask = async () =>
      (
        await api.gql('query ($id: ID!) { sources(articleId: $id, scope: ALL, limit: 50) { article { id } } }', {
          id: LIUZHOU_FIRST,
        })
      ).body.data!.sources.map((s: { article: { id: string } }) => s.article.id.split('#')[0]);
    expect(await ask()).toContain(guangxi);
    await graph.write([{ cypher: 'MATCH (p:Policy {id: $id}) REMOVE p.tier', params: { id: guangxi } }]);
    try {
      expect(await ask()).not.toContain(guangxi);
    } finally {
      await graph.write([{ cypher: "MATCH (p:Policy {id: $id}) SET p.tier = 'provincial'", params: { id: guangxi } }]);
    }
  });

  test('an unknown article is BAD_USER_INPUT', async () => {
    const answer = await api.gql('{ sources(articleId: "nope") { score } }');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('four sources of 50 of one scope fit in one request; a fifth is refused before any runs, naming the prices per call; ALL pays twice', async () => {
    const aliased = (n: number, scope: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: sources(articleId: "${LIUZHOU_FIRST}", scope: ${scope}, limit: 50) { score }`).join(' ')} }`;
    const four = await api.gql(aliased(4, 'UPPER'));
    expect(four.body.errors).toBeUndefined();
    const five = await api.gql(aliased(5, 'UPPER'));
    expect(five.status).toBe(400);
    expect(five.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(five.body.errors?.[0]?.message).toMatch(
      /^Query cost 5255 exceeds the maximum of 5000 \(5000 of it for fields priced by their time per call: sources 1000 \(2000 of scope ALL\)/,
    );
    // Scope ALL ranks UPPER and PEER apart and merges them: two fit, a third is refused.
    expect((await api.gql(aliased(2, 'ALL'))).body.errors).toBeUndefined();
    expect((await api.gql(aliased(3, 'ALL'))).body.errors?.[0]?.message).toMatch(/^Query cost 6153 exceeds/);
  });
});

describe('likelyParents', () => {
  test('the Liuzhou measures, which cite nothing, implement the State Council opinions first', async () => {
    const answer = await api.gql(
      'query ($id: ID!) { likelyParents(policyId: $id) { policy { id } score via { id } alignedArticles cited } }',
      { id: LIUZHOU },
    );
    expect(answer.body).toEqual({
      data: {
        likelyParents: [
          // None of them rests on another of its tier: no score is carried up (via). Not the 科技部 plan of
          // 2022-09-21: the measures were published on 2022-06-28, so they were issued before it.
          { policy: { id: NATIONAL }, score: 0.333, via: null, alignedArticles: 16, cited: false },
          {
            policy: { id: 't:广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施' },
            score: 0.0527,
            via: null,
            alignedArticles: 4,
            cited: false,
          },
        ],
      },
    });
  });
});

describe('reuse', () => {
  test('no same-tier document of the corpus copies long passages of the State Council opinions', async () => {
    const answer = await api.gql('query ($id: ID!) { reuse(policyId: $id, minLength: 12) { policy { id } share } }', {
      id: NATIONAL,
    });
    expect(answer.body).toEqual({ data: { reuse: [] } });
  });

  test('minLength out of range is BAD_USER_INPUT', async () => {
    const answer = await api.gql('query ($id: ID!) { reuse(policyId: $id, minLength: 2) { share } }', { id: NATIONAL });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('compare: typed changes', () => {
  const COMPARE = `query ($l: ID!, $u: ID!, $min: Float) { compare(lowerPolicyId: $l, upperPolicyId: $u) {
      pairs { id score lower { id } upper { id } changes(minScore: $min) { kind verdict detail lowerText upperText } } } }`;
  type Pair = { id: string; score: number; lower: { id: string }; upper: { id: string }; changes: unknown[] | null };
  const pairsOf = async (min?: number) =>
    (await api.gql(COMPARE, { l: LIUZHOU, u: NATIONAL, ...(min === undefined ? {} : { min }) })).body.data!.compare
      .pairs as Pair[];
  const pair = (pairs: Pair[], lower: string, upper: string) =>
    pairs.find((p) => p.lower.id === `${LIUZHOU}#${lower}` && p.upper.id === `${NATIONAL}#${upper}`)!;
  // 柳州 (二) against the opinions' (六): a weak candidate (under 0.3), as most of the table is.
  const WEAK_SCOPE = [
    // Each kind once, the most general the article names: 企业 stands for its 骨干企业, 研究开发机构 for its 新型研发机构.
    { kind: 'scope', verdict: 'added', detail: 'added: 企业', lowerText: '企业', upperText: null },
    { kind: 'scope', verdict: 'added', detail: 'added: 技术转移机构', lowerText: '技术转移机构', upperText: null },
    { kind: 'scope', verdict: 'added', detail: 'added: 高等学校', lowerText: '高校', upperText: null },
    { kind: 'scope', verdict: 'added', detail: 'added: 研究开发机构', lowerText: '科研院所', upperText: null },
  ];

  test('pairs from 0.3 are compared (a heading without text shares no clause to compare duties on); weaker ones are not (null)', async () => {
    const pairs = await pairsOf();
    expect(pairs.length).toBeGreaterThan(20);
    expect(pairs.filter((p) => p.changes === null).map((p) => p.score < 0.3)).not.toContain(false);
    expect(pairs.filter((p) => p.changes !== null).map((p) => p.score >= 0.3)).not.toContain(false);
    expect(pairs.filter((p) => p.changes !== null)).toHaveLength(10);
    expect(pair(pairs, 'p1/a1', 'p2/a6')).toMatchObject({
      score: 0.3083,
      changes: [{ kind: 'scope', verdict: 'added', detail: 'added: 企业', lowerText: '企业', upperText: null }],
    });
    expect(pair(pairs, 'p4/a15', 'p6/a15')).toMatchObject({ score: 0.85, changes: [] });
    expect(pair(pairs, 'p1/a2', 'p2/a6').changes).toBeNull();
  });

  test('minScore 0 compares every pair: the city names who is supported', async () => {
    const pairs = await pairsOf(0);
    expect(pairs.filter((p) => p.changes === null)).toEqual([]);
    expect(pair(pairs, 'p1/a2', 'p2/a6').changes).toEqual(WEAK_SCOPE);
  });

  test('a weak pair a reviewer confirmed is compared', async () => {
    const { id } = pair(await pairsOf(), 'p1/a2', 'p2/a6');
    const answer = await api.gql(
      'mutation ($id: ID!) { confirmAlignment(id: $id) { score changes { kind verdict detail lowerText upperText } } }',
      { id },
      CURATOR_TOKEN,
    );
    try {
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data!.confirmAlignment as { changes: unknown[] }).changes).toEqual(WEAK_SCOPE);
    } finally {
      await graph.write([
        {
          cypher: 'MATCH ()-[r:ALIGNS_WITH {id: $id}]->() REMOVE r.status, r.reviewedBy, r.reviewedAt, r.comment',
          params: { id },
        },
      ]);
    }
  });

  test.each([-0.1, 1.5])('minScore %s is BAD_USER_INPUT, once for the request', async (min) => {
    const answer = await api.gql(COMPARE, { l: LIUZHOU, u: NATIONAL, min });
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: `changes: minScore must be from 0 to 1, got ${min}`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('the graph the answers rest on is kept between requests, and read again after an import', () => {
  test('a peer city imported while the server runs is a source and a reuser at the next request', async () => {
    const ask = async () =>
      (
        await api.gql(
          'query ($id: ID!, $p: ID!) { sources(articleId: $id, scope: PEER, limit: 1) { article { id } } reuse(policyId: $p) { policy { id } } }',
          { id: LIUZHOU_FIRST, p: LIUZHOU },
        )
      ).body.data as { sources: { article: { id: string } }[]; reuse: { policy: { id: string } }[] };
    expect(await ask()).toEqual({ sources: [], reuse: [] });
    const first = (await readFile(FIRST_CORPUS_FILES.find((f) => f.endsWith('/liuzhou-hitech-measures.txt'))!, 'utf8'))
      .split('\n')
      .find((l) => l.startsWith('(一)'))!;
    const dir = await mkdtemp(join(tmpdir(), 'pg-peer-'));
    const file = join(dir, 'guilin.txt');
    // Made before Liuzhou's measures (2021), so it can be where they come from: a peer made after them is no source.
    await writeFile(file, `桂林市关于促进高新技术产业开发区高质量发展的若干措施\n\n2020-08-01\n\n${first}\n`);
    const summary = await importPaths(graph, [file]);
    try {
      expect(summary.failed).toEqual([]);
      const answer = await ask();
      expect(answer.sources.map((s) => s.article.id.split('#')[0])).toEqual([
        't:桂林市|关于促进高新技术产业开发区高质量发展的若干措施',
      ]);
      expect(answer.reuse.map((r) => r.policy.id)).toEqual(['t:桂林市|关于促进高新技术产业开发区高质量发展的若干措施']);
    } finally {
      await graph.write([
        {
          cypher: `MATCH (p:Policy) WHERE p.id STARTS WITH 't:桂林市|'
OPTIONAL MATCH (p)-[:HAS_ARTICLE|HAS_PART|HAS_EVENT*]->(x) DETACH DELETE x, p`,
        },
      ]);
      await rm(dir, { recursive: true, force: true });
    }
    expect(await ask()).toEqual({ sources: [], reuse: [] });
  });
});

// Last: it adds the bundled provincial statutes to the graph the other tests read.
describe('PEER over the four provinces’ 促进科技成果转化条例', () => {
  test('other places only; the regulations resting on the same law are marked and come first', async () => {
    const summary = await importPaths(
      graph,
      LAW_FILES.filter((f) => f.includes('促进科技成果转化')),
    );
    expect(summary.failed).toEqual([]);
    await alignGraph(graph);
    // The limit is written into the query: as a variable the cost limit prices it at its maximum.
    const sourcesOf = async (id: string) =>
      (
        await api.gql(
          'query ($id: ID!) { sources(articleId: $id, scope: PEER, limit: 3) { article { id } score rank inLikelyParent sharesLikelyParent } }',
          { id },
        )
      ).body.data!.sources as { article: { id: string }; inLikelyParent: boolean; sharesLikelyParent: boolean }[];
    const [tenth] = (await graph.read({
      cypher:
        "MATCH (p:Policy {title: '北京市促进科技成果转化条例'})-[:HAS_ARTICLE|HAS_PART*]->(a:Article {number: 10}) RETURN a.id AS id",
      params: {},
    })) as { id: string }[];
    // 北京's 第十条 (institutes decide how to transfer what they hold): each other province's regulation of the law.
    const beijing = await sourcesOf(tenth!.id);
    const peer = (id: string, score: number, rank: number) => ({
      article: { id },
      score,
      rank,
      inLikelyParent: false,
      sharesLikelyParent: true,
    });
    expect(beijing).toEqual([
      peer('t:山东省|促进科技成果转化条例@2017-12-01#a13', 0.4683, 1),
      peer('t:上海市|促进科技成果转化条例@2017-04-20#p1/a4', 0.4219, 2),
      peer('t:河南省|促进科技成果转化条例@2019-09-27#p2/a20', 0.2102, 3),
    ]);
    // ALL is UPPER and PEER merged: each source as its own scope gives it, ordered by score with each scope's lift.
    type Source = {
      article: { id: string };
      scope: string;
      score: number;
      inLikelyParent: boolean;
      sharesLikelyParent: boolean;
    };
    const scoped = async (scope: string) =>
      (
        await api.gql(
          `query ($id: ID!) { sources(articleId: $id, scope: ${scope}, limit: 5) { article { id } scope score inLikelyParent sharesLikelyParent } }`,
          { id: tenth!.id },
        )
      ).body.data!.sources as Source[];
    const [upper, peers, all] = [await scoped('UPPER'), await scoped('PEER'), await scoped('ALL')];
    const lifted = (s: Source) => s.score + (s.inLikelyParent || s.sharesLikelyParent ? 0.3 : 0);
    const expected = [...upper, ...peers].sort((x, y) => lifted(y) - lifted(x)).slice(0, 5);
    expect(all).toEqual(expected);
    // The two regulations nearest in wording come before the law's article; the law's other articles before 河南's.
    expect(all.map((s) => s.scope)).toEqual(['PEER', 'PEER', 'UPPER', 'PEER', 'UPPER']);
  });
});
