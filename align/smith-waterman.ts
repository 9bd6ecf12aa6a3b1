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
  /**
   * The runs of consecutive matching characters, in order: [aStart, aEnd, bStart, bEnd] half-open, one after the other.
   * What lies between two runs is a gap or a mismatch, on one side or both: text the two do not share.
   */
  runs: number[];
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

/**
 * The score matrix of one pair, kept from one pass to the next, with the best cell of each row (its value and first
 * column; -1 when the row has no positive cell). Buffers are reused between pairs (SHEETS).
 */
interface Sheet {
  h: Float64Array;
  rowBest: Float64Array;
  rowBestJ: Int32Array;
  /**
   * 1 when masking lowered the row's best cell and the row was not rescanned: its rowBest is then an upper bound
   * of its values (no cell grows) and its rowBestJ means nothing, until bestCell rescans it.
   */
  stale: Uint8Array;
}

const SHEETS: Sheet[] = [];

function takeSheet(n: number, m: number): Sheet {
  const size = (n + 1) * (m + 1);
  const sheet = SHEETS.pop() ?? {
    h: new Float64Array(1024),
    rowBest: new Float64Array(64),
    rowBestJ: new Int32Array(64),
    stale: new Uint8Array(64),
  };
  if (sheet.h.length < size) sheet.h = new Float64Array(Math.max(size, sheet.h.length * 2));
  if (sheet.rowBest.length < n + 1) {
    sheet.rowBest = new Float64Array(Math.max(n + 1, sheet.rowBest.length * 2));
    sheet.rowBestJ = new Int32Array(sheet.rowBest.length);
    sheet.stale = new Uint8Array(sheet.rowBest.length);
  }
  sheet.stale.fill(0, 0, n + 1);
  return sheet;
}

/** Fills row i whole and sets its best cell. */
function fillRow(
  sheet: Sheet,
  i: number,
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring,
): void {
  const { h } = sheet;
  const m = b.length;
  const width = m + 1;
  const row = i * width;
  const ai = a[i - 1]!;
  const wai = wa[i - 1]!;
  let best = 0;
  let bestJ = -1;
  h[row] = 0;
  const { mismatch, gap } = scoring;
  const up = row - width;
  // The left and upper-left neighbours ride along in locals: one load per cell instead of three.
  let upLeft = h[up]!;
  let left = 0;
  for (let j = 1; j <= m; j++) {
    const above = h[up + j]!;
    const diag = upLeft + (ai === b[j - 1] ? wai + wb[j - 1]! : -mismatch);
    const vertical = above - gap;
    const horizontal = left - gap;
    let v = diag > vertical ? diag : vertical;
    if (horizontal > v) v = horizontal;
    if (v < 0) v = 0;
    h[row + j] = v;
    upLeft = above;
    left = v;
    if (v > best) {
      best = v;
      bestJ = j;
    }
  }
  sheet.rowBest[i] = best;
  sheet.rowBestJ[i] = bestJ;
  sheet.stale[i] = 0;
}

/**
 * Where each character occurs in the upper text of the pair being aligned: HEAD[code] is its first position (−1:
 * absent), NEXT[p] the next position of the same code. Set up for one pair and cleared after it.
 */
const HEAD = new Int32Array(65536).fill(-1);
let NEXT = new Int32Array(256);
/** Positive columns of the previous and the current row (sparseFill). */
let POSITIVE = { previous: new Int32Array(256), current: new Int32Array(256) };

/**
 * Fills the whole matrix as fillRow row by row would, visiting only the cells that can be positive: a cell is
 * max(0, diagonal, vertical, horizontal), so it is 0 unless its characters match, a cell above or above-left is
 * positive, or the cell to its left is. Everything else stays 0 (the matrix is cleared first), as a full pass would
 * leave it. About one cell in thirteen is positive on the articles the engine scores (docs/alignment.md).
 */
