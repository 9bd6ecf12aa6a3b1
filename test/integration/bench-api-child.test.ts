// The bench's API child: the server runs in its own process (not the load generator's), answers from the graph,
// reports its CPU and GC, and is gone after close().
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnApiChild, type ApiChild } from '../../bench/spawn-api-child.ts';
import { ensureSchema } from '../../graph/index.ts';
import { openTestGraph, resetGraph, testNeo4j } from '../support/neo4j.ts';

const { graph, database } = openTestGraph();
let api: ApiChild | undefined;

beforeAll(async () => {
  await resetGraph(graph);
  await ensureSchema(graph);
  await graph.write([
    {
      cypher:
        "CREATE (:Policy {id: 'child-1', title: '关于支持科技型中小企业发展的若干措施', docNumber: '桂政发〔2024〕3号', tier: 'provincial', status: 'full'})",
    },
  ]);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
});

describe('spawnApiChild', () => {
  test('serves the graph from another process, reports its CPU and GC, and stops on close', async () => {
    const { uri, username, password } = testNeo4j();
    api = await spawnApiChild({ uri, username, password, database });
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(api.pid).not.toBe(process.pid);

    const response = await fetch(`${api.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($p: String!) { search(phrase: $p, limit: 5) { kind nodeId } }',
        variables: { p: '桂政发〔2024〕3号' },
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { search: [{ kind: 'Policy', nodeId: 'child-1' }] } });

    const stats = await api.stats();
    expect(stats.wallSeconds).toBeGreaterThan(0);
    expect(stats.cpuSeconds).toBeGreaterThan(0);
    // The GC observer starts once the server listens, so one small query may see no collection at all (count 0):
    // what must hold is that the counters agree: no GC time without a collection, the longest pause within the total.
    expect(Number.isInteger(stats.gcCount)).toBe(true);
    if (stats.gcCount === 0) expect([stats.gcTotalMs, stats.gcMaxMs]).toEqual([0, 0]);
    expect(stats.gcMaxMs).toBeLessThanOrEqual(stats.gcTotalMs);
    expect(stats.heapUsedMB).toBeGreaterThan(0);

    const { pid } = api;
    await api.close();
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
