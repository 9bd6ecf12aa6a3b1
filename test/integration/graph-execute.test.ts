// executeWrite / executeRead against the real test Neo4j: one transaction per call, plain values, batched writes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connect, createServer, type Socket } from 'node:net';
import { ensureSchema, GraphError } from '../../graph/index.ts';
import { createDriver } from '../../graph/create-driver.ts';
import { executeRead } from '../../graph/execute.ts';
import { findFreePort } from '../../graph/local-neo4j/index.ts';
import { openTestGraph, resetGraph, testGraphConfig } from '../support/neo4j.ts';

const { graph, database } = openTestGraph();

beforeAll(async () => {
  await resetGraph(graph);
  await ensureSchema(graph);
});
afterAll(() => graph.close());

describe('executeWrite', () => {
  test("runs every query in one transaction and returns each query's plain rows", async () => {
    const result = await graph.write([
      {
        cypher: 'CREATE (p:Policy {id: $id, title: $title}) RETURN p.id AS id',
        params: { id: 'exec-1', title: '关于促进高新区发展的若干措施' },
      },
      {
        cypher: 'MATCH (p:Policy {id: $id}) SET p.articleCount = 3 RETURN p.articleCount AS n, p.title AS title',
        params: { id: 'exec-1' },
      },
    ]);
    expect(result).toEqual([[{ id: 'exec-1' }], [{ n: 3, title: '关于促进高新区发展的若干措施' }]]);
  });

  test('writes nothing when a later query in the same call fails (all or nothing)', async () => {
    const attempt = graph.write([
      { cypher: 'CREATE (:Policy {id: $id})', params: { id: 'exec-atomic' } },
      { cypher: 'CREATE (:Policy {id: $id})', params: { id: 'exec-1' } }, // violates the uniqueness constraint
    ]);
    await expect(attempt).rejects.toMatchObject({ name: 'GraphError', code: 'NEO4J_CONSTRAINT' });
    const rows = await graph.read({ cypher: "MATCH (p:Policy {id: 'exec-atomic'}) RETURN count(p) AS n" });
    expect(rows).toEqual([{ n: 0 }]);
  });

  test('stores a 2,000-row UNWIND batch in one call', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `exec-batch#a${i}`, order: i }));
    await graph.write([
      { cypher: 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.order = row.order', params: { rows } },
    ]);
    const [count] = await graph.read({
      cypher: "MATCH (a:Article) WHERE a.id STARTS WITH 'exec-batch#' RETURN count(a) AS n, sum(a.order) AS total",
    });
    expect(count).toEqual({ n: 2000, total: (1999 * 2000) / 2 });
  });

  test('reports the first failing statement of a pipelined batch, not the ignored ones after it', async () => {
    const error = await graph
      .write([
        { cypher: 'CREATE (:Policy {id: $id})', params: { id: 'exec-pipe-1' } },
        { cypher: 'MATCH (n RETURN n' },
        { cypher: 'CREATE (:Policy {id: $id})', params: { id: 'exec-1' } }, // would violate the constraint, never runs
      ])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'GraphError',
      code: 'NEO4J_QUERY',
      neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
    });
    const rows = await graph.read({ cypher: "MATCH (p:Policy {id: 'exec-pipe-1'}) RETURN count(p) AS n" });
    expect(rows).toEqual([{ n: 0 }]);
  });
});

