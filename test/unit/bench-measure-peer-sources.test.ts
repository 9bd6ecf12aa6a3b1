// The truth of bench/measure-peer-sources.ts: two lower articles of different documents are peer counterparts when one
// upper article is labelled for both (strong for both, or, looser, strong or medium for both).
import { describe, expect, test } from 'vitest';
import type { AlignmentLabel } from '../../align/index.ts';
import { peerCounterparts } from '../../bench/measure-peer-sources.ts';

const LAW = '行政法/促进科技成果转化法(2015-08-29).md';
const OTHER_LAW = '经济法/中小企业促进法(2017-09-01).md';
const BEIJING = 'DLC/北京/北京市促进科技成果转化条例(2019-11-27).md';
const SHANGHAI = 'DLC/上海/上海市促进科技成果转化条例(2017-04-20).md';
const SHANDONG = 'DLC/山东/山东省促进科技成果转化条例(2017-12-01).md';

const label = (
  lowerFile: string,
  lowerArticle: number,
  upperArticle: number,
  strength: 'strong' | 'medium',
  upperFile = LAW,
): AlignmentLabel => ({ lowerFile, lowerArticle, upperFile, upperArticle, note: '', strength });
const pairsOf = (labels: AlignmentLabel[]) =>
  labels
    .map((l) => `${l.lowerFile.split('/')[1]}#${l.lowerArticle}→${l.upperFile.split('/')[1]}#${l.upperArticle}`)
    .sort();

describe('peerCounterparts', () => {
  const labels = [
    label(BEIJING, 5, 8, 'strong'),
    label(SHANGHAI, 4, 8, 'strong'),
    // Two upper articles shared by one pair: one counterpart, both named.
    label(BEIJING, 9, 10, 'strong'),
    label(BEIJING, 9, 11, 'strong'),
    label(SHANDONG, 12, 10, 'strong'),
    label(SHANDONG, 12, 11, 'strong'),
    // Medium on one side: a counterpart only under the looser truth.
    label(SHANGHAI, 7, 20, 'medium'),
    label(SHANDONG, 3, 20, 'strong'),
    // Two articles of one document on one upper article are not peers of each other.
    label(BEIJING, 30, 40, 'strong'),
    label(BEIJING, 31, 40, 'strong'),
    // The same article number of another law is another upper article.
    label(SHANGHAI, 50, 8, 'strong', OTHER_LAW),
  ];

  test('strong for both: both directions, once per pair, the shared upper articles in the note', () => {
    const strong = peerCounterparts(labels, 'strong');
    expect(pairsOf(strong)).toEqual(['上海#4→北京#5', '北京#5→上海#4', '北京#9→山东#12', '山东#12→北京#9'].sort());
    expect(strong.find((p) => p.lowerArticle === 9)?.note).toBe(`via ${LAW}#10, ${LAW}#11`);
  });

  test('strong or medium for both adds the pairs with a medium side', () => {
    expect(pairsOf(peerCounterparts(labels, 'medium'))).toEqual(
      ['上海#4→北京#5', '北京#5→上海#4', '北京#9→山东#12', '山东#12→北京#9', '上海#7→山东#3', '山东#3→上海#7'].sort(),
    );
  });
});
