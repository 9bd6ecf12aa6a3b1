// sources through the index (align/source-index.ts): a shortlist scored with the whole scope's document frequencies
// gives what scoring every article of the scope gives, on the bundled corpus (every document, laws/ included).
import { describe, expect, test } from 'vitest';
import {
  createSourceIndex,
  createSourceIndexAsync,
  prepareArticles,
  rankCandidates,
  rankSources,
  scopeOf,
  type AlignDocument,
  type SourceScope,
} from '../../align/index.ts';
import { articleGramCounts } from '../../align/prepare-articles.ts';
import { parsedCorpus } from './parsed-corpus.ts';

const docs: AlignDocument[] = parsedCorpus();
const index = createSourceIndex(docs);
const named = (name: string) => docs.find((d) => d.file.includes(name))!;

describe('preparing a few articles with the document frequencies of many', () => {
  test('gives each article what preparing all of them together gives it', () => {
    const all = docs.flatMap((d) => d.articles.map((a) => ({ docKey: d.file, heading: a.heading, text: a.text })));
    const everyOne = prepareArticles(all);
    const picked = [0, 7, 40, 41, 300, all.length - 1];
    // Every bigram of an article counts, as the index counts them (articleGramCounts), those of a cited title too,
    // though they weigh nothing and are left out of its vector.
    const df = new Map<string, number>();
    for (const source of all)
      for (const gram of articleGramCounts(source).keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
    const few = prepareArticles(
      picked.map((i) => all[i]!),
      { documentFrequency: { of: (gram) => df.get(gram) ?? 0, n: all.length } },
    );
    few.forEach((article, k) => {
      const expected = everyOne[picked[k]!]!;
      expect(article.vector).toEqual(expected.vector);
      expect(article.paragraphVectors).toEqual(expected.paragraphVectors);
      expect(article.weights).toEqual(expected.weights);
    });
  });
});

describe('rankSources through the index', () => {
  const scopeSize = (file: string, scope: SourceScope) =>
    docs
      .filter((d) => {
        const s = scopeOf(named(file), d);
        return s !== undefined && (scope === 'ALL' || s === scope);
      })
      .reduce((n, d) => n + d.articles.length, 0);

  test.each(['ALL', 'UPPER'] as const)(
    'on every 15th article, a shortlist of 40 ranks as scoring the whole scope does (%s)',
    (scope) => {
      const lowers = docs.filter((d) => d.tier && d.tier !== 'national');
      let compared = 0;
      for (const doc of lowers) {
        expect(scopeSize(doc.file, scope)).toBeGreaterThan(40);
        for (let at = 0; at < doc.articles.length; at += 15) {
          const target = { file: doc.file, path: doc.articles[at]!.path };
          const whole = rankSources(index, target, { scope, limit: 5, shortlist: Number.POSITIVE_INFINITY });
          expect(rankSources(index, target, { scope, limit: 5, shortlist: 40 })).toEqual(whole);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(25);
    },
    60_000,
  );

  test('and as preparing every article of the scope together with it (the engine before the index)', () => {
    const liuzhou = named('liuzhou-hitech-measures.txt');
    // Scope ALL is the two merged (align-peer-sources.test.ts).
    for (const scope of ['PEER', 'UPPER'] as const)
      for (const article of liuzhou.articles.filter((_, i) => i % 4 === 0)) {
        const candidates = docs.flatMap((d) =>
          scopeOf(liuzhou, d) === scope ? d.articles.map((a) => ({ d, a })) : [],
        );
        const prepared = prepareArticles(
          [article, ...candidates.map((c) => c.a)].map((a, i) => ({
            docKey: i === 0 ? liuzhou.file : candidates[i - 1]!.d.file,
            heading: a.heading,
            text: a.text,
          })),
        );
        const expected = rankCandidates([prepared[0]!], prepared.slice(1), {
          maxCandidates: 5,
          maxScored: Number.POSITIVE_INFINITY,
        }).map((m) => [candidates[m.upper]!.d.file, candidates[m.upper]!.a.path, m.score]);
        const found = rankSources(index, { file: liuzhou.file, path: article.path }, { scope, limit: 5 });
        expect(found.map((m) => [m.file, m.path, m.score])).toEqual(expected);
      }
  });

  test('an unknown file or path ranks nothing', () => {
    expect(rankSources(index, { file: 'nope.txt', path: 'a1' })).toEqual([]);
    expect(rankSources(index, { file: named('liuzhou').file, path: 'p9/a99' })).toEqual([]);
  });

  test('built in steps, the index is the same, and it pauses between steps', async () => {
    let pauses = 0;
    const stepped = await createSourceIndexAsync(
      docs,
      async () => {
        pauses++;
      },
      100,
    );
    expect(pauses).toBeGreaterThanOrEqual(6);
    expect(stepped.norms).toEqual(index.norms);
    expect(stepped.postings).toEqual(index.postings);
  });
});
