/**
 * Scores one lower/upper article pair in [0, 1] from their shared spans, and returns the spans as evidence.
 * Two full articles: 0.8 × weighted Dice over the whole texts + 0.2 × Dice over the headings.
 * When either side is outline-only (a heading without body, as in the State Council and MOST files), only that
 * heading can be compared: 0.85 × (half the share of the outline heading found in the other article, half the
 * heading-to-heading Dice); 0.85 because a heading is thinner evidence than a body. Only runs of three or more
 * matching characters count for that share.
 * scorePairAbove gives the same result, or proves (with bound-shared-characters.ts) that the score is below a floor
 * and stops early: the engine's branch and bound uses it.
 * Example: a heading-only '优化营商环境' against a heading-only '“放管服”优化营商环境' scores 0.85 × (0.5 × 1 + 0.5 × 0.8) = 0.765.
 */
import type { EvidenceSpan } from '../model/index.ts';
import { boundSharedCharacters } from './bound-shared-characters.ts';
import { combineScore, OUTLINE_FACTOR, type MatchedWeights } from './combine-score.ts';
import type { PreparedArticle } from './prepare-articles.ts';
import { pairCosine } from './pair-cosine.ts';
import { BOUND_MARGIN } from './bound-margin.ts';
import {
  DEFAULT_SCORING,
  eachLocalAlignment,
  localAlignments,
  type AlignmentScoring,
  type LocalAlignment,
} from './smith-waterman.ts';

export { OUTLINE_FACTOR };

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

/** Where each alignment (or piece of one) stands in both articles, as evidence spans. */
type Span = Pick<LocalAlignment, 'aStart' | 'aEnd' | 'bStart' | 'bEnd'>;

function toEvidence(lower: PreparedArticle, upper: PreparedArticle, alignments: readonly Span[]): EvidenceSpan[] {
  return alignments.map((x) => {
    const lowerStart = lower.offsets[x.aStart]!;
    const lowerEnd = lower.offsets[x.aEnd - 1]! + 1;
    const upperStart = upper.offsets[x.bStart]!;
    const upperEnd = upper.offsets[x.bEnd - 1]! + 1;
    return {
      lowerStart,
      lowerEnd,
      upperStart,
      upperEnd,
      lowerText: lower.raw.slice(lowerStart, lowerEnd),
      upperText: upper.raw.slice(upperStart, upperEnd),
    };
  });
}

/** A shared piece shorter than this (content characters) is not shown: one 的 or 和 inside a gapped alignment. */
const MIN_PIECE = 2;

/**
 * The text two articles share, piece by piece: each alignment cut at its gaps and mismatches (smith-waterman.ts,
 * `runs`) and at characters that weigh nothing (a cited title: citation-ranges.ts), pieces of MIN_PIECE characters or
 * more, in the lower article's order. An alignment's span (scorePair's evidence) reaches across what the texts do not
 * share: 制定具体的施工扬尘污染防治实施方案… against 制定施工现场扬尘污染防治措施… is one span of 40 characters, and
 * «制定», «施工», «扬尘污染防治» … as pieces.
 */
export function sharedPieces(
  lower: PreparedArticle,
  upper: PreparedArticle,
  scoring: AlignmentScoring = DEFAULT_SCORING,
): EvidenceSpan[] {
  const pieces: Span[] = [];
  const piece = (aStart: number, aEnd: number, bStart: number) => {
    if (aEnd - aStart >= MIN_PIECE) pieces.push({ aStart, aEnd, bStart, bEnd: bStart + aEnd - aStart });
  };
  for (const found of localAlignments(lower.codes, upper.codes, lower.weights, upper.weights, scoring)) {
    for (let r = 0; r < found.runs.length; r += 4) {
      const [aStart, aEnd, bStart] = [found.runs[r]!, found.runs[r + 1]!, found.runs[r + 2]!];
      let from = aStart;
      for (let k = aStart; k < aEnd; k++) {
        if (lower.weights[k]! > 0 && upper.weights[bStart + k - aStart]! > 0) continue;
        piece(from, k, bStart + from - aStart);
        from = k + 1;
      }
      piece(from, aEnd, bStart + from - aStart);
    }
  }
  return toEvidence(lower, upper, pieces).sort((x, y) => x.lowerStart - y.lowerStart);
}

