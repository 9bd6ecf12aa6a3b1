import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SCORING,
  eachLocalAlignment,
  localAlignments,
  seedColumns,
  type AlignmentScoring,
  type LocalAlignment,
} from '../../align/smith-waterman.ts';
import { seededRandom } from './align-synthetic.ts';

/** The textbook procedure: every pass fills the whole matrix again over the masked codes. */
function referenceAlignments(
  a: Int32Array,
  b: Int32Array,
  wa: Float32Array,
  wb: Float32Array,
  scoring: AlignmentScoring,
): LocalAlignment[] {
  const out: LocalAlignment[] = [];
  if (a.length === 0 || b.length === 0) return out;
  const ma = Int32Array.from(a);
  const mb = Int32Array.from(b);
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  for (let k = 0; k < scoring.maxAlignments; k++) {
    const h = new Float64Array((n + 1) * w);
    let best = 0;
    let bi = 0;
    let bj = 0;
    for (let i = 1; i <= n; i++)
      for (let j = 1; j <= m; j++) {
        const diag = h[(i - 1) * w + j - 1]! + (ma[i - 1] === mb[j - 1] ? wa[i - 1]! + wb[j - 1]! : -scoring.mismatch);
        const v = Math.max(0, diag, h[(i - 1) * w + j]! - scoring.gap, h[i * w + j - 1]! - scoring.gap);
        h[i * w + j] = v;
        if (v > best) [best, bi, bj] = [v, i, j];
      }
    if (best < scoring.minScore) break;
    let i = bi;
    let j = bj;
    let matchedWeightA = 0;
    let matchedWeightB = 0;
    let matches = 0;
    // Matched pairs, last first: the runs are the stretches of them that follow one another on both sides.
    const matched: [number, number][] = [];
    while (i > 0 && j > 0 && h[i * w + j]! > 0) {
      const v = h[i * w + j]!;
      const isMatch = ma[i - 1] === mb[j - 1];
      if (v === h[(i - 1) * w + j - 1]! + (isMatch ? wa[i - 1]! + wb[j - 1]! : -scoring.mismatch)) {
        if (isMatch) {
          matchedWeightA += wa[i - 1]!;
          matchedWeightB += wb[j - 1]!;
          matches++;
          matched.push([i - 1, j - 1]);
        }
        i--;
        j--;
      } else if (v === h[(i - 1) * w + j]! - scoring.gap) i--;
      else j--;
    }
    const runs: number[] = [];
    for (const [x, y] of matched.reverse()) {
      const last = runs.length - 4;
      if (last >= 0 && runs[last + 1] === x && runs[last + 3] === y) {
        runs[last + 1] = x + 1;
        runs[last + 3] = y + 1;
      } else runs.push(x, x + 1, y, y + 1);
    }
    out.push({ aStart: i, aEnd: bi, bStart: j, bEnd: bj, score: best, matchedWeightA, matchedWeightB, matches, runs });
    for (let x = i; x < bi; x++) ma[x] = -1 - k;
    for (let y = j; y < bj; y++) mb[y] = -1001 - k;
  }
  return out;
}

function randomCodes(
  random: () => number,
  length: number,
  alphabet: number,
): { codes: Int32Array; weights: Float32Array } {
  const codes = Int32Array.from({ length }, () => Math.floor(random() * alphabet));
  const weights = Float32Array.from({ length }, () => (random() < 0.3 ? 0.2 + random() * 0.3 : 1));
  return { codes, weights };
}

describe('eachLocalAlignment', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'each later pass updates only what the masking changes and finds what full passes find (seed %i)',
    (seed) => {
      const random = seededRandom(seed);
      const scoring = { ...DEFAULT_SCORING, maxAlignments: 6 };
      for (let round = 0; round < 60; round++) {
        // Small alphabets make many matches, repeats and ties: where a partial update would go wrong.
        const alphabet = 2 + Math.floor(random() * 12);
        const a = randomCodes(random, Math.floor(random() * 90), alphabet);
        // Half of the pairs share a copied stretch, so long alignments and their masks cross the matrix.
        const b = randomCodes(random, Math.floor(random() * 90), alphabet);
        if (random() < 0.5 && a.codes.length > 10 && b.codes.length > 10) b.codes.set(a.codes.subarray(0, 10), 0);
        const got = localAlignments(a.codes, b.codes, a.weights, b.weights, scoring);
        expect(got).toEqual(referenceAlignments(a.codes, b.codes, a.weights, b.weights, scoring));
      }
    },
  );

  test('a pair whose generator is left half-way does not disturb another pair scored meanwhile', () => {
    const text = (s: string) => Int32Array.from([...s].map((c) => c.charCodeAt(0)));
    const ones = (n: number) => new Float32Array(n).fill(1);
    const a = text('加强关键核心技术攻关，推进产业园区建设，完善人才服务平台');
    const b = text('推进产业园区建设；加强关键核心技术创新；完善人才服务');
    const first = eachLocalAlignment(a, b, ones(a.length), ones(b.length));
    const step = first.next();
    const other = localAlignments(b, a, ones(b.length), ones(a.length));
    const rest = [...first].map((s) => s.found);
    expect([step.value!.found, ...rest]).toEqual(
      referenceAlignments(a, b, ones(a.length), ones(b.length), DEFAULT_SCORING),
    );
    expect(other).toEqual(referenceAlignments(b, a, ones(b.length), ones(a.length), DEFAULT_SCORING));
  });
});

describe('the columns a row recomputes after masking', () => {
  test.each([
    // Under each changed run and one column right of it, merged with the columns that lost a match.
    [[3, 5, 9, 10], [6, 7], 20, [3, 8, 9, 11]],
    // Runs that touch merge; the last one is cut at the row's end.
    [[1, 2, 2, 4], [10, 11], 5, [1, 5, 10, 12]],
    // Nothing changed above: only the columns that lost a match, apart when they are apart.
    [[], [4, 6], 20, [4, 5, 6, 7]],
    // A lost match inside a changed run adds nothing; one before it comes first.
    [[5, 9], [2, 6], 20, [2, 3, 5, 10]],
    // No lost match: only the changed runs.
    [[2, 3], [], 20, [2, 4]],
  ])('seedColumns(%j, %j, %i) → %j', (changed, columns, limit, want) => {
    expect(seedColumns(changed, columns, limit)).toEqual(want);
  });
});

describe('codes that are not characters', () => {
  // Word ids past 65,535 do not fit the character index of the sparse first pass: the plain pass takes them.
  test('give what full passes give', () => {
    const random = seededRandom(11);
    const scoring = { ...DEFAULT_SCORING, maxAlignments: 4 };
    for (let round = 0; round < 20; round++) {
      const a = randomCodes(random, 20 + Math.floor(random() * 60), 6);
      const b = randomCodes(random, 20 + Math.floor(random() * 60), 6);
      b.codes.set(a.codes.subarray(0, 12), 3);
      const shift = (codes: Int32Array) => codes.map((c) => c + 70_000);
      const got = localAlignments(shift(a.codes), shift(b.codes), a.weights, b.weights, scoring);
      expect(got).toEqual(referenceAlignments(a.codes, b.codes, a.weights, b.weights, scoring));
    }
  });
});
