import { describe, expect, test } from 'vitest';
import {
  classifyScore,
  DEFAULT_STOCK_PHRASES,
  findStockRanges,
  foldText,
  localAlignments,
  parseStockPhrases,
  prepareArticles,
  scorePair,
} from '../../align/index.ts';

const codes = (s: string) => Int32Array.from([...s].map((c) => c.charCodeAt(0)));
const ones = (n: number) => new Float32Array(n).fill(1);

describe('foldText', () => {
  test.each([
    ['關於促進高新技術產業開發區', '关于促进高新技术产业开发区'],
    ['（一）ＡＢＣ１２３', '(一)abc123'],
    ['號\u3000發展', '号 发展'],
  ])('%s → %s, same length', (input, folded) => {
    expect(foldText(input)).toBe(folded);
    expect(foldText(input).length).toBe(input.length);
  });
});

describe('localAlignments (weighted Smith-Waterman)', () => {
  test('finds the shared run with its exact offsets', () => {
    const a = codes('加强关键核心技术攻关');
    const b = codes('大力加强关键核心技术创新');
    const [first] = localAlignments(a, b, ones(a.length), ones(b.length));
    expect(first).toMatchObject({ aStart: 0, aEnd: 8, bStart: 2, bEnd: 10, matches: 8, score: 16 });
  });

  test('finds several disjoint spans, best first, and stops below the minimum score', () => {
    const a = codes('成果转移转化甲乙丙丁戊加强关键核心技术');
    const b = codes('加强关键核心技术创新和成果转移转化');
    const found = localAlignments(a, b, ones(a.length), ones(b.length));
    expect(found.map((x) => [x.aStart, x.aEnd, x.bStart, x.bEnd])).toEqual([
      [11, 19, 0, 8],
      [0, 6, 11, 17],
    ]);
  });

  test('low weights (stock phrases) do not make an alignment', () => {
    const a = codes('为贯彻落实甲乙');
    const b = codes('为贯彻落实丙丁');
    expect(localAlignments(a, b, new Float32Array(7).fill(0.15), new Float32Array(7).fill(0.15))).toEqual([]);
  });

  test('empty input aligns with nothing', () => {
    expect(localAlignments(codes(''), codes('甲'), ones(0), ones(1))).toEqual([]);
  });
});

describe('stock phrases', () => {
  test('are found wherever they occur', () => {
    expect(findStockRanges('为贯彻落实国务院意见,各县区人民政府负责')).toEqual([
      [0, 5],
      [1, 5],
      [11, 18],
      [12, 18],
      [14, 18],
    ]);
  });

  test('come from a reviewed table whose every row gives its reason, each phrase once', () => {
    expect(() => parseStockPhrases('# comment\n\n为贯彻落实\topening formula\n结合实际\n', 't.tsv')).toThrow(
      't.tsv:4: a row is phrase<TAB>why',
    );
    expect(parseStockPhrases('# comment\n\n为贯彻落实\topening formula\n')).toEqual(['为贯彻落实']);
    expect(DEFAULT_STOCK_PHRASES).toContain('依法追究刑事责任');
    expect(new Set(DEFAULT_STOCK_PHRASES).size).toBe(DEFAULT_STOCK_PHRASES.length);
  });

  test('are down-weighted, so sharing only boilerplate scores lower than sharing content', () => {
    const [lower, boiler, content] = prepareArticles([
      { docKey: 'l', heading: '甲乙丙丁', text: '为贯彻落实有关精神,各县区人民政府负责推进戊己庚辛壬癸。' },
      { docKey: 'u1', heading: '子丑寅卯', text: '为贯彻落实有关精神,各县区人民政府负责。' },
      { docKey: 'u2', heading: '辰巳午未', text: '推进戊己庚辛壬癸。' },
    ]);
    expect(scorePair(lower!, content!).score).toBeGreaterThan(scorePair(lower!, boiler!).score);
  });
});

describe('scorePair', () => {
  test('identical articles score 1 with one span over the whole text', () => {
    const [a, b] = prepareArticles([
      { docKey: 'a', heading: '加快建设5G网络', text: '到2025年建成5G基站10万个以上。' },
      { docKey: 'b', heading: '加快建设5G网络', text: '到2025年建成5G基站10万个以上。' },
    ]);
    const { score, evidence } = scorePair(a!, b!);
    expect(score).toBe(1);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.lowerText).toBe('加快建设5G网络。到2025年建成5G基站10万个以上');
  });

  test('outline headings: identical headings score 0.85 (headings are thinner evidence than bodies)', () => {
    const [a, b] = prepareArticles([
      { docKey: 'a', heading: '深化管理体制机制改革', text: '' },
      { docKey: 'b', heading: '深化管理体制机制改革', text: '' },
    ]);
    expect(scorePair(a!, b!).score).toBe(0.85);
  });

  test('unrelated articles score 0 and have no evidence', () => {
    const [a, b] = prepareArticles([
      { docKey: 'a', heading: '甲乙丙丁', text: '戊己庚辛。' },
      { docKey: 'b', heading: '子丑寅卯', text: '辰巳午未。' },
    ]);
    expect(scorePair(a!, b!)).toEqual({ score: 0, evidence: [] });
  });
});

describe('classifyScore', () => {
  test.each([
    [1, 'identical'],
    [0.96, 'identical'],
    [0.959, 'almost_identical'],
    [0.66, 'almost_identical'],
    [0.659, 'related'],
    [0.37, 'related'],
    [0.369, 'partially_related'],
    [0.12, 'partially_related'],
  ] as const)('%f → %s', (score, klass) => {
    expect(classifyScore(score)).toBe(klass);
  });
});
