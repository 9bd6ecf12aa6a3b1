/**
 * Runs a baseline ranker (rank-baselines.ts) over the same lower → upper selection the engine uses, and returns its
 * candidates as alignment pairs, so evaluation treats engine and baselines alike.
 * Example: alignWithBaseline(docs, selection, 'tfidf-bigrams') → [{ lower: { article: 1, … }, upper: { article: 6, … }, rank: 1, … }].
 */
import type { AlignmentPair } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { classifyScore } from './classify-score.ts';
import { rankBm25Words, rankTfidfBigrams } from './rank-baselines.ts';

/** The two baselines the engine is measured against. */
export type BaselineName = 'tfidf-bigrams' | 'bm25-words';

const textOf = (a: AlignDocument['articles'][number]) => `${a.heading}。${a.text}`;

/** Candidate pairs of a baseline, `k` per lower article, for every lower document of `selection`. */
export function alignWithBaseline(
  docs: readonly AlignDocument[],
  selection: ReadonlyMap<string, readonly string[]>,
  baseline: BaselineName,
  k = 5,
): AlignmentPair[] {
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const side = (doc: AlignDocument, a: AlignDocument['articles'][number]) => ({
    file: doc.file,
    ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
    title: doc.title,
    article: a.number,
    path: a.path,
    heading: a.heading,
  });
  const out: AlignmentPair[] = [];
  for (const doc of docs) {
    const upperFiles = selection.get(doc.file);
    if (!upperFiles) continue;
    const uppers = upperFiles.flatMap((f) => (byFile.get(f)?.articles ?? []).map((a) => ({ doc: byFile.get(f)!, a })));
    const rank = baseline === 'tfidf-bigrams' ? rankTfidfBigrams : rankBm25Words;
    for (const m of rank(
      doc.articles.map(textOf),
      uppers.map((u) => textOf(u.a)),
      k,
    )) {
      const upper = uppers[m.upper]!;
      out.push({
        lower: side(doc, doc.articles[m.lower]!),
        upper: side(upper.doc, upper.a),
        score: Math.round(m.score * 1e4) / 1e4,
        class: classifyScore(Math.min(1, m.score)),
        rank: m.rank,
        evidence: [],
        method: baseline,
        version: '1',
      });
    }
  }
  return out;
}
