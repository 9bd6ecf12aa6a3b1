/**
 * Which documents above a city's or a county's text, on its own chain of places, it follows closely without citing
 * them: 江门市扬尘污染防治条例 cites only the national laws, yet copies 广东省大气污染防治条例 article by article (its
 * 第三十三条 is the province's 第八十二条 word for word, fine included). A lower document follows an upper one when
 * FOLLOWED_ARTICLES of its articles or more share passages of FOLLOWED_PASSAGE content characters or more with it,
 * FOLLOWED_HASHES winnowed hashes in all, that are neither in a document the lower one already cites (the law both
 * copy) nor common wording (found in COMMON_PASSAGE_DOCUMENTS documents or more: the liability formulas).
 * Passages are found by winnowing (Schleimer, Wilkerson & Aiken 2003): of every WINNOW_WINDOW consecutive hashes of
 * SHINGLE-character windows the least is kept, so any shared run of SHINGLE + WINNOW_WINDOW − 1 characters yields a
 * kept hash on both sides, and a text keeps about a fifth of its windows. Only the hashes of the lower documents asked
 * about are indexed; every other document is scanned once against them.
 * Example: findFollowedUppers(docs, [{ lower: 0, candidates: [1, 2], cited: [2] }]) → Map { 0 => [1] } when
 * docs[0] (江门) shares long passages with docs[1] (广东) that docs[2] (大气污染防治法) does not hold.
 */
import type { AlignDocument } from './align-types.ts';
import { contentChars, windowHashes } from './content-windows.ts';

/** Characters of one hashed window. */
const SHINGLE = 16;
/** Hashes in one winnowing window: a run of SHINGLE + WINNOW_WINDOW − 1 = 24 characters is always found. */
const WINNOW_WINDOW = 9;
/** The shortest shared passage always found: about a clause (施工单位未建立扬尘污染防治工作台账的 is 17). */
export const FOLLOWED_PASSAGE = SHINGLE + WINNOW_WINDOW - 1;
/** Lower articles that must share a passage with an upper document for the lower one to follow it. */
const FOLLOWED_ARTICLES = 3;
/**
 * Kept hashes those articles must share with it in all (each about five characters of copied text beyond the first
 * sixteen): on lawrefbook three articles sharing a passage each were as often a province's drafting formulas
 * (临沂市美丽乡村条例 and 山东省禁毒条例, 4) as a copy; 江门 shares 62 with 广东 (docs/alignment.md).
 */
const FOLLOWED_HASHES = 10;
/** A passage found in this many documents or more (the lower one aside) is common wording, not a copy. */
export const COMMON_PASSAGE_DOCUMENTS = 25;

/** One lower document asked about: its position, the positions of the candidate uppers, of the documents it cites. */
export interface FollowQuestion {
  lower: number;
  candidates: readonly number[];
  cited: readonly number[];
}

/** The winnowed hashes of one text: the least of every WINNOW_WINDOW consecutive SHINGLE-character window hashes. */
export function winnowedHashes(text: string): Set<number> {
  const hashes: number[] = [];
  windowHashes(contentChars(text).chars, SHINGLE, (h) => void hashes.push(h));
  const kept = new Set<number>();
  if (hashes.length === 0) return kept;
  // A text shorter than one winnowing window keeps its least hash: the same as a longer text holding it whole would.
  const last = Math.max(0, hashes.length - WINNOW_WINDOW);
  for (let start = 0; start <= last; start++) {
    let least = hashes[start]!;
    for (let j = start + 1; j < Math.min(hashes.length, start + WINNOW_WINDOW); j++)
      if (hashes[j]! < least) least = hashes[j]!;
    kept.add(least);
  }
  return kept;
}

/** The winnowed hashes of each article of a document (heading and text). */
function articleHashes(doc: AlignDocument): Set<number>[] {
  return doc.articles.map((a) => winnowedHashes(`${a.heading ?? ''}${a.text}`));
}

/**
 * Lower position → the positions of the candidate uppers it follows closely, in the order of its candidates; lower
 * documents following none are absent.
 */
export function findFollowedUppers(
  docs: readonly AlignDocument[],
  questions: readonly FollowQuestion[],
): Map<number, number[]> {
  const asked = questions.filter((q) => q.candidates.length > 0);
  const followed = new Map<number, number[]>();
  if (asked.length === 0) return followed;
  // Each hash of an asked lower document → the documents holding it (positions, each once).
  const holders = new Map<number, number[]>();
  const lowerHashes = new Map<number, Set<number>[]>();
  for (const { lower } of asked) {
    if (lowerHashes.has(lower)) continue;
    const hashes = articleHashes(docs[lower]!);
    lowerHashes.set(lower, hashes);
    for (const article of hashes) for (const h of article) if (!holders.has(h)) holders.set(h, []);
  }
  docs.forEach((doc, i) => {
    const seen = new Set<number>();
    for (const article of lowerHashes.get(i) ?? articleHashes(doc))
      for (const h of article) {
        if (seen.has(h)) continue;
        seen.add(h);
        holders.get(h)?.push(i);
      }
  });
  for (const { lower, candidates, cited } of asked) {
    const candidate = new Set(candidates);
    const citedSet = new Set(cited);
    // Per candidate: the lower articles sharing a passage with it, and the hashes they share in all.
    const shared = new Map<number, { articles: number; hashes: number }>();
    for (const article of lowerHashes.get(lower)!) {
      const found = new Map<number, number>();
      for (const h of article) {
        const by = holders.get(h)!;
        // `by` holds the lower document itself too.
        if (by.length - 1 >= COMMON_PASSAGE_DOCUMENTS || by.some((d) => citedSet.has(d))) continue;
        for (const d of by) if (candidate.has(d)) found.set(d, (found.get(d) ?? 0) + 1);
      }
      for (const [d, n] of found) {
        const known = shared.get(d);
        if (known) {
          known.articles++;
          known.hashes += n;
        } else shared.set(d, { articles: 1, hashes: n });
      }
    }
    const follows = candidates.filter((d) => {
      const { articles = 0, hashes = 0 } = shared.get(d) ?? {};
      return articles >= FOLLOWED_ARTICLES && hashes >= FOLLOWED_HASHES;
    });
    if (follows.length > 0) followed.set(lower, follows);
  }
  return followed;
}
