/**
 * Curation and refusals against the real engine: the three mutations need a curator token (UNAUTHENTICATED without
 * or with a bad one, FORBIDDEN without the role), generated mutations do not exist, reviews are recorded, reads can
 * be closed by REQUIRE_AUTH_FOR_READS, and hostile strings through search / policyByNumber change nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureSchema } from '../../graph/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { ALIGNMENTS, MUNICIPAL, NATIONAL, PROVINCIAL, seedApiFixture } from './api-fixture.ts';
import { CURATOR_TOKEN, READER_TOKEN, startTestApi } from './api-harness.ts';
import type { TestApi } from './api-harness.ts';

const { graph } = openTestGraph();
let api: TestApi;

const SUGGESTED = ALIGNMENTS[0]!; // municipal p1/a1 → provincial a1, suggested
const REJECTED = ALIGNMENTS[3]!; // municipal p1/a2 → provincial a2, rejected

async function graphFingerprint() {
  const [row] = await graph.read({
    cypher: `MATCH (n) WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS relationships
OPTIONAL MATCH ()-[a:ALIGNS_WITH]->() RETURN nodes, relationships, collect([a.id, a.status, a.reviewedBy]) AS alignments`,
  });
  return row;
}

beforeAll(async () => {
  await resetGraph(graph);
  await ensureSchema(graph);
  await seedApiFixture(graph);
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph.close();
});

const CONFIRM =
  'mutation ($id: ID!, $comment: String) { confirmAlignment(id: $id, comment: $comment) { id status reviewedBy comment lower { id } upper { id } } }';

describe('refused writes', () => {
  test.each([
    ['no token', undefined, 'UNAUTHENTICATED'],
    [
      'a token signed with another secret',
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiY3VyYXRvciJdfQ.c2lnbmF0dXJl',
      'UNAUTHENTICATED',
    ],
    ['a reader token', READER_TOKEN, 'FORBIDDEN'],
  ])('confirmAlignment with %s → %s and nothing changes', async (_label, token, code) => {
    const before = await graphFingerprint();
    const answer = await api.gql(CONFIRM, { id: SUGGESTED.id }, token);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(await graphFingerprint()).toEqual(before);
  });

  test.each([
    ['rejectAlignment', `mutation { rejectAlignment(id: "${SUGGESTED.id}") { id } }`],
    [
      'addAlignment',
      `mutation { addAlignment(lowerArticleId: "${MUNICIPAL}#p1/a1", upperArticleId: "${NATIONAL}#p2/a3") { id } }`,
    ],
  ])('%s without a token → UNAUTHENTICATED', async (_name, mutation) => {
    const answer = await api.gql(mutation);
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  test.each([
    'createPolicies',
    'updatePolicies',
    'deletePolicies',
    'createArticles',
    'deleteArticles',
    'updateAgencies',
  ])('the generated mutation %s does not exist', async (name) => {
    const answer = await api.gql(`mutation { ${name} { __typename } }`, {}, CURATOR_TOKEN);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0]?.message).toBe(`Cannot query field "${name}" on type "Mutation".`);
  });

  test('the Mutation type has exactly the four curation mutations', async () => {
    const answer = await api.gql('{ __schema { mutationType { fields { name } } } }');
    expect(answer.body.data).toEqual({
      __schema: {
        mutationType: {
          fields: [
            { name: 'confirmAlignment' },
            { name: 'rejectAlignment' },
            { name: 'addAlignment' },
            { name: 'setPolicyTier' },
          ],
        },
      },
    });
  });
});

describe('curation with a curator token', () => {
  test('confirmAlignment records status, reviewer and comment', async () => {
    const answer = await api.gql(CONFIRM, { id: SUGGESTED.id, comment: '核对无误' }, CURATOR_TOKEN);
    expect(answer.body).toEqual({
      data: {
        confirmAlignment: {
          id: SUGGESTED.id,
          status: 'confirmed',
          reviewedBy: 'curator-li',
          comment: '核对无误',
          lower: { id: SUGGESTED.lower },
          upper: { id: SUGGESTED.upper },
        },
      },
    });
    const [row] = await graph.read({
      cypher:
        'MATCH ()-[r:ALIGNS_WITH {id: $id}]->() RETURN r.status AS status, r.reviewedBy AS by, r.reviewedAt AS at, r.comment AS comment',
      params: { id: SUGGESTED.id },
    });
    expect(row).toMatchObject({ status: 'confirmed', by: 'curator-li', comment: '核对无误' });
    expect(Number.isNaN(Date.parse(String(row?.at)))).toBe(false);
  });

  test('rejectAlignment keeps the earlier comment when none is given', async () => {
    const answer = await api.gql(
      `mutation { rejectAlignment(id: "${SUGGESTED.id}") { id status comment reviewedBy } }`,
      {},
      CURATOR_TOKEN,
    );
    expect(answer.body).toEqual({
      data: {
        rejectAlignment: { id: SUGGESTED.id, status: 'rejected', comment: '核对无误', reviewedBy: 'curator-li' },
      },
    });
  });

  test('an unknown alignment id is BAD_USER_INPUT', async () => {
    const answer = await api.gql(CONFIRM, { id: 'no->such' }, CURATOR_TOKEN);
    expect(answer.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'No alignment with id "no->such"'],
    ]);
  });

  test('addAlignment creates a confirmed curator alignment once; adding it again updates it', async () => {
    const lower = `${MUNICIPAL}#p1/a1`;
    const upper = `${NATIONAL}#p2/a3`;
    const query = `mutation ($c: String) { addAlignment(lowerArticleId: "${lower}", upperArticleId: "${upper}", comment: $c) {
      id score class status reviewedBy comment evidence { lowerText } lower { id policy { id } } upper { id } } }`;
    const first = await api.gql(query, { c: '人工补充' }, CURATOR_TOKEN);
    expect(first.body).toEqual({
      data: {
        addAlignment: {
          id: `${lower}->${upper}`,
          score: 1,
          class: 'related',
          status: 'confirmed',
          reviewedBy: 'curator-li',
          comment: '人工补充',
          evidence: [],
          lower: { id: lower, policy: { id: MUNICIPAL } },
          upper: { id: upper },
        },
      },
    });
    await api.gql(query, { c: '再次确认' }, CURATOR_TOKEN);
    const rows = await graph.read({
      cypher:
        'MATCH (:Article {id: $lower})-[r:ALIGNS_WITH]->(:Article {id: $upper}) RETURN r.comment AS comment, r.method AS method',
      params: { lower, upper },
    });
    expect(rows).toEqual([{ comment: '再次确认', method: 'curator' }]);
  });

  test('addAlignment with an unknown article is BAD_USER_INPUT and writes nothing', async () => {
    const before = await graphFingerprint();
    const answer = await api.gql(
      `mutation { addAlignment(lowerArticleId: "nope", upperArticleId: "${NATIONAL}#p1/a1") { id } }`,
      {},
      CURATOR_TOKEN,
    );
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await graphFingerprint()).toEqual(before);
  });
});

describe('Cypher injection attempts', () => {
  const HOSTILE = [
    `') DETACH DELETE n //`,
    `"}) MATCH (n) DETACH DELETE n //`,
    `'}) MATCH (n) DETACH DELETE n RETURN 1 AS x //`,
    '*:*',
  ];

  test.each(HOSTILE)('search(%j) answers cleanly and changes nothing', async (phrase) => {
    const before = await graphFingerprint();
    const answer = await api.gql('query ($p: String!) { search(phrase: $p) { kind id } }', { p: phrase });
    expect(answer.body).toEqual({ data: { search: [] } });
    expect(await graphFingerprint()).toEqual(before);
  });

  test.each(HOSTILE)('policyByNumber(%j) answers null and changes nothing', async (number) => {
    const before = await graphFingerprint();
    const answer = await api.gql('query ($n: String!) { policyByNumber(docNumber: $n) { id } }', { n: number });
    expect(answer.body).toEqual({ data: { policyByNumber: null } });
    expect(await graphFingerprint()).toEqual(before);
  });

  test('the same strings inlined as GraphQL literals change nothing either', async () => {
    const before = await graphFingerprint();
    const answer = await api.gql(
      `{ search(phrase: "\\") DETACH DELETE n //") { id } policyByNumber(docNumber: "') DETACH DELETE n //") { id } }`,
    );
    expect(answer.body).toEqual({ data: { search: [], policyByNumber: null } });
    expect(await graphFingerprint()).toEqual(before);
  });
});

describe('REQUIRE_AUTH_FOR_READS', () => {
  let closed: TestApi;
  beforeAll(async () => {
    closed = await startTestApi(graph, { REQUIRE_AUTH_FOR_READS: 'true' });
  });
  afterAll(() => closed.close());

  test('a read without a token → 401 UNAUTHENTICATED', async () => {
    const answer = await closed.gql(`{ policies(where: { id: { eq: "${PROVINCIAL}" } }) { id } }`);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  test('a read with any valid token is answered', async () => {
    const answer = await closed.gql(
      `{ policies(where: { id: { eq: "${PROVINCIAL}" } }) { id tier } }`,
      {},
      READER_TOKEN,
    );
    expect(answer.body).toEqual({ data: { policies: [{ id: PROVINCIAL, tier: 'provincial' }] } });
  });

  test('reads stay open on the default server', async () => {
    const answer = await api.gql(`{ policies(where: { id: { eq: "${PROVINCIAL}" } }) { id } }`);
    expect(answer.body).toEqual({ data: { policies: [{ id: PROVINCIAL }] } });
  });
});

test('rejected fixture alignment is what the fixture says', async () => {
  // Guards the fixture itself: the other tests rely on this pair being rejected from the start.
  const rows = await graph.read({
    cypher: 'MATCH ()-[r:ALIGNS_WITH {id: $id}]->() RETURN r.status AS s',
    params: { id: REJECTED.id },
  });
  expect(rows).toEqual([{ s: 'rejected' }]);
});
