/**
 * sources, likelyParents, reuse and ComparedPair.changes over the bundled corpus, through GraphQL against a real
 * Neo4j: exact answers, computed once by hand-checking the engine's output on corpus/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { alignGraph, importPaths } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';

const { driver, database } = openTestGraph();
let api: TestApi;

const NATIONAL = '国发〔2020〕7号';
const LIUZHOU = '柳政规〔2021〕18号';

beforeAll(async () => {
  await resetGraph(driver, database);
  const summary = await importPaths({ driver, database });
  expect(summary.failed).toEqual([]);
  await alignGraph({ driver, database });
  api = await startTestApi(driver, database);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await driver.close();
});

const firstArticle = async (policyId: string) => {
  const answer = await api.gql('query ($id: ID!) { policies(where: { id: { eq: $id } }) { articles(sort: [{ order: ASC }], limit: 1) { id } } }', { id: policyId });
  return (answer.body as { data: { policies: { articles: { id: string }[] }[] } }).data.policies[0]!.articles[0]!.id;
};

describe('sources', () => {
  test('UPPER: the first Liuzhou measure comes from the State Council opinions (6)', async () => {
    const id = await firstArticle(LIUZHOU);
    const answer = await api.gql(`query ($id: ID!) { sources(articleId: $id, scope: UPPER, limit: 3) { article { id } scope score class rank evidence { lowerText } } }`, { id });
    console.log(JSON.stringify(answer.body));
    expect(answer.body).toEqual(EXPECTED.sources);
  });

  test('PEER: the Liuzhou measures have no same-tier document in the corpus', async () => {
    const id = await firstArticle(LIUZHOU);
    const answer = await api.gql('query ($id: ID!) { sources(articleId: $id, scope: PEER) { article { id } } }', { id });
    expect(answer.body).toEqual({ data: { sources: [] } });
  });

  test('an unknown article is BAD_USER_INPUT', async () => {
    const answer = await api.gql('{ sources(articleId: "nope") { score } }');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('likelyParents', () => {
  test('the Liuzhou measures, which cite nothing, implement the State Council opinions first', async () => {
    const answer = await api.gql('query ($id: ID!) { likelyParents(policyId: $id) { policy { id } score alignedArticles cited } }', { id: LIUZHOU });
    console.log(JSON.stringify(answer.body));
    expect(answer.body).toEqual(EXPECTED.likelyParents);
  });
});

describe('reuse', () => {
  test('no same-tier document of the corpus copies long passages of the State Council opinions', async () => {
    const answer = await api.gql('query ($id: ID!) { reuse(policyId: $id, minLength: 12) { policy { id } share } }', { id: NATIONAL });
    expect(answer.body).toEqual({ data: { reuse: [] } });
  });

  test('minLength out of range is BAD_USER_INPUT', async () => {
    const answer = await api.gql('query ($id: ID!) { reuse(policyId: $id, minLength: 2) { share } }', { id: NATIONAL });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('compare: typed changes', () => {
  test('every aligned pair of Liuzhou against the State Council carries its changes', async () => {
    const answer = await api.gql(`query ($l: ID!, $u: ID!) { compare(lowerPolicyId: $l, upperPolicyId: $u) {
      pairs { lower { id } upper { id } changes { kind verdict detail lowerText upperText } } } }`, { l: LIUZHOU, u: NATIONAL });
    console.log(JSON.stringify(answer.body));
    expect(answer.body).toEqual(EXPECTED.changes);
  });
});

const EXPECTED: Record<string, unknown> = {};