function sparseFill(
  sheet: Sheet,
  n: number,
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring,
): void {
  const { h, rowBest, rowBestJ } = sheet;
  const m = b.length;
  const width = m + 1;
  const { mismatch, gap } = scoring;
  h.fill(0, 0, (n + 1) * width);
  if (NEXT.length < m) NEXT = new Int32Array(Math.max(m, NEXT.length * 2));
  if (POSITIVE.previous.length < m + 1) {
    const size = Math.max(m + 1, POSITIVE.previous.length * 2);
    POSITIVE = { previous: new Int32Array(size), current: new Int32Array(size) };
  }
  for (let p = m - 1; p >= 0; p--) {
    NEXT[p] = HEAD[b[p]!]!;
    HEAD[b[p]!] = p;
  }
  let previous = POSITIVE.previous;
  let current = POSITIVE.current;
  let previousCount = 0;
  const NONE = m + 1;
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    const up = row - width;
    const ai = a[i - 1]!;
    const wai = wa[i - 1]!;
    // Next match of ai (a position of b; column = position + 1) and next positive column of the row above.
    let match = ai >= 0 && ai < 65536 ? HEAD[ai]! : -1;
    let pp = 0;
    let count = 0;
    let best = 0;
    let bestJ = -1;
    let j = match >= 0 ? match + 1 : NONE;
    if (previousCount > 0 && previous[0]! < j) j = previous[0]!;
    while (j <= m) {
      const above = h[up + j]!;
      const diag = h[up + j - 1]! + (ai === b[j - 1] ? wai + wb[j - 1]! : -mismatch);
      const vertical = above - gap;
      const horizontal = h[row + j - 1]! - gap;
      let v = diag > vertical ? diag : vertical;
      if (horizontal > v) v = horizontal;
      if (v < 0) v = 0;
      h[row + j] = v;
      if (v > 0) {
        current[count++] = j;
        if (v > best) {
          best = v;
          bestJ = j;
        }
      }
      while (match >= 0 && match < j) match = NEXT[match]!;
      while (pp < previousCount && previous[pp]! <= j) pp++;
      // The cell to the right sees this one (horizontal) and the one above this one (diagonal).
      let next = v > 0 || above > 0 ? j + 1 : NONE;
      if (match >= 0 && match + 1 < next) next = match + 1;
      if (pp < previousCount && previous[pp]! < next) next = previous[pp]!;
      j = next;
    }
    rowBest[i] = best;
    rowBestJ[i] = bestJ;
    const swap = previous;
    previous = current;
    current = swap;
    previousCount = count;
  }
  for (let p = 0; p < m; p++) HEAD[b[p]!] = -1;
}

/**
 * Row i after masking, as fillRow would fill it: masking only turns matches into mismatches, so no cell grows and a
 * cell at 0 stays 0; only the others are recomputed (left to right, from the row above, already up to date).
 */
function refillRow(
  sheet: Sheet,
  i: number,
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring,
): void {
  const { h } = sheet;
  const m = b.length;
  const width = m + 1;
  const row = i * width;
  const up = row - width;
  const ai = a[i - 1]!;
  const wai = wa[i - 1]!;
  const { mismatch, gap } = scoring;
  let best = 0;
  let bestJ = -1;
  for (let j = 1; j <= m; j++) {
    if (h[row + j] === 0) continue;
    const diag = h[up + j - 1]! + (ai === b[j - 1] ? wai + wb[j - 1]! : -mismatch);
    const vertical = h[up + j]! - gap;
    const horizontal = h[row + j - 1]! - gap;
    let v = diag > vertical ? diag : vertical;
    if (horizontal > v) v = horizontal;
    if (v < 0) v = 0;
    h[row + j] = v;
    if (v > best) {
      best = v;
      bestJ = j;
    }
  }
  sheet.rowBest[i] = best;
  sheet.rowBestJ[i] = bestJ;
  sheet.stale[i] = 0;
}

