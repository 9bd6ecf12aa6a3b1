/**
 * Where an import's time goes, per phase: imports the first N files of a generated corpus into a fresh bench engine
 * (or a given one) and times the first-pass registry scan, parsing, each read and write transaction (the work inside,
 * per statement when statements are awaited one by one, and the rest: BEGIN/COMMIT), then prints node and
 * relationship counts per label/type so two versions of the importer can be compared on the same slice. Not part of
 * the bench run. Example:
 *   node --import tsx bench/profile-import.ts bench/out/medium 300 [--uri bolt://127.0.0.1:40001 --password …] [--reimport] [--serial] [--warmup N]
 *   → { files: 300, seconds: 21.3, articlesPerSecond: 352, phases: { parse: …, readTx: …, writeTx: …, commit: … }, counts: … }
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { clearGraph } from './clear-graph.ts';
import { startBenchNeo4j, type BenchNeo4j } from './start-bench-neo4j.ts';
import { openGraph, type CypherQuery, type GraphHandle, type RunQueries } from '../graph/index.ts';
import { importPaths, loadGazetteer, readPolicyFile } from '../import/index.ts';

const args = process.argv.slice(2);
const folder = args[0] ?? 'bench/out/medium';
const count = Number(args[1] ?? 300);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const reimport = args.includes('--reimport');
// --serial: each statement waits for the one before, so the time per statement is its own work, not its queueing.
const serial = args.includes('--serial');
// --warmup N: import the first N files and clear the graph before the timed import (a JVM that has compiled its code).
const warmup = Number(option('--warmup') ?? 0);

const phases = new Map<string, { ms: number; n: number }>();
const add = (name: string, ms: number) => {
  const p = phases.get(name) ?? { ms: 0, n: 0 };
  p.ms += ms;
  p.n += 1;
  phases.set(name, p);
};
const label = (cypher: string) => cypher.split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ').slice(0, 70);

/** Wraps the graph handle so that every write transaction reports its work and the rest (BEGIN/COMMIT) separately. */
function timedGraph(graph: GraphHandle): GraphHandle {
  const writeSteps: GraphHandle['writeSteps'] = async (work, options) => {
    let workMs = 0;
    const started = performance.now();
    const out = await graph.writeSteps(async (run) => {
      const t0 = performance.now();
      const timedRun: RunQueries = async (queries) => {
        const time = async (batch: readonly CypherQuery[]) => {
          const s = performance.now();
          const rows = await run(batch);
          add(
            `  write stmt: ${batch.length === 1 ? label(batch[0]!.cypher) : `${batch.length} statements`}`,
            performance.now() - s,
          );
          return rows;
        };
        if (!serial) return time(queries);
        const all = [];
        for (const query of queries) all.push(...(await time([query])));
        return all;
      };
      try {
        return await work(timedRun);
      } finally {
        workMs = performance.now() - t0;
      }
    }, options);
    add('writeTx work', workMs);
    add('writeTx begin/commit/close', performance.now() - started - workMs);
    return out;
  };
  const read: GraphHandle['read'] = async (query, options) => {
    const s = performance.now();
    try {
      return await graph.read(query, options);
    } finally {
      add('readTx', performance.now() - s);
    }
  };
  return { ...graph, read, writeSteps, write: (queries, options) => writeSteps((run) => run(queries), options) };
}

/** CPU seconds used so far by the threads of the processes whose command line names `needle`, by thread name. */
async function cpuSecondsOf(needle: string): Promise<Map<string, number>> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const byThread = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) continue;
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
        const name = stat
          .slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
          .replace(/[#\d-]+$/, '')
          .trim();
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        byThread.set(name, (byThread.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
      }
    } catch {
      // gone meanwhile
    }
  }
  return byThread;
}

/** Per-thread CPU between two readings: the total and the busiest thread names. */
function cpuDelta(before: Map<string, number>, after: Map<string, number>) {
  const delta = [...after]
    .map(([name, s]) => [name, s - (before.get(name) ?? 0)] as const)
    .filter(([, s]) => s > 0.2)
    .sort((x, y) => y[1] - x[1]);
  return {
    total: Math.round(delta.reduce((sum, [, s]) => sum + s, 0) * 100) / 100,
    threads: Object.fromEntries(delta.slice(0, 8).map(([n, s]) => [n, Math.round(s * 100) / 100])),
  };
}

async function countsOf(graph: GraphHandle): Promise<Record<string, number>> {
  const nodes = await graph.read({ cypher: 'MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS n ORDER BY k' });
  const rels = await graph.read({ cypher: 'MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n ORDER BY k' });
  return Object.fromEntries([...nodes, ...rels].map((r) => [String(r.k), Number(r.n)]));
}

const files = (await readdir(folder))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, count)
  .map((f) => join(folder, f));
const gazetteer = await loadGazetteer(join(folder, 'gazetteer.json'));
let neo: BenchNeo4j | undefined;
const dataDir = option('--data') ?? `bench/out/neo4j-profile-${process.pid}`;
let graph: GraphHandle;
const uri = option('--uri');
if (uri)
  graph = openGraph({
    uri,
    username: 'neo4j',
    password: option('--password') ?? 'policygraph-bench',
    database: 'neo4j',
  });
else {
  neo = await startBenchNeo4j({ dataDir });
  graph = neo.graph;
}
try {
  if (warmup > 0) {
    await clearGraph(graph);
    await importPaths(graph, files.slice(0, warmup), { readDocument: (file) => readPolicyFile(file, { gazetteer }) });
  }
  if (!reimport) await clearGraph(graph);
  let reads = 0;
  let firstWrite = 0;
  const read = async (file: string) => {
    const scanning = reads++ < files.length;
    const s = performance.now();
    const doc = await readPolicyFile(file, { gazetteer });
    add(scanning ? 'scan (first pass) parse' : 'parse (second pass, overlapped)', performance.now() - s);
    return doc;
  };
  const timed = timedGraph(graph);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const engineBefore = await cpuSecondsOf(dataDir.replace(/^.*\//, ''));
  const summary = await importPaths(timed, files, {
    readDocument: read,
    onProgress: (p) => {
      if (p.index === 0) firstWrite = performance.now();
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const engineCpu = cpuDelta(engineBefore, await cpuSecondsOf(dataDir.replace(/^.*\//, '')));
  const out = {
    load: (await import('node:os'))
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    files: files.length,
    documents: summary.documents,
    articles: summary.articles,
    failed: summary.failed.length,
    seconds: Math.round(seconds * 100) / 100,
    articlesPerSecond: Math.round(summary.articles / seconds),
    msToFirstDocument: Math.round(firstWrite - started),
    importerCpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    neo4jCpuSeconds: engineCpu.total,
    neo4jCpuByThread: engineCpu.threads,
    phases: Object.fromEntries(
      [...phases]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([k, v]) => [k, `${Math.round(v.ms)} ms / ${v.n} = ${(v.ms / v.n).toFixed(2)} ms`]),
    ),
    counts: await countsOf(graph),
  };
  console.log(JSON.stringify(out, null, 2));
} finally {
  if (neo) await neo.stop();
  else await graph.close();
}
