// The figures of bench/measure-sources.ts: precision@1 and recall@3 as eval:align counts them, and "right document
// first", which counts a first source of a labelled law whatever its article.
import { describe, expect, test } from 'vitest';
import type { AlignmentLabel, SourceMatch } from '../../align/index.ts';
import { sourceFigures } from '../../bench/measure-sources.ts';

const label = (lowerArticle: number, upperFile: string, upperArticle: number): AlignmentLabel => ({
  lowerFile: 'DLC/北京/北京市审计条例(2023-11-24).md',
  lowerArticle,
  upperFile,
  upperArticle,
  note: '',
});
const source = (file: string, article: number, rank: number): SourceMatch => ({
  file,
  article,
  path: `a${article}`,
  heading: '',
  scope: 'UPPER',
  score: 0.5 - rank / 100,
  class: 'related',
  rank,
  evidence: [],
});
const LAW = '经济法/审计法(2021-10-23).md';
const RULES = '行政法规/审计法实施条例.md';

describe('sourceFigures', () => {
  test('counts the labelled article first, the labelled law first, pairs in the first three and no source', () => {
    const labels = [label(1, LAW, 1), label(2, LAW, 2), label(2, LAW, 8), label(3, LAW, 3), label(4, LAW, 4)];
    const ranked = new Map([
      // Right article first.
      [`${labels[0]!.lowerFile}#1`, [source(LAW, 1, 1)]],
      // Another law first; of its two labelled articles one is third.
      [`${labels[0]!.lowerFile}#2`, [source(RULES, 7, 1), source(LAW, 5, 2), source(LAW, 2, 3), source(LAW, 8, 4)]],
      // The labelled law first, another of its articles.
      [`${labels[0]!.lowerFile}#3`, [source(LAW, 9, 1), source(LAW, 3, 2)]],
      // Nothing ranked (a formal provision): a miss of every figure.
    ]);
    const f = sourceFigures(labels, ranked);
    expect(f).toEqual({
      lowerArticles: 4,
      pairs: 5,
      precisionAt1: 1 / 4,
      recallAt3: 3 / 5,
      // Each article's share of its first three labels found: 1, 1/2, 1, 0.
      cappedRecallAt3: 2.5 / 4,
      rightDocumentFirst: 2 / 4,
      noSource: 1,
    });
  });
});
