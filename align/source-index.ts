/**
 * An index of every article of a graph for `sources` (rank-sources.ts). Ranking one article against every article of
 * a statute book by preparing them all took half a minute a request on lawrefbook (122,771 articles); with the index
 * built once (the API keeps it until the graph changes), a request reads the postings of its own bigrams to shortlist
 * the articles of its scope that share the most weighted bigrams with it (TF-IDF cosine, idf over the whole index),
 * then the engine scores that shortlist with each bigram's document frequency over the whole scope, so each score is
 * the one it would have among all the scope's articles. A scope of no more articles than the shortlist is scored
 * whole: the same result as preparing everything.
 * Example: const index = createSourceIndex(docs); shortlistSources(index, 3, 0, inScope, 500) → { articles: [[7, 2],
 * …], documentFrequency: { of, n } }.
 */
import type { AlignDocument } from './align-types.ts';
import { formalProvision } from './formal-provisions.ts';
import { articleGramCounts } from './prepare-articles.ts';
import { runSteps, runStepsAsync } from './run-steps.ts';

/** Article `at` of document `doc` (indices into the index's docs and that document's articles). */
export type ArticleRef = readonly [doc: number, at: number];

/** Every article of `docs` with the postings of its bigrams. */
export interface SourceIndex {
  docs: readonly AlignDocument[];
  /** Index in `docs` of each document's file. */
  byFile: Map<string, number>;
  /** Index of the first article of each document in the flat article numbering; one more entry at the end. */
  firstArticle: Int32Array;
  /** The document of each article in the flat numbering. */
  docOf: Int32Array;
  /** For each bigram: the articles using it (ascending) and how often each does. */
  postings: Map<string, { articles: Int32Array; counts: Int32Array }>;
  /** Length of each article's TF-IDF vector (raw counts, idf over the index). */
  norms: Float64Array;
  /** 1 for an article that is a formal provision (formal-provisions.ts): no source of another, never shortlisted. */
  formal: Uint8Array;
}

const idfOf = (df: number, n: number) => Math.log((1 + n) / (1 + df)) + 0.1;

/** Articles indexed between two pauses of createSourceIndexAsync (about 0.1 s of work). */
const ARTICLES_PER_STEP = 1000;

/** The build, one step per `perStep` articles (and per 20 × `perStep` bigrams when packing), then the index. */
function* indexSteps(docs: readonly AlignDocument[], perStep = ARTICLES_PER_STEP): Generator<void, SourceIndex> {
  const firstArticle = new Int32Array(docs.length + 1);
  docs.forEach((doc, d) => {
    firstArticle[d + 1] = firstArticle[d]! + doc.articles.length;
  });
  const total = firstArticle[docs.length]!;
  const docOf = new Int32Array(total);
  const formal = new Uint8Array(total);
  const growing = new Map<string, { articles: number[]; counts: number[] }>();
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    for (let at = 0; at < doc.articles.length; at++) {
      const id = firstArticle[d]! + at;
      const article = doc.articles[at]!;
      docOf[id] = d;
      if (formalProvision(article.text)) formal[id] = 1;
      for (const [gram, count] of articleGramCounts({
        docKey: doc.file,
        heading: article.heading,
        text: article.text,
      })) {
        const list = growing.get(gram);
        if (list) {
          list.articles.push(id);
          list.counts.push(count);
        } else growing.set(gram, { articles: [id], counts: [count] });
      }
      if (id % perStep === perStep - 1) yield;
    }
  }
  const postings = new Map<string, { articles: Int32Array; counts: Int32Array }>();
  const squares = new Float64Array(total);
  for (const [gram, list] of growing) {
    const idf = idfOf(list.articles.length, total);
    list.articles.forEach((id, k) => {
      squares[id] = squares[id]! + (list.counts[k]! * idf) ** 2;
    });
    postings.set(gram, { articles: Int32Array.from(list.articles), counts: Int32Array.from(list.counts) });
    if (postings.size % (20 * perStep) === 0) yield;
  }
  growing.clear();
  const byFile = new Map(docs.map((doc, d) => [doc.file, d]));
  return { docs, byFile, firstArticle, docOf, postings, norms: squares.map(Math.sqrt), formal };
}

/** Indexes every article of `docs` (the engine's folding and vocabulary: articleGramCounts). */
export function createSourceIndex(docs: readonly AlignDocument[]): SourceIndex {
  return runSteps(indexSteps(docs));
}

