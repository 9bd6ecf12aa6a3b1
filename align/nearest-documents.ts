/**
 * The documents nearest to a document by the TF-IDF cosine of their whole texts' bigrams, among allowed ones, through
 * an inverted index of each document's heaviest bigrams: finding the nearest 12 of 2,000 statutes for hundreds of
 * regulations walks short postings instead of comparing every pair.
 * Example: const near = nearestDocuments(docs); near('liuzhou.txt', new Set(['gx.txt', 'sc.txt']), 1) → ['sc.txt'].
 */
import type { AlignDocument } from './align-types.ts';
import { bigramVectors } from './prepare-articles.ts';

/** Bigrams kept per document, heaviest first: they carry almost all of a cosine's mass, and bound the index. */
export const KEPT_BIGRAMS = 600;

/** A document's articles as one text (heading。text per line), the unit of whole-document cosines. */
export function wholeTextOf(doc: Pick<AlignDocument, 'articles'>): string {
  return doc.articles.map((a) => `${a.heading}。${a.text}`).join('\n');
}

/**
 * Builds the index over `docs`; the returned function ranks allowed files by the cosine of their heaviest bigrams to
 * those of `file`, best first (the cosine of the truncated vectors: a shortlist, not a score to show).
 */
export function nearestDocuments(
  docs: readonly AlignDocument[],
): (file: string, allowed: ReadonlySet<string>, limit: number) => string[] {
  const kept = bigramVectors(docs.map((d) => ({ docKey: d.file, heading: d.title, text: wholeTextOf(d) }))).map(
    (vector) => [...vector].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, KEPT_BIGRAMS),
  );
  const at = new Map(docs.map((d, i) => [d.file, i]));
  const lists = new Map<string, { doc: number; w: number }[]>();
  kept.forEach((grams, doc) => {
    for (const [gram, w] of grams) {
      const list = lists.get(gram);
      if (list) list.push({ doc, w });
      else lists.set(gram, [{ doc, w }]);
    }
  });
  // Each posting list as two typed arrays: walking them is what a query costs (thousands of documents citing none
  // of their uppers, each walking postings as long as the corpus), and objects scattered over the heap walked slowly.
  const postings = new Map<string, { docs: Int32Array; ws: Float64Array }>();
  for (const [gram, list] of lists)
    postings.set(gram, { docs: Int32Array.from(list, (p) => p.doc), ws: Float64Array.from(list, (p) => p.w) });
  lists.clear();
  const dots = new Float64Array(docs.length);
  return (file, allowed, limit) => {
    const self = at.get(file);
    if (self === undefined) return [];
    dots.fill(0);
    for (const [gram, w] of kept[self]!) {
      const list = postings.get(gram);
      if (!list) continue;
      const { docs: ds, ws } = list;
      for (let j = 0; j < ds.length; j++) dots[ds[j]!]! += w * ws[j]!;
    }
    return docs
      .map((d, i) => ({ file: d.file, dot: dots[i]!, i }))
      .filter((x) => x.i !== self && allowed.has(x.file))
      .sort((x, y) => y.dot - x.dot || x.i - y.i)
      .slice(0, limit)
      .map((x) => x.file);
  };
}
