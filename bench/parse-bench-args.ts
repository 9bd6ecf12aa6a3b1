/**
 * Reads `policygraph bench` arguments. Pure.
 * Example: parseBenchArgs(['--size', 'medium', '--only', 'import,api']) → { size: 'medium', only: ['import', 'api'], … }.
 */
import { parseCorpusSize } from './corpus-sizes.ts';
import type { CorpusSize } from './corpus-types.ts';

/** The measures, in the order they run. */
export const MEASURES = ['align', 'import', 'memory', 'api', 'sources', 'viewer', 'faults'] as const;
/** One measure's name. */
export type MeasureName = (typeof MEASURES)[number];

/** Parsed options. */
export interface BenchArgs {
  size: CorpusSize;
  only: MeasureName[];
  /** Write bench/results.json and BENCHMARKS.md (default when every measure runs); else bench/out/results-<size>.json only. */
  publish: boolean;
  /** Seconds the per-row MERGE baseline may run before it is extrapolated. */
  perRowBudgetSeconds: number;
  /** Who writes ALIGNS_WITH before the API is measured: the engine (alignGraph) or the corpus's ground truth. */
  alignments: 'engine' | 'truth';
  /** A folder of real documents to measure instead of the generated corpus (its files are listed recursively). */
  corpus?: string;
  help: boolean;
}

/** Usage text. */
export const BENCH_USAGE = `usage: policygraph bench [--size small|medium|large | --corpus PATH] [--only ${MEASURES.join(',')}] [--publish] [--per-row-budget SECONDS] [--alignments engine|truth]
  Generates the corpus (bench/out/<size>/), starts its own Neo4j on a free port and measures; writes bench/results.json
  and the table in BENCHMARKS.md when every measure ran (or with --publish), else bench/out/results-<size>.json.
  --corpus PATH measures a folder of real documents instead (.md/.txt/.html/.htm, listed recursively); it writes
  bench/out/results-corpus-<folder name>.json and never the synthetic table.`;

/** Parses the arguments; throws an error with code BENCH_BAD_ARGS on anything unknown. */
export function parseBenchArgs(args: readonly string[]): BenchArgs {
  const out: BenchArgs = {
    size: 'small',
    only: [...MEASURES],
    publish: false,
    perRowBudgetSeconds: 60,
    alignments: 'engine',
    help: false,
  };
  let onlyGiven = false;
  const bad = (message: string) => Object.assign(new Error(message), { code: 'BENCH_BAD_ARGS' });
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v.startsWith('--')) throw bad(`${flag} needs a value`);
      return v;
    };
    if (flag === '--size') out.size = parseCorpusSize(value());
    else if (flag === '--only') {
      onlyGiven = true;
      const names = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = names.filter((n) => !(MEASURES as readonly string[]).includes(n));
      if (unknown.length > 0 || names.length === 0)
        throw bad(`unknown measure(s) ${unknown.join(', ') || '(none)'}; known: ${MEASURES.join(', ')}`);
      out.only = MEASURES.filter((m) => names.includes(m));
    } else if (flag === '--publish') out.publish = true;
    else if (flag === '--per-row-budget') {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw bad('--per-row-budget needs a positive number of seconds');
      out.perRowBudgetSeconds = n;
    } else if (flag === '--alignments') {
      const v = value();
      if (v !== 'engine' && v !== 'truth') throw bad('--alignments is engine or truth');
      out.alignments = v;
    } else if (flag === '--corpus') out.corpus = value();
    else if (flag === '--help' || flag === '-h') out.help = true;
    else throw bad(`unknown argument ${arg}`);
  }
  if (out.corpus !== undefined && out.alignments === 'truth')
    throw bad('--alignments truth needs the generated corpus (its alignments.tsv), not --corpus');
  if (!onlyGiven && out.corpus === undefined) out.publish = true;
  return out;
}
