/**
 * Turns raw article texts into what retrieval and alignment need: folded content characters with their offsets
 * into the raw text, a weight per character, and character bigrams.
 * Example: prepareArticles([{ docKey: 'a', heading: '优化营商环境', text: '' }]) → one article whose `raw` is
 * '优化营商环境。', `codes` the six characters and a TF-IDF vector over the bigrams 优化, 化营, …, 环境.
 */
import { foldText, isContentChar } from './fold-text.ts';
import { sortCharPositions } from './bound-shared-characters.ts';
import { DEFAULT_VOCABULARY, normalizeVocabulary, type VocabularyEntry } from './normalize-vocabulary.ts';
import { DEFAULT_STOCK_PHRASES, STOCK_PHRASE_FACTOR, findStockRanges } from './stock-phrases.ts';
import { CITATION_FACTOR, findCitationRanges } from './citation-ranges.ts';

/** One article to prepare: the document it belongs to (for stock-phrase statistics), heading and body. */
export interface ArticleSource {
  docKey: string;
  heading: string;
  text: string;
}

/** An article ready for retrieval and alignment. */
export interface PreparedArticle {
  /** heading + '。' + text: the string EvidenceSpan offsets point into. */
  raw: string;
  /** Folded content characters (punctuation and spaces dropped), as char codes. */
  codes: Int32Array;
  /** Offset in `raw` of each content character. */
  offsets: Int32Array;
  /** Weight of each content character in (0, 1]: low for stock phrases and text shared by many documents. */
  weights: Float32Array;
  totalWeight: number;
  /** Number of content characters in the heading (they come first). */
  headingLength: number;
  headingWeight: number;
  hasBody: boolean;
  /** Positions sorted by character code, then weight, largest first (for the score bounds). */
  charOrder: Int32Array;
  /** TF-IDF vector over its bigrams (raw tf, idf over the articles prepared together), of length 1 (empty: no bigram). */
  vector: Map<string, number>;
  /** The same for each paragraph (lines of the text; the heading joins the first), idf as above; [] for one paragraph. */
  paragraphVectors: Map<string, number>[];
}

/**
 * Which side of a pair an article is prepared for. The titles an upper article cites weigh CITATION_FACTOR
 * (citation-ranges.ts): a lower article citing the same law shares no wording with it by that, while a lower article
 * naming 《中华人民共和国治安管理处罚法》 where its law says 依法给予治安管理处罚 still shares those words (河南's
 * 人口与计划生育条例 第三十九条 and its law's 第四十五条, a labelled pair).
 */
export type Side = 'lower' | 'upper';

/** Options for weighting. */
export interface WeightOptions {
  stockPhrases?: readonly string[];
  /**
   * What counts as one unit when telling shared text from particular text: `document` (a bigram shared by many
   * documents is stock text) or `article` (shared by many articles). Default `article`.
   */
  weighBy?: 'document' | 'article';
  /** Weight of a bigram learned from a reference corpus; a bigram takes the lower of both. */
  corpusWeight?: (gram: string) => number;
  /** Policy vocabulary rewritten to canonical forms (normalize-vocabulary.ts); default the reviewed table. */
  vocabulary?: readonly VocabularyEntry[];
  /**
   * Document frequencies over a larger set of articles than those prepared (`of`: the articles among `n` using a
   * bigram): the articles come out as they would prepared among all `n` (source-index.ts prepares only a shortlist).
   * By article only (`weighBy: 'article'`).
   */
  documentFrequency?: { of: (gram: string) => number; n: number };
  /** prepareArticles: the first `lowers` articles are prepared as lower articles (Side), the rest as upper ones. */
  lowers?: number;
}

interface Tokenized {
  raw: string;
  content: string;
  offsets: Int32Array;
  headingLength: number;
  /** Start index in `content` of each bigram (both characters adjacent in the raw text, apart from spaces). */
  gramStarts: number[];
  /** Paragraph (0 = heading and first line of the text) of each character of `content`. */
  paragraphOf: Int32Array;
  /** 1 at each character of `content` inside a citation (citation-ranges.ts: 《title》 and its aside). */
  cited: Uint8Array;
}

