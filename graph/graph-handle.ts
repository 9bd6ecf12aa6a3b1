/**
 * The one graph handle: everything outside graph/ reaches Neo4j through it, and nothing else holds a driver. It runs
 * query builders' output (`read`, `write`, `writeSteps`), hands @neo4j/graphql what its context needs
 * (`graphqlContext`), and closes. With `timeoutMs` set, every transaction it opens — its own and the library's — carries
 * that server-side timeout, and a client-side deadline a little later answers NEO4J_TIMEOUT even when the engine is
 * frozen and never replies.
 *
 * Example: const graph = openGraph({ uri: 'bolt://127.0.0.1:7687', username: 'neo4j', password: 'x', database: 'neo4j' });
 *   await graph.read({ cypher: 'RETURN 1 AS one' }) → [{ one: 1 }]; await graph.close();
 */
import type { Driver, Session } from 'neo4j-driver';
import type { GraphConfig } from './config.ts';
import { createDriver, type DriverOptions } from './create-driver.ts';
import { GraphError } from './errors.ts';
import {
  executeRead,
  executeWriteSteps,
  type CypherQuery,
  type ExecuteOptions,
  type Row,
  type RunQueries,
} from './execute.ts';

/** What @neo4j/graphql reads from the GraphQL context to run its own statements. Opaque outside graph/. */
export interface GraphQLGraphContext {
  executionContext: object;
  sessionConfig: { database: string };
  transaction: { timeout?: number };
}

/** The handle: one database, reads, writes, multi-step write transactions, the GraphQL library's context, close. */
export interface GraphHandle {
  readonly database: string;
  /** Runs one read query; rows hold plain values. */
  read(query: CypherQuery, options?: ExecuteOptions): Promise<Row[]>;
  /** Runs all queries in ONE write transaction (all land or none); each query's rows. */
  write(queries: readonly CypherQuery[], options?: ExecuteOptions): Promise<Row[][]>;
  /** Runs `work` in ONE write transaction: read, decide in plain code, write (see graph/execute.ts). */
  writeSteps<T>(work: (run: RunQueries) => Promise<T>, options?: ExecuteOptions): Promise<T>;
  /** The part of a GraphQL context @neo4j/graphql needs; its transactions get the handle's timeout. */
  graphqlContext(): GraphQLGraphContext;
  /** Closes the connections. */
  close(): Promise<void>;
}

/** How a handle treats time. */
export interface GraphHandleOptions {
  /** Server-side timeout of every transaction (ms), unless a call sets its own; also arms the client-side deadline. */
  timeoutMs?: number;
  /** How long after the timeout the client-side deadline fires (ms); 2 s by default. */
  deadlineGraceMs?: number;
}

const DEFAULT_GRACE_MS = 2_000;

/** Rejects with NEO4J_TIMEOUT when `work` has not settled `ms` after the call; the work itself is left to finish. */
function withDeadline<T>(work: Promise<T>, ms: number | undefined): Promise<T> {
  if (ms === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GraphError('NEO4J_TIMEOUT', `Neo4j did not answer within ${ms} ms`)), ms);
  });
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * A driver look-alike for @neo4j/graphql (it calls `session()` and reads `executeQueryBookmarkManager`): its sessions'
 * managed transactions carry the timeout and the deadline, and closing one never waits on a frozen engine.
 */
function guardedDriver(driver: Driver, timeoutMs: number | undefined, deadlineMs: number | undefined): object {
  const guard = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'executeRead' || property === 'executeWrite') {
          return (work: never, config: { timeout?: number } = {}) =>
            withDeadline(
              target[property](work, { ...config, ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }) }),
              deadlineMs,
            );
        }
        if (property === 'close') return () => withDeadline(target.close(), 500).catch(() => undefined);
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return {
    session: (config: Parameters<Driver['session']>[0]) => guard(driver.session(config)),
    get executeQueryBookmarkManager() {
      return driver.executeQueryBookmarkManager;
    },
  };
}

/** Wraps a driver the handle owns (it closes it). Used by openGraph and connectGraph. */
export function createGraphHandle(driver: Driver, database: string, options: GraphHandleOptions = {}): GraphHandle {
  const timeout = (given: ExecuteOptions | undefined): ExecuteOptions => {
    const timeoutMs = given?.timeoutMs ?? options.timeoutMs;
    return timeoutMs === undefined ? {} : { timeoutMs };
  };
  const deadline = (given: ExecuteOptions | undefined): number | undefined => {
    const timeoutMs = given?.timeoutMs ?? options.timeoutMs;
    return timeoutMs === undefined ? undefined : timeoutMs + (options.deadlineGraceMs ?? DEFAULT_GRACE_MS);
  };
  const graphql: GraphQLGraphContext = {
    executionContext: guardedDriver(driver, options.timeoutMs, deadline(undefined)),
    sessionConfig: { database },
    transaction: options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs },
  };
  return {
    database,
    read: (query, given) => withDeadline(executeRead(driver, database, query, timeout(given)), deadline(given)),
    write: (queries, given) =>
      withDeadline(
        executeWriteSteps(driver, database, (run) => run(queries), timeout(given)),
        deadline(given),
      ),
    writeSteps: (work, given) =>
      withDeadline(executeWriteSteps(driver, database, work, timeout(given)), deadline(given)),
    graphqlContext: () => graphql,
    close: () => driver.close(),
  };
}

/** Opens a handle on a Neo4j (no connection until first use). */
export function openGraph(
  config: Pick<GraphConfig, 'uri' | 'username' | 'password' | 'database'>,
  options: DriverOptions & GraphHandleOptions = {},
): GraphHandle {
  return createGraphHandle(createDriver(config, options), config.database, options);
}