describe('executeWriteSteps', () => {
  test('reads, decides and writes in one transaction; each batch resolves with its rows', async () => {
    const result = await graph.writeSteps(async (run) => {
      const [found = []] = await run([{ cypher: "MATCH (p:Policy {id: 'exec-1'}) RETURN p.articleCount AS n" }]);
      const n = Number(found[0]?.n) + 1;
      const [, written = []] = await run([
        { cypher: 'CREATE (:Policy {id: $id, articleCount: $n})', params: { id: 'exec-steps', n } },
        { cypher: 'MATCH (p:Policy {id: $id}) RETURN p.articleCount AS n', params: { id: 'exec-steps' } },
      ]);
      return written;
    });
    expect(result).toEqual([{ n: 4 }]);
  });

  test('an error thrown by the caller between steps rolls back what was written and leaves untranslated', async () => {
    class Refused extends Error {
      readonly code = 'CONFLICTING_NUMBER';
    }
    const error = await graph
      .writeSteps(async (run) => {
        await run([{ cypher: 'CREATE (:Policy {id: $id})', params: { id: 'exec-steps-refused' } }]);
        throw new Refused('refused');
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refused);
    expect(error).toMatchObject({ code: 'CONFLICTING_NUMBER', message: 'refused' });
    const rows = await graph.read({ cypher: "MATCH (p:Policy {id: 'exec-steps-refused'}) RETURN count(p) AS n" });
    expect(rows).toEqual([{ n: 0 }]);
  });

  test('a failing statement in a later step rolls back the earlier steps and is translated', async () => {
    const error = await graph
      .writeSteps(async (run) => {
        await run([{ cypher: 'CREATE (:Policy {id: $id})', params: { id: 'exec-steps-later' } }]);
        await run([{ cypher: 'CREATE (:Policy {id: $id})', params: { id: 'exec-1' } }]);
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphError', code: 'NEO4J_CONSTRAINT' });
    const rows = await graph.read({ cypher: "MATCH (p:Policy {id: 'exec-steps-later'}) RETURN count(p) AS n" });
    expect(rows).toEqual([{ n: 0 }]);
  });
});

describe('executeRead', () => {
  test('returns plain JavaScript values, never driver Integers or temporal objects', async () => {
    const rows = await graph.read({
      cypher:
        "RETURN 42 AS n, [1, 2] AS list, date('2021-08-04') AS day, {k: 7} AS map, 9007199254740993 AS big, 0.5 AS score",
    });
    expect(rows).toEqual([
      { n: 42, list: [1, 2], day: '2021-08-04', map: { k: 7 }, big: '9007199254740993', score: 0.5 },
    ]);
  });

  test('returns node properties for nodes', async () => {
    const rows = await graph.read({ cypher: "MATCH (p:Policy {id: 'exec-1'}) RETURN p" });
    expect(rows).toEqual([{ p: { id: 'exec-1', title: '关于促进高新区发展的若干措施', articleCount: 3 } }]);
  });

  test('translates a syntax error into NEO4J_QUERY with the Neo4j code kept', async () => {
    const error = await graph.read({ cypher: 'MATCH (n RETURN n' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ code: 'NEO4J_QUERY', neo4jCode: 'Neo.ClientError.Statement.SyntaxError' });
  });

  test('a read sent while the database is unreachable is retried by the driver and answers once it is back', async () => {
    // A TCP proxy in front of the test Neo4j that only starts listening 1.5 s after the read was sent: the first
    // (auto-commit) attempt fails as unavailable, the managed-transaction retry reaches the database.
    const { uri } = testGraphConfig();
    const target = new URL(uri.replace(/^bolt/, 'http'));
    const port = await findFreePort();
    const sockets = new Set<Socket>();
    const proxy = createServer((client) => {
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
    const late = createDriver(
      { ...testGraphConfig(), uri: `bolt://127.0.0.1:${port}` },
      { maxTransactionRetryTimeMs: 20_000, connectionTimeoutMs: 2000 },
    );
    try {
      const started = performance.now();
      const read = executeRead(late, database, { cypher: 'RETURN 7 AS n' });
      setTimeout(() => proxy.listen(port, '127.0.0.1'), 1500);
      expect(await read).toEqual([{ n: 7 }]);
      expect(performance.now() - started).toBeGreaterThan(1400);
    } finally {
      await late.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  test('translates a transaction timeout into NEO4J_TIMEOUT', async () => {
    const error = await graph
      .read({ cypher: 'CALL apoc.util.sleep(5000) RETURN 1 AS one' }, { timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphError', code: 'NEO4J_TIMEOUT' });
  });
});