function tokenize(source: ArticleSource, vocabulary: readonly VocabularyEntry[]): Tokenized {
  const raw = `${source.heading}。${source.text}`;
  const folded = foldText(raw);
  const content: string[] = [];
  const rawOffsets: number[] = [];
  const joined = new Set<number>();
  const contentParagraph: number[] = [];
  const contentCited: number[] = [];
  const citations = findCitationRanges(raw);
  let citation = 0;
  let headingLength = 0;
  let previousRaw = -10;
  let paragraph = 0;
  let lineBreak = false;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (!isContentChar(ch)) {
      if (ch === '\n' && rawOffsets.length > 0) lineBreak = true;
      continue;
    }
    if (rawOffsets.length > 0 && (i === previousRaw + 1 || /^\s+$/.test(folded.slice(previousRaw + 1, i)))) {
      joined.add(content.length - 1);
    }
    if (lineBreak) paragraph++;
    lineBreak = false;
    while (citation < citations.length && citations[citation]![1] <= i) citation++;
    contentCited.push(citation < citations.length && citations[citation]![0] <= i ? 1 : 0);
    if (i < source.heading.length) headingLength++;
    content.push(ch);
    rawOffsets.push(i);
    contentParagraph.push(paragraph);
    previousRaw = i;
  }
  // Canonical vocabulary: each output character keeps the content index it comes from; a bigram joins two
  // characters of one replaced word or two characters adjacent in the raw text.
  const normal = normalizeVocabulary(content.join(''), vocabulary);
  const gramStarts: number[] = [];
  for (let k = 0; k + 1 < normal.from.length; k++) {
    const end = normal.spanEnd[k]!;
    const next = normal.spanStart[k + 1]!;
    if (next === normal.spanStart[k] || (next === end + 1 && joined.has(end))) gramStarts.push(k);
  }
  // Plain loops: Int32Array.from with a mapping function takes the slow generic path.
  const offsets = new Int32Array(normal.from.length);
  const paragraphOf = new Int32Array(normal.from.length);
  const cited = new Uint8Array(normal.from.length);
  let normalHeading = 0;
  normal.from.forEach((c, k) => {
    offsets[k] = rawOffsets[c]!;
    paragraphOf[k] = contentParagraph[c]!;
    cited[k] = contentCited[c]!;
    if (c < headingLength) normalHeading++;
  });
  return { raw, content: normal.text, offsets, headingLength: normalHeading, gramStarts, paragraphOf, cited };
}

/**
 * Weight of a bigram found in `df` of `documents` documents: 1 when at most two documents share it (one lower, one
 * upper), falling linearly to 0.2 when every document has it (stock phrases the list in stock-phrases.ts does not
 * know). Few documents say little about what is stock text (in a chain county → city → province the most shared
 * text is the most faithfully carried), so the fall is scaled by min(1, (documents − 2) / 8): full effect from 10
 * documents on. (An IDF-shaped fall was tried: it agreed less often with brute force on the synthetic benchmark.)
 */
export function gramWeight(df: number, documents: number): number {
  if (documents < 3 || df <= 2) return 1;
  const confidence = Math.min(1, (documents - 2) / 8);
  return 1 - 0.8 * confidence * Math.min(1, (df - 2) / (documents - 2));
}

/** Added to every idf, so that a bigram all articles share still counts a little (two equal texts have cosine 1). */
export const IDF_FLOOR = 0.1;

/**
 * How a bigram's count in a text becomes its term frequency: `raw` (the count) for articles, `log` (1 + ln count)
 * for whole documents. An article repeats a word because it is its subject (奖励和报酬 three times in the article
 * on rewards), and the article carrying it repeats it as often; in a whole document repetition is burstiness, which
 * the logarithm damps. On the labelled real pairs raw counts ranked better whatever the other settings
 * (docs/alignment.md).
 */
export type TermFrequency = 'raw' | 'log';

/**
 * A bigram's occurrences in one text and the same counted STOCK_PHRASE_FACTOR inside stock phrases and
 * CITATION_FACTOR inside citations.
 */
type Bag = Map<string, { count: number; counted: number }>;

