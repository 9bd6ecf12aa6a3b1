import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  findReuse,
  inferLikelyParents,
  parseLabelledPairs,
  rankSources,
  type AlignDocument,
} from '../../align/index.ts';
import { evaluateSuite } from '../../cli/commands/eval-align.ts';
import { corpusFixture } from './align-fixtures.ts';

describe('labelled real pairs', () => {
  test('strong, medium and none lines parse; none has - as upper', () => {
    const pairs = parseLabelledPairs('a.md\t一\tb.md\t18\tstrong\t协议定价\na.md\t2\t-\t-\tnone\tlocal addition');
    expect(pairs).toEqual([
      {
        lowerFile: 'a.md',
        lowerArticle: 1,
        upperFile: 'b.md',
        upperArticle: 18,
        strength: 'strong',
        reason: '协议定价',
        line: 1,
      },
      { lowerFile: 'a.md', lowerArticle: 2, strength: 'none', reason: 'local addition', line: 2 },
    ]);
  });

  test.each([
    ['a.md\t1\tb.md\t2\tweak\tx', /set.tsv:1: strength must be/],
    ['# c\na.md\t1\tb.md\t2\tnone\tx', /set.tsv:2: a none label has -/],
    ['a.md\t1\t-\t-\tstrong\tx', /set.tsv:1: upper file or article missing/],
  ])('a bad line is an error naming file and line: %s', (tsv, message) => {
    expect(() => parseLabelledPairs(tsv, 'set.tsv')).toThrow(message);
  });
});

describe('sources and likely parents on the corpus (citations ignored)', () => {
  const corpus = corpusFixture();
  const liuzhou = corpus.find((d) => d.file.endsWith('liuzhou-hitech-measures.txt'))!;

  test('Liuzhou (一) 加强关键核心技术攻关 comes first from the State Council opinions (六)', () => {
    const [first] = rankSources(
      corpus,
      { file: liuzhou.file, path: liuzhou.articles[0]!.path },
      { scope: 'UPPER', limit: 3 },
    );
    expect([first!.file.split('/').pop(), first!.article, first!.scope]).toEqual([
      'state-council-hitech-opinions.txt',
      6,
      'UPPER',
    ]);
    expect(first!.evidence.map((e) => e.lowerText)).toContain('加强关键核心技术');
  });

  test('PEER finds nothing when no other document shares the tier; the interpretation is never a source', () => {
    expect(rankSources(corpus, { file: liuzhou.file, path: liuzhou.articles[0]!.path }, { scope: 'PEER' })).toEqual([]);
  });

  test('the Liuzhou measures implement the State Council opinions first, then the MOST plan and Guangxi', () => {
    expect(inferLikelyParents(corpus, liuzhou.file).map((p) => p.file.split('/').pop())).toEqual([
      'state-council-hitech-opinions.txt',
      'most-hitech-zone-plan-14th.txt',
      'guangxi-hitech-measures.txt',
    ]);
  });
});

describe('findReuse', () => {
  const doc = (file: string, texts: string[]): AlignDocument => ({
    file,
    title: file,
    tier: 'county',
    kind: 'measures',
    articles: texts.map((text, i) => ({ number: i + 1, path: `a${i + 1}`, heading: '', text })),
  });
  const copied = '对新认定的国家级专精特新小巨人企业给予一次性奖励';

  test('a passage copied by a peer county is found with its span and share; other tiers are ignored', () => {
    const a = doc('a', [`${copied}。`, '其他内容。']);
    const b = doc('b', ['开头不同。', `本县${copied}五十万元。`]);
    const city: AlignDocument = { ...doc('c', [copied]), tier: 'municipal' };
    const [match, ...rest] = findReuse([a, b, city], 'a', { minLength: 12 });
    expect(rest).toEqual([]);
    expect(match!.file).toBe('b');
    expect(match!.spans).toEqual([
      { path: 'a1', otherPath: 'a2', text: copied, start: 0, end: copied.length, length: copied.length },
    ]);
    expect(match!.share).toBeCloseTo(copied.length / (copied.length + 4), 4);
  });

  test('passages shorter than minLength do not count', () => {
    expect(findReuse([doc('a', ['给予一次性奖励']), doc('b', ['给予一次性奖励'])], 'a', { minLength: 12 })).toEqual([]);
  });
});

const REAL = existsSync(new URL('../../../shared/corpora/lawrefbook', import.meta.url));

describe.skipIf(!REAL)('floors on the labelled real pairs (../shared/corpora/lawrefbook)', () => {
  test("precision@1 ≥ 0.8 on every real set and at least both baselines'; recall@3 ≥ 0.9 overall", async () => {
    const names = ['beijing-transfer', 'henan-progress', 'shandong-transfer', 'shanghai-transfer'];
    const root = new URL('../../../shared/corpora/lawrefbook', import.meta.url).pathname;
    let found = 0;
    let pairs = 0;
    for (const name of names) {
      const labels = new URL(`../data/alignment-real/${name}.tsv`, import.meta.url).pathname;
      const { evaluations: e } = await evaluateSuite({ kind: 'pairs', labels, docs: root }, () => {});
      expect(e.engine.precisionAt1).toBeGreaterThanOrEqual(0.8);
      expect(e.engine.precisionAt1).toBeGreaterThanOrEqual(e['tfidf-bigrams'].precisionAt1);
      expect(e.engine.precisionAt1).toBeGreaterThanOrEqual(e['bm25-words'].precisionAt1);
      found += e.engine.outcomes.filter((o) => o.rank !== undefined && o.rank <= 3).length;
      pairs += e.engine.outcomes.length;
    }
    expect(found / pairs).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
