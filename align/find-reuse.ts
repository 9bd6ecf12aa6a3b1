/**
 * Peer reuse: passages of a document found word for word (after folding) in other documents of the same tier, so
 * copied documents stand out. Not those above or below it by legal force (is-above.ts): a State Council regulation
 * repeats the law it implements, which alignment shows; it is not a peer's copy. Shared runs of at least `minLength`
 * content characters are found through an index of `minLength`-character shingles, then extended to their full
 * length. Wording found in COMMON_WORDING_PEERS peers or more is no copy (the liability formula
 * 对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任): only characters inside a shared window of
 * rarer wording count. Nor is wording nobody wrote: a passage counts as copied when OWN_WORDING of its characters are
 * the two texts' own, outside stock phrases (以习近平新时代中国特色社会主义思想为指导), cited 《titles》 and numbers, and
 * wording found in a document above both (the State Council's rules two cities' rules both copy: reported apart, as
 * inherited, and not in `share`); judge-shared-passages.ts decides. A peer sharing nothing of its own is not listed.
 * Example: findReuse(docs, 'county-a.txt') → [{ file: 'county-b.txt', sharedCharacters: 412, share: 0.38, spans: [{
 * path: 'a3', otherPath: 'a2', text: '加快推进工业企业数字化改造…', own: 40, … }], inheritedCharacters: 29, inherited: [{
 * text: '市政府工作的准则是，执政为民…', from: 'state-council-rules', fromPath: 'a3', … }] }].
 */
import type { AlignDocument } from './align-types.ts';
import { documentsAbove, findUpperWording, mostCovering, upperCover } from './find-upper-wording.ts';
import { isPeer } from './is-above.ts';
import { judgeSharedPassages, type SharedPassage } from './judge-shared-passages.ts';
import { contentOf, notOwnWording } from './reuse-content.ts';
import { sharedRuns, shinglesOf } from './find-shared-runs.ts';
import { windowHashes, windowsAmong } from './content-windows.ts';

/** One shared passage. */
export interface ReuseSpan {
  path: string;
  otherPath: string;
  /** The passage as written in the document (start/end are offsets into its article text). */
  text: string;
  start: number;
  end: number;
  length: number;
  /**
   * Its content characters that are the two texts' own wording: outside stock phrases, cited titles and numbers, and
   * wording found in a document above both.
   */
  own: number;
}

/** A passage both texts take from a document above them (`from`, its article `fromPath`). */
export interface InheritedSpan extends ReuseSpan {
  from: string;
  fromPath: string;
}

/** A peer document sharing long passages. */
export interface ReuseMatch {
  file: string;
  /** Content characters of the passages copied (`spans`). */
  sharedCharacters: number;
  share: number;
  spans: ReuseSpan[];
  /** Content characters of the passages both take from above (`inherited`): not counted in `share`. */
  inheritedCharacters: number;
  inherited: InheritedSpan[];
}

/**
 * Peers sharing a window of text with this many peers or more share common wording, not a copy. Over the 1,314 local
 * regulations of lawrefbook, the windows of the liability formulas were found in 34 to 164 peers of a document, and
 * those of the largest family of copies, the Shandong cities' 制定地方性法规条例 of 2016–17, in up to 18
 * (docs/alignment.md, "Peer reuse found").
 */
export const COMMON_WORDING_PEERS = 25;

/**
 * Content characters of a passage that must be the two texts' own wording (outside stock phrases, cited titles and
 * numbers, and wording found in a document above both) for it to count as copied (docs/alignment.md, "Peer reuse
 * found", for how it was measured).
 */
export const OWN_WORDING = 12;

/** Length of the windows looked up in the documents above (in characters of their upper form, reuse-content.ts). */
export const UPPER_WINDOW = 12;

