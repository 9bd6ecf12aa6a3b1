/**
 * Weighted Smith-Waterman local alignment over character codes, repeated to find several disjoint shared spans.
 * A match scores the sum of both characters' weights (at most 2), a mismatch −1, a gap −1.
 * Example: localAlignments(codes('加强关键核心技术攻关'), codes('加强关键核心技术创新'), ones, ones) → one
 * alignment over positions [0, 8) of both, score 16.
 */

/** One local alignment: half-open ranges over both code arrays and the weight of the matched characters. */
export interface LocalAlignment {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  score: number;
  matchedWeightA: number;
  matchedWeightB: number;
  matches: number;
}

/** Tuning of the alignment. */
export interface AlignmentScoring {
  mismatch: number;
  gap: number;
  /** Alignments scoring below this are not reported (2 strong matching characters score 4). */
  minScore: number;
  /** At most this many disjoint alignments per pair. */
  maxAlignments: number;
}

/** Defaults used by the engine. */
export const DEFAULT_SCORING: AlignmentScoring = { mismatch: 1, gap: 1, minScore: 3.5, maxAlignments: 4 };

let matrix = new Float64Array(1024);

function bestAlignment(
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring,
): LocalAlignment | undefined {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const size = (n + 1) * width;
  if (matrix.length < size) matrix = new Float64Array(Math.max(size, matrix.length * 2));
  const h = matrix;
  h.fill(0, 0, width);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  const { mismatch, gap } = scoring;
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    const up = row - width;
    h[row] = 0;
    const ai = a[i - 1]!;
    const wai = wa[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const diag = h[up + j - 1]! + (ai === b[j - 1] ? wai + wb[j - 1]! : -mismatch);
      const vertical = h[up + j]! - gap;
      const horizontal = h[row + j - 1]! - gap;
      let v = diag > vertical ? diag : vertical;
      if (horizontal > v) v = horizontal;
      if (v < 0) v = 0;
      h[row + j] = v;
      if (v > best) {
        best = v;
        bestI = i;
        bestJ = j;
      }
    }
  }
  if (best < scoring.minScore) return undefined;
  let i = bestI;
  let j = bestJ;
  let matchedWeightA = 0;
  let matchedWeightB = 0;
  let matches = 0;
  while (i > 0 && j > 0 && h[i * width + j]! > 0) {
    const v = h[i * width + j]!;
    const isMatch = a[i - 1] === b[j - 1];
    const diag = h[(i - 1) * width + j - 1]! + (isMatch ? wa[i - 1]! + wb[j - 1]! : -mismatch);
    if (v === diag) {
      if (isMatch) {
        matchedWeightA += wa[i - 1]!;
        matchedWeightB += wb[j - 1]!;
        matches++;
      }
      i--;
      j--;
    } else if (v === h[(i - 1) * width + j]! - gap) i--;
    else j--;
  }
  return { aStart: i, aEnd: bestI, bStart: j, bEnd: bestJ, score: best, matchedWeightA, matchedWeightB, matches };
}

/**
 * Disjoint local alignments one at a time, best first: each found region is masked (in `maskedA`/`maskedB`, with
 * codes that match nothing) before searching the next. Lets a caller stop once the rest cannot matter.
 */
export function* eachLocalAlignment(
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring = DEFAULT_SCORING,
): Generator<{ found: LocalAlignment; maskedA: Int32Array; maskedB: Int32Array }> {
  if (a.length === 0 || b.length === 0) return;
  const maskedA = Int32Array.from(a);
  const maskedB = Int32Array.from(b);
  for (let k = 0; k < scoring.maxAlignments; k++) {
    const found = bestAlignment(maskedA, maskedB, wa, wb, scoring);
    if (!found) return;
    for (let i = found.aStart; i < found.aEnd; i++) maskedA[i] = -1 - k;
    for (let j = found.bStart; j < found.bEnd; j++) maskedB[j] = -1001 - k;
    yield { found, maskedA, maskedB };
  }
}

/** Disjoint local alignments, best first: each found region is masked before searching the next. */
export function localAlignments(
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring = DEFAULT_SCORING,
): LocalAlignment[] {
  return [...eachLocalAlignment(a, b, wa, wb, scoring)].map((step) => step.found);
}