/** Sets row i's best cell from its values. */
function rescanRow(sheet: Sheet, i: number, m: number): void {
  const row = i * (m + 1);
  let best = 0;
  let bestJ = -1;
  for (let j = 1; j <= m; j++) {
    const v = sheet.h[row + j]!;
    if (v > best) {
      best = v;
      bestJ = j;
    }
  }
  sheet.rowBest[i] = best;
  sheet.rowBestJ[i] = bestJ;
  sheet.stale[i] = 0;
}

/**
 * The columns of a row that may differ after masking, as sorted, merged half-open [start, end) pairs: under each
 * changed run of the row above and one column to its right (capped at `limit`), and the `columns` (sorted) whose
 * match the mask turned into a mismatch.
 * Example: seedColumns([3, 5, 9, 10], [6, 7], 20) → [3, 8, 9, 11].
 */
export function seedColumns(changed: readonly number[], columns: readonly number[], limit: number): number[] {
  const out = new Int32Array(changed.length + 2 * columns.length);
  const length = seedColumnsInto(changed, changed.length, columns, limit, out);
  return Array.from(out.subarray(0, length));
}

/** seedColumns over the first `count` entries of `changed`, written into `seeds`; returns how many it wrote. */
function seedColumnsInto(
  changed: ArrayLike<number>,
  count: number,
  columns: readonly number[],
  limit: number,
  seeds: Int32Array,
): number {
  let length = 0;
  let k = 0;
  let c = 0;
  while (k < count || c < columns.length) {
    let start: number;
    let end: number;
    if (c === columns.length || (k < count && changed[k]! <= columns[c]!)) {
      start = changed[k]!;
      end = Math.min(changed[k + 1]! + 1, limit);
      k += 2;
    } else {
      start = columns[c]!;
      end = start + 1;
      c++;
    }
    const last = length - 1;
    if (last > 0 && start <= seeds[last]!) seeds[last] = Math.max(seeds[last]!, end);
    else {
      seeds[length++] = start;
      seeds[length++] = end;
    }
  }
  return length;
}

/**
 * Columns (1-based) of b[bStart, bEnd) by the code they held before the mask: the cells of a row of code c whose
 * match the mask took away are in the columns of c.
 */
function columnsByCode(unmasked: Int32Array, bStart: number): Map<number, number[]> {
  const byCode = new Map<number, number[]>();
  unmasked.forEach((code, p) => {
    if (code < 0) return;
    const columns = byCode.get(code);
    if (columns) columns.push(bStart + p + 1);
    else byCode.set(code, [bStart + p + 1]);
  });
  return byCode;
}

const NO_COLUMNS: readonly number[] = [];

/** Run buffers of updateAfterMask, reused between rows and pairs (grown there to 2m + 8 values for a row of m). */
const RUNS = { changed: new Int32Array(256), now: new Int32Array(256), seeds: new Int32Array(256) };

/**
 * Brings the matrix up to date after a[aStart, aEnd) and b[bStart, bEnd) were masked (`unmaskedB`: the codes of
 * b[bStart, bEnd) before), recomputing only cells that can differ: the masked rows (refillRow, every cell that can be
 * positive); elsewhere the cells whose match the mask took away (a cell of a masked column whose characters did not
 * match sees the same mismatch as before), the cells below or right of a changed cell, and
 * the cells right of a changed cell for as long as they keep changing. Masking only turns matches into mismatches,
 * so no cell grows: a row whose best cell did not change keeps it. Each recomputed cell sees the same neighbours a
 * full pass would, so the matrix is the full pass's to the bit. `changed` holds the previous row's changed columns
 * as half-open [start, end) pairs.
 */