/** Dice of the two headings' own alignment (0 when either heading is empty). */
export function headingDice(lower: PreparedArticle, upper: PreparedArticle, scoring: AlignmentScoring): number {
  if (lower.headingLength === 0 || upper.headingLength === 0) return 0;
  const found = localAlignments(
    lower.codes.subarray(0, lower.headingLength),
    upper.codes.subarray(0, upper.headingLength),
    lower.weights,
    upper.weights,
    scoring,
  );
  return dice(found, lower.headingWeight, upper.headingWeight);
}

function matchedWeights(found: LocalAlignment[], heads: number, cosine: number): MatchedWeights {
  const m: MatchedWeights = { matchedLower: 0, matchedUpper: 0, coveredLower: 0, coveredUpper: 0, heads, cosine };
  for (const x of found) {
    m.matchedLower += x.matchedWeightA;
    m.matchedUpper += x.matchedWeightB;
    // A two-character match (发展, 创新) is likely chance: only runs of 3 or more count as carrying a heading.
    if (x.matches >= 3) {
      m.coveredLower += x.matchedWeightA;
      m.coveredUpper += x.matchedWeightB;
    }
  }
  return m;
}

function finish(
  lower: PreparedArticle,
  upper: PreparedArticle,
  found: LocalAlignment[],
  heads: number,
  cos = pairCosine(lower, upper),
): PairScore {
  const score = combineScore(lower, upper, matchedWeights(found, heads, cos));
  const evidence = toEvidence(lower, upper, found).sort((x, y) => x.lowerStart - y.lowerStart);
  return { score: Math.min(1, Math.max(0, Math.round(score * 1e4) / 1e4)), evidence };
}

/** Scores a pair; evidence spans are ordered by their position in the lower article. */
export function scorePair(
  lower: PreparedArticle,
  upper: PreparedArticle,
  scoring: AlignmentScoring = DEFAULT_SCORING,
): PairScore {
  const found = localAlignments(lower.codes, upper.codes, lower.weights, upper.weights, scoring);
  return finish(lower, upper, found, headingDice(lower, upper, scoring));
}

function boundFrom(
  lower: PreparedArticle,
  upper: PreparedArticle,
  found: LocalAlignment[],
  heads: number,
  cos: number,
  maskedA?: Int32Array,
  maskedB?: Int32Array,
): number {
  const rest = boundSharedCharacters(lower, upper, maskedA, maskedB);
  const m = matchedWeights(found, heads, cos);
  const bound = combineScore(lower, upper, {
    cosine: m.cosine,
    matchedLower: Math.min(lower.totalWeight, m.matchedLower + rest.a),
    matchedUpper: Math.min(upper.totalWeight, m.matchedUpper + rest.b),
    coveredLower: Math.min(lower.totalWeight, m.coveredLower + rest.a),
    coveredUpper: Math.min(upper.totalWeight, m.coveredUpper + rest.b),
    heads,
  });
  return Math.min(1, bound) + BOUND_MARGIN;
}

/**
 * scorePair's result when the score can reach `floor`; undefined once it is proven below. After each alignment,
 * the alignments still to come can only match positions left unmasked, one to one between equal characters, so
 * they add at most boundSharedCharacters(unmasked) on each side; combineScore grows with every matched weight, so
 * the score with those added (capped at the totals) bounds the final score. `knownHeads`: headingDice(lower, upper)
 * when the caller has it already.
 */
export function scorePairAbove(
  lower: PreparedArticle,
  upper: PreparedArticle,
  floor: number,
  scoring: AlignmentScoring = DEFAULT_SCORING,
  knownHeads?: number,
): PairScore | undefined {
  const heads = knownHeads ?? headingDice(lower, upper, scoring);
  const found: LocalAlignment[] = [];
  const cos = pairCosine(lower, upper);
  if (boundFrom(lower, upper, found, heads, cos) < floor) return undefined;
  for (const { found: next, maskedA, maskedB } of eachLocalAlignment(
    lower.codes,
    upper.codes,
    lower.weights,
    upper.weights,
    scoring,
  )) {
    found.push(next);
    if (found.length >= scoring.maxAlignments) break;
    if (boundFrom(lower, upper, found, heads, cos, maskedA, maskedB) < floor) return undefined;
  }
  return finish(lower, upper, found, heads, cos);
}