/** Options of findReuse: the passage length, the peers making wording common, own wording and upper windows. */
export interface ReuseOptions {
  minLength?: number;
  commonIn?: number;
  ownWording?: number;
  upperWindow?: number;
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
  const among = windowsAmong(hashes);
  const peersWith = new Map<number, number>();
  const sharing: AlignDocument[] = [];
  for (const peer of docs) {
    if (peer.file === doc.file || peer.kind === 'interpretation' || !isPeer(peer, doc)) continue;
    const found = new Set<number>();
    for (const c of peer.articles.map(contentOf))
      among(c.chars, minLength, (h) => void (hashes.has(h) && found.add(h)));
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
  // The passages of each peer, and how many of their characters are outside stock phrases and cited wording.
  const notOwn = lazily((k) => notOwnWording(doc.articles[k]!));
  const found = sharing.map((peer) => {
    const theirs = peer.articles.map(contentOf);
    const shingles = shinglesOf(theirs, minLength);
    const passages = mine.flatMap((c, k) =>
      sharedRuns(c, mineHashes[k]!, inCommonWording[k]!, common, theirs, shingles, minLength).map((run): Passage => {
        const stock = notOwn(k);
        let free = 0;
        for (let x = run.from; x < run.to; x++) if (!stock[x]) free++;
        return { ...run, article: k, free, own: free };
      }),
    );
    return { peer, theirs, passages };
  });
  // Only passages with enough free characters to be copied are looked for above; the documents above are read once.
  const asked = new Set(found.flatMap((f) => f.passages.filter((p) => p.free >= ownWording).map((p) => p.article)));
  const above = asked.size > 0 ? documentsAbove(docs, doc) : undefined;
  const wording = above
    ? findUpperWording(doc.articles, above.uppers, options.upperWindow ?? UPPER_WINDOW, (k) => asked.has(k))
    : undefined;
  const out: ReuseMatch[] = [];
  for (const { peer, theirs, passages } of found) {
    const aboveBoth = above?.aboveBoth(peer);
    const covers = lazily((k) => upperCover(wording!, k, mine[k]!.chars.length, aboveBoth!));
    for (const p of passages) {
      if (p.free < ownWording || !wording) continue;
      const cover = covers(p.article);
      const stock = notOwn(p.article);
      p.own = 0;
      for (let x = p.from; x < p.to; x++) if (!stock[x] && cover.upper[x] === -1) p.own++;
      p.source = mostCovering(cover, p.from, p.to);
    }
    const verdicts = judgeSharedPassages(passages, ownWording);
    const spans: ReuseSpan[] = [];
    const inherited: InheritedSpan[] = [];
    passages.forEach((p, n) => {
      const c = mine[p.article]!;
      const [start, end] = [c.offsets[p.from]!, c.offsets[p.to - 1]! + 1];
      const span = {
        path: c.path,
        otherPath: theirs[p.otherArticle]!.path,
        text: c.text.slice(start, end),
        start,
        end,
        length: p.to - p.from,
        own: p.own,
      };
      if (verdicts[n] === 'copied') spans.push(span);
      else if (verdicts[n] === 'inherited' && p.source) {
        const upper = above!.uppers[p.source.upper]!;
        inherited.push({ ...span, from: upper.file, fromPath: upper.articles[p.source.article]!.path });
      }
    });
    if (spans.length === 0) continue;
    const shared = spans.reduce((n, x) => n + x.length, 0);
    out.push({
      file: peer.file,
      sharedCharacters: shared,
      share: Math.round((1e4 * shared) / (total || 1)) / 1e4,
      spans,
      inheritedCharacters: inherited.reduce((n, x) => n + x.length, 0),
      inherited,
    });
  }
  return out.sort((x, y) => y.sharedCharacters - x.sharedCharacters || (x.file < y.file ? -1 : 1));
}

/** A shared passage as judged (judge-shared-passages.ts), with its characters [from, to) and what holds it above. */
interface Passage extends SharedPassage {
  from: number;
  to: number;
  source?: { upper: number; article: number };
}

/** `make(k)` computed once per k, when first asked for. */
function lazily<T>(make: (k: number) => T): (k: number) => T {
  const made = new Map<number, T>();
  return (k) => {
    if (!made.has(k)) made.set(k, make(k));
    return made.get(k)!;
  };
}
