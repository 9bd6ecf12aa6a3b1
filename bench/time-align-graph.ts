/**
 * Times the whole alignGraph (read the graph, align, write ALIGNS_WITH) on a graph kept in its own Neo4j data folder,
 * imported once from a corpus; each round runs `alignGraph(graph, { full: true })` of one checkout (the code to
 * compare, side by side in one process) and prints wall time, this process's CPU (its worker threads included), Neo4j's CPU,
 * the time spent waiting on Neo4j's reads and writes, peak RSS, the load average and a sha-1 of the ALIGNS_WITH
 * written, read back sorted by id. `--dump FILE` also
 * writes the engine's input (the read query's rows) for time-align-engine.ts.
 * Example: npx tsx bench/time-align-graph.ts --data bench/out/neo4j-align-medium --corpus bench/out/medium
 *   --roots ../alignbase,. --rounds 2 → one line per round: root, seconds, CPU seconds, pairs, sha-1.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { argsOf, loadAverage, processCpuSeconds } from './timing-args.ts';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildReadDocumentsQuery } from '../graph/index.ts';
import { CORPUS_SIZES } from './corpus-sizes.ts';
import type { CorpusSize } from './corpus-types.ts';
import { ensureCorpus } from './ensure-corpus.ts';
import { importCorpus } from './import-corpus.ts';
import { PROJECT_ROOT } from './load-piece.ts';
import { listCorpusFiles } from './run-bench.ts';
import { startBenchNeo4j } from './start-bench-neo4j.ts';

type AlignGraph = (
  graph: unknown,
  options: { full: boolean },
) => Promise<{ documents: number; realigned: number; pairs: number }>;

async function main(): Promise<void> {
  const args = argsOf(process.argv.slice(2));
  const dataDir = resolve(args.get('data') ?? 'bench/out/neo4j-align');
  const roots = (args.get('roots') ?? '.')
    .split(',')
    .filter(Boolean)
    .map((r) => resolve(r));
  const rounds = Number(args.get('rounds') ?? 1);
  const neo = await startBenchNeo4j({ dataDir, log: () => {} });
  try {
    const [{ n }] = (await neo.graph.read({ cypher: 'MATCH (p:Policy) RETURN count(p) AS n' })) as [{ n: number }];
    if (Number(n) === 0) {
      const size = args.get('size') as CorpusSize | undefined;
      const corpus = size ? join(PROJECT_ROOT, 'bench', 'out', size) : args.get('corpus');
      if (!corpus) throw new Error('the graph is empty: give --corpus PATH or --size SIZE to import');
      if (size) await ensureCorpus(CORPUS_SIZES[size], corpus);
      const t = performance.now();
      // A generated corpus is listed by the importer; a real one file by file, recursively, as the bench lists it.
      const generated = existsSync(join(corpus, 'corpus.json'));
      const totals = await importCorpus(generated ? [resolve(corpus)] : await listCorpusFiles(corpus), neo.graph);
      console.log(
        `imported ${totals.documents} documents, ${totals.articles} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    }
    const dump = args.get('dump');
    if (dump) {
      await writeFile(dump, JSON.stringify(await neo.graph.read(buildReadDocumentsQuery())));
      console.log(`wrote the align input to ${dump}`);
    }
    for (let round = 0; round < rounds; round++) {
      for (const root of roots) {
        const mod = (await import(pathToFileURL(join(root, 'import', 'index.ts')).href)) as { alignGraph: AlignGraph };
        const before = loadAverage();
        const cpu = process.cpuUsage();
        const neoCpu = processCpuSeconds(neo.pid());
        const t = performance.now();
        // The time spent waiting on Neo4j (reading the input, writing the pairs), told apart from the rest.
        const waited = { read: 0, write: 0 };
        const timed = {
          read: async (...call: Parameters<typeof neo.graph.read>) => {
            const at = performance.now();
            const rows = await neo.graph.read(...call);
            waited.read += performance.now() - at;
            return rows;
          },
          write: async (...call: Parameters<typeof neo.graph.write>) => {
            const at = performance.now();
            const rows = await neo.graph.write(...call);
            waited.write += performance.now() - at;
            return rows;
          },
        };
        // Sampled during this call only: resourceUsage().maxRSS is the process's peak so far, the import before it
        // and earlier rounds included.
        let peakRss = process.memoryUsage.rss();
        const sampler = setInterval(() => {
          peakRss = Math.max(peakRss, process.memoryUsage.rss());
        }, 200);
        const result = await mod.alignGraph(timed, { full: true }).finally(() => clearInterval(sampler));
        const seconds = (performance.now() - t) / 1000;
        const used = process.cpuUsage(cpu);
        const neoUsed = processCpuSeconds(neo.pid()) - neoCpu;
        const rows = await neo.graph.read({
          cypher: `MATCH (:Article)-[r:ALIGNS_WITH]->(:Article)
RETURN r.id AS id, r.score AS score, r.rank AS rank, r.class AS class, r.evidence AS evidence, r.method AS method,
       r.version AS version ORDER BY id`,
        });
        const hash = createHash('sha1');
        for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
        console.log(
          [
            `round ${round + 1} ${root}`,
            `alignGraph ${seconds.toFixed(1)} s (reading ${(waited.read / 1000).toFixed(1)} s, writing ${(waited.write / 1000).toFixed(1)} s)`,
            `CPU ${((used.user + used.system) / 1e6).toFixed(1)} s`,
            `Neo4j CPU ${neoUsed.toFixed(1)} s`,
            `peak RSS ${Math.round(peakRss / 2 ** 20)} MB (sampled every 200 ms during alignGraph)`,
            `documents ${result.documents} realigned ${result.realigned}`,
            `pairs ${result.pairs} (${rows.length} in the graph)`,
            `sha-1 ${hash.digest('hex')}`,
            `load ${before} → ${loadAverage()}`,
          ].join(' | '),
        );
      }
    }
  } finally {
    await neo.stop();
  }
}

await main();
