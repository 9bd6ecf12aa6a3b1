/**
 * Two standard retrieval baselines the engine is measured against (eval-align): TF-IDF cosine over character
 * bigrams, and BM25 (k1 = 1.2, b = 0.75) over jieba words. IDF is computed over the articles given (lowers and
 * uppers together), as a plain implementation would. Both rank every upper for each lower article.
 * Example: rankTfidfBigrams(['加强关键核心技术攻关'], ['关键核心技术攻关', '人才引进'], 3) → [{ lower: 0, upper: 0, score: 0.8, rank: 1 }].
 */
import { foldText, isContentChar } from './fold-text.ts';
import { segmentWords } from './segment-words.ts';

/** One ranked candidate of a baseline, by index into the lower and upper arrays. */
export interface BaselineMatch {
  lower: number;
  upper: number;
  score: number;
  rank: number;
}

function bigrams(text: string): string[] {
  const content = [...foldText(text)].filter(isContentChar).join('');
  const out: string[] = [];
  for (let i = 0; i + 1 < content.length; i++) out.push(content.slice(i, i + 2));
  return out;
}

function counts(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function documentFrequencies(bags: readonly Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

function topK(lower: number, scores: Float64Array, k: number): BaselineMatch[] {
  const ids = [...scores.keys()].filter((i) => scores[i]! > 0).sort((x, y) => scores[y]! - scores[x]! || x - y);
  return ids.slice(0, k).map((upper, i) => ({ lower, upper, score: scores[upper]!, rank: i + 1 }));
}

/** TF-IDF (log-scaled tf, smoothed idf) cosine over character bigrams. */
export function rankTfidfBigrams(lowers: readonly string[], uppers: readonly string[], k = 5): BaselineMatch[] {
  const bagsL = lowers.map((t) => counts(bigrams(t)));
  const bagsU = uppers.map((t) => counts(bigrams(t)));
  const df = documentFrequencies([...bagsL, ...bagsU]);
  const n = bagsL.length + bagsU.length;
  const vector = (bag: Map<string, number>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of bag) {
      const w = (1 + Math.log(c)) * Math.log((1 + n) / (1 + df.get(t)!)) + 1e-9;
      v.set(t, w);
      norm += w * w;
    }
    return { v, norm: Math.sqrt(norm) };
  };
  const vu = bagsU.map(vector);
  const out: BaselineMatch[] = [];
  bagsL.forEach((bag, lower) => {
    const { v, norm } = vector(bag);
    const scores = new Float64Array(uppers.length);
    vu.forEach((u, upper) => {
      let dot = 0;
      for (const [t, w] of v) dot += w * (u.v.get(t) ?? 0);
      scores[upper] = norm > 0 && u.norm > 0 ? dot / (norm * u.norm) : 0;
    });
    out.push(...topK(lower, scores, k));
  });
  return out;
}

/** Okapi BM25 over jieba words, the lower article as the query, the upper articles as the collection. */
export function rankBm25Words(
  lowers: readonly string[],
  uppers: readonly string[],
  k = 5,
  k1 = 1.2,
  b = 0.75,
): BaselineMatch[] {
  const bagsU = uppers.map((t) => counts(segmentWords(t).map((w) => w.word)));
  const lengths = bagsU.map((bag) => [...bag.values()].reduce((s, c) => s + c, 0));
  const average = lengths.reduce((s, l) => s + l, 0) / (lengths.length || 1);
  const df = documentFrequencies(bagsU);
  const n = bagsU.length;
  const out: BaselineMatch[] = [];
  lowers.forEach((text, lower) => {
    const query = counts(segmentWords(text).map((w) => w.word));
    const scores = new Float64Array(n);
    bagsU.forEach((bag, upper) => {
      let s = 0;
      for (const [t, qc] of query) {
        const tf = bag.get(t);
        if (!tf) continue;
        const idf = Math.log(1 + (n - df.get(t)! + 0.5) / (df.get(t)! + 0.5));
        s += (qc * idf * (tf * (k1 + 1))) / (tf + k1 * (1 - b + (b * lengths[upper]!) / average));
      }
      scores[upper] = s;
    });
    out.push(...topK(lower, scores, k));
  });
  return out;
}
