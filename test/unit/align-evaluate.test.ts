import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { alignDocuments, evaluateAlignment, parseAlignmentLabels, readOrdinal } from '../../align/index.ts';
import { benchAlignment } from '../../bench/bench-alignment.ts';
import type { AlignmentPair } from '../../model/index.ts';
import { corpusFixture, docsAlignFixture } from './align-fixtures.ts';
import { syntheticArticles } from './align-synthetic.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('labels', () => {
  test.each([
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十一', 21],
    ['7', 7],
    ['百', undefined],
    ['', undefined],
  ])('readOrdinal(%s) → %s', (text, value) => expect(readOrdinal(text)).toBe(value));

  test('the dev labels parse into six pairs, comment line skipped', () => {
    const labels = parseAlignmentLabels(read('test/data/alignment-dev.tsv'));
    expect(labels).toHaveLength(6);
    expect(labels[0]).toEqual({
      lowerFile: 'liuzhou-hitech-measures.txt',
      lowerArticle: 15,
      upperFile: 'state-council-hitech-opinions.txt',
      upperArticle: 15,
      note: 'same heading',
    });
  });

  test('a malformed line is an error, not a silent skip', () => {
    expect(() => parseAlignmentLabels('a.txt\tX\tb.txt\t一')).toThrow(/cannot read line/);
  });
});

describe('evaluateAlignment', () => {
  const pair = (lowerArticle: number, upperArticle: number, rank: number): AlignmentPair => ({
    lower: { file: 'corpus/l.txt', title: 'L', article: lowerArticle, path: `a${lowerArticle}`, heading: '' },
    upper: { file: 'u.txt', title: 'U', article: upperArticle, path: `a${upperArticle}`, heading: '' },
    score: 1 - rank / 10,
    class: 'related',
    rank,
    evidence: [],
    method: 'm',
    version: '1',
  });

  test('precision@1 over labelled lower articles, recall@3 over labelled pairs; files compared by base name', () => {
    const pairs = [pair(1, 1, 1), pair(1, 2, 2), pair(2, 5, 1), pair(2, 6, 2), pair(2, 7, 3), pair(2, 8, 4)];
    const labels = parseAlignmentLabels(
      'l.txt\t一\tu.txt\t二\nl.txt\t二\tu.txt\t五\nl.txt\t二\tu.txt\t八\nl.txt\t三\tu.txt\t一',
    );
    const result = evaluateAlignment(pairs, labels);
    expect(result.outcomes.map((o) => o.rank)).toEqual([2, 1, 4, undefined]);
    expect(result.lowerArticles).toBe(3);
    expect(result.precisionAt1).toBeCloseTo(1 / 3, 10);
    expect(result.recallAt3).toBeCloseTo(2 / 4, 10);
    expect(result.cappedRecallAt3).toBeCloseTo((1 + 1 / 2 + 0) / 3, 10);
    expect(result.recallAt3Ceiling).toBe(1);
  });

  test('capped recall@3 divides by min(3, labelled uppers) per lower article; recall over pairs cannot pass its ceiling', () => {
    // Lower 1 has five labelled uppers and finds three in its top 3: 3/5 of its pairs, but all it could find.
    // Lower 2 has two and finds one (rank 2; the other is 4th). Lower 3 has one, found at rank 3.
    const pairs = [
      ...[1, 2, 3, 4, 5].map((u, i) => pair(1, u, i + 1)),
      pair(2, 9, 1),
      pair(2, 6, 2),
      pair(2, 8, 3),
      pair(2, 7, 4),
      pair(3, 1, 1),
      pair(3, 2, 2),
      pair(3, 3, 3),
    ];
    const labels = parseAlignmentLabels(
      [
        ...['一', '二', '三', '四', '五'].map((u) => `l.txt\t一\tu.txt\t${u}`),
        'l.txt\t二\tu.txt\t六',
        'l.txt\t二\tu.txt\t七',
        'l.txt\t三\tu.txt\t三',
      ].join('\n'),
    );
    const result = evaluateAlignment(pairs, labels);
    expect(result.recallAt3).toBeCloseTo(5 / 8, 10);
    expect(result.cappedRecallAt3).toBeCloseTo((3 / 3 + 1 / 2 + 1 / 1) / 3, 10);
    expect(result.recallAt3Ceiling).toBeCloseTo(6 / 8, 10);
    expect(result.lowerArticlesOverCap).toBe(1);
    expect(result.precisionAt1).toBeCloseTo(1 / 3, 10);
  });

  test('on the corpus: every dev label is within the top 3, five of six lower articles right at rank 1', () => {
    const result = evaluateAlignment(
      alignDocuments(corpusFixture()),
      parseAlignmentLabels(read('test/data/alignment-dev.tsv')),
    );
    expect(result.recallAt3).toBe(1);
    expect(result.precisionAt1).toBeCloseTo(5 / 6, 10);
    // The miss: Liuzhou (十) 布局建设各级高新区 puts Guangxi (二) 布局建设一批自治区级高新区 first, the label's (一) second.
    const miss = result.outcomes.find((o) => o.rank !== 1)!;
    expect([miss.label.lowerArticle, miss.rank, miss.top?.article]).toEqual([10, 2, 2]);
  });

  test('on the test documents: every hand-checked pair is at rank 1', () => {
    const result = evaluateAlignment(
      alignDocuments(docsAlignFixture()),
      parseAlignmentLabels(read('test/data/alignment-docs-align.tsv')),
    );
    expect(result.outcomes.map((o) => o.rank)).toEqual(result.outcomes.map(() => 1));
  });
});

describe('benchAlignment', () => {
  test('the engine keeps the brute-force top-1 on at least 99% of a seeded synthetic corpus', () => {
    const result = benchAlignment({ ...syntheticArticles({ lower: 600, upper: 300, seed: 11 }), sample: 150 });
    expect(result.lowerCount).toBe(600);
    expect(result.upperCount).toBe(300);
    expect(result.sampled).toBe(150);
    expect(result.top1Agreement).toBeGreaterThanOrEqual(0.99);
    expect(result.disagreements.length).toBe(Math.round((1 - result.top1Agreement) * 150));
  }, 60_000); // brute force on 150 × 300 pairs: slow on a loaded machine (no timing is asserted)

  test('the synthetic generator is deterministic for a seed', () => {
    expect(syntheticArticles({ lower: 5, upper: 5, seed: 3 })).toEqual(
      syntheticArticles({ lower: 5, upper: 5, seed: 3 }),
    );
  });
});
