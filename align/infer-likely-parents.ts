/**
 * Which upper document a document implements when it cites none: each of its articles is aligned against the
 * articles of every higher-tier document (citations ignored), and each upper document scores the mean, over the
 * lower articles, of the best score it gives them; documents are ranked by that. Many uppers are first shortlisted
 * by a document-level TF-IDF cosine (`shortlist`, default 12), so a whole statute book stays cheap.
 * Example: inferLikelyParents(docs, 'liuzhou…') → [{ file: 'state-council…', score: 0.31, alignedArticles: 9 }, { file: 'guangxi…', … }].
 */
import { TIERS } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { alignDocuments } from './align-documents.ts';
import { isAlignable } from './select-upper-documents.ts';
import { prepareArticles, cosine } from './prepare-articles.ts';

/** One likely parent document. */
export interface LikelyParent {
  file: string;
  /** Mean over the lower articles of the best score this document gives them (0 for articles it does not reach). */
  score: number;
  /** Lower articles whose best candidate overall lies in this document. */
  alignedArticles: number;
}

/** Options of the inference. */
export interface LikelyParentOptions {
  limit: number;
  shortlist: number;
  /** Text removed from the lower document before ranking (e.g. /《[^》]*》/g to hide its citations). */
  hide?: RegExp;
}

const textOf = (doc: AlignDocument) => doc.articles.map((a) => `${a.heading}。${a.text}`).join('\n');

/** Upper documents ranked as what `file` implements. */
export function inferLikelyParents(
  docs: readonly AlignDocument[],
  file: string,
  options: Partial<LikelyParentOptions> = {},
): LikelyParent[] {
  const { limit = 5, shortlist = 12, hide } = options;
  const found = docs.find((d) => d.file === file);
  if (!found || !isAlignable(found) || !found.tier) return [];
  const lower: AlignDocument = hide
    ? {
        ...found,
        articles: found.articles.map((a) => ({
          ...a,
          text: a.text.replace(hide, ''),
          heading: a.heading.replace(hide, ''),
        })),
      }
    : found;
  const lowerRank = TIERS.indexOf(found.tier);
  let uppers = docs.filter((d) => isAlignable(d) && d.tier !== undefined && TIERS.indexOf(d.tier) < lowerRank);
  if (uppers.length > shortlist) {
    const prepared = prepareArticles(
      [lower, ...uppers].map((d) => ({ docKey: d.file, heading: d.title.replace(hide ?? /$^/, ''), text: textOf(d) })),
    );
    const scored = uppers.map((d, i) => ({ d, s: cosine(prepared[0]!, prepared[i + 1]!) })).sort((x, y) => y.s - x.s);
    uppers = scored.slice(0, shortlist).map((x) => x.d);
  }
  if (uppers.length === 0) return [];
  const pairs = alignDocuments([lower, ...uppers], { selection: new Map([[lower.file, uppers.map((u) => u.file)]]) });
  const best = new Map<string, Map<string, number>>();
  const firsts = new Map<string, number>();
  for (const p of pairs) {
    const perDoc = best.get(p.upper.file) ?? new Map<string, number>();
    perDoc.set(p.lower.path, Math.max(perDoc.get(p.lower.path) ?? 0, p.score));
    best.set(p.upper.file, perDoc);
    if (p.rank === 1) firsts.set(p.upper.file, (firsts.get(p.upper.file) ?? 0) + 1);
  }
  const n = lower.articles.length;
  return uppers
    .map((u) => ({
      file: u.file,
      score: Math.round((1e4 * [...(best.get(u.file)?.values() ?? [])].reduce((s, x) => s + x, 0)) / n) / 1e4,
      alignedArticles: firsts.get(u.file) ?? 0,
    }))
    .filter((p) => p.score > 0)
    .sort((x, y) => y.score - x.score || y.alignedArticles - x.alignedArticles || (x.file < y.file ? -1 : 1))
    .slice(0, limit);
}
