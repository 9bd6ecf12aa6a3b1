/**
 * The comparison as the table shows it by default (pure): the engine's weak candidates (`counterpart: false`, most
 * of which correspond to nothing) left out, and an article whose pairs were all weak listed as without counterpart
 * (无对应), as coverage counts it. Example: pairs A1→G1 (counterpart) and A2→G2 (not) → pairs [A1→G1], unmatched
 * upper [G2], unmatched lower [A2], hidden 1. A pair the query did not ask `counterpart` of is kept.
 */
import type { ArticleData, Comparison } from './api-types.ts';

/** The comparison without its weak candidates, and how many were left out. */
export function foldWeakPairs(comparison: Comparison): { comparison: Comparison; hidden: number } {
  const pairs = comparison.pairs.filter((p) => p.counterpart !== false);
  const hidden = comparison.pairs.length - pairs.length;
  if (hidden === 0) return { comparison, hidden };
  const order = (a: ArticleData) => a.order ?? a.number;
  const without = (side: 'lower' | 'upper', listed: readonly ArticleData[]) => {
    const kept = new Set(pairs.map((p) => p[side].id));
    const unmatched = new Map(listed.map((a) => [a.id, a]));
    for (const p of comparison.pairs) if (!kept.has(p[side].id)) unmatched.set(p[side].id, p[side]);
    return [...unmatched.values()].sort((a, b) => order(a) - order(b));
  };
  return {
    comparison: {
      ...comparison,
      pairs,
      unmatchedUpper: without('upper', comparison.unmatchedUpper),
      unmatchedLower: without('lower', comparison.unmatchedLower),
    },
    hidden,
  };
}
