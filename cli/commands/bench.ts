/**
 * `policygraph bench [--size small|medium|large] [--only align,import,memory,api,viewer,faults] [--publish]`:
 * generates the synthetic corpus and measures import, alignment, API, viewer, importer memory and fault handling
 * (bench/run-bench.ts). Not part of `npm test`.
 */
import { BENCH_USAGE, parseBenchArgs } from '../../bench/parse-bench-args.ts';

export const summary = 'benchmarks at scale on a generated corpus (writes bench/results.json and BENCHMARKS.md)';

/** Runs the benchmark; exit code 0 when every selected measure ran, 1 when one failed, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseBenchArgs(args);
  } catch (error) {
    process.stderr.write(`policygraph bench: ${(error as Error).message}\n${BENCH_USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }
  const { runBench } = await import('../../bench/run-bench.ts');
  const results = await runBench(parsed);
  const floors = results.floors as { name: string; value: number | null; floor: string; pass: boolean | null }[];
  process.stdout.write('\nfloor                         measured      floor     pass\n');
  for (const f of floors) {
    process.stdout.write(
      `${f.name.padEnd(30)}${String(f.value ?? '—').padEnd(14)}${f.floor.padEnd(10)}${f.pass === null ? 'not measured' : f.pass ? 'yes' : 'NO'}\n`,
    );
  }
  const failed = Object.entries(results)
    .filter(([, v]) => (v as { status?: string })?.status === 'failed')
    .map(([k]) => k);
  if (failed.length > 0) process.stderr.write(`policygraph bench: failed measures: ${failed.join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}
