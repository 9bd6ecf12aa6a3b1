// `policygraph status --json` as a user runs it (a child process), pointed at the test Neo4j by NEO4J_* variables.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestGraph, resetGraph, testGraphEnv } from '../support/neo4j.ts';

const run = promisify(execFile);
const { graph, database } = openTestGraph();

beforeAll(async () => {
  await resetGraph(graph);
  await graph.write([
    {
      cypher: `CREATE (up:Policy {id: 'up', status: 'full'}), (low:Policy {id: 'low', status: 'full'}), (:Policy {id: 'cited', status: 'cited'})
               CREATE (up)-[:HAS_ARTICLE]->(u1:Article {id: 'up#a1'}), (low)-[:HAS_ARTICLE]->(l1:Article {id: 'low#a1'}),
                      (low)-[:HAS_ARTICLE]->(l2:Article {id: 'low#a2'})
               CREATE (l1)-[:ALIGNS_WITH {id: 'low#a1->up#a1', status: 'confirmed'}]->(u1),
                      (l2)-[:ALIGNS_WITH {id: 'low#a2->up#a1', status: 'suggested'}]->(u1)
               CREATE (low)-[:IMPLEMENTS]->(up), (low)-[:CITES]->(up)
               CREATE (:Agency {id: '柳州市科学技术局'})-[:LEADS]->(l1)`,
    },
  ]);
});
afterAll(() => graph.close());

describe('policygraph status --json', () => {
  test('reports the server and exact counts of what the graph holds', async () => {
    const { stdout } = await run('node', ['bin/policygraph.mjs', 'status', '--json'], {
      env: { ...process.env, ...testGraphEnv() },
      timeout: 60_000,
    });
    const report = JSON.parse(stdout);
    expect(report.neo4j).toMatchObject({
      uri: testGraphEnv().NEO4J_URI,
      database,
      origin: 'remote',
      edition: 'community',
    });
    expect(report.neo4j.version).toMatch(/^5\.26\./);
    expect(report.neo4j.apoc).toMatch(/^5\.26\./);
    expect(report.counts).toEqual({
      policies: 3,
      fullPolicies: 2,
      citedPolicies: 1,
      parts: 0,
      articles: 3,
      items: 0,
      agencies: 1,
      jurisdictions: 0,
      goals: 0,
      events: 0,
      alignments: 2,
      confirmedAlignments: 1,
      implements: 1,
      citations: 1,
    });
  });

  test('exits 1 with a coded error when the password is wrong', async () => {
    const failure = await run('node', ['bin/policygraph.mjs', 'status', '--json'], {
      env: { ...process.env, ...testGraphEnv(), NEO4J_PASSWORD: 'wrong-password' },
      timeout: 60_000,
    }).catch((e: { code: number; stdout: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect(JSON.parse((failure as { stdout: string }).stdout).error.code).toBe('NEO4J_AUTH');
  });
});
