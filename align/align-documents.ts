/**
 * Aligns documents: every article of each lower document against the articles of the documents above it
 * (select-upper-documents.ts), returning up to `maxCandidates` scored pairs per lower article, sorted by lower
 * document (input order), lower article order, then score descending.
 * Example: alignDocuments([liuzhou, guangxi, stateCouncil])[0] → { lower: { article: 1, … }, upper: { file:
 * 'state-council-hitech-opinions.txt', article: 6, … }, score: 0.6, class: 'related', rank: 1, evidence: […] }.
 */
import type { AlignmentPair } from '../model/index.ts';
import { ALIGN_METHOD, ALIGN_VERSION, type AlignArticle, type AlignDocument } from './align-types.ts';
import { classifyScore } from './classify-score.ts';
import { prepareArticles, type WeightOptions } from './prepare-articles.ts';
import { rankCandidates, type ArticleMatch, type RankOptions } from './rank-candidates.ts';
import { selectUpperDocuments } from './select-upper-documents.ts';

/** Options of alignDocuments; `selection` (lower file → upper files) replaces selectUpperDocuments when given. */
export type AlignOptions = Partial<Omit<RankOptions, 'allowed'>> &
  WeightOptions & { selection?: ReadonlyMap<string, readonly string[]> };

interface Slot {
  doc: AlignDocument;
  docIndex: number;
  article: AlignArticle;
  order: number;
}

function side(slot: Slot): AlignmentPair['lower'] {
  const { doc, article } = slot;
  return {
    file: doc.file,
    ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
    title: doc.title,
    article: article.number,
    path: article.path,
    heading: article.heading,
  };
}

/** Scored candidate pairs between lower-tier and upper-tier articles. */
export function alignDocuments(docs: readonly AlignDocument[], options: AlignOptions = {}): AlignmentPair[] {
  const selection = options.selection ?? selectUpperDocuments(docs);
  const upperFiles = new Set([...selection.values()].flat());
  const involved = docs.filter((d) => selection.has(d.file) || upperFiles.has(d.file));
  const docIndex = new Map(docs.map((doc, i) => [doc, i]));
  const slots: Slot[] = involved.flatMap((doc) =>
    doc.articles.map((article, order) => ({ doc, docIndex: docIndex.get(doc)!, article, order })),
  );
  const prepared = prepareArticles(
    slots.map((s) => ({ docKey: s.doc.file, heading: s.article.heading, text: s.article.text })),
    options,
  );
  // Lower documents that look up to the same upper documents are ranked together against an index of those uppers
  // only: each lower article then walks the postings of its own uppers, not of every upper in the corpus. Uppers keep
  // their corpus order, so ties break as in one global ranking.
  const groups = new Map<string, { lowerIds: number[]; upperFiles: Set<string> }>();
  slots.forEach((slot, i) => {
    const uppers = selection.get(slot.doc.file);
    if (!uppers) return;
    const key = uppers.join('\n');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { lowerIds: [], upperFiles: new Set(uppers) }));
    group.lowerIds.push(i);
  });
  const matches: { lower: Slot; upper: Slot; match: ArticleMatch }[] = [];
  for (const { lowerIds, upperFiles: files } of groups.values()) {
    const upperIds = slots.map((_, i) => i).filter((i) => files.has(slots[i]!.doc.file));
    const ranked = rankCandidates(
      lowerIds.map((i) => prepared[i]!),
      upperIds.map((i) => prepared[i]!),
      options,
    );
    for (const m of ranked)
      matches.push({ lower: slots[lowerIds[m.lower]!]!, upper: slots[upperIds[m.upper]!]!, match: m });
  }
  const pairs = matches.map(({ lower, upper, match: m }) => {
    const pair: AlignmentPair = {
      lower: side(lower),
      upper: side(upper),
      score: m.score,
      class: classifyScore(m.score),
      rank: m.rank,
      evidence: m.evidence,
      method: ALIGN_METHOD,
      version: ALIGN_VERSION,
    };
    return { pair, lower };
  });
  pairs.sort(
    (x, y) => x.lower.docIndex - y.lower.docIndex || x.lower.order - y.lower.order || x.pair.rank - y.pair.rank,
  );
  return pairs.map((p) => p.pair);
}