/** How much an occurrence of a bigram counts, by the mask of its two characters (stockMask). */
const COUNTED = [1, STOCK_PHRASE_FACTOR, CITATION_FACTOR];

/** The bag of the bigrams starting at `starts`, `grams` holding the bigram of each. */
function bagOf(stock: Uint8Array, starts: readonly number[], grams: readonly string[]): Bag {
  const bag: Bag = new Map();
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    const gram = grams[k]!;
    const entry = bag.get(gram) ?? { count: 0, counted: 0 };
    entry.count++;
    entry.counted += COUNTED[Math.max(stock[start]!, stock[start + 1]!)]!;
    bag.set(gram, entry);
  }
  return bag;
}

/** TF-IDF vectors of the texts and, for texts of two or more paragraphs, of each paragraph (idf over the texts). */
interface TfidfVectors {
  vectors: Map<string, number>[];
  paragraphs: Map<string, number>[][];
}

/** What weighing one text needs from all of them: each bigram's document frequency over the N texts. */
interface TfidfBasis {
  df: Map<string, number>;
  n: number;
  stockPhrases: readonly string[];
  termFrequency: TermFrequency;
  withParagraphs: boolean;
}

/** The bigram at each of a text's gramStarts. */
function gramsOf(token: Tokenized): string[] {
  return token.gramStarts.map((start) => token.content.slice(start, start + 2));
}

/** 1 at each character of a text inside a stock phrase, else 0; with `cited`, 2 inside a citation. */
function stockMask(token: Tokenized, ranges: readonly [number, number][], cited: boolean): Uint8Array {
  const stock = new Uint8Array(token.content.length);
  for (const [from, to] of ranges) stock.fill(1, from, to);
  if (cited) for (let k = 0; k < stock.length; k++) if (token.cited[k]) stock[k] = 2;
  return stock;
}

/** The distinct bigrams of a text, in order of first occurrence. */
function distinctGrams(token: Tokenized): Set<string> {
  const grams = new Set<string>();
  for (const start of token.gramStarts) grams.add(token.content.slice(start, start + 2));
  return grams;
}

function tfidfBasis(
  tokens: readonly Tokenized[],
  stockPhrases: readonly string[],
  termFrequency: TermFrequency,
  withParagraphs: boolean,
): TfidfBasis {
  const df = new Map<string, number>();
  for (const token of tokens) for (const gram of distinctGrams(token)) df.set(gram, (df.get(gram) ?? 0) + 1);
  return { df, n: tokens.length, stockPhrases, termFrequency, withParagraphs };
}

/**
 * TF-IDF vectors of one text's bigrams tf × (ln((1 + N) / (1 + df)) + 0.1), df over the N texts, scaled to length 1:
 * the bag-of-bigrams view that catches reworded articles whose shared words are not in the same order. With
 * `withParagraphs`, each paragraph of a text of several paragraphs gets its own vector, weighed by the same df.
 * `grams` (gramsOf) and `stockRanges` (findStockRanges of the content) when the caller has them already.
 */
function tfidfOf(
  token: Tokenized,
  basis: TfidfBasis,
  grams = gramsOf(token),
  stockRanges = findStockRanges(token.content, basis.stockPhrases),
  side: Side = 'lower',
): { vector: Map<string, number>; paragraphs: Map<string, number>[] } {
  const { df, n, termFrequency } = basis;
  // A bigram inside a stock phrase counts STOCK_PHRASE_FACTOR of an occurrence (boilerplate says little), one inside
  // an upper article's citation CITATION_FACTOR.
  const stock = stockMask(token, stockRanges, side === 'upper');
  const weigh = (bag: Bag) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [gram, { count, counted }] of bag) {
      const tf = termFrequency === 'raw' ? count : 1 + Math.log(count);
      const w = (counted / count) * tf * (Math.log((1 + n) / (1 + df.get(gram)!)) + IDF_FLOOR);
      if (w <= 0) continue;
      vector.set(gram, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) return vector;
    for (const [gram, w] of vector) vector.set(gram, w / norm);
    return vector;
  };
  const vector = weigh(bagOf(stock, token.gramStarts, grams));
  const count = token.content.length > 0 ? token.paragraphOf[token.content.length - 1]! + 1 : 0;
  if (!basis.withParagraphs || count < 2) return { vector, paragraphs: [] };
  const within = Array.from({ length: count }, () => ({ starts: [] as number[], grams: [] as string[] }));
  // A bigram across a line break belongs to no paragraph.
  token.gramStarts.forEach((start, k) => {
    if (token.paragraphOf[start] !== token.paragraphOf[start + 1]) return;
    const paragraph = within[token.paragraphOf[start]!]!;
    paragraph.starts.push(start);
    paragraph.grams.push(grams[k]!);
  });
  return { vector, paragraphs: within.map((p) => weigh(bagOf(stock, p.starts, p.grams))) };
}

