/**
 * The importer's peak resident memory: the import runs in a child process (bench/import-child.ts) and its peak RSS
 * is read both from /proc/<pid>/status VmHWM while it runs and from the child's own resourceUsage().maxRSS.
 * Leaves the corpus imported, which the API and fault measures use.
 * Example: await measureMemory(neo, ['bench/out/medium']) → { peakRssMB: 415, vmHwmMB: 415, maxRssMB: 412, seconds: 88 }.
 */
import { clearGraph } from '../clear-graph.ts';
import type { BenchNeo4j } from '../start-bench-neo4j.ts';
import { spawnImportChild } from '../spawn-import-child.ts';

/** Imports `paths` into an empty graph from a child process and reports its peak memory. */
export async function measureMemory(neo: BenchNeo4j, paths: string[]) {
  await clearGraph(neo.graph);
  const child = spawnImportChild({ uri: neo.uri, password: neo.password, database: neo.database, paths });
  const outcome = await child.done;
  if (!outcome.result?.ok) {
    throw Object.assign(
      new Error(`child import failed (exit ${outcome.exitCode}): ${outcome.result?.message ?? outcome.stderrTail}`),
      { code: 'BENCH_CHILD_FAILED' },
    );
  }
  const maxRssMB = Math.round(outcome.result.maxRssMB);
  return {
    peakRssMB: Math.max(maxRssMB, outcome.vmHwmMB),
    vmHwmMB: outcome.vmHwmMB,
    maxRssMB,
    seconds: Math.round((outcome.result.seconds ?? 0) * 10) / 10,
    notes: ['peak RSS of the importing Node process (tsx loader included), not of Neo4j'],
  };
}
