/**
 * Infers document-level IMPLEMENTS edges from article alignments: a lower document gets one towards an upper
 * document it does not cite when at least `minArticles` of its articles have their best candidate in that document
 * and that candidate is strong — class related or better, or a verbatim shared span of at least `minSpan`
 * characters outside stock phrases (a reused sentence; the guidance every policy opens with,
 * 以习近平新时代中国特色社会主义思想为指导, is 20 characters and none of them: stock-phrases.ts). Example: the Liuzhou
 * measures cite nothing, yet (十)→Guangxi (二) scores related and (二)→Guangxi (三) reuses a 25-character sentence:
 * { lowerFile: 'liuzhou…', upperFile: 'guangxi…', alignedArticles: 2 }.
 */
import type { AlignmentPair } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { CLASS_THRESHOLDS } from './classify-score.ts';
import { textRanks } from './named-articles.ts';
import { citedDocumentsIn, indexFiles } from './resolve-cited-documents.ts';
import { contentOutsideStock } from './stock-phrases.ts';

/** An inferred IMPLEMENTS edge between two documents, by file. */
export interface InferredImplements {
  lowerFile: string;
  upperFile: string;
  alignedArticles: number;
}

/** Thresholds of the inference. */
export interface InferOptions {
  minArticles: number;
  minScore: number;
  minSpan: number;
}

/** Defaults: 2 articles, the `related` threshold, a shared span of 12 characters outside stock phrases. */
export const DEFAULT_INFER_OPTIONS: InferOptions = {
  minArticles: 2,
  minScore: CLASS_THRESHOLDS.find((t) => t.class === 'related')!.min,
  minSpan: 12,
};

/** True for a rank-1 pair strong enough to count towards an inferred IMPLEMENTS. */
export function isStrongPair(pair: AlignmentPair, options: InferOptions = DEFAULT_INFER_OPTIONS): boolean {
  if (pair.rank !== 1) return false;
  if (pair.score >= options.minScore) return true;
  // Counted in content characters outside stock phrases: a copied boilerplate sentence is no evidence of implementing.
  return pair.evidence.some((e) => e.lowerText === e.upperText && contentOutsideStock(e.lowerText) >= options.minSpan);
}

/** Inferred IMPLEMENTS edges, ordered by lower then upper document as given in `docs`. */
export function inferImplements(
  docs: readonly AlignDocument[],
  pairs: readonly AlignmentPair[],
  options: Partial<InferOptions> = {},
): InferredImplements[] {
  const opts = { ...DEFAULT_INFER_OPTIONS, ...options };
  // lower file → upper file → the lower articles whose strong best candidate is in that upper document
  const counts = new Map<string, Map<string, Set<string>>>();
  // A pair put first because the article names it (cited) is a citation, not evidence of implementing: the texts'
  // own best candidate is the first one not cited, ranked below the cited ones.
  const textRank = textRanks(pairs);
  for (const pair of pairs) {
    const rank = textRank(pair);
    if (rank === undefined) continue;
    if (!isStrongPair({ ...pair, rank }, opts)) continue;
    let uppers = counts.get(pair.lower.file);
    if (!uppers) counts.set(pair.lower.file, (uppers = new Map()));
    let paths = uppers.get(pair.upper.file);
    if (!paths) uppers.set(pair.upper.file, (paths = new Set()));
    paths.add(pair.lower.path);
  }
  // Only the upper documents a lower one has strong pairs with are visited, in corpus order: visiting every pair of
  // documents cost documents² (minutes on 20,000).
  const indices = indexFiles(docs);
  const citedOf = citedDocumentsIn(docs, indices);
  const out: InferredImplements[] = [];
  for (const lower of docs) {
    const uppers = counts.get(lower.file);
    if (!uppers) continue;
    const cited = new Set(citedOf(lower));
    const candidates = [...uppers.keys()].flatMap((file) => indices.get(file) ?? []).sort((a, b) => a - b);
    for (const i of candidates) {
      const upper = docs[i]!;
      const aligned = uppers.get(upper.file)!.size;
      if (aligned >= opts.minArticles && !cited.has(upper.file)) {
        out.push({ lowerFile: lower.file, upperFile: upper.file, alignedArticles: aligned });
      }
    }
  }
  return out;
}
