/**
 * The direct-Cypher side of the GraphQL overhead figure: runs the API's own query builders straight through the
 * driver with the same concurrency as the HTTP load, bounded in count and time, and reports latency percentiles.
 * Example: await runCypherLoad(driver, 'neo4j', queries, { concurrency: 50, maxRequests: 2000, maxSeconds: 30 })
 *   → { requests: 2000, p50Ms: 6.1, p99Ms: 40.2, errors: 0, requestsPerSecond: 1420 }.
 */
import type { GraphHandle } from '../graph/index.ts';
import type { CypherQuery } from '../graph/index.ts';

/** Latencies of a direct run. */
export interface CypherLoadResult {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Completed requests per second of wall time. */
  requestsPerSecond: number;
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Runs `queries` round-robin from `concurrency` workers until maxRequests or maxSeconds. */
export async function runCypherLoad(
  graph: GraphHandle,
  queries: readonly CypherQuery[],
  options: { concurrency: number; maxRequests: number; maxSeconds: number },
): Promise<CypherLoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const worker = async (): Promise<void> => {
    while (issued < options.maxRequests && performance.now() < deadline) {
      const query = queries[issued % queries.length] as CypherQuery;
      issued += 1;
      const sent = performance.now();
      try {
        await graph.read(query);
        latencies.push(performance.now() - sent);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: latencies.length + errors,
    p50Ms: round(quantile(latencies, 0.5)),
    p99Ms: round(quantile(latencies, 0.99)),
    errors,
    requestsPerSecond: seconds > 0 ? Math.round(latencies.length / seconds) : 0,
  };
}
