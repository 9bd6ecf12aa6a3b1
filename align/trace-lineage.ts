/**
 * Reads alignment pairs the way researchers do: lineage (from one article up through the tiers, following
 * each article's best candidates) and coverage (which articles of an upper document a lower document carries, and
 * which it leaves out). Example: traceLineage(pairs, { file: 'liuzhou…', article: 1 }) →
 * [[{ file: 'liuzhou…', article: 1 }, { file: 'state-council…', article: 6, score: 0.59 }]].
 */
import type { AlignmentPair } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { textRanks } from './named-articles.ts';

/** One step of a lineage chain; `score` is the pair that led to it (absent on the start). */
export interface LineageStep {
  file: string;
  article: number;
  heading?: string;
  score?: number;
}

/** Which candidates lineage follows. */
export interface LineageOptions {
  maxRank: number;
  minScore: number;
}

const sameFile = (a: string, b: string) => a === b || a.split('/').pop() === b.split('/').pop();

/** Every upward chain from `start` that ends where no candidate goes further (cycles cannot occur: tiers rise). */
export function traceLineage(
  pairs: readonly AlignmentPair[],
  start: { file: string; article: number },
  options: Partial<LineageOptions> = {},
): LineageStep[][] {
  // Engine 1.3 scores run about 7 % under 1.2's (raw-count cosine, 0.8 of the score): 0.15 then, 0.14 now.
  const { maxRank = 1, minScore = 0.14 } = options;
  const chains: LineageStep[][] = [];
  // An article the text names is a step whatever its score; the texts' own ranking starts below the named ones.
  const textRank = textRanks(pairs);
  const walk = (chain: LineageStep[]) => {
    const here = chain[chain.length - 1]!;
    const next = pairs.filter((p) => {
      if (!sameFile(p.lower.file, here.file) || p.lower.article !== here.article) return false;
      const rank = textRank(p);
      return rank === undefined || (rank <= maxRank && p.score >= minScore);
    });
    if (next.length === 0 || chain.length > 8) {
      if (chain.length > 1) chains.push(chain);
      return;
    }
    for (const p of next)
      walk([...chain, { file: p.upper.file, article: p.upper.article, heading: p.upper.heading, score: p.score }]);
  };
  walk([{ file: start.file, article: start.article }]);
  return chains;
}

/** Coverage of an upper document's articles by one lower document. */
export interface Coverage {
  covered: { article: number; heading: string; by: { article: number; score: number }[] }[];
  uncovered: { article: number; heading: string }[];
}

/** Splits `upper`'s articles into those some article of `lowerFile` aligns with (score ≥ minScore) and the rest. */
export function computeCoverage(
  pairs: readonly AlignmentPair[],
  upper: AlignDocument,
  lowerFile: string,
  minScore = 0.3,
): Coverage {
  const result: Coverage = { covered: [], uncovered: [] };
  for (const article of upper.articles) {
    const by = pairs
      .filter(
        (p) =>
          sameFile(p.upper.file, upper.file) &&
          p.upper.article === article.number &&
          sameFile(p.lower.file, lowerFile) &&
          p.score >= minScore,
      )
      .map((p) => ({ article: p.lower.article, score: p.score }));
    if (by.length > 0) result.covered.push({ article: article.number, heading: article.heading, by });
    else result.uncovered.push({ article: article.number, heading: article.heading });
  }
  return result;
}