/**
 * createSourceIndex in steps of about a tenth of a second, awaiting `pause` between them: a server building the
 * index of a statute book (20 s on lawrefbook) keeps answering other requests meanwhile.
 */
export function createSourceIndexAsync(
  docs: readonly AlignDocument[],
  pause?: () => Promise<void>,
  articlesPerStep = ARTICLES_PER_STEP,
): Promise<SourceIndex> {
  return runStepsAsync(indexSteps(docs, articlesPerStep), pause);
}

/**
 * The articles of the documents `inScope` allows (by document index) to score for article `at` of document `doc`,
 * but formal provisions: all of them when there are at most `shortlist`, else the `shortlist` of highest cosine; and
 * the document frequency of any bigram over those documents' articles (formal ones too) and the article itself, as
 * preparing them all together counts it.
 */
export function shortlistSources(
  index: SourceIndex,
  doc: number,
  at: number,
  inScope: (doc: number) => boolean,
  shortlist: number,
): {
  articles: ArticleRef[];
  documentFrequency: { of: (gram: string) => number; n: number };
  /** The asking article's bigram counts (articleGramCounts), for documentFrequencyIn. */
  own: ReadonlyMap<string, number>;
} {
  const { docs, firstArticle, docOf, postings, norms, formal } = index;
  const scope = new Uint8Array(docs.length);
  let n = 1;
  docs.forEach((_, d) => {
    if (d === doc || !inScope(d)) return;
    scope[d] = 1;
    n += firstArticle[d + 1]! - firstArticle[d]!;
  });
  const article = docs[doc]!.articles[at]!;
  const own = articleGramCounts({ docKey: docs[doc]!.file, heading: article.heading, text: article.text });
  const refOf = (id: number): ArticleRef => [docOf[id]!, id - firstArticle[docOf[id]!]!];
  const documentFrequency = {
    n,
    of: (gram: string) => {
      let df = own.has(gram) ? 1 : 0;
      for (const id of postings.get(gram)?.articles ?? []) if (scope[docOf[id]!]) df++;
      return df;
    },
  };
  if (n - 1 <= shortlist) {
    const articles: ArticleRef[] = [];
    docs.forEach((d, k) => {
      if (scope[k])
        for (let a = 0; a < d.articles.length; a++) if (!formal[firstArticle[k]! + a]) articles.push([k, a]);
    });
    return { articles, documentFrequency, own };
  }
  const total = docOf.length;
  const dot = new Float64Array(total);
  for (const [gram, count] of own) {
    const list = postings.get(gram);
    if (!list) continue;
    const idf = idfOf(list.articles.length, total);
    const weight = count * idf * idf;
    for (let k = 0; k < list.articles.length; k++) {
      const id = list.articles[k]!;
      dot[id] = dot[id]! + weight * list.counts[k]!;
    }
  }
  const scored: { id: number; cosine: number }[] = [];
  for (let id = 0; id < total; id++)
    if (dot[id]! > 0 && scope[docOf[id]!] && !formal[id]) scored.push({ id, cosine: dot[id]! / norms[id]! });
  scored.sort((x, y) => y.cosine - x.cosine || x.id - y.id);
  // Back in index order: the engine breaks ties of (rounded) scores by candidate order, as among the whole scope.
  const kept = scored.slice(0, shortlist).map((s) => s.id);
  kept.sort((x, y) => x - y);
  return { articles: kept.map(refOf), documentFrequency, own };
}

/**
 * The document frequency of any bigram over the articles of document `doc` of the index and one more article (its
 * bigram counts `own`, as shortlistSources gives them), as preparing that article with the document's articles alone
 * counts it: a pair's own weights.
 */
export function documentFrequencyIn(
  index: SourceIndex,
  doc: number,
  own: ReadonlyMap<string, number>,
): { of: (gram: string) => number; n: number } {
  const from = index.firstArticle[doc]!;
  const to = index.firstArticle[doc + 1]!;
  return {
    n: 1 + to - from,
    of: (gram: string) => {
      const list = index.postings.get(gram)?.articles;
      return (own.has(gram) ? 1 : 0) + (list ? firstAtOrAfter(list, to) - firstAtOrAfter(list, from) : 0);
    },
  };
}

/** The first position of a sorted list holding `value` or more (its length when none). */
function firstAtOrAfter(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
