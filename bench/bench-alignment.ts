/**
 * Measures the engine against brute force with the same scoring function: the engine (branch and bound over
 * character-index bounds of the score, see rank-candidates.ts) runs on every lower article;
 * brute force (Smith-Waterman on every pair) runs on an evenly spaced sample of lower articles and its time is
 * extrapolated to all of them (scoring 20 million pairs outright would take hours). top1Agreement compares the two
 * top-1 uppers on the sample; a lower article with no candidate above the minimum score on both sides agrees.
 * Preparation (folding, weights) is shared by both and reported apart.
 * Example: benchAlignment({ lowerArticles, upperArticles }) → { engineMs: 9100, bruteForceMs: 412000, ratio: 0.022,
 * top1Agreement: 0.995, budgetCuts: 5200, … }.
 */
import { performance } from 'node:perf_hooks';
import { prepareArticles, type ArticleSource } from '../align/prepare-articles.ts';
import { DEFAULT_RANK_OPTIONS, rankAllPairs, rankCandidates, type RankOptions } from '../align/rank-candidates.ts';

/** Input of the benchmark. */
export interface BenchInput {
  lowerArticles: readonly ArticleSource[];
  upperArticles: readonly ArticleSource[];
  /** Lower articles scored by brute force (default 100; all when larger than the set). */
  sample?: number;
  options?: Partial<RankOptions>;
}

/** What the benchmark measured. */
export interface BenchResult {
  lowerCount: number;
  upperCount: number;
  sampled: number;
  prepareMs: number;
  engineMs: number;
  /** Brute force time for all lower articles, extrapolated from the sample. */
  bruteForceMs: number;
  ratio: number;
  top1Agreement: number;
  /** Lower articles (of all) whose search the scoring budget stopped before the bound did: top-1 not proven. */
  budgetCuts: number;
  /** Lower articles of the sample whose top-1 differs. */
  disagreements: number[];
}

/** Runs the engine on every lower article and brute force on a sample; compares time and top-1. */
export function benchAlignment(input: BenchInput): BenchResult {
  const options = { ...DEFAULT_RANK_OPTIONS, ...input.options, maxCandidates: 1 };
  const lowerCount = input.lowerArticles.length;
  const t0 = performance.now();
  const prepared = prepareArticles([...input.lowerArticles, ...input.upperArticles]);
  const lowers = prepared.slice(0, lowerCount);
  const uppers = prepared.slice(lowerCount);
  const prepareMs = performance.now() - t0;

  const t1 = performance.now();
  let budgetCuts = 0;
  const engine = rankCandidates(lowers, uppers, {
    ...options,
    onBudgetCut: () => {
      budgetCuts++;
    },
  });
  const engineMs = performance.now() - t1;

  const sampleSize = Math.min(lowerCount, input.sample ?? 100);
  const step = lowerCount / Math.max(1, sampleSize);
  const sampleIds = Array.from({ length: sampleSize }, (_, i) => Math.floor(i * step));
  const t2 = performance.now();
  const brute = rankAllPairs(
    sampleIds.map((i) => lowers[i]!),
    uppers,
    options,
  );
  const sampleMs = performance.now() - t2;
  const bruteForceMs = sampleSize > 0 ? (sampleMs * lowerCount) / sampleSize : 0;

  const engineTop = new Map(engine.map((m) => [m.lower, m.upper]));
  const bruteTop = new Map(brute.map((m) => [sampleIds[m.lower]!, m.upper]));
  const disagreements = sampleIds.filter((id) => engineTop.get(id) !== bruteTop.get(id));
  return {
    lowerCount,
    upperCount: uppers.length,
    sampled: sampleSize,
    prepareMs,
    engineMs,
    bruteForceMs,
    ratio: bruteForceMs > 0 ? engineMs / bruteForceMs : 0,
    top1Agreement: sampleSize > 0 ? 1 - disagreements.length / sampleSize : 1,
    budgetCuts,
    disagreements,
  };
}
