/**
 * Which passages two peers share are copied from each other, which both take from a document above them, and which
 * are nobody's wording (find-reuse.ts). A passage is copied when `ownWording` of its characters are the two texts'
 * own: outside stock phrases, cited titles and numbers, and wording found above both. Else it is inherited when that
 * many of its characters would be their own but the document above holds them, and stock otherwise (根据《…组织法》,
 * 以习近平新时代中国特色社会主义思想为指导). Copying takes a stretch whole: a passage from above or a stock passage
 * lying in a stretch of copied passages, in consecutive articles and in the same order in both texts, was copied with
 * them (a county copying its neighbour's rules copies the article both took from the State Council's too).
 * Example: judgeSharedPassages([{ article: 1, otherArticle: 1, otherStart: 0, own: 52, free: 60 }, { article: 2,
 * otherArticle: 2, otherStart: 0, own: 10, free: 130 }, { article: 3, otherArticle: 3, otherStart: 0, own: 31, free: 31 }],
 * 12) → ['copied', 'copied', 'copied'].
 */

/** A passage as judged: where it lies in each text, and how many of its characters are whose. */
export interface SharedPassage {
  /** Index of its article in the document, and of the peer article holding it, with its start there. */
  article: number;
  otherArticle: number;
  otherStart: number;
  /** Content characters that are the two texts' own: outside stock phrases, cited wording and wording from above. */
  own: number;
  /** Content characters outside stock phrases and cited wording (own, and those found above). */
  free: number;
}

/** What a shared passage is. */
export type PassageVerdict = 'copied' | 'inherited' | 'stock';

/** Verdicts for `passages`, given in the document's order (article, then position). */
export function judgeSharedPassages(passages: readonly SharedPassage[], ownWording: number): PassageVerdict[] {
  const verdicts = passages.map((p): PassageVerdict => {
    if (p.own >= ownWording) return 'copied';
    return p.free >= ownWording ? 'inherited' : 'stock';
  });
  // Each run of passages not copied between two copied ones joins the copy when the whole stretch goes on article by
  // article, forwards in both texts.
  let before = verdicts.indexOf('copied');
  while (before !== -1) {
    const after = verdicts.indexOf('copied', before + 1);
    if (after === -1) break;
    if (after > before + 1 && isStretch(passages.slice(before, after + 1))) verdicts.fill('copied', before + 1, after);
    before = after;
  }
  return verdicts;
}

/** Consecutive passages in the same or the next article of each text, each one after the one before in the peer. */
function isStretch(passages: readonly SharedPassage[]): boolean {
  return passages.every((p, i) => {
    if (i === 0) return true;
    const q = passages[i - 1]!;
    const forwards =
      p.otherArticle > q.otherArticle || (p.otherArticle === q.otherArticle && p.otherStart > q.otherStart);
    return p.article - q.article <= 1 && p.otherArticle - q.otherArticle <= 1 && forwards;
  });
}
