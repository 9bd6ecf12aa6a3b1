// Issue 16's attacks, each sent over HTTP to a real server while another request's latency is measured: every one
// gets a clear coded error within a second and the server stays responsive. No database is needed: each is refused
// before any Cypher would run (the handle points at a closed port).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readApiConfig, startApiServer, type RunningApiServer } from '../../api/index.ts';
import { findFreePort, openGraph, type GraphHandle } from '../../graph/index.ts';

let server: RunningApiServer;
let closed: RunningApiServer;
let graph: GraphHandle;

beforeAll(async () => {
  const port = await findFreePort();
  graph = openGraph(
    { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'nobody-listens', database: 'neo4j' },
    { connectionTimeoutMs: 500, maxTransactionRetryTimeMs: 0 },
  );
  server = await startApiServer({
    graph,
    config: readApiConfig({ PORT: '0', JWT_SECRET: 'attack-test' }),
    warmUpMs: 0,
    log: () => {},
  });
  closed = await startApiServer({
    graph,
    config: readApiConfig({ PORT: '0', JWT_SECRET: 'attack-test', INTROSPECTION: 'false' }),
    warmUpMs: 0,
    log: () => {},
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await closed?.close();
  await graph?.close();
});

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return {
    status: response.status,
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    messages: (body.errors ?? []).map((e) => e.message),
  };
}

/** Sends the attack while a probe request loops; returns the attack's answer, its time and the probe's worst latency. */
async function underWatch(send: () => Promise<Awaited<ReturnType<typeof post>>>) {
  let done = false;
  let worst = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      await post(server.url, '{ __typename }');
      worst = Math.max(worst, performance.now() - started);
    }
  })();
  const started = performance.now();
  const answer = await send();
  const took = performance.now() - started;
  done = true;
  await probe;
  return { answer, took, worst };
}

const fanOut = (() => {
  const fragments = ['fragment F0 on Article { id }'];
  for (let i = 1; i <= 39; i++) fragments.push(`fragment F${i} on Article { ...F${i - 1} ...F${i - 1} }`);
  return `{ articles { ...F39 } } ${fragments.join(' ')}`;
})();
const nestedWhere = (() => {
  let filter = '{ id: { eq: "x" } }';
  for (let i = 0; i < 20; i++) filter = `{ alignsWith: { some: ${filter} } }`;
  return `{ articles(where: ${filter}) { id } }`;
})();
const manyOr = { OR: Array.from({ length: 1000 }, (_, i) => ({ id: { eq: `a${i}` } })) };
const aliases = `{ ${Array.from({ length: 600 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`;

