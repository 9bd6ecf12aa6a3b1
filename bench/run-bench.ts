/**
 * One benchmark run: ensures the corpus, starts the bench's own Neo4j, runs the selected measures in order
 * (align, import, memory, api, viewer, faults), checks the floors and writes the results. A measure whose piece is
 * missing or that fails is recorded with its reason; the others still run.
 * Example: await runBench(parseBenchArgs(['--size', 'medium'])) → results (also in bench/results.json and BENCHMARKS.md).
 */
import { rm, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { checkFloors } from './check-floors.ts';
import { CORPUS_SIZES } from './corpus-sizes.ts';
import { ensureCorpus } from './ensure-corpus.ts';
import { generateCorpus } from './generate-corpus.ts';
import { alignImportedGraph, importCorpus } from './import-corpus.ts';
import { loadPiece, PROJECT_ROOT } from './load-piece.ts';
import { settle, type MeasureResult } from './measure-result.ts';
import { measureAlignment } from './measures/measure-alignment.ts';
import { API_QUERIES, measureApi, sampleApiParameters } from './measures/measure-api.ts';
import { cleanImportFingerprint, measureCrashDuringImport, measureOutageUnderLoad } from './measures/measure-faults.ts';
import { measureImport } from './measures/measure-import.ts';
import { measureMemory } from './measures/measure-memory.ts';
import { measureSources } from './measures/measure-sources.ts';
import { measureVersions } from './measures/measure-versions.ts';
import { measureViewer } from './measures/measure-viewer.ts';
import { measureViewerOverview } from './measures/measure-viewer-overview.ts';
import { MEASURES, type BenchArgs } from './parse-bench-args.ts';
import { readMachine } from './read-machine.ts';
import { renderResults, spliceResults } from './render-benchmarks.ts';
import { spawnApiChild, type ApiChild } from './spawn-api-child.ts';
import { startBenchNeo4j, type BenchNeo4j } from './start-bench-neo4j.ts';
import { clearGraph } from './clear-graph.ts';
import { fingerprintGraph } from './fingerprint-graph.ts';
import { writeTruthAlignments } from './write-truth-alignments.ts';

/** Document files of a real corpus: .md/.txt/.html/.htm under the folder, recursively, sorted by path. */
export async function listCorpusFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      if ((await stat(path)).isDirectory()) await walk(path);
      else if (/\.(md|txt|html?)$/i.test(name)) out.push(path);
    }
  };
  await walk(folder);
  return out;
}

