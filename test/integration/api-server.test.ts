/**
 * The server over HTTP on a free port: `{ __typename }`, the viewer or the help page at `/`, the body limit (413),
 * CORS, the depth / cost / page-size limits, and Neo4j going down and coming back (through a TCP proxy we can
 * close): the server answers SERVICE_UNAVAILABLE without a stack trace, stays up, and serves again.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureSchema, openGraph } from '../../graph/index.ts';
import { databaseErrorCode } from '../../api/format-error.ts';
import { createCypherRunner } from '../../api/run-cypher.ts';
import { openTestGraph, resetGraph, testGraphConfig } from '../support/neo4j.ts';
import { MUNICIPAL, NATIONAL, seedApiFixture } from './api-fixture.ts';
import { startTestApi, TEST_SECRET } from './api-harness.ts';
import { readApiConfig, startApiServer } from '../../api/index.ts';
import type { TestApi } from './api-harness.ts';

const { graph } = openTestGraph();
let api: TestApi;
let viewerApi: TestApi;
const viewerDir = mkdtempSync(join(tmpdir(), 'pg-api-viewer-'));

beforeAll(async () => {
  await resetGraph(graph);
  await ensureSchema(graph);
  await seedApiFixture(graph);
  mkdirSync(join(viewerDir, 'assets'));
  writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title><div id="app"></div>');
  writeFileSync(join(viewerDir, 'assets', 'main.js'), 'console.log(1);');
  api = await startTestApi(graph, {
    BODY_LIMIT: '2048',
    MAX_QUERY_DEPTH: '4',
    MAX_QUERY_COST: '300',
    MAX_PAGE_SIZE: '2',
    CORS_ORIGINS: 'http://allowed.example',
  });
  viewerApi = await startTestApi(graph, {}, viewerDir);
});

afterAll(async () => {
  await api?.close();
  await viewerApi?.close();
  await graph.close();
});

describe('HTTP', () => {
  test('{ __typename } answers over POST and GET', async () => {
    expect(await api.gql('{ __typename }')).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const get = await fetch(`${api.url}graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('/ shows the help page when the viewer is not built', async () => {
    const response = await fetch(api.url);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('npm run build:viewer');
    expect(html).toContain('/graphql');
  });

  test('/ serves the built viewer, its assets, and index.html for client routes', async () => {
    const index = await fetch(viewerApi.url);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toBe('<!doctype html><title>viewer</title><div id="app"></div>');
    const asset = await fetch(`${viewerApi.url}assets/main.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await asset.text()).toBe('console.log(1);');
    expect(await (await fetch(`${viewerApi.url}lineage/x`)).text()).toContain('<div id="app">');
    expect((await fetch(`${viewerApi.url}assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${viewerApi.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  test('a body over BODY_LIMIT gets 413 and the server keeps answering', async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(4000) } });
    const response = await fetch(`${api.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Request body exceeds 2048 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect((await api.gql('{ __typename }')).status).toBe(200);
  });

  test('malformed JSON is a 400 with a coded error', async () => {
    const response = await fetch(`${api.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  test('CORS: a listed origin is allowed, another gets no allow header', async () => {
    const allowed = await fetch(`${api.url}graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://allowed.example' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
    const post = await fetch(`${api.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://other.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('limits', () => {
  test('a query deeper than MAX_QUERY_DEPTH is refused before touching the database', async () => {
    const answer = await api.gql('{ policies { articles { policy { articles { id } } } } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((e) => [e.extensions?.code, e.message])).toContainEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'Query depth 5 exceeds the maximum of 4',
    ]);
    expect(answer.body.data).toBeUndefined();
  });

  test('a query within the depth limit is answered (nested lists are capped at MAX_PAGE_SIZE too)', async () => {
    const answer = await api.gql(
      `{ policies(limit: 1, where: { id: { eq: "${NATIONAL}" } }) { articles { number policy { id } } } }`,
    );
    expect(answer.body).toEqual({
      data: {
        policies: [
          {
            articles: [
              { number: 1, policy: { id: NATIONAL } },
              { number: 2, policy: { id: NATIONAL } },
            ],
          },
        ],
      },
    });
  });

  test('a query over MAX_QUERY_COST is refused', async () => {
    // policies (limit 50 counts as the page size 2): 1 + 2 × (articles 1 + 10 × (alignsWith 1 + 10 × 3 fields)) = 623
    const answer = await api.gql('{ policies(limit: 50) { articles { alignsWith { id heading text } } } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Query cost 623 exceeds the maximum of 300'],
    ]);
  });

  test('limit arguments are capped at MAX_PAGE_SIZE', async () => {
    const answer = await api.gql(
      '{ policies(limit: 1000, sort: [{ id: ASC }]) { id } search(phrase: "高新区", limit: 1000) { id } }',
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.policies).toHaveLength(2);
    expect(answer.body.data?.search).toHaveLength(2);
  });

  test('connection pages are capped too', async () => {
    const answer = await api.gql(
      '{ articlesConnection(first: 1000, sort: [{ id: ASC }]) { totalCount edges { node { id } } } }',
    );
    expect(answer.body.data?.articlesConnection?.totalCount).toBe(7);
    expect(answer.body.data?.articlesConnection?.edges).toHaveLength(2);
  });
});

describe('Neo4j down and back', () => {
  let proxy: Server;
  let port = 0;
  const sockets = new Set<Socket>();
  const target = new URL(testGraphConfig().uri.replace(/^bolt/, 'http'));

  function listen(): Promise<void> {
    proxy = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    return new Promise((resolve) =>
      proxy.listen(port, '127.0.0.1', () => {
        port = (proxy.address() as AddressInfo).port;
        resolve();
      }),
    );
  }

  function shut(): Promise<void> {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    return new Promise((resolve) => proxy.close(() => resolve()));
  }

  test('SERVICE_UNAVAILABLE while down, answers again when back, no stack traces', async () => {
    await listen();
    const config = testGraphConfig();
    const proxied = openGraph(
      { ...config, uri: `bolt://127.0.0.1:${port}` },
      { maxTransactionRetryTimeMs: 1000, connectionTimeoutMs: 2000 },
    );
    const flaky = await startTestApi(proxied);
    const query = `{ policyByNumber(docNumber: "${NATIONAL}") { id } policies(where: { id: { eq: "${NATIONAL}" } }) { id } }`;
    try {
      expect((await flaky.gql(query)).body).toEqual({
        data: { policyByNumber: { id: NATIONAL }, policies: [{ id: NATIONAL }] },
      });

      await shut();
      const down = await flaky.gql(query);
      expect(down.status).toBe(503);
      expect(down.body.data).toBeNull();
      const codes = down.body.errors?.map((e) => e.extensions?.code);
      expect(codes?.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      expect(JSON.stringify(down.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
      expect((await flaky.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });

      await listen();
      expect((await flaky.gql(query)).body).toEqual({
        data: { policyByNumber: { id: NATIONAL }, policies: [{ id: NATIONAL }] },
      });
    } finally {
      await flaky.close();
      await proxied.close();
      await shut().catch(() => {});
    }
  });
});

describe('a database known to be down (a supervised local engine restarting)', () => {
  test('is answered 503 with Retry-After at once, without asking the driver; serves again when it is back', async () => {
    let down = true;
    const server = await startApiServer({
      graph,
      config: readApiConfig({ JWT_SECRET: TEST_SECRET, PORT: '0' }),
      log: () => {},
      warmUpMs: 0,
      databaseDown: () => down,
    });
    const ask = () =>
      fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ policyByNumber(docNumber: "${NATIONAL}") { id } }` }),
      });
    try {
      const refused = await ask();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      const body = (await refused.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
      expect(body.data).toBeUndefined();
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      // The graph handle works all along: only the flag made it 503.
      down = false;
      const served = await ask();
      expect(served.status).toBe(200);
      expect(await served.json()).toEqual({ data: { policyByNumber: { id: NATIONAL } } });
    } finally {
      await server.close();
    }
  });
});

describe('database timeout', () => {
  test('a query running past DB_TIMEOUT_MS is stopped by the server and reported as DATABASE_TIMEOUT', async () => {
    const runner = createCypherRunner(graph, 100);
    const slow = runner.read({ cypher: 'UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n' });
    const error = await slow.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'GraphError', code: 'NEO4J_TIMEOUT' });
    expect(databaseErrorCode(error)).toBe('DATABASE_TIMEOUT');
  });
});

describe('Alignment.evidence', () => {
  const SPAN = { lowerText: '开展关键核心技术攻关', upperStart: 19 };

  test('is typed spans on the generated relationship fields; the stored text stays as the deprecated evidenceJson', async () => {
    const answer = await viewerApi.gql(
      `query ($id: ID!) { articles(where: { id: { eq: $id } }) {
        alignsWithConnection { edges { properties { evidence { lowerText upperStart } evidenceJson } } } } }`,
      { id: `${MUNICIPAL}#p1/a1` },
    );
    expect(answer.status).toBe(200);
    const [properties] = answer.body.data!.articles[0].alignsWithConnection.edges.map(
      (e: { properties: unknown }) => e.properties,
    );
    expect(properties.evidence).toEqual([SPAN]);
    expect(JSON.parse(properties.evidenceJson)).toMatchObject([SPAN]);
  });

  test('is typed under a hydrated node too (lineage → from → alignsWithConnection)', async () => {
    const answer = await viewerApi.gql(
      `query ($id: ID!) { lineage(articleId: $id, direction: UP, maxDepth: 1) {
        from { alignsWithConnection { edges { properties { ev: evidence { lowerText upperStart } } } } } } }`,
      { id: `${MUNICIPAL}#p1/a1` },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.lineage[0].from.alignsWithConnection.edges[0].properties).toEqual({ ev: [SPAN] });
  });
});

describe('partial answers (GraphQL over HTTP)', () => {
  // policy(asOf) refuses a malformed day with BAD_USER_INPUT; policy is nullable, so the other field still answers.
  const QUERY = '{ __typename policy(title: "x", asOf: "2015") { id } }';

  test.each(['application/graphql-response+json', 'application/json'])(
    'data beside a field error is 200 with both, accepting %s',
    async (accept) => {
      const response = await fetch(`${viewerApi.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(accept);
      const body = (await response.json()) as { data: unknown; errors: Array<{ extensions: { code: string } }> };
      expect(body.data).toEqual({ __typename: 'Query', policy: null });
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    },
  );

  test('an error that leaves no data keeps its status', async () => {
    const answer = await viewerApi.gql('{ lineage(articleId: "no such article") { depth } }');
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
