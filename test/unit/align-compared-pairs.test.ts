/**
 * Which aligned pairs get a typed comparison (isCompared, COMPARED_FROM) and the score bands that chose the threshold
 * (countScoreBands): a pair under 0.3 is compared only when its text names the upper article or a reviewer confirmed it.
 */
import { describe, expect, test } from 'vitest';
import { addScoreBands, COMPARED_FROM, countScoreBands, isCompared } from '../../align/index.ts';

describe('isCompared', () => {
  test.each([
    [{ score: 0.3 }, true],
    [{ score: 0.29 }, false],
    [{ score: 0.07, cited: true }, true],
    [{ score: 0.07, status: 'confirmed' }, true],
    [{ score: 0.07, status: 'suggested' }, false],
    [{ score: 0.07, status: 'rejected' }, false],
  ])('%j → %s', (pair, compared) => {
    expect(isCompared(pair)).toBe(compared);
  });

  test('minScore moves the threshold; 0 compares every pair', () => {
    expect(COMPARED_FROM).toBe(0.3);
    expect(isCompared({ score: 0.2 }, 0.2)).toBe(true);
    expect(isCompared({ score: 0.02 }, 0)).toBe(true);
    expect(isCompared({ score: 0.5 }, 0.6)).toBe(false);
  });
});

describe('countScoreBands', () => {
  const pairs = [
    { score: 0.07, counterpart: false, lines: 2 },
    { score: 0.08, counterpart: true, lines: 1 },
    { score: 0.42, counterpart: true, lines: 2 },
    { score: 1, counterpart: true, lines: 0 },
    { score: 0.01, counterpart: false, lines: 5 },
  ];
  const bands = countScoreBands(
    pairs,
    (p) => p.counterpart,
    (p) => p.lines,
  );

  test('each kept pair in its band [from, to), a score of 1 in the last, one under the first edge in none', () => {
    expect(bands.map((b) => [b.from, b.to, b.pairs, b.counterparts, b.changeLines, b.changeLinesOnOthers])).toEqual([
      [0.02, 0.05, 0, 0, 0, 0],
      [0.05, 0.1, 2, 1, 3, 2],
      [0.1, 0.2, 0, 0, 0, 0],
      [0.2, 0.3, 0, 0, 0, 0],
      [0.3, 0.5, 1, 1, 2, 0],
      [0.5, 1, 1, 1, 0, 0],
    ]);
  });

  test('addScoreBands adds sets band by band', () => {
    const twice = addScoreBands([bands, bands]);
    expect(twice[1]).toEqual({
      from: 0.05,
      to: 0.1,
      pairs: 4,
      counterparts: 2,
      changeLines: 6,
      changeLinesOnOthers: 4,
    });
    expect(twice.reduce((n, b) => n + b.pairs, 0)).toBe(8);
  });
});