/** Runs the benchmark and returns the results object. */
export async function runBench(
  args: BenchArgs,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<Record<string, unknown>> {
  const spec = CORPUS_SIZES[args.size];
  const real = args.corpus !== undefined;
  const folder = real ? resolve(args.corpus!) : join(PROJECT_ROOT, 'bench', 'out', args.size);
  const wants = (m: string) => (args.only as string[]).includes(m);
  const command = `npm run bench -- ${real ? `--corpus ${args.corpus}` : `--size ${args.size}`}${args.only.length < MEASURES.length ? ` --only ${args.only.join(',')}` : ''}${args.alignments === 'truth' ? ' --alignments truth' : ''}`;
  const results: Record<string, unknown> = { command, machine: await readMachine() };

  // A real corpus: its files, listed here (recursively); the generated one: its folder, listed by the importer.
  let paths: string[] = [folder];
  let documents = spec.documents;
  if (real) {
    paths = await listCorpusFiles(folder);
    documents = paths.length;
    log(`[bench] real corpus ${folder}: ${paths.length} files`);
    results.corpus = { real: true, folder: args.corpus, files: paths.length };
  } else {
    log(`[bench] corpus ${args.size} → ${folder}`);
    const corpus = await ensureCorpus(spec, folder);
    results.corpus = {
      ...corpus.summary,
      folder: `bench/out/${args.size}`,
      reused: corpus.reused,
      generateSeconds: corpus.seconds,
    };
    if (wants('align')) {
      results.align = await settle('align', () => measureAlignment(generateCorpus(spec)), log);
    }
  }

  let neo: BenchNeo4j | undefined;
  let dataDir: string | undefined;
  let api: ApiChild | undefined;
  try {
    if (['import', 'memory', 'api', 'sources', 'faults'].some(wants)) {
      // One data folder per run, so two runs (say a fault run beside a medium run) never share a store.
      dataDir = join(PROJECT_ROOT, 'bench', 'out', `neo4j-${real ? 'corpus' : args.size}-${process.pid}`);
      await rm(dataDir, { recursive: true, force: true });
      log('[bench] starting the bench Neo4j on a free port');
      neo = await startBenchNeo4j({ dataDir, log: (l) => log(`[neo4j] ${l}`) });
    }
    const graph = neo;
    if (graph && wants('import')) {
      results.import = await settle(
        'import',
        () =>
          measureImport(graph, paths, {
            perRowBudgetSeconds: args.perRowBudgetSeconds,
            ...(real ? { warmupDocuments: Math.min(200, paths.length) } : {}),
          }),
        log,
      );
    }
    let imported = results.import !== undefined && (results.import as MeasureResult).status === 'ok';
    // The graph now holds the clean import (restored from its dump): its fingerprint is the fault test's reference.
    const reference = imported && wants('faults') ? await fingerprintGraph(graph!.graph) : undefined;
    if (imported) {
      const figures = results.import as { peakRssMB: number; seconds: number };
      results.importer = {
        status: 'ok',
        peakRssMB: figures.peakRssMB,
        seconds: figures.seconds,
        notes: ['peak RSS of the child process that ran the timed import (VmHWM and maxRSS, the larger)'],
      };
    }
    if (graph && wants('memory') && !imported) {
      const memory = await settle('memory', () => measureMemory(graph, paths), log);
      results.importer = memory;
      imported = memory.status === 'ok';
    }
    if (graph && real && imported) {
      // A real corpus: the version graph the import built, and the engine's alignment of the real texts.
      results.versions = await settle('versions', () => measureVersions(graph), log);
      if (wants('align')) {
        results.align = await settle(
          'align',
          async () => {
            const t = performance.now();
            const aligned = await alignImportedGraph(graph.graph);
            return {
              alignGraphSeconds: Math.round((performance.now() - t) / 100) / 10,
              alignedDocuments: aligned.documents,
              alignmentPairs: aligned.pairs,
            };
          },
          log,
        );
      }
    }
    if (graph && (wants('api') || wants('sources') || wants('faults'))) {
      const setup = await settle(
        'api-setup',
        async () => {
          let importSeconds = 0;
          if (!imported) {
            await clearGraph(graph.graph);
            const t = performance.now();
            await importCorpus(paths, graph.graph);
            importSeconds = (performance.now() - t) / 1000;
          }
          const t = performance.now();
          // sources, likelyParents and reuse rank from the texts: only the other API measures need ALIGNS_WITH.
          const aligned = !(wants('api') || wants('faults'))
            ? { documents: 0, pairs: 0 }
            : args.alignments === 'truth'
              ? { documents: 0, pairs: await writeTruthAlignments(graph.graph, folder) }
              : await alignImportedGraph(graph.graph);
          await loadPiece('api/index.ts', 'startApiServer');
          // The server runs in its own process, as deployed: autocannon here would otherwise share its event loop and CPU.
          api = await spawnApiChild({ uri: graph.uri, password: graph.password, database: graph.database });
          return {
            alignments: !(wants('api') || wants('faults'))
              ? 'none (the sources measure needs no ALIGNS_WITH)'
              : args.alignments === 'truth'
                ? 'ground truth of the corpus (alignments.tsv), not the engine'
                : 'alignGraph (the engine)',
            importSeconds: Math.round(importSeconds * 10) / 10,
            alignGraphSeconds: Math.round((performance.now() - t) / 100) / 10,
            alignedDocuments: aligned.documents,
            alignmentPairs: aligned.pairs,
            apiUrl: api.url,
          };
        },
        log,
      );
      results.apiSetup = setup;
      const server = api;
      if (wants('api')) {
        results.api = server
          ? await settle('api', () => measureApi({ url: server.url, graph: graph.graph, server }), log)
          : notRun(setup);
      }
      if (wants('sources')) {
        results.sources = server
          ? await settle('sources', () => measureSources({ url: server.url }, graph.graph), log)
          : notRun(setup);
      }
      if (wants('faults')) {
        const outage = server
          ? await settle(
              'faults-outage',
              async () => {
                const params = await sampleApiParameters(graph.graph, 50);
                return measureOutageUnderLoad(
                  graph,
                  server.url,
                  params.phrases.map((p) => JSON.stringify({ query: API_QUERIES.search, variables: { p } })),
                );
              },
              log,
            )
          : notRun(setup);
        const crash = await settle(
          'faults-crash',
          async () => {
            return measureCrashDuringImport(
              graph,
              paths,
              documents,
              reference ?? (await cleanImportFingerprint(graph, paths)),
            );
          },
          log,
        );
        results.faults = { outageUnderApiLoad: outage, killDuringImport: crash };
      }
    }
    if (wants('viewer')) results.viewer = await settle('viewer', () => measureViewer(), log);
    if (wants('viewer')) results.viewerOverview = await settle('viewerOverview', () => measureViewerOverview(), log);
  } finally {
    await api?.close().catch(() => {});
    await neo?.stop().catch(() => {});
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }

  results.floors = checkFloors(results);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  if (real) {
    // A real corpus never replaces the synthetic table: its figures go to their own file (BENCHMARKS.md cites them).
    const out = join(PROJECT_ROOT, 'bench', args.publish ? '' : 'out', `results-corpus-${basename(folder)}.json`);
    await writeFile(out, json);
    log(`[bench] wrote ${out}`);
  } else if (args.publish) {
    await writeFile(join(PROJECT_ROOT, 'bench', 'results.json'), json);
    const mdPath = join(PROJECT_ROOT, 'BENCHMARKS.md');
    const md = await readFile(mdPath, 'utf8').catch(() => '# Benchmarks\n');
    await writeFile(mdPath, spliceResults(md, renderResults(results as Parameters<typeof renderResults>[0])));
    log('[bench] wrote bench/results.json and BENCHMARKS.md');
  } else {
    await writeFile(join(PROJECT_ROOT, 'bench', 'out', `results-${args.size}.json`), json);
    log(
      `[bench] wrote bench/out/results-${args.size}.json (partial run: BENCHMARKS.md untouched; --publish to write it)`,
    );
  }
  return results;
}

function notRun(setup: MeasureResult): MeasureResult {
  return {
    status: 'skipped',
    reason: `API setup did not complete: ${'reason' in setup ? setup.reason : 'unknown'}`,
    seconds: 0,
  };
}
