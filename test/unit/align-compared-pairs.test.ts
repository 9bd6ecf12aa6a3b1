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
    [{ score: 0.9, status: 'rejected' }, false],
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

  test('each kept pair in its band [from, to), a score of 1 in the last, one under 0.02 (a cited pair) in the first', () => {
    expect(bands.map((b) => [b.from, b.to, b.pairs, b.counterparts, b.changeLines, b.changeLinesOnOthers])).toEqual([
      [0, 0.05, 1, 0, 5, 5],
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
    expect(twice.reduce((n, b) => n + b.pairs, 0)).toBe(10);
  });
});

describe('carriesArticle: which kept pairs count for coverage', () => {
  const weak = { score: 0.08, bestOfLowerArticle: false, restsOn: true, headingOnly: false };
  test.each([
    ['a weak pair that is not the lower article best', weak, false],
    ['the same pair, the lower article best into that document', { ...weak, bestOfLowerArticle: true }, true],
    // A property-management regulation compared with 大气污染防治法 because it is near: its best is no counterpart.
    [
      'the lower article best into a document its own does not rest on',
      { ...weak, bestOfLowerArticle: true, restsOn: false },
      false,
    ],
    ['a pair from 0.14', { ...weak, score: FOLLOWED_FROM }, true],
    ['a pair with a heading-only side', { ...weak, headingOnly: true }, true],
    ['a pair the text names', { ...weak, cited: true }, true],
    ['a confirmed pair', { ...weak, status: 'confirmed' }, true],
    ['a rejected pair, however alike', { ...weak, score: 0.9, bestOfLowerArticle: true, status: 'rejected' }, false],
  ])('%s → %s', (_, pair, counts) => {
    expect(carriesArticle(pair)).toBe(counts);
  });

  describe('computeCoverage', () => {
    const article = (number: number, text: string) => ({ number, path: `a${number}`, heading: '', text });
    const law = (file: string, texts: string[]): AlignDocument => ({
      file,
      title: file,
      kind: 'law',
      articles: texts.map((t, i) => article(i + 1, t)),
    });
    const upper = law('law.txt', ['国家鼓励企业创新', '国家保护知识产权', '']);
    const other = law('other.txt', ['国家支持企业研发']);
    const lower: AlignDocument = {
      file: 'rules.txt',
      title: '条例',
      kind: 'regulation',
      articles: [article(1, '本市鼓励企业创新')],
      citedFiles: ['law.txt', 'other.txt'],
    };
    const side = (file: string, n: number) => ({ file, title: file, article: n, path: `a${n}`, heading: '' });
    const pair = (upperArticle: number, score: number, upperFile = 'law.txt') => ({
      lower: side('rules.txt', 1),
      upper: side(upperFile, upperArticle),
      score,
      class: 'partially_related' as const,
      rank: 1,
      evidence: [],
      method: 'test',
      version: 'test',
    });
    const covered = (pairs: ReturnType<typeof pair>[], doc = upper) =>
      computeCoverage(pairs, doc, lower).covered.map((c) => [c.article, c.by.map((b) => b.score)]);

    test('a weak best pair into a document the lower one does not rest on is not carried; one from 0.14 is', () => {
      const near = { ...lower, citedFiles: ['other.txt'] };
      const carried = (pairs: ReturnType<typeof pair>[], by: AlignDocument) =>
        computeCoverage(pairs, upper, by).covered.map((c) => c.article);
      expect(carried([pair(1, 0.09)], lower)).toEqual([1]);
      expect(carried([pair(1, 0.09)], near)).toEqual([]);
      expect(carried([pair(1, 0.09), pair(2, 0.2)], near)).toEqual([2]);
    });

    test('an upper article only a weak second candidate reaches is not carried', () => {
      expect(covered([pair(1, 0.09), pair(2, 0.08)])).toEqual([[1, [0.09]]]);
      expect(computeCoverage([pair(1, 0.09), pair(2, 0.08)], upper, lower).uncovered.map((c) => c.article)).toEqual([
        2, 3,
      ]);
    });

    test('best is counted per upper document: a stronger pair into another document does not hide this one', () => {
      expect(covered([pair(1, 0.5, 'other.txt'), pair(2, 0.08)])).toEqual([[2, [0.08]]]);
      expect(covered([pair(1, 0.5, 'other.txt'), pair(2, 0.08)], other)).toEqual([[1, [0.5]]]);
    });

    test('two pairs tied for best both count; a heading-only upper article counts any pair', () => {
      expect(covered([pair(1, 0.08), pair(2, 0.08)])).toEqual([
        [1, [0.08]],
        [2, [0.08]],
      ]);
      expect(covered([pair(1, 0.09), pair(3, 0.03)])).toEqual([
        [1, [0.09]],
        [3, [0.03]],
      ]);
    });

    test("a law's formal provisions are neither carried nor left out, and a regulation's carry nothing", () => {
      const withClauses = law('law.txt', [
        '国家鼓励企业创新',
        '本法自2016年1月1日起施行。',
        '本法由国务院负责解释。',
        '本法施行前取得的许可证在有效期内继续有效。',
      ]);
      const regulation: AlignDocument = {
        ...lower,
        articles: [article(1, '本市鼓励企业创新'), article(2, '本条例自2020年1月1日起施行。')],
      };
      const from = (lowerArticle: number, upperArticle: number, score: number) => ({
        ...pair(upperArticle, score),
        lower: side('rules.txt', lowerArticle),
      });
      const coverage = computeCoverage([from(1, 1, 0.6), from(2, 2, 0.7), from(2, 4, 0.3)], withClauses, regulation);
      expect(coverage.covered.map((c) => c.article)).toEqual([1]);
      expect(coverage.formal).toEqual([
        { article: 2, heading: '', provision: 'effective-date' },
        { article: 3, heading: '', provision: 'interpretation' },
      ]);
      // The transitional rule is substance: left out, since only the regulation's 施行 clause reaches it.
      expect(coverage.uncovered.map((c) => c.article)).toEqual([4]);
    });
  });
});
