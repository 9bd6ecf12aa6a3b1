/**
 * Drives one HTTP load run with autocannon against 127.0.0.1 only, bounded in request count and in time, rotating
 * through prepared GraphQL bodies; an answer carrying GraphQL `errors` counts as an error like a non-2xx or a
 * connection error.
 * Example: await runHttpLoad({ url: 'http://127.0.0.1:41234/graphql', bodies: ['{"query":"{ search… }"}'],
 *   connections: 50, maxRequests: 2000, maxSeconds: 30 }) → { p50Ms: 12, p99Ms: 80, errors: 0, requests: 2000, … }.
 */
import autocannon from 'autocannon';

/** One bounded load run. */
export interface HttpLoadOptions {
  url: string;
  bodies: string[];
  connections: number;
  maxRequests: number;
  maxSeconds: number;
  headers?: Record<string, string>;
}

/** Latency percentiles and error counts of a run. */
export interface HttpLoadResult {
  requests: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
  /** Connection errors + timeouts + non-2xx + answers with GraphQL errors. */
  errors: number;
  graphqlErrors: number;
  non2xx: number;
  /** First few distinct error codes seen in GraphQL answers. */
  errorCodes: string[];
}

/** Runs the load; refuses any host but 127.0.0.1. */
export async function runHttpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const target = new URL(options.url);
  if (target.hostname !== '127.0.0.1')
    throw Object.assign(new Error(`load runs only against 127.0.0.1, not ${target.hostname}`), {
      code: 'BENCH_REMOTE_TARGET',
    });
  if (options.bodies.length === 0) throw Object.assign(new Error('no request bodies'), { code: 'BENCH_NO_BODIES' });
  let next = 0;
  let graphqlErrors = 0;
  const codes = new Set<string>();
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    maxOverallRequests: Math.max(options.maxRequests, options.connections),
    duration: options.maxSeconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        setupRequest: (request: Record<string, unknown>) => {
          const body = options.bodies[next % options.bodies.length] as string;
          next += 1;
          return { ...request, body };
        },
        onResponse: (status: number, body: string) => {
          if (status >= 200 && status < 300 && !body.includes('"errors"')) return;
          if (body.includes('"errors"')) {
            graphqlErrors += status >= 200 && status < 300 ? 1 : 0;
            const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
            if (code && codes.size < 5) codes.add(code);
          }
        },
      },
    ],
  } as autocannon.Options);
  const latency = result.latency as unknown as Record<string, number>;
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  return {
    requests: result.requests.total,
    p50Ms: latency.p50 ?? 0,
    p90Ms: latency.p90 ?? 0,
    p99Ms: latency.p99 ?? 0,
    maxMs: latency.max ?? 0,
    // Answers without errors per second of the run's wall time (autocannon's per-second average drops the last
    // partial second and counts failed answers, which a timing-out database makes cheap).
    requestsPerSecond:
      result.duration > 0 ? Math.round(Math.max(0, result.requests.total - errors) / result.duration) : 0,
    errors,
    graphqlErrors,
    non2xx: result.non2xx,
    errorCodes: [...codes],
  };
}
