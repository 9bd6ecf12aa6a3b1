/**
 * The one driver factory: every Neo4j driver in the project is made here, with the same settings.
 *
 * Example: createDriver(readGraphConfig(process.env)) → a neo4j-driver Driver for bolt://127.0.0.1:7687.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphConfig } from './config.ts';

/** Options that tune the driver; defaults suit the CLI and the API server. */
export interface DriverOptions {
  /** How long to wait for a connection (ms). */
  connectionTimeoutMs?: number;
  maxConnectionPoolSize?: number;
  /** How long to wait for a free connection from the pool (ms). */
  connectionAcquisitionTimeoutMs?: number;
  /** How long executeWrite/executeRead keep retrying transient failures (ms); the driver's default is 30 s. */
  maxTransactionRetryTimeMs?: number;
}

/** Creates a driver for the configured URI and credentials. Does not connect until first use. */
export function createDriver(
  config: Pick<GraphConfig, 'uri' | 'username' | 'password'>,
  options: DriverOptions = {},
): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    userAgent: 'policygraph/0.1',
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 60_000,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 30_000,
    logging: { level: 'error', logger: () => {} },
  });
}
