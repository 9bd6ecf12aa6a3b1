/**
 * Scores one lower/upper article pair in [0, 1] from their shared spans, and returns the spans as evidence.
 * Two full articles: 0.8 × weighted Dice over the whole texts + 0.2 × Dice over the headings.
 * When either side is outline-only (a heading without body, as in the State Council and MOST files), only that
 * heading can be compared: 0.85 × (half the share of the outline heading found in the other article, half the
 * heading-to-heading Dice); 0.85 because a heading is thinner evidence than a body. Only runs of three or more
 * matching characters count for that share.
 * Example: a heading-only '优化营商环境' against a heading-only '“放管服”优化营商环境' scores 0.85 × (0.5 × 1 + 0.5 × 0.8) = 0.765.
 */
import type { EvidenceSpan } from '../model.ts';
import type { PreparedArticle } from './prepare-articles.ts';
import { DEFAULT_SCORING, localAlignments, type AlignmentScoring, type LocalAlignment } from './smith-waterman.ts';

/** Weight of a comparison that rests on headings only. */
export const OUTLINE_FACTOR = 0.85;

/** Score and evidence of one pair. */
export interface PairScore {
  score: number;
  evidence: EvidenceSpan[];
}

function dice(alignments: LocalAlignment[], totalA: number, totalB: number): number {
  if (totalA + totalB <= 0) return 0;
  let matched = 0;
  for (const x of alignments) matched += x.matchedWeightA + x.matchedWeightB;
  return matched / (totalA + totalB);
}

function toEvidence(lower: PreparedArticle, upper: PreparedArticle, alignments: LocalAlignment[]): EvidenceSpan[] {
  return alignments.map((x) => {
    const lowerStart = lower.offsets[x.aStart]!;
    const lowerEnd = lower.offsets[x.aEnd - 1]! + 1;
    const upperStart = upper.offsets[x.bStart]!;
    const upperEnd = upper.offsets[x.bEnd - 1]! + 1;
    return {
      lowerStart, lowerEnd, upperStart, upperEnd,
      lowerText: lower.raw.slice(lowerStart, lowerEnd),
      upperText: upper.raw.slice(upperStart, upperEnd),
    };
  });
}

function headingDice(lower: PreparedArticle, upper: PreparedArticle, scoring: AlignmentScoring): number {
  if (lower.headingLength === 0 || upper.headingLength === 0) return 0;
  const found = localAlignments(
    lower.codes.subarray(0, lower.headingLength), upper.codes.subarray(0, upper.headingLength),
    lower.weights, upper.weights, scoring,
  );
  return dice(found, lower.headingWeight, upper.headingWeight);
}

/** Scores a pair; evidence spans are ordered by their position in the lower article. */
export function scorePair(lower: PreparedArticle, upper: PreparedArticle, scoring: AlignmentScoring = DEFAULT_SCORING): PairScore {
  const found = localAlignments(lower.codes, upper.codes, lower.weights, upper.weights, scoring);
  if (found.length === 0) return { score: 0, evidence: [] };
  const heads = headingDice(lower, upper, scoring);
  let score: number;
  if (lower.hasBody && upper.hasBody) {
    score = 0.8 * dice(found, lower.totalWeight, upper.totalWeight) + 0.2 * heads;
  } else {
    // The outline side is the one without a body; when both are outlines, the shorter heading.
    const upperIsOutline = !upper.hasBody && (lower.hasBody || upper.totalWeight <= lower.totalWeight);
    const outlineTotal = upperIsOutline ? upper.totalWeight : lower.totalWeight;
    // A two-character match (发展, 创新) is likely chance: only runs of 3 or more count as carrying the heading.
    let covered = 0;
    for (const x of found) if (x.matches >= 3) covered += upperIsOutline ? x.matchedWeightB : x.matchedWeightA;
    const share = outlineTotal > 0 ? covered / outlineTotal : 0;
    score = OUTLINE_FACTOR * (0.5 * share + 0.5 * heads);
  }
  const evidence = toEvidence(lower, upper, found).sort((x, y) => x.lowerStart - y.lowerStart);
  return { score: Math.min(1, Math.max(0, Math.round(score * 1e4) / 1e4)), evidence };
}
