/**
 * The graph handle the API server runs on (`policygraph start` / `serve`, the bench's API child).
 * Example: openApiGraph({ uri: 'bolt://127.0.0.1:7687', username: 'neo4j', password: 'x', database: 'neo4j' }, { dbTimeoutMs: 10_000 })
 *   → a GraphHandle for startApiServer; with Neo4j gone its requests fail in about 3 s.
 */
import { openGraph, type GraphConfig, type GraphHandle } from '../graph/index.ts';
import type { ApiConfig } from './config.ts';

/**
 * The API's own graph handle, made to fail fast: a refused or silent engine answers within about 3 s (short connect
 * and pool-acquisition time-outs, one second of retries instead of the driver's 30), and every transaction carries
 * DB_TIMEOUT_MS with a client-side deadline shortly after it, so a frozen engine gives time-outs, not hangs.
 */
export function openApiGraph(
  config: Pick<GraphConfig, 'uri' | 'username' | 'password' | 'database'>,
  apiConfig: Pick<ApiConfig, 'dbTimeoutMs'>,
): GraphHandle {
  return openGraph(config, {
    connectionTimeoutMs: 2_000,
    connectionAcquisitionTimeoutMs: 3_000,
    maxTransactionRetryTimeMs: 1_000,
    timeoutMs: apiConfig.dbTimeoutMs,
  });
}
