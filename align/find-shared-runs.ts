/**
 * The runs of text one article of a document shares with a peer document, word for word after folding (find-reuse.ts):
 * runs of `minLength`+ content characters, found through the peer's `minLength`-character shingles and extended to
 * their full length. Example: sharedRuns(article 本县对新认定的国家级专精特新小巨人企业给予一次性奖励, …, peer holding
 * 对新认定的国家级专精特新小巨人企业给予一次性奖励五十万元, 12) → [{ from: 2, to: 26, otherArticle: 0, otherStart: 0 }].
 */
import type { ReuseContent } from './reuse-content.ts';

/**
 * The runs of `minLength`+ characters of one article found word for word in the peer's articles (`theirs`): each
 * with the peer article holding its first character and where. Characters in a common window (`inCommon`) belong to
 * none: a window across the edge of the liability formula (…依法追究刑事责任：（一）) is rarer than the formula.
 */
export function sharedRuns(
  c: ReuseContent,
  windows: readonly number[],
  inCommon: Uint8Array,
  common: (hash: number) => boolean,
  theirs: readonly ReuseContent[],
  shingles: ReadonlyMap<string, readonly [number, number][]>,
  minLength: number,
): { from: number; to: number; otherArticle: number; otherStart: number }[] {
  // Per character inside a shared window of uncommon wording: the peer article and position it was found at.
  const covered = new Int32Array(c.chars.length).fill(-1);
  const at = new Int32Array(c.chars.length);
  let i = 0;
  while (i + minLength <= c.chars.length) {
    const hits = common(windows[i]!) ? undefined : shingles.get(c.chars.slice(i, i + minLength));
    if (!hits) {
      i++;
      continue;
    }
    let best = { length: 0, a: 0, j: 0 };
    for (const [a, j] of hits) {
      let length = minLength;
      const other = theirs[a]!.chars;
      while (i + length < c.chars.length && j + length < other.length && c.chars[i + length] === other[j + length])
        length++;
      if (length > best.length) best = { length, a, j };
    }
    for (let x = i; x < i + best.length; x++)
      if (!inCommon[x]) {
        covered[x] = best.a;
        at[x] = best.j + x - i;
      }
    i += best.length;
  }
  const runs: { from: number; to: number; otherArticle: number; otherStart: number }[] = [];
  for (let from = 0; from < covered.length; ) {
    if (covered[from] === -1) {
      from++;
      continue;
    }
    let to = from;
    while (to < covered.length && covered[to] !== -1) to++;
    // Runs of minLength characters or more, as every passage is.
    if (to - from >= minLength) runs.push({ from, to, otherArticle: covered[from]!, otherStart: at[from]! });
    from = to;
  }
  return runs;
}

/** Each `minLength`-character shingle of the peer's articles → up to 8 places (article, start) holding it. */
export function shinglesOf(theirs: readonly ReuseContent[], minLength: number): Map<string, [number, number][]> {
  const shingles = new Map<string, [number, number][]>();
  theirs.forEach((c, a) => {
    for (let i = 0; i + minLength <= c.chars.length; i++) {
      const key = c.chars.slice(i, i + minLength);
      const list = shingles.get(key);
      if (list) {
        if (list.length < 8) list.push([a, i]);
      } else shingles.set(key, [[a, i]]);
    }
  });
  return shingles;
}