/** tfidfOf for every text, idf over all of them. */
function tfidfVectors(
  tokens: readonly Tokenized[],
  stockPhrases: readonly string[],
  termFrequency: TermFrequency,
  withParagraphs = false,
): TfidfVectors {
  const basis = tfidfBasis(tokens, stockPhrases, termFrequency, withParagraphs);
  const each = tokens.map((token) => tfidfOf(token, basis));
  return { vectors: each.map((e) => e.vector), paragraphs: each.map((e) => e.paragraphs) };
}

/**
 * Only the TF-IDF vectors of prepareArticles (same tokens, vocabulary and stock-phrase discount, idf over the texts
 * given), without the character weights the alignments need: the cheap bag-of-bigrams view for ranking whole
 * documents or many articles at once (infer-likely-parents.ts).
 */
export function bigramVectors(
  sources: readonly ArticleSource[],
  options: Pick<WeightOptions, 'stockPhrases' | 'vocabulary'> & { termFrequency?: TermFrequency } = {},
): Map<string, number>[] {
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY;
  return tfidfVectors(
    sources.map((source) => tokenize(source, vocabulary)),
    options.stockPhrases ?? DEFAULT_STOCK_PHRASES,
    options.termFrequency ?? 'log',
  ).vectors;
}

/**
 * How often each bigram occurs in an article, read as prepareArticles reads it (same folding and vocabulary): what
 * an index of many articles stores (source-index.ts). Example: articleGramCounts({ docKey: 'a', heading: '', text:
 * '科技创新，科技' }) → Map { '科技' → 2, '技创' → 1, '创新' → 1 }.
 */
export function articleGramCounts(
  source: ArticleSource,
  vocabulary: readonly VocabularyEntry[] = DEFAULT_VOCABULARY,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const gram of gramsOf(tokenize(source, vocabulary))) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

/**
 * A text's bigrams as bigramVectors weighs them, before idf: each bigram's count and the same with occurrences inside
 * stock phrases counted STOCK_PHRASE_FACTOR, in order of first occurrence (whole-text-index.ts keeps them for every
 * document of a graph). Example: bigramBag({ docKey: 'a', heading: '', text: '科技创新' }) → Map { '科技' → { count: 1,
 * counted: 1 }, … }.
 */
export function bigramBag(
  source: ArticleSource,
  options: Pick<WeightOptions, 'stockPhrases' | 'vocabulary'> = {},
): ReadonlyMap<string, { count: number; counted: number }> {
  const token = tokenize(source, options.vocabulary ?? DEFAULT_VOCABULARY);
  const stock = stockMask(token, findStockRanges(token.content, options.stockPhrases ?? DEFAULT_STOCK_PHRASES), false);
  return bagOf(stock, token.gramStarts, gramsOf(token));
}

/** Cosine of two vectors of length 1 (bigramVectors, PreparedArticle.vector). */
export function vectorCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [gram, w] of small) {
    const other = large.get(gram);
    if (other !== undefined) dot += w * other;
  }
  return Math.min(1, dot);
}

/** Cosine of two prepared articles' TF-IDF vectors. */
export function cosine(a: PreparedArticle, b: PreparedArticle): number {
  return vectorCosine(a.vector, b.vector);
}

