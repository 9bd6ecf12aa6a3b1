/**
 * Helpers for integration tests: reach the run's Neo4j (from test/setup/neo4j-global.ts) and isolate data.
 * Community has one user database, so each test file calls resetGraph in beforeAll (files run one at a time).
 *
 * Example:
 *   const { driver, database } = openTestGraph();
 *   beforeAll(() => resetGraph(driver, database));
 *   afterAll(() => driver.close());
 */
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver, type GraphConfig } from '../../graph/index.ts';
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

/** A driver and database name for the test Neo4j; close the driver in afterAll. */
export function openTestGraph(): { driver: Driver; database: string; config: GraphConfig } {
  const config = testGraphConfig();
  return { driver: createDriver(config), database: config.database, config };
}

/** Deletes every node and relationship (in batches) so a test file starts from an empty graph. Keeps the schema. */
export async function resetGraph(driver: Driver, database = testNeo4j().database): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run rather than executeWrite.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
