/**
 * Peer reuse: passages of a document found word for word (after folding) in other documents of the same tier, so
 * copied documents stand out. Not those above or below it by legal force (is-above.ts): a State Council regulation
 * repeats the law it implements, which alignment shows; it is not a peer's copy. Shared runs of at least `minLength`
 * content characters are found through an index of `minLength`-character shingles, then extended to their full
 * length. Wording found in COMMON_WORDING_PEERS peers or more is no copy (the liability formula
 * 对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任): only characters inside a shared window of
 * rarer wording count. Nor is wording nobody wrote: a passage counts as copied when OWN_WORDING of its characters are
 * the two texts' own, outside stock phrases (以习近平新时代中国特色社会主义思想为指导) and cited 《titles》 and numbers.
 * A peer sharing nothing of its own is not listed.
 * Example: findReuse(docs, 'county-a.txt') → [{ file: 'county-b.txt', sharedCharacters: 412, share: 0.38, spans: [{
 * path: 'a3', otherPath: 'a2', text: '加快推进工业企业数字化改造…', own: 40, … }] }].
 */
import type { AlignDocument } from './align-types.ts';
import { isPeer } from './is-above.ts';
import { contentOf, notOwnWording } from './reuse-content.ts';
import { sharedRuns, shinglesOf } from './find-shared-runs.ts';
import { windowHashes } from './window-hashes.ts';

/** One shared passage. */
export interface ReuseSpan {
  path: string;
  otherPath: string;
  /** The passage as written in the document (start/end are offsets into its article text). */
  text: string;
  start: number;
  end: number;
  length: number;
  /** Its content characters that are the two texts' own wording: outside stock phrases and cited titles and numbers. */
  own: number;
}

/** A peer document sharing long passages. */
export interface ReuseMatch {
  file: string;
  /** Content characters of the passages copied (`spans`). */
  sharedCharacters: number;
  share: number;
  spans: ReuseSpan[];
}

/**
 * Peers sharing a window of text with this many peers or more share common wording, not a copy. Over the 1,314 local
 * regulations of lawrefbook, the windows of the liability formulas were found in 34 to 164 peers of a document, and
 * those of the largest family of copies, the Shandong cities' 制定地方性法规条例 of 2016–17, in up to 18
 * (docs/alignment.md, "Peer reuse found").
 */
export const COMMON_WORDING_PEERS = 25;

/**
 * Content characters of a passage that must be the two texts' own wording (outside stock phrases and cited titles and
 * numbers) for it to count as copied (docs/alignment.md, "Peer reuse found", for how it was measured).
 */
export const OWN_WORDING = 12;

/** Options of findReuse: the passage length, the peers making wording common, own wording. */
export interface ReuseOptions {
  minLength?: number;
  commonIn?: number;
  ownWording?: number;
}

/** Same-tier documents sharing passages of `minLength`+ characters with `file`, most shared first. */
export function findReuse(docs: readonly AlignDocument[], file: string, options: ReuseOptions = {}): ReuseMatch[] {
  const minLength = options.minLength ?? 20;
  const ownWording = options.ownWording ?? OWN_WORDING;
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
  if (sharing.length === 0) return [];
  const commonIn = options.commonIn ?? COMMON_WORDING_PEERS;
  const common = (h: number) => (peersWith.get(h) ?? 0) >= commonIn;
  const inCommonWording = mineHashes.map((windows, k) => {
    const inside = new Uint8Array(mine[k]!.chars.length);
    windows.forEach((h, w) => common(h) && inside.fill(1, w, w + minLength));
    return inside;
  });
  // Each passage counts when enough of its characters are outside stock phrases and cited wording.
  const notOwn = lazily((k) => notOwnWording(doc.articles[k]!));
  const out: ReuseMatch[] = [];
  for (const peer of sharing) {
    const theirs = peer.articles.map(contentOf);
    const shingles = shinglesOf(theirs, minLength);
    const spans: ReuseSpan[] = [];
    mine.forEach((c, k) => {
      for (const run of sharedRuns(c, mineHashes[k]!, inCommonWording[k]!, common, theirs, shingles, minLength)) {
        const stock = notOwn(k);
        let own = 0;
        for (let x = run.from; x < run.to; x++) if (!stock[x]) own++;
        if (own < ownWording) continue;
        const [start, end] = [c.offsets[run.from]!, c.offsets[run.to - 1]! + 1];
        spans.push({
          path: c.path,
          otherPath: theirs[run.otherArticle]!.path,
          text: c.text.slice(start, end),
          start,
          end,
          length: run.to - run.from,
          own,
        });
      }
    });
    if (spans.length === 0) continue;
    const shared = spans.reduce((n, x) => n + x.length, 0);
    out.push({
      file: peer.file,
      sharedCharacters: shared,
      share: Math.round((1e4 * shared) / (total || 1)) / 1e4,
      spans,
    });
  }
  return out.sort((x, y) => y.sharedCharacters - x.sharedCharacters || (x.file < y.file ? -1 : 1));
}

/** `make(k)` computed once per k, when first asked for. */
function lazily<T>(make: (k: number) => T): (k: number) => T {
  const made = new Map<number, T>();
  return (k) => {
    if (!made.has(k)) made.set(k, make(k));
    return made.get(k)!;
  };
}