function updateAfterMask(
  sheet: Sheet,
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring,
  masked: { aStart: number; aEnd: number; bStart: number; bEnd: number },
  unmaskedB: Int32Array,
): void {
  const { h } = sheet;
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const { mismatch, gap } = scoring;
  // Each row's runs are disjoint, at least one column apart: at most m + 1 values, plus the masked run's two.
  if (RUNS.now.length < 2 * m + 8) {
    const size = 2 * m + 8;
    RUNS.changed = new Int32Array(size);
    RUNS.now = new Int32Array(size);
    RUNS.seeds = new Int32Array(size);
  }
  let changed = RUNS.changed;
  let now = RUNS.now;
  const seeds = RUNS.seeds;
  let changedCount = 0;
  const columnsOf = columnsByCode(unmaskedB, masked.bStart);
  for (let i = 1; i <= n; i++) {
    if (i > masked.aStart && i <= masked.aEnd) {
      refillRow(sheet, i, a, b, wa, wb, scoring);
      changed[0] = 1;
      changed[1] = m + 1;
      changedCount = 2;
      continue;
    }
    const ai = a[i - 1]!;
    // Seeds: under each changed run of the row above (and one to its right), and the matches the mask took away.
    const seedCount = seedColumnsInto(changed, changedCount, columnsOf.get(ai) ?? NO_COLUMNS, m + 1, seeds);
    const row = i * width;
    const up = row - width;
    const wai = wa[i - 1]!;
    // A stale row stays stale whatever changes (its bound still holds): no column is its best.
    const rowBestJ = sheet.stale[i] ? -1 : sheet.rowBestJ[i]!;
    let nowCount = 0;
    let bestChanged = false;
    for (let k = 0; k < seedCount; ) {
      let j = seeds[k]!;
      let end = seeds[k + 1]!;
      k += 2;
      let runStart = -1;
      for (;;) {
        // No cell grows, so a cell at 0 stays 0; any other is recomputed as fillRow computes it.
        const old = h[row + j]!;
        let differs = false;
        if (old !== 0) {
          const diag = h[up + j - 1]! + (ai === b[j - 1] ? wai + wb[j - 1]! : -mismatch);
          const vertical = h[up + j]! - gap;
          const horizontal = h[row + j - 1]! - gap;
          let v = diag > vertical ? diag : vertical;
          if (horizontal > v) v = horizontal;
          if (v < 0) v = 0;
          differs = v !== old;
          h[row + j] = v;
        }
        if (differs) {
          if (runStart < 0) runStart = j;
          if (j === rowBestJ) bestChanged = true;
        } else if (runStart >= 0) {
          now[nowCount++] = runStart;
          now[nowCount++] = j;
          runStart = -1;
        }
        j++;
        if (j > m) break;
        while (k < seedCount && seeds[k]! <= j) {
          end = Math.max(end, seeds[k + 1]!);
          k += 2;
        }
        if (j >= end && !differs) break;
      }
      if (runStart >= 0) {
        now[nowCount++] = runStart;
        now[nowCount++] = j;
      }
    }
    // Rescanned only if bestCell needs it: most rows lowered by a mask are far below the matrix's best.
    if (bestChanged) sheet.stale[i] = 1;
    const swap = changed;
    changed = now;
    now = swap;
    changedCount = nowCount;
  }
}

/**
 * The first cell of the matrix, in row-major order, holding its highest value (as a full scan would find it). Stale
 * rows are rescanned only when their bound reaches the best of the up-to-date rows (the highest value is at least
 * that, so the others cannot hold it, nor tie with it).
 */
function bestCell(sheet: Sheet, n: number, m: number): { best: number; bestI: number; bestJ: number } {
  const { rowBest, stale } = sheet;
  let fresh = 0;
  for (let i = 1; i <= n; i++) if (stale[i] === 0 && rowBest[i]! > fresh) fresh = rowBest[i]!;
  for (let i = 1; i <= n; i++) if (stale[i] === 1 && rowBest[i]! >= fresh) rescanRow(sheet, i, m);
  let best = 0;
  let bestI = 0;
  for (let i = 1; i <= n; i++) {
    if (sheet.rowBest[i]! > best) {
      best = sheet.rowBest[i]!;
      bestI = i;
    }
  }
  return { best, bestI, bestJ: bestI > 0 ? sheet.rowBestJ[bestI]! : 0 };
}

