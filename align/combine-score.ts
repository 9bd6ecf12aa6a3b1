/**
 * The pair score from what the alignments matched, in one place for the exact score (score-pair.ts) and for its
 * upper bounds (bound-pair-scores.ts): the formula grows with every argument, so feeding it upper bounds of the
 * matched weights gives an upper bound of the score.
 * Alignment part: two full articles: 0.8 × weighted Dice over the whole texts + 0.2 × Dice over the headings; when
 * either side is outline-only (a heading without body), 0.85 × (½ share of the outline heading covered + ½ heading
 * Dice). Score = 0.2 × alignment part + 0.8 × TF-IDF cosine (pair-cosine.ts; × 0.85 for an outline pair).
 * Example: combineScore(lower, upper, { matchedLower: 10, matchedUpper: 10, coveredLower: 0, coveredUpper: 0, heads: 1,
 * cosine: 0.5 }) with both totals 20 → 0.2 × (0.8 × 0.5 + 0.2) + 0.8 × 0.5 = 0.52.
 */
import type { PreparedArticle } from './prepare-articles.ts';

/** Weight of a comparison that rests on headings only. */
export const OUTLINE_FACTOR = 0.85;

/**
 * Share of the local alignments in the score; the rest is the TF-IDF cosine of the two articles' bigrams. Chosen on
 * the labelled real pairs (test/data/alignment-real): alignments alone lose reworded articles, the cosine alone
 * ranks loosely related short articles first. The weighted Dice divides what was matched by both lengths, so it
 * favours short uppers made of common phrases (研究开发机构、高等院校): 0.3 cost recall@3 on every set against 0.2,
 * which keeps its gain in precision@1 (docs/alignment.md).
 */
export const ALIGNMENT_SHARE = 0.2;

/** What the alignments of a pair matched (or upper bounds of it). */
export interface MatchedWeights {
  /** Weight of matched characters on each side. */
  matchedLower: number;
  matchedUpper: number;
  /** The same, counting only alignments of 3 or more matches (an outline heading's share). */
  coveredLower: number;
  coveredUpper: number;
  /** Dice of the headings' own alignment. */
  heads: number;
  /** TF-IDF cosine of the two articles (exact: it is cheap, so bounds use it as is). */
  cosine: number;
}

/** True when the upper side is the outline one (no body; of two outlines, the lighter heading). */
export function upperIsOutline(lower: PreparedArticle, upper: PreparedArticle): boolean {
  return !upper.hasBody && (lower.hasBody || upper.totalWeight <= lower.totalWeight);
}

/** Unrounded score of a pair from its matched weights. */
export function combineScore(lower: PreparedArticle, upper: PreparedArticle, m: MatchedWeights): number {
  const mixed = ALIGNMENT_SHARE * alignmentScore(lower, upper, m);
  // Headings alone are thinner evidence than bodies: the cosine of an outline pair is discounted like its alignments.
  const outline = lower.hasBody && upper.hasBody ? 1 : OUTLINE_FACTOR;
  return mixed + (1 - ALIGNMENT_SHARE) * outline * m.cosine;
}

function alignmentScore(lower: PreparedArticle, upper: PreparedArticle, m: MatchedWeights): number {
  if (lower.hasBody && upper.hasBody) {
    const total = lower.totalWeight + upper.totalWeight;
    return 0.8 * (total > 0 ? (m.matchedLower + m.matchedUpper) / total : 0) + 0.2 * m.heads;
  }
  const outlineUpper = upperIsOutline(lower, upper);
  const outlineTotal = outlineUpper ? upper.totalWeight : lower.totalWeight;
  const covered = outlineUpper ? m.coveredUpper : m.coveredLower;
  const share = outlineTotal > 0 ? covered / outlineTotal : 0;
  return OUTLINE_FACTOR * (0.5 * share + 0.5 * m.heads);
  // (the outline discount of the cosine is applied in combineScore)
}
