/**
 * Import throughput on a generated corpus (the import runs in a child process, which also gives the importer's peak
 * resident memory from one and the same run) and its ratio to two baselines run in the benchmark process on the same data:
 * plain `UNWIND … CREATE` of exactly the nodes and relationships the importer wrote (read back from the graph, no
 * parsing), and one transaction per row with MERGE, run on a time-boxed subset and extrapolated per row.
 * Ratios are throughput ratios: import articles/s ÷ baseline articles/s (above 1 = the importer is faster).
 * Both sides run on a warm engine: the JVM first imports the corpus's first WARMUP_DOCUMENTS documents (the whole
 * medium corpus; timed and reported as the cold figure), the graph is cleared, and only then is the import timed;
 * the baselines run after it, on the same JVM. Without the warm-up the importer alone paid the JIT compiling Neo4j's
 * write path (C2 took 45% of Neo4j's CPU during a cold medium import, still 48% after a 300-document warm-up) and
 * the baselines ran on the code it had compiled.
 * Afterwards the graph holds the imported corpus again (restored by plain CREATE from the dump, not timed), for the
 * measures that follow. Example: await measureImport(neo, ['bench/out/medium']) → { articlesPerSecond: 812, ratioToPlainCreate: 0.61, … }.
 */
import type { GraphHandle } from '../../graph/index.ts';
import { buildPerRowMergeQueries, buildPlainCreateQueries } from '../build-baseline-queries.ts';
import { clearGraph } from '../clear-graph.ts';
import { dumpGraph, type GraphDump } from '../dump-graph.ts';
import { listPolicyFiles } from '../../import/run/list-policy-files.ts';
import { spawnImportChild } from '../spawn-import-child.ts';
import type { BenchNeo4j } from '../start-bench-neo4j.ts';

/** Documents imported (then cleared) to warm the engine before the timed import. */
export const WARMUP_DOCUMENTS = 2_000;

const seconds = (from: number) => (performance.now() - from) / 1000;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function countArticles(graph: GraphHandle): Promise<number> {
  const rows = await graph.read({ cypher: 'MATCH (a:Article) RETURN count(a) AS n' });
  return Number(rows[0]?.n ?? 0);
}

/** Runs per-row MERGE transactions from `queries` until done or `budgetSeconds`; returns rows done and time. */
async function runPerRow(
  graph: GraphHandle,
  queries: ReturnType<typeof buildPerRowMergeQueries>,
  budgetSeconds: number,
) {
  const started = performance.now();
  let done = 0;
  for (const query of queries) {
    await graph.write([query]);
    done += 1;
    if (seconds(started) > budgetSeconds) break;
  }
  return { done, seconds: seconds(started) };
}

/** Imports the first documents of each folder on a fresh engine (a child process, as the timed import); cold figures. */
async function warmUp(neo: BenchNeo4j, paths: string[], count = WARMUP_DOCUMENTS) {
  // The importer's own listing (folders' .txt files, sorted): the warm-up imports what the timed import starts with.
  const { files } = await listPolicyFiles(paths);
  const slice = files.slice(0, count);
  if (slice.length === 0) return { documents: 0, articles: 0, seconds: 0, coldArticlesPerSecond: null };
  const child = await spawnImportChild({ uri: neo.uri, password: neo.password, database: neo.database, paths: slice })
    .done;
  const articles = child.result?.summary?.articles ?? 0;
  const took = child.result?.seconds ?? 0;
  return {
    documents: slice.length,
    articles,
    seconds: round(took),
    coldArticlesPerSecond: took > 0 ? round(articles / took, 1) : null,
  };
}

