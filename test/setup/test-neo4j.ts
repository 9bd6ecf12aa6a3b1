/**
 * What the integration globalSetup hands to test files through vitest's provide/inject: how to reach the test Neo4j.
 */

/** Connection facts of the Neo4j used by one test run (plain, serialisable). */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Where it came from: NEO4J_URI, a testcontainers container, or the local engine started for this run. */
  source: 'env' | 'testcontainers' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
