/**
 * How resolvers reach the database: a `CypherRunner` runs a `{ cypher, params }` built by a query builder through
 * the graph handle (the one place that opens sessions), with the configured transaction timeout.
 * Example: `await runner.read({ cypher: 'RETURN 1 AS one', params: {} })` → `[{ one: 1 }]`.
 */
import type { CypherQuery, GraphHandle, Row } from '../graph/index.ts';

export type { CypherQuery } from '../graph/index.ts';

/** Runs query-builder output; rows hold plain JavaScript values. Failures are graph's GraphErrors. */
export interface CypherRunner {
  read(query: CypherQuery): Promise<Row[]>;
  write(query: CypherQuery): Promise<Row[]>;
}

/** A runner bound to a graph handle and a timeout in milliseconds. */
export function createCypherRunner(graph: GraphHandle, timeoutMs: number): CypherRunner {
  return {
    read: (query) => graph.read(query, { timeoutMs }),
    write: async (query) => (await graph.write([query], { timeoutMs }))[0] ?? [],
  };
}