/** Traces the alignment back from its best cell. */
function traceBack(
  sheet: Sheet,
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring,
  end: { best: number; bestI: number; bestJ: number },
): LocalAlignment {
  const { h } = sheet;
  const width = b.length + 1;
  const { mismatch, gap } = scoring;
  let i = end.bestI;
  let j = end.bestJ;
  let matchedWeightA = 0;
  let matchedWeightB = 0;
  let matches = 0;
  // Traced backwards: each run is closed at its start, then the list is turned around.
  const backwards: number[] = [];
  let runEndI = -1;
  let runEndJ = -1;
  const closeRun = () => {
    if (runEndI >= 0) backwards.push(runEndI, i, runEndJ, j);
    runEndI = -1;
  };
  while (i > 0 && j > 0 && h[i * width + j]! > 0) {
    const v = h[i * width + j]!;
    const isMatch = a[i - 1] === b[j - 1];
    const diag = h[(i - 1) * width + j - 1]! + (isMatch ? wa[i - 1]! + wb[j - 1]! : -mismatch);
    if (v === diag && isMatch) {
      if (runEndI < 0) [runEndI, runEndJ] = [i, j];
      matchedWeightA += wa[i - 1]!;
      matchedWeightB += wb[j - 1]!;
      matches++;
      i--;
      j--;
      continue;
    }
    closeRun();
    if (v === diag) {
      i--;
      j--;
    } else if (v === h[(i - 1) * width + j]! - gap) i--;
    else j--;
  }
  closeRun();
  const runs: number[] = [];
  for (let k = backwards.length - 4; k >= 0; k -= 4) {
    const [endA, startA, endB, startB] = backwards.slice(k, k + 4) as [number, number, number, number];
    runs.push(startA, endA, startB, endB);
  }
  return {
    runs,
    aStart: i,
    aEnd: end.bestI,
    bStart: j,
    bEnd: end.bestJ,
    score: end.best,
    matchedWeightA,
    matchedWeightB,
    matches,
  };
}

/** True when every code is a UTF-16 unit (what the engine's articles are), so sparseFill's index covers them. */
function allCharCodes(codes: Int32Array): boolean {
  for (let j = 0; j < codes.length; j++) if (codes[j]! < 0 || codes[j]! >= 65536) return false;
  return true;
}

/**
 * Disjoint local alignments one at a time, best first: each found region is masked (in `maskedA`/`maskedB`, with
 * codes that match nothing) before searching the next. Lets a caller stop once the rest cannot matter. The first
 * pass fills the matrix (visiting only the cells that can be positive: sparseFill; codes that are not characters
 * take the plain row-by-row pass); each later pass recomputes only what the masking can change (updateAfterMask).
 * Scoring assumes mismatch ≥ 0, gap ≥ 0 and weights ≥ 0 (a cell at 0 then stays 0 unless its characters match),
 * and input codes ≥ 0 (the masks are negative).
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
  const n = a.length;
  const sheet = takeSheet(n, b.length);
  try {
    if (allCharCodes(maskedB)) sparseFill(sheet, n, maskedA, maskedB, wa, wb, scoring);
    else {
      // Codes outside the index (not characters): the plain full pass.
      sheet.h.fill(0, 0, b.length + 1);
      for (let i = 1; i <= n; i++) fillRow(sheet, i, maskedA, maskedB, wa, wb, scoring);
    }
    for (let k = 0; k < scoring.maxAlignments; k++) {
      const end = bestCell(sheet, n, b.length);
      if (end.best < scoring.minScore) return;
      const found = traceBack(sheet, maskedA, maskedB, wa, wb, scoring, end);
      const unmaskedB = maskedB.slice(found.bStart, found.bEnd);
      for (let i = found.aStart; i < found.aEnd; i++) maskedA[i] = -1 - k;
      for (let j = found.bStart; j < found.bEnd; j++) maskedB[j] = -1001 - k;
      yield { found, maskedA, maskedB };
      if (k + 1 < scoring.maxAlignments) updateAfterMask(sheet, maskedA, maskedB, wa, wb, scoring, found, unmaskedB);
    }
  } finally {
    SHEETS.push(sheet);
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
