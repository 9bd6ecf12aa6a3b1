/**
 * Candidate retrieval: an inverted index of character bigrams and trigrams over upper articles, queried with BM25 (k1 = 1.2,
 * b = 0.75) where each query bigram also carries its stock-phrase weight. Only the top-k uppers per lower article
 * go on to Smith-Waterman, which is what makes alignment cheaper than scoring every pair.
 * Example: retrieveCandidates(buildBm25Index(uppers), lower, 20) → up to 20 upper indexes, best first.
 */
import type { PreparedArticle } from './prepare-articles.ts';

/** Postings per bigram: parallel arrays of upper-article index and term frequency. */
export interface Bm25Index {
  postings: Map<string, { ids: number[]; tfs: number[] }>;
  /** BM25 length normalisation per upper article: k1 × (1 − b + b × len / avgLen). */
  norms: Float64Array;
  size: number;
}

const K1 = 1.2;
const B = 0.75;

/** Builds the index over `uppers` (their position in the array is their id). */
export function buildBm25Index(uppers: readonly PreparedArticle[]): Bm25Index {
  const postings = new Map<string, { ids: number[]; tfs: number[] }>();
  let totalLength = 0;
  uppers.forEach((upper, id) => {
    totalLength += upper.gramLength;
    for (const [gram, tf] of upper.gramCounts) {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = { ids: [], tfs: [] }));
      list.ids.push(id);
      list.tfs.push(tf);
    }
  });
  const avg = uppers.length > 0 ? totalLength / uppers.length || 1 : 1;
  const norms = new Float64Array(uppers.length);
  uppers.forEach((upper, id) => { norms[id] = K1 * (1 - B + (B * upper.gramLength) / avg); });
  return { postings, norms, size: uppers.length };
}

/** Terms found in more than this share of a large index (≥ 200 uppers) are skipped: low IDF, long postings. */
export const COMMON_TERM_SHARE = 0.25;

/**
 * The `k` uppers with the highest BM25 score for `lower`, restricted to `allowed` when given (ties: lower id first).
 * `scratch` is a reusable buffer of index.size entries.
 */
export function retrieveCandidates(
  index: Bm25Index, lower: PreparedArticle, k: number, allowed?: (id: number) => boolean, scratch?: Float64Array,
): number[] {
  const scores = scratch ?? new Float64Array(index.size);
  const touched: number[] = [];
  const maxDf = index.size >= 200 ? COMMON_TERM_SHARE * index.size : Infinity;
  for (const gram of lower.gramCounts.keys()) {
    const list = index.postings.get(gram);
    if (!list || list.ids.length > maxDf) continue;
    const idf = Math.log(1 + (index.size - list.ids.length + 0.5) / (list.ids.length + 0.5));
    const weight = idf * (lower.gramWeights.get(gram) ?? 1);
    const { ids, tfs } = list;
    for (let p = 0; p < ids.length; p++) {
      const id = ids[p]!;
      if (allowed && !allowed(id)) continue;
      const tf = tfs[p]!;
      if (scores[id] === 0) touched.push(id);
      scores[id] = scores[id]! + (weight * tf * (K1 + 1)) / (tf + index.norms[id]!);
    }
  }
  const best = selectTop(touched, scores, k);
  for (const id of touched) scores[id] = 0;
  return best;
}

/** The k ids of highest score (ties: lower id first), best first, without sorting all of them. */
function selectTop(ids: readonly number[], scores: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const top: number[] = [];
  for (const id of ids) {
    if (top.length === k && !better(id, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && better(id, top[at - 1]!)) { top[at] = top[at - 1]!; at--; }
    top[at] = id;
    if (top.length > k) top.length = k;
  }
  return top;
}
