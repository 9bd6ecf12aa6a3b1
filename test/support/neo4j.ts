/**
 * Helpers for integration tests: reach the run's Neo4j (from test/setup/neo4j-global.ts) and isolate data.
 * Community has one user database, so each test file calls resetGraph in beforeAll (files run one at a time).
 *
 * Example:
 *   const { graph, database } = openTestGraph();
 *   beforeAll(() => resetGraph(graph));
 *   afterAll(() => graph.close());
 */
import { inject } from 'vitest';
import { openGraph, type GraphConfig, type GraphHandle } from '../../graph/index.ts';
import type { TestNeo4j } from '../setup/test-neo4j.ts';

export type { TestNeo4j } from '../setup/test-neo4j.ts';

/** The run's Neo4j as provided by the global setup. */
export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

/** A GraphConfig pointing at the test Neo4j (never the local engine's defaults). */
export function testGraphConfig(): GraphConfig {
  const { uri, username, password, database } = testNeo4j();
  return { uri, username, password, database, local: undefined };
}

/** Environment variables that make a child process (`policygraph …`) use the test Neo4j. */
export function testGraphEnv(): Record<string, string> {
  const { uri, username, password, database } = testNeo4j();
  return { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, NEO4J_DATABASE: database };
}

/** A graph handle (and the database name) for the test Neo4j; close it in afterAll. */
export function openTestGraph(): { graph: GraphHandle; database: string; config: GraphConfig } {
  const config = testGraphConfig();
  return { graph: openGraph(config), database: config.database, config };
}

/** Deletes every node and relationship (in batches) so a test file starts from an empty graph. Keeps the schema. */
export async function resetGraph(graph: GraphHandle): Promise<void> {
  for (;;) {
    const [rows] = await graph.write([
      { cypher: 'MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted' },
    ]);
    if (Number(rows?.[0]?.deleted ?? 0) === 0) return;
  }
}
