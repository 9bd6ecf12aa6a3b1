/**
 * Which aligned pairs get a typed comparison (isCompared, COMPARED_FROM) and the score bands that chose the threshold
 * (countScoreBands): a pair under 0.3 is compared only when its text names the upper article or a reviewer confirmed it.
 */
import { describe, expect, test } from 'vitest';
import {
  addScoreBands,
  carriesArticle,
  COMPARED_FROM,
  computeCoverage,
  countScoreBands,
  FOLLOWED_FROM,
  isCompared,
  type AlignDocument,
} from '../../align/index.ts';

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

describe('carriesArticle: which kept pairs count for coverage', () => {
  const weak = { score: 0.08, bestOfLowerArticle: false, headingOnly: false };
  test.each([
    ['a weak pair that is not the lower article best', weak, false],
    ['the same pair, the lower article best into that document', { ...weak, bestOfLowerArticle: true }, true],
    ['a pair from 0.14', { ...weak, score: FOLLOWED_FROM }, true],
    ['a pair with a heading-only side', { ...weak, headingOnly: true }, true],
    ['a pair the text names', { ...weak, cited: true }, true],
    ['a confirmed pair', { ...weak, status: 'confirmed' }, true],
    ['a rejected pair, however alike', { ...weak, score: 0.9, bestOfLowerArticle: true, status: 'rejected' }, false],
  ])('%s → %s', (_, pair, counts) => {
    expect(carriesArticle(pair)).toBe(counts);
  });

  test('computeCoverage: an upper article only weak second candidates reach is not carried', () => {
    const article = (number: number, text: string) => ({ number, path: `a${number}`, heading: '', text });
    const upper: AlignDocument = {
      file: 'law.txt',
      title: '法',
      kind: 'law',
      articles: [article(1, '国家鼓励企业创新'), article(2, '国家保护知识产权')],
    };
    const lower: AlignDocument = {
      file: 'rules.txt',
      title: '条例',
      kind: 'regulation',
      articles: [article(1, '本市鼓励企业创新')],
    };
    const side = (file: string, n: number) => ({ file, title: file, article: n, path: `a${n}`, heading: '' });
    const pair = (upperArticle: number, score: number, rank: number) => ({
      lower: side('rules.txt', 1),
      upper: side('law.txt', upperArticle),
      score,
      class: 'partially_related' as const,
      rank,
      evidence: [],
      method: 'test',
      version: 'test',
    });
    const coverage = computeCoverage([pair(1, 0.09, 1), pair(2, 0.08, 2)], upper, lower);
    expect(coverage.covered.map((c) => [c.article, c.by])).toEqual([[1, [{ article: 1, score: 0.09 }]]]);
    expect(coverage.uncovered.map((c) => c.article)).toEqual([2]);
  });
});
