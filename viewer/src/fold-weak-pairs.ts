/**
 * The comparison as the table shows it by default (pure): the engine's weak candidates (`counterpart: false`, most
 * of which correspond to nothing) left out, and an upper article whose pairs were all weak listed as without
 * counterpart (无对应), as coverage counts it. No lower article loses all its pairs: its best is a counterpart.
 * Example: pairs L1→G1 (counterpart) and L1→G2 (not) → pairs [L1→G1], unmatched upper [G2], hidden 1. A pair the
 * query did not ask `counterpart` of is kept.
 */
import type { ArticleData, Comparison } from './api-types.ts';

/** The comparison without its weak candidates, and how many were left out. */
export function foldWeakPairs(comparison: Comparison): { comparison: Comparison; hidden: number } {
  const pairs = comparison.pairs.filter((p) => p.counterpart !== false);
  const hidden = comparison.pairs.length - pairs.length;
  if (hidden === 0) return { comparison, hidden };
  const order = (a: ArticleData) => a.order ?? a.number;
  const kept = new Set(pairs.map((p) => p.upper.id));
  const unmatched = new Map(comparison.unmatchedUpper.map((a) => [a.id, a]));
  for (const p of comparison.pairs) if (!kept.has(p.upper.id)) unmatched.set(p.upper.id, p.upper);
  const unmatchedUpper = [...unmatched.values()].sort((a, b) => order(a) - order(b));
  return { comparison: { ...comparison, pairs, unmatchedUpper }, hidden };
}
