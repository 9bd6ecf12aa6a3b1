/**
 * `policygraph start` (what `npm start` runs) end to end against the test Neo4j: it imports the bundled corpus,
 * aligns it, builds the viewer, serves API + viewer on one port, prints the URL, and stops cleanly on SIGTERM.
 * Started twice: the second start re-imports without duplicating anything.
 */
import { spawn } from 'node:child_process';
import type { GraphHandle } from '../../graph/index.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findFreePort } from '../../graph/index.ts';
import { openTestGraph, resetGraph, testGraphEnv } from '../support/neo4j.ts';

interface Started {
  url: string;
  stop: () => Promise<number | null>;
  output: () => string;
}

/** Spawns `policygraph start` and resolves once it prints its URL. */
async function start(port: number): Promise<Started> {
  const child = spawn(process.execPath, ['bin/policygraph.mjs', 'start'], {
    env: { ...process.env, ...testGraphEnv(), PORT: String(port), JWT_SECRET: 'start-test-secret' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PolicyGraph is running: viewer (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`start exited with ${code} before serving:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

async function graphql(url: string, query: string): Promise<unknown> {
  const response = await fetch(`${url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

async function counts(graph: GraphHandle): Promise<Record<string, number>> {
  const nodes = await graph.read({ cypher: 'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n' });
  const rels = await graph.read({ cypher: 'MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS n' });
  return Object.fromEntries([...nodes, ...rels].map((r) => [r.label, r.n]));
}

describe('policygraph start', () => {
  const { graph } = openTestGraph();
  beforeAll(() => resetGraph(graph));
  afterAll(() => graph.close());

  test('imports, aligns, serves API and viewer on one port, stops on SIGTERM; a second start duplicates nothing', async () => {
    const port = await findFreePort();
    const first = await start(port);
    expect(first.url).toBe(`http://127.0.0.1:${port}/`);
    // The bundled corpus: the five policy texts and the ten statutes of corpus/laws.
    expect(first.output()).toContain('imported 15 documents');
    expect(await graphql(first.url, '{ policyByNumber(docNumber: "国发[2020]7號") { title tier } }')).toEqual({
      data: { policyByNumber: { title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见', tier: 'national' } },
    });
    const page = await fetch(first.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('政策图谱');
    expect(await first.stop()).toBe(0);

    const afterFirst = await counts(graph);
    // 67 articles in the five texts, 549 in the statutes (their progress lines: 43+49+47+52+45+45+49+56+46+117).
    expect(afterFirst.Policy).toBeGreaterThanOrEqual(15);
    expect(afterFirst.Article).toBe(616);
    expect(afterFirst.ALIGNS_WITH).toBeGreaterThan(0);

    const second = await start(port);
    expect(await second.stop()).toBe(0);
    expect(await counts(graph)).toEqual(afterFirst);
  }, 300_000);
});
