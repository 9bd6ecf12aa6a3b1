/**
 * Peer reuse: passages of a document found word for word (after folding) in other documents of the same tier, so
 * copied documents stand out. Shared runs of at least `minLength` content characters are found through an index of
 * `minLength`-character shingles, then extended to their full length. Per peer: the spans, and the share of the
 * document's content characters they cover.
 * Example: findReuse(docs, 'county-a.txt') → [{ file: 'county-b.txt', sharedCharacters: 412, share: 0.38, spans: [{ path: 'a3',
 * otherPath: 'a2', text: '加快推进工业企业数字化改造…', … }] }].
 */
import type { AlignDocument } from './align-types.ts';
import { foldText, isContentChar } from './fold-text.ts';

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

function contentOf(article: AlignDocument['articles'][number]): Content {
  const folded = foldText(article.text);
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < folded.length; i++)
    if (isContentChar(folded[i]!)) {
      chars += folded[i];
      offsets.push(i);
    }
  return { path: article.path, text: article.text, chars, offsets };
}

/** Same-tier documents sharing passages of `minLength`+ characters with `file`, most shared first. */
export function findReuse(
  docs: readonly AlignDocument[],
  file: string,
  options: { minLength?: number } = {},
): ReuseMatch[] {
  const minLength = options.minLength ?? 20;
  const doc = docs.find((d) => d.file === file);
  if (!doc) return [];
  const mine = doc.articles.map(contentOf);
  const total = mine.reduce((n, c) => n + c.chars.length, 0);
  const out: ReuseMatch[] = [];
  for (const peer of docs) {
    if (peer.file === doc.file || peer.tier !== doc.tier || peer.kind === 'interpretation') continue;
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
    for (const c of mine) {
      let i = 0;
      while (i + minLength <= c.chars.length) {
        const hits = shingles.get(c.chars.slice(i, i + minLength));
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
        const start = c.offsets[i]!;
        const end = c.offsets[i + best.length - 1]! + 1;
        spans.push({
          path: c.path,
          otherPath: theirs[best.a]!.path,
          text: c.text.slice(start, end),
          start,
          end,
          length: best.length,
        });
        shared += best.length;
        i += best.length;
      }
    }
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
