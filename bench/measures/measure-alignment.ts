/**
 * Alignment at scale: the engine's time as a share of brute-force all-pairs scoring (same scoring function) and
 * the top-1 agreement between them, on 10,000 lower articles against 2,000 upper articles of the generated corpus.
 * Brute force runs on a sample of lower articles and is extrapolated by the alignment module (it says so).
 * Example: await measureAlignment(docs) → { ratioToBruteForce: 0.021, top1Agreement: 0.995, engineMs: 9100, … }.
 */
import type { GeneratedDocument } from '../corpus-types.ts';
import { loadPiece } from '../load-piece.ts';
import { selectAlignmentSet } from '../select-alignment-set.ts';

type BenchAlignment = (input: {
  lowerArticles: readonly { docKey: string; heading: string; text: string }[];
  upperArticles: readonly { docKey: string; heading: string; text: string }[];
  sample?: number;
}) => {
  lowerCount: number;
  upperCount: number;
  sampled: number;
  prepareMs: number;
  engineMs: number;
  bruteForceMs: number;
  ratio: number;
  top1Agreement: number;
  disagreements: number[];
};

/** Figures of the alignment measure. */
export interface AlignmentFigures {
  lowerArticles: number;
  upperArticles: number;
  bruteForceSample: number;
  derivedInSet: number;
  prepareMs: number;
  engineMs: number;
  bruteForceMsExtrapolated: number;
  ratioToBruteForce: number;
  top1Agreement: number;
  /** Sampled lower articles whose true upper article is in the set, on which engine and brute force disagree. */
  disagreementsOnDerived: number;
  /** Sampled lower articles with no true counterpart in the set (local text), on which they disagree. */
  disagreementsOnUnrelated: number;
  notes: string[];
}

/** Runs benchAlignment from bench/bench-alignment.ts on the selected set. */
export async function measureAlignment(
  docs: readonly GeneratedDocument[],
  options: { lowerCount?: number; upperCount?: number; sample?: number } = {},
): Promise<AlignmentFigures> {
  const bench = await loadPiece<BenchAlignment>('bench/bench-alignment.ts', 'benchAlignment');
  const set = selectAlignmentSet(docs, options.lowerCount ?? 10_000, options.upperCount ?? 2_000);
  const result = bench({ lowerArticles: set.lowers, upperArticles: set.uppers, sample: options.sample ?? 200 });
  // Which kind of lower article the two methods disagree on: one derived from an upper article of the set, or not.
  const upperKeys = new Set(set.uppers.map((u) => `${u.file}#${u.number}`));
  const derived = (i: number) => {
    const d = set.lowers[i]?.derivedFrom;
    return d !== undefined && upperKeys.has(`${d.file}#${d.article}`);
  };
  return {
    lowerArticles: result.lowerCount,
    upperArticles: result.upperCount,
    bruteForceSample: result.sampled,
    derivedInSet: set.derivedInSet,
    prepareMs: Math.round(result.prepareMs),
    engineMs: Math.round(result.engineMs),
    bruteForceMsExtrapolated: Math.round(result.bruteForceMs),
    ratioToBruteForce: round(result.ratio, 4),
    top1Agreement: round(result.top1Agreement, 4),
    disagreementsOnDerived: result.disagreements.filter(derived).length,
    disagreementsOnUnrelated: result.disagreements.filter((i) => !derived(i)).length,
    notes: [
      `brute force scored ${result.sampled} evenly spaced lower articles against all ${result.upperCount} uppers and was extrapolated to ${result.lowerCount}`,
    ],
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
