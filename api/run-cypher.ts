/**
 * How resolvers reach the database: a `CypherRunner` runs a `{ cypher, params }` built by a query builder through
 * graph/'s executeRead / executeWrite (the one place that opens sessions), with the configured transaction timeout.
 * Example: `await runner.read({ cypher: 'RETURN 1 AS one', params: {} })` → `[{ one: 1 }]`.
 */
import type { Driver } from 'neo4j-driver';
import { executeRead, executeWrite } from '../graph/index.ts';
import type { CypherQuery, Row } from '../graph/index.ts';

export type { CypherQuery } from '../graph/index.ts';

/** Runs query-builder output; rows hold plain JavaScript values. Failures are graph's GraphErrors. */
export interface CypherRunner {
  read(query: CypherQuery): Promise<Row[]>;
  write(query: CypherQuery): Promise<Row[]>;
}

/** A runner bound to a driver, a database and a timeout in milliseconds. */
export function createCypherRunner(driver: Driver, database: string, timeoutMs: number): CypherRunner {
  return {
    read: (query) => executeRead(driver, database, query, { timeoutMs }),
    write: async (query) => (await executeWrite(driver, database, [query], { timeoutMs }))[0] ?? [],
  };
}