/** Runs the import in a child process, then the two baselines here; leaves the imported graph in place. */
export async function measureImport(
  neo: BenchNeo4j,
  paths: string[],
  options: { perRowBudgetSeconds?: number; batch?: number; warmupDocuments?: number } = {},
) {
  const { graph, database } = neo;
  const budget = options.perRowBudgetSeconds ?? 60;
  await clearGraph(graph);
  const warmup = await warmUp(neo, paths, options.warmupDocuments);
  await clearGraph(graph);

  const child = await spawnImportChild({ uri: neo.uri, password: neo.password, database, paths }).done;
  if (!child.result?.ok || child.result.seconds === undefined) {
    throw Object.assign(
      new Error(`child import failed (exit ${child.exitCode}): ${child.result?.message ?? child.stderrTail}`),
      { code: 'BENCH_CHILD_FAILED' },
    );
  }
  const summary = child.result.summary ?? {};
  const importSeconds = child.result.seconds;
  const peakRssMB = Math.max(Math.round(child.result.maxRssMB), child.vmHwmMB);
  const articles = await countArticles(graph);
  const dump: GraphDump = await dumpGraph(graph);

  await clearGraph(graph);
  const plain = buildPlainCreateQueries(dump, options.batch ?? 5_000);
  const t1 = performance.now();
  for (const query of plain) await graph.write([query]);
  const plainSeconds = seconds(t1);
  const plainArticles = await countArticles(graph);

  // Per-row MERGE, nodes: on an empty graph. Relationships: with every node present (plain CREATE, not timed).
  await clearGraph(graph);
  const perRow = buildPerRowMergeQueries(dump);
  const nodeQueries = perRow.slice(0, dump.nodes.length);
  const relQueries = perRow.slice(dump.nodes.length);
  const nodeRun = await runPerRow(graph, nodeQueries, budget / 2);
  await clearGraph(graph);
  for (const query of buildPlainCreateQueries({ nodes: dump.nodes, rels: [] }, options.batch ?? 5_000))
    await graph.write([query]);
  const relRun = await runPerRow(graph, relQueries, budget / 2);
  const perRowSeconds =
    (nodeRun.done > 0 ? (nodeRun.seconds / nodeRun.done) * nodeQueries.length : 0) +
    (relRun.done > 0 ? (relRun.seconds / relRun.done) * relQueries.length : 0);
  const extrapolated = nodeRun.done < nodeQueries.length || relRun.done < relQueries.length;
  await clearGraph(graph);
  for (const query of plain) await graph.write([query]);

  const rate = (s: number) => (s > 0 ? round(articles / s, 1) : null);
  return {
    warmup,
    articles,
    nodes: dump.nodes.length,
    relationships: dump.rels.length,
    seconds: round(importSeconds),
    articlesPerSecond: rate(importSeconds),
    plainCreate: {
      seconds: round(plainSeconds),
      articlesPerSecond: rate(plainSeconds),
      articlesWritten: plainArticles,
      batch: options.batch ?? 5_000,
    },
    perRowMerge: {
      secondsEstimated: round(perRowSeconds),
      articlesPerSecond: rate(perRowSeconds),
      nodeRowsRun: nodeRun.done,
      relationshipRowsRun: relRun.done,
      extrapolated,
    },
    ratioToPlainCreate: importSeconds > 0 ? round(plainSeconds / importSeconds, 3) : null,
    ratioToPerRowMerge: importSeconds > 0 ? round(perRowSeconds / importSeconds, 3) : null,
    importerSummary: summary,
    peakRssMB,
    notes: [
      ...((summary.failed ?? 0) > 0
        ? [
            `${summary.failed} files were refused by the importer (see importerSummary.failures); both baselines write what it did import`,
          ]
        : []),
      'import timed inside the child process around importPaths; baselines timed in the benchmark process',
      `engine warmed first by importing the first ${warmup.documents} documents (${warmup.coldArticlesPerSecond ?? '—'} articles/s on the cold JVM), then cleared`,
      'ratios are throughput ratios (import articles/s ÷ baseline articles/s); both baselines write exactly the nodes and relationships the importer wrote, read back from the graph',
      extrapolated
        ? `per-row MERGE ran ${nodeRun.done} of ${nodeQueries.length} node rows and ${relRun.done} of ${relQueries.length} relationship rows (${budget} s budget), one transaction each, and was extrapolated per row`
        : 'per-row MERGE ran every row, one transaction each',
    ],
  };
}
