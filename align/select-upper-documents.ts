/**
 * Decides which documents each lower document is aligned against: the higher-tier documents it cites, or every
 * higher-tier document given when it cites none of them. Interpretations take no part: an interpretation explains
 * a document, it does not implement one, and it holds no articles of its own to carry.
 * An upper document issued after the lower one cannot be its source and is left out (when both dates are known).
 * A document whose tier is unknown (TIER_UNKNOWN) takes no part until a user sets its tier: taken as an upper
 * document it would draw every lower article of the corpus to itself.
 * Example: { 'liuzhou.txt': ['guangxi.txt', 'state-council.txt'], 'guangxi.txt': ['state-council.txt'] }.
 */
import { TIERS } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { citedDocuments } from './resolve-cited-documents.ts';

function issuedAfter(upper: AlignDocument, lower: AlignDocument): boolean {
  if (!upper.issuedOn || !lower.issuedOn) return false;
  const length = Math.min(upper.issuedOn.length, lower.issuedOn.length);
  return upper.issuedOn.slice(0, length) > lower.issuedOn.slice(0, length);
}

/** True when a document can take part in alignment at all. */
export function isAlignable(doc: AlignDocument): boolean {
  return doc.kind !== 'interpretation' && doc.articles.length > 0;
}

/** Lower file → the files of the upper documents it is aligned against (lower documents without any are absent). */
export function selectUpperDocuments(docs: readonly AlignDocument[]): Map<string, string[]> {
  const selection = new Map<string, string[]>();
  for (const lower of docs) {
    if (!isAlignable(lower) || !lower.tier) continue;
    const lowerRank = TIERS.indexOf(lower.tier);
    const higher = docs.filter(
      (d) => isAlignable(d) && d.tier !== undefined && TIERS.indexOf(d.tier) < lowerRank && !issuedAfter(d, lower),
    );
    if (higher.length === 0) continue;
    const cited = new Set(citedDocuments(lower, docs));
    const known = higher.filter((d) => cited.has(d.file));
    selection.set(
      lower.file,
      (known.length > 0 ? known : higher).map((d) => d.file),
    );
  }
  return selection;
}