/**
 * Learns what preparing an article needs from all of `sources` (bigram weights, document frequencies) and returns a
 * function preparing the article at one index: the same object prepareArticles gives it, computed only when asked
 * (a worker thread prepares only the articles of the groups it ranks).
 */
export function createArticlePreparer(
  sources: readonly ArticleSource[],
  options: WeightOptions = {},
): (index: number, side?: Side) => PreparedArticle {
  const stockPhrases = options.stockPhrases ?? DEFAULT_STOCK_PHRASES;
  const byArticle = (options.weighBy ?? 'article') === 'article';
  const corpusWeight = options.corpusWeight ?? (() => 1);
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY;
  const tokens = sources.map((source) => tokenize(source, vocabulary));
  const basis = tfidfBasis(tokens, stockPhrases, 'raw', true);
  if (options.documentFrequency) {
    if (!byArticle) throw new Error('documentFrequency weighs by article only');
    for (const gram of basis.df.keys()) basis.df.set(gram, options.documentFrequency.of(gram));
    basis.n = options.documentFrequency.n;
  }
  // By article, the number of articles using a bigram is its document frequency, counted already.
  let gramDocCounts: Map<string, number> = basis.df;
  let documents = basis.n;
  if (!byArticle) {
    const gramDocs = new Map<string, Set<string>>();
    const docKeys = new Set<string>();
    tokens.forEach((token, index) => {
      const docKey = sources[index]!.docKey;
      docKeys.add(docKey);
      for (const start of token.gramStarts) {
        const gram = token.content.slice(start, start + 2);
        const seen = gramDocs.get(gram);
        if (seen === undefined) gramDocs.set(gram, new Set([docKey]));
        else seen.add(docKey);
      }
    });
    documents = docKeys.size;
    gramDocCounts = new Map([...gramDocs].map(([gram, docs]) => [gram, docs.size]));
  }
  const weightOf = new Map<string, number>();
  for (const [gram, count] of gramDocCounts)
    weightOf.set(gram, Math.min(gramWeight(count, documents), corpusWeight(gram)));

  return (index, side = 'upper') => {
    const token = tokens[index]!;
    const n = token.content.length;
    const weights = new Float32Array(n).fill(0.5);
    const seen = new Uint8Array(n);
    // Each bigram sliced once, for the weights and both bags of tfidfOf.
    const grams = gramsOf(token);
    const stockRanges = findStockRanges(token.content, stockPhrases);
    token.gramStarts.forEach((start, k) => {
      const w = weightOf.get(grams[k]!) ?? 1;
      for (let at = start; at <= start + 1; at++) {
        weights[at] = seen[at] ? Math.max(weights[at]!, w) : w;
        seen[at] = 1;
      }
    });
    for (const [from, to] of stockRanges) {
      for (let i = from; i < to; i++)
        if (seen[i] !== 2) {
          weights[i] = weights[i]! * STOCK_PHRASE_FACTOR;
          seen[i] = 2;
        }
    }
    // A title an upper article cites is no wording a lower one takes from it.
    if (side === 'upper') for (let i = 0; i < n; i++) if (token.cited[i]) weights[i] = weights[i]! * CITATION_FACTOR;
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = token.content.charCodeAt(i);
    let totalWeight = 0;
    let headingWeight = 0;
    for (let i = 0; i < n; i++) {
      totalWeight += weights[i]!;
      if (i < token.headingLength) headingWeight += weights[i]!;
    }
    const { vector, paragraphs } = tfidfOf(token, basis, grams, stockRanges, side);
    return {
      raw: token.raw,
      codes,
      offsets: token.offsets,
      weights,
      totalWeight,
      headingLength: token.headingLength,
      headingWeight,
      hasBody: token.headingLength < n,
      charOrder: sortCharPositions(codes, weights),
      vector,
      paragraphVectors: paragraphs,
    };
  };
}

/** Prepares articles; bigram weights come from how many distinct `docKey`s use each bigram. */
export function prepareArticles(sources: readonly ArticleSource[], options: WeightOptions = {}): PreparedArticle[] {
  const prepare = createArticlePreparer(sources, options);
  return sources.map((_, index) => prepare(index, index < (options.lowers ?? 0) ? 'lower' : 'upper'));
}
