/**
 * Links the articles of two successive versions of a statute, so that a diff between versions is a query: an article
 * whose text is unchanged is the SAME_AS its successor (whatever its number now), one whose text changed is
 * CHANGED_TO its successor (the most similar one, character bigrams, at least MIN_CHANGED_SIMILARITY), with the
 * changed span of each; the rest were DELETED or ADDED. Texts that differ only in full- or half-width forms are the same.
 * Pure. Example, 上海市科学技术进步条例 2010 → 2024:
 *   { from: 'a49', to: 'a47', kind: 'CHANGED_TO', removed: '2010年11月1日', inserted: '2024年6月1日', similarity: 0.83 }
 */
import { bigramSimilarity, changedSpan, foldWidth } from '../../text/index.ts';

/** An article as the diff sees it. */
export interface VersionArticle {
  path: string;
  label?: string;
  heading?: string;
  text: string;
}

/** A link from an article of the older version to one of the newer. */
export interface ArticleVersionLink {
  kind: 'SAME_AS' | 'CHANGED_TO';
  from: string;
  to: string;
  similarity: number;
  /** CHANGED_TO: the text of the older article between the common start and end, and what stands there now. */
  removed?: string;
  inserted?: string;
}

/** The diff of two versions by article paths. */
export interface ArticleVersionDiff {
  links: ArticleVersionLink[];
  added: string[];
  deleted: string[];
}

/** Below this bigram similarity two articles are not the same article changed, but one deleted and one added. */
export const MIN_CHANGED_SIMILARITY = 0.5;

const body = (a: VersionArticle): string => `${a.heading ? `${a.heading}。` : ''}${a.text}`.replace(/\s+/g, '');
/** The text compared: full- and half-width forms are one (（一） and (一) are no change); the stored text is as written. */
const compared = (a: VersionArticle): string => foldWidth(body(a));

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i += 1) out.add(text.slice(i, i + 2));
  if (text.length === 1) out.add(text);
  return out;
}

export { bigramSimilarity };

/** Diffs the articles of an older and a newer version. */
export function diffArticleVersions(
  older: readonly VersionArticle[],
  newer: readonly VersionArticle[],
): ArticleVersionDiff {
  const links: ArticleVersionLink[] = [];
  const freeOld = new Set(older.map((_, i) => i));
  const freeNew = new Set(newer.map((_, i) => i));
  // Unchanged texts first, in order: the first free newer article with the same text.
  const byText = new Map<string, number[]>();
  newer.forEach((a, i) => byText.set(compared(a), [...(byText.get(compared(a)) ?? []), i]));
  older.forEach((a, i) => {
    const j = byText.get(compared(a))?.find((k) => freeNew.has(k));
    if (j === undefined) return;
    freeOld.delete(i);
    freeNew.delete(j);
    links.push({ kind: 'SAME_AS', from: a.path, to: newer[j]!.path, similarity: 1 });
  });
  // Then the most similar remaining pairs, best first; ties go to the pair closer in order.
  const grams = new Map<VersionArticle, Set<string>>();
  const gramsOf = (a: VersionArticle) => grams.get(a) ?? grams.set(a, bigrams(compared(a))).get(a)!;
  const pairs: { i: number; j: number; score: number }[] = [];
  for (const i of freeOld) {
    for (const j of freeNew) {
      const score = bigramSimilarity(gramsOf(older[i]!), gramsOf(newer[j]!));
      if (score >= MIN_CHANGED_SIMILARITY) pairs.push({ i, j, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i || a.j - b.j);
  for (const { i, j, score } of pairs) {
    if (!freeOld.has(i) || !freeNew.has(j)) continue;
    freeOld.delete(i);
    freeNew.delete(j);
    const span = changedSpan(body(older[i]!), body(newer[j]!));
    links.push({
      kind: 'CHANGED_TO',
      from: older[i]!.path,
      to: newer[j]!.path,
      similarity: Math.round(score * 1000) / 1000,
      ...span,
    });
  }
  links.sort((a, b) => older.findIndex((x) => x.path === a.from) - older.findIndex((x) => x.path === b.from));
  return {
    links,
    added: [...freeNew].sort((a, b) => a - b).map((j) => newer[j]!.path),
    deleted: [...freeOld].sort((a, b) => a - b).map((i) => older[i]!.path),
  };
}
