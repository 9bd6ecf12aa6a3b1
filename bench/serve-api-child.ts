/**
 * Child-process entry of the API measure: serves the API on the bench Neo4j in its own Node process, so the load
 * generator (autocannon, in the benchmark process) never shares the server's event loop or CPU. Like `policygraph
 * serve`: its own graph handle with the API's time-outs (api/open-api-graph.ts), port 0 on 127.0.0.1. Prints one line
 * `BENCH_API_LISTENING <url>`; on a `stats` line on stdin prints `BENCH_API_STATS {json}` (CPU and GC since the
 * last `stats`); exits cleanly on SIGTERM or when stdin closes (the benchmark died).
 * Example: node --import tsx bench/serve-api-child.ts '{"uri":"bolt://127.0.0.1:40001","password":"…","database":"neo4j"}'
 *   → stdout `BENCH_API_LISTENING http://127.0.0.1:41234/`.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { loadPiece } from './load-piece.ts';

type ApiConfig = { dbTimeoutMs: number };
type StartApi = (o: {
  graph: unknown;
  config: unknown;
  log?: (m: string, e?: unknown) => void;
}) => Promise<{ url: string; close(): Promise<void> }>;

// As `policygraph serve` runs (bin/policygraph.mjs): graphql-js reads NODE_ENV once, when it is first loaded.
process.env.NODE_ENV ??= 'production';

const spec = JSON.parse(process.argv[2] ?? '{}') as {
  uri: string;
  username?: string;
  password: string;
  database: string;
};
const readApiConfig = await loadPiece<(env: Record<string, string | undefined>) => ApiConfig>(
  'api/index.ts',
  'readApiConfig',
);
const startApiServer = await loadPiece<StartApi>('api/index.ts', 'startApiServer');
const openApiGraph = await loadPiece<
  (c: { uri: string; username: string; password: string; database: string }, a: ApiConfig) => { close(): Promise<void> }
>('api/index.ts', 'openApiGraph');
const config = readApiConfig({ PORT: '0' });
const graph = openApiGraph(
  { uri: spec.uri, username: spec.username ?? 'neo4j', password: spec.password, database: spec.database },
  config,
);
const api = await startApiServer({ graph, config, log: () => {} });

// GC pauses of the server process: the p99-vs-p50 gap is partly here.
let gc = { count: 0, totalMs: 0, maxMs: 0 };
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count += 1;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
  }
});
observer.observe({ entryTypes: ['gc'] });
let cpu = process.cpuUsage();
let since = performance.now();

let closing: Promise<void> | undefined;
const close = () =>
  (closing ??= (async () => {
    observer.disconnect();
    await api.close().catch(() => {});
    await graph.close().catch(() => {});
    process.exit(0);
  })());
process.once('SIGTERM', () => void close());
process.once('SIGINT', () => void close());

createInterface({ input: process.stdin })
  .on('line', (line) => {
    if (line.trim() !== 'stats') return;
    const used = process.cpuUsage(cpu);
    const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
    const stats = {
      wallSeconds: round((performance.now() - since) / 1000, 3),
      cpuSeconds: round((used.user + used.system) / 1e6, 3),
      gcCount: gc.count,
      gcTotalMs: round(gc.totalMs),
      gcMaxMs: round(gc.maxMs),
      heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    };
    process.stdout.write(`BENCH_API_STATS ${JSON.stringify(stats)}\n`);
    gc = { count: 0, totalMs: 0, maxMs: 0 };
    cpu = process.cpuUsage();
    since = performance.now();
  })
  .on('close', () => void close());

process.stdout.write(`BENCH_API_LISTENING ${api.url}\n`);