describe('each attack gets a clear error within a second while the server keeps answering', () => {
  test.each([
    [
      'fragment fan-out (2^39 expansions)',
      () => post(server.url, fanOut),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Query cost \d+ exceeds the maximum of 5000/,
    ],
    [
      'limit: 0 on a nested list',
      () => post(server.url, '{ policies(limit: 5) { articleLinks(limit: 0) { id } } }'),
      400,
      'BAD_USER_INPUT',
      /articleLinks: limit must be at least 1, got 0/,
    ],
    [
      'a score bound above 1 through a variable, asked of every pair: refused once, before anything runs',
      () =>
        post(
          server.url,
          'query($m: Float) { compare(lowerPolicyId: "a", upperPolicyId: "b") { pairs { changes(minScore: $m) { kind } } } }',
          { m: 1.5 },
        ),
      400,
      'BAD_USER_INPUT',
      /changes: minScore must be from 0 to 1, got 1.5/,
    ],
    [
      'a negative limit through a variable',
      () => post(server.url, 'query($n: Int) { policies(limit: $n) { id } }', { n: -1_000_000 }),
      400,
      'BAD_USER_INPUT',
      /policies: limit must be at least 1, got -1000000/,
    ],
    [
      'lineage maxDepth -1 (before, accepted silently and read as 1)',
      () => post(server.url, '{ lineage(articleId: "a", maxDepth: -1) { depth } }'),
      400,
      'BAD_USER_INPUT',
      /^lineage: maxDepth must be an integer from 1 to 10, got -1$/,
    ],
    [
      "a relationship's properties with only __typename (before, DATABASE_ERROR: @neo4j/graphql sent RETURN {})",
      () => post(server.url, '{ articles(limit: 1) { alignsWithConnection { edges { properties { __typename } } } } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /^properties of ArticleAlignsWithRelationship selects only __typename: select one of its fields as well/,
    ],
    [
      'lineage maxDepth 11 through a variable (before, capped silently at 10)',
      () => post(server.url, 'query($d: Int) { lineage(articleId: "a", maxDepth: $d) { depth } }', { d: 11 }),
      400,
      'BAD_USER_INPUT',
      /^lineage: maxDepth must be an integer from 1 to 10, got 11$/,
    ],
    [
      'sources limit 0 and 51 say the same range (before, "at least 1" and a message without the value)',
      () => post(server.url, '{ a: sources(articleId: "a", limit: 0) { score } }'),
      400,
      'BAD_USER_INPUT',
      /^sources: limit must be an integer from 1 to 50, got 0$/,
    ],
    [
      'sources limit 51',
      () => post(server.url, '{ sources(articleId: "a", limit: 51) { score } }'),
      400,
      'BAD_USER_INPUT',
      /^sources: limit must be an integer from 1 to 50, got 51$/,
    ],
    [
      'reuse minLength 10 (before, accepted and answered as 12: no passage counts with fewer own characters)',
      () => post(server.url, '{ reuse(policyId: "a", minLength: 10) { share } }'),
      400,
      'BAD_USER_INPUT',
      /^reuse: minLength must be an integer from 12 to 500, got 10 \(a shared passage counts only with 12 characters or more of its own wording\)$/,
    ],
    [
      'reuse minLength 11 through a variable',
      () => post(server.url, 'query($n: Int) { reuse(policyId: "a", minLength: $n) { share } }', { n: 11 }),
      400,
      'BAD_USER_INPUT',
      /^reuse: minLength must be an integer from 12 to 500, got 11 /,
    ],
    [
      'first: -1 on a connection',
      () => post(server.url, '{ policiesConnection(first: -1) { totalCount } }'),
      400,
      'BAD_USER_INPUT',
      /first must be at least 1/,
    ],
    ['600 aliases of __schema (52 KB)', () => post(server.url, aliases), 400, 'GRAPHQL_PARSE_FAILED', /2000 tokens/],
    [
      '20 levels of nested where filters',
      () => post(server.url, nestedWhere),
      400,
      'BAD_USER_INPUT',
      /input nested \d+ levels deep exceeds the maximum of 8/,
    ],
    [
      '1,000 OR items',
      () => post(server.url, 'query($w: ArticleWhere) { articles(where: $w) { id } }', { w: manyOr }),
      400,
      'BAD_USER_INPUT',
      /list of 1000 items|more than 50 input objects/,
    ],
    [
      'a subscription',
      () => post(server.url, 'subscription { __typename }'),
      400,
      undefined,
      /subscription|Subscription/,
    ],
    [
      '1,025 search terms',
      () =>
        post(server.url, 'query($p: String!) { search(phrase: $p) { id } }', {
          p: Array.from({ length: 1025 }, (_, i) => `t${i}`).join(' '),
        }),
      400,
      'BAD_USER_INPUT',
      /1025 terms; at most 1024/,
    ],
    [
      'introspection with INTROSPECTION=false',
      () => post(closed.url, '{ __schema { queryType { name } } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /introspection/i,
    ],
  ])('%s', async (_name, send, status, code, message) => {
    const { answer, took, worst } = await underWatch(send);
    expect(answer.status).toBe(status);
    if (code) expect(answer.codes).toContain(code);
    expect(answer.messages.join('\n')).toMatch(message);
    expect(took).toBeLessThan(1000);
    expect(worst).toBeLessThan(1000);
  });
});

describe('HTTP statuses', () => {
  test('the database being gone is a 503 with Retry-After, quickly', async () => {
    const started = performance.now();
    const response = await fetch(`${server.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ policies(limit: 1) { id } }' }),
    });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('SERVICE_UNAVAILABLE');
  });
});
