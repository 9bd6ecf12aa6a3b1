/**
 * Runs query builders' output against Neo4j. The only place (with graph/ helpers) that opens sessions.
 *
 * Example: await executeWrite(driver, 'neo4j', [{ cypher: 'UNWIND $rows AS row MERGE (p:Policy {id: row.id})',
 *   params: { rows: [{ id: '国发〔2020〕7号' }] } }]) → [[]] (one list of plain rows per query).
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { toGraphError } from './errors.ts';
import { toPlain } from './to-plain.ts';
import { withoutStackCapture } from './without-stack-capture.ts';

/** A Cypher statement with its parameters, as every query builder returns it. */
export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

/** One result row with plain values (numbers, strings, arrays, objects; no driver types). */
export type Row = Record<string, unknown>;

/** Per-call options. */
export interface ExecuteOptions {
  /** Server-side transaction timeout in ms. */
  timeoutMs?: number;
}

/** Runs all queries in ONE write transaction (all land or none); returns each query's rows. Retries transient errors. */
export async function executeWrite(
  driver: Driver,
  database: string,
  queries: readonly CypherQuery[],
  options: ExecuteOptions = {},
): Promise<Row[][]> {
  return executeWriteSteps(driver, database, (run) => run(queries), options);
}

/** Runs a batch of queries inside the transaction of executeWriteSteps; resolves with each query's rows. */
export type RunQueries = (queries: readonly CypherQuery[]) => Promise<Row[][]>;

/** Wraps an error thrown by the caller's own logic, so that it leaves untranslated (and is never retried). */
class StepAbort {
  constructor(readonly error: unknown) {}
}

/**
 * Runs `work` in ONE write transaction: it may read, decide in plain code, then write — one transaction where a read
 * transaction followed by a write transaction would cost two. Driver errors are translated (and transient ones
 * retried: `work` then runs again from the start, so it must be a pure function of what it reads); an error thrown by
 * `work` itself rolls the transaction back and leaves as it was thrown.
 */
export async function executeWriteSteps<T>(
  driver: Driver,
  database: string,
  work: (run: RunQueries) => Promise<T>,
  options: ExecuteOptions = {},
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      let driverError: unknown;
      const run: RunQueries = (queries) =>
        runAll(tx, queries).catch((error: unknown) => {
          driverError = error;
          throw error;
        });
      try {
        return await work(run);
      } catch (error) {
        if (error === driverError) throw error;
        throw new StepAbort(error);
      }
    }, txConfig(options));
  } catch (error) {
    if (error instanceof StepAbort) throw error.error;
    throw toGraphError(error);
  } finally {
    await session.close();
  }
}

/**
 * Runs one read query and returns its rows. First as an auto-commit transaction — one round trip (RUN + PULL in one
 * write) instead of BEGIN, RUN + PULL, COMMIT — which under 50 concurrent API requests halved the driver's CPU per
 * query and cut Neo4j's by a quarter. A retryable failure (database unavailable, transient error) falls back to a
 * managed read transaction, so the driver's retry policy (maxTransactionRetryTime) applies exactly as before.
 */
export async function executeRead(
  driver: Driver,
  database: string,
  query: CypherQuery,
  options: ExecuteOptions = {},
): Promise<Row[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    try {
      const result = await withoutStackCapture(() => session.run(query.cypher, query.params ?? {}, txConfig(options)));
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      if (!neo4j.isRetryableError(error)) throw error;
    }
    const [rows] = await session.executeRead((tx) => runAll(tx, [query]), txConfig(options));
    return rows ?? [];
  } catch (error) {
    throw toGraphError(error);
  } finally {
    await session.close();
  }
}

/**
 * Sends every query at once and then waits: the driver pipelines the RUN/PULL messages of one transaction, so N
 * statements cost one round trip instead of N. The server runs them in order and stops at the first failure (the
 * rest are ignored), so the first failure in statement order is the one reported, and the transaction rolls back.
 */
async function runAll(tx: ManagedTransaction, queries: readonly CypherQuery[]): Promise<Row[][]> {
  const settled = await Promise.allSettled(
    queries.map((query) => withoutStackCapture(() => tx.run(query.cypher, query.params ?? {}))),
  );
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) =>
    (s as PromiseFulfilledResult<QueryResult>).value.records.map((record) => toPlain(record.toObject()) as Row),
  );
}

function txConfig(options: ExecuteOptions): { timeout?: number } {
  return options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs };
}
