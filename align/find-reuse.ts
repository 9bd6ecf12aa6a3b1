/**
 * Peer reuse: passages of a document found word for word (after folding) in other documents of the same tier, so
 * copied documents stand out. Not those above or below it by legal force (is-above.ts): a State Council regulation
 * repeats the law it implements, which alignment shows; it is not a peer's copy. Shared runs of at least `minLength`
 * content characters are found through an index of `minLength`-character shingles, then extended to their full
 * length. Per peer: the spans, and the share of the document's content characters they cover. Wording found in
 * COMMON_WORDING_PEERS peers or more is no copy (the liability formula 对直接负责的主管人员和其他直接责任人员依法给予
 * 处分；构成犯罪的，依法追究刑事责任): only characters inside a shared window of rarer wording count.
 * Example: findReuse(docs, 'county-a.txt') → [{ file: 'county-b.txt', sharedCharacters: 412, share: 0.38, spans: [{ path: 'a3',
 * otherPath: 'a2', text: '加快推进工业企业数字化改造…', … }] }].
 */
import type { AlignDocument } from './align-types.ts';
import { contentChars, windowHashes } from './content-windows.ts';
import { isPeer } from './is-above.ts';

/** One shared passage. */
export interface ReuseSpan {
  path: string;
  otherPath: string;
  /** The passage as written in the document (start/end are offsets into its article text). */
  text: string;
  start: number;
  end: number;
  length: number;
}

/** A peer document sharing long passages. */
export interface ReuseMatch {
  file: string;
  sharedCharacters: number;
  share: number;
  spans: ReuseSpan[];
}

interface Content {
  path: string;
  text: string;
  chars: string;
  offsets: number[];
}

// Folded once per article object: a server keeps the documents between requests (api/alignment-graph.ts), and
// folding every peer again was most of a request's time on lawrefbook.
const contents = new WeakMap<AlignDocument['articles'][number], Content>();

function contentOf(article: AlignDocument['articles'][number]): Content {
  let content = contents.get(article);
  if (!content) contents.set(article, (content = foldContent(article)));
  return content;
}

function foldContent(article: AlignDocument['articles'][number]): Content {
  // Joined once, flat: a server keeps these for every article of the graph.
  return { path: article.path, text: article.text, ...contentChars(article.text) };
}

/**
 * Peers sharing a window of text with this many peers or more share common wording, not a copy. Over the 1,314 local
 * regulations of lawrefbook, the windows of the liability formulas were found in 34 to 164 peers of a document, and
 * those of the largest family of copies, the Shandong cities' 制定地方性法规条例 of 2016–17, in up to 18
 * (docs/alignment.md, "Peer reuse found").
 */
export const COMMON_WORDING_PEERS = 25;

/** Same-tier documents sharing passages of `minLength`+ characters with `file`, most shared first. */
export function findReuse(
  docs: readonly AlignDocument[],
  file: string,
  options: { minLength?: number; commonIn?: number } = {},
): ReuseMatch[] {
  const minLength = options.minLength ?? 20;
  const doc = docs.find((d) => d.file === file);
  if (!doc) return [];
  const mine = doc.articles.map(contentOf);
  const total = mine.reduce((n, c) => n + c.chars.length, 0);
  const mineHashes = mine.map((c) => {
    const list: number[] = [];
    windowHashes(c.chars, minLength, (h) => void list.push(h));
    return list;
  });
  // A peer sharing no window of minLength characters with the document (by hash) shares no passage: skipped unread.
  // How many peers share each window tells common wording from a copy.
  const hashes = new Set(mineHashes.flat());
  const peersWith = new Map<number, number>();
  const sharing: AlignDocument[] = [];
  for (const peer of docs) {
    if (peer.file === doc.file || peer.kind === 'interpretation' || !isPeer(peer, doc)) continue;
    const found = new Set<number>();
    for (const c of peer.articles.map(contentOf))
      windowHashes(c.chars, minLength, (h) => void (hashes.has(h) && found.add(h)));
    if (found.size === 0) continue;
    sharing.push(peer);
    for (const h of found) peersWith.set(h, (peersWith.get(h) ?? 0) + 1);
  }
  const commonIn = options.commonIn ?? COMMON_WORDING_PEERS;
  const common = (h: number) => (peersWith.get(h) ?? 0) >= commonIn;
  const inCommonWording = mineHashes.map((windows, k) => {
    const inside = new Uint8Array(mine[k]!.chars.length);
    windows.forEach((h, w) => common(h) && inside.fill(1, w, w + minLength));
    return inside;
  });
  const out: ReuseMatch[] = [];
  for (const peer of sharing) {
    const theirs = peer.articles.map(contentOf);
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
    const spans: ReuseSpan[] = [];
    let shared = 0;
    mine.forEach((c, k) => {
      const windows = mineHashes[k]!;
      const inCommon = inCommonWording[k]!;
      // The characters inside a shared window of uncommon wording and in no common one, and the peer article each
      // was found in: a window across the edge of the formula (…依法追究刑事责任：（一）) is rarer than the formula.
      const covered = new Int32Array(c.chars.length).fill(-1);
      let i = 0;
      while (i + minLength <= c.chars.length) {
        const hits = common(windows[i]!) ? undefined : shingles.get(c.chars.slice(i, i + minLength));
        if (!hits) {
          i++;
          continue;
        }
        let best = { length: 0, a: 0 };
        for (const [a, j] of hits) {
          let length = minLength;
          const other = theirs[a]!.chars;
          while (i + length < c.chars.length && j + length < other.length && c.chars[i + length] === other[j + length])
            length++;
          if (length > best.length) best = { length, a };
        }
        // Every character of the passage lies in a window of it; those in a common one (inCommon) do not count.
        for (let x = i; x < i + best.length; x++) if (!inCommon[x]) covered[x] = best.a;
        i += best.length;
      }
      // Runs of minLength characters or more, as every passage is.
      for (let from = 0; from < covered.length; ) {
        if (covered[from] === -1) {
          from++;
          continue;
        }
        let to = from;
        while (to < covered.length && covered[to] !== -1) to++;
        if (to - from < minLength) {
          from = to;
          continue;
        }
        const start = c.offsets[from]!;
        const end = c.offsets[to - 1]! + 1;
        spans.push({
          path: c.path,
          otherPath: theirs[covered[from]!]!.path,
          text: c.text.slice(start, end),
          start,
          end,
          length: to - from,
        });
        shared += to - from;
        from = to;
      }
    });
    if (spans.length > 0)
      out.push({
        file: peer.file,
        sharedCharacters: shared,
        share: Math.round((1e4 * shared) / (total || 1)) / 1e4,
        spans,
      });
  }
  return out.sort((x, y) => y.sharedCharacters - x.sharedCharacters || (x.file < y.file ? -1 : 1));
}
