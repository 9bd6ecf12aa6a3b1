/**
 * Where a document's wording is found in documents above it, for `reuse` to tell a passage two peers both take from
 * above from one they copied from each other (find-reuse.ts). Each window of `length` characters of each article, as
 * set against documents above (reuse-content.ts upperFormOf: 市政府 ↔ 国务院), is looked up in the upper documents.
 * Example: 汉中's 市政府工作的准则是，执政为民，依法行政… is found in 国务院工作规则 三、 (国务院工作的准则是，执政为民…):
 * findUpperWording(hanzhong, [rules2013], 12).articles[2].hits[0] → [{ upper: 0, article: 2 }].
 */
import type { AlignArticle, AlignDocument } from './align-types.ts';
import { existedBefore } from './existed-before.ts';
import { isAbove } from './is-above.ts';
import { citedDocumentsIn } from './resolve-cited-documents.ts';
import { upperFormOf, upperFormWithSources } from './reuse-content.ts';
import { windowHashes, windowsAmong } from './content-windows.ts';

/** One upper document's article holding a window. */
export interface UpperHit {
  /** Index into the upper documents given. */
  upper: number;
  /** Index into that document's articles. */
  article: number;
}

/** Per article of the document: each window's hits (undefined: found in none), and the characters each window spans. */
export interface UpperWording {
  length: number;
  articles: {
    hits: (UpperHit[] | undefined)[];
    /** Per character of the upper form: the first and last content character (reuse-content.ts) it comes from. */
    spanStart: number[];
    spanEnd: number[];
  }[];
}

/**
 * The windows of `articles` found in `uppers` (verified character by character: a hash alone is no match); articles
 * `wanted` declines are looked up nowhere.
 */
export function findUpperWording(
  articles: readonly AlignArticle[],
  uppers: readonly AlignDocument[],
  length: number,
  wanted: (article: number) => boolean = () => true,
): UpperWording {
  const none = { text: '', spanStart: [], spanEnd: [] };
  const forms = articles.map((a, k) => (wanted(k) ? upperFormWithSources(a) : none));
  const at = new Map<number, [number, number][]>();
  forms.forEach((form, k) =>
    windowHashes(form.text, length, (h, w) => {
      const list = at.get(h);
      if (list) list.push([k, w]);
      else at.set(h, [[k, w]]);
    }),
  );
  const hits = forms.map((f) => new Array<UpperHit[] | undefined>(Math.max(0, f.text.length - length + 1)));
  const among = windowsAmong(at.keys());
  uppers.forEach((upper, u) =>
    upper.articles.forEach((article, a) => {
      const text = upperFormOf(article);
      among(text, length, (h, i) => {
        for (const [k, w] of at.get(h) ?? []) {
          if (!text.startsWith(forms[k]!.text.slice(w, w + length), i)) continue;
          const list = (hits[k]![w] ??= []);
          // Uppers and their articles are scanned in order: a repeat can only be the last one pushed (a formula found
          // in thousands of law articles made a search of the list quadratic).
          const last = list[list.length - 1];
          if (last?.upper !== u || last.article !== a) list.push({ upper: u, article: a });
        }
      });
    }),
  );
  return { length, articles: forms.map((f, k) => ({ hits: hits[k]!, spanStart: f.spanStart, spanEnd: f.spanEnd })) };
}

/**
 * The documents above `doc` (by legal force and place, is-above.ts, or named in its text: it cites or implements
 * them) that existed when it was issued (existed-before.ts: unknown dates never exclude), interpretations left out;
 * and, for a peer, whether each of them (by index) stands above it too or is named in it, and existed when it was
 * issued: a document above both, made before both, is where both can have taken a passage from.
 */
export function documentsAbove(
  docs: readonly AlignDocument[],
  doc: AlignDocument,
): { uppers: AlignDocument[]; aboveBoth: (peer: AlignDocument) => (upper: number) => boolean } {
  const citedOf = citedDocumentsIn(docs);
  const named = new Set(citedOf(doc));
  const uppers = docs.filter(
    (u) =>
      u !== doc &&
      u.kind !== 'interpretation' &&
      u.articles.length > 0 &&
      (isAbove(u, doc) || named.has(u.file)) &&
      existedBefore(u, doc),
  );
  return {
    uppers,
    aboveBoth: (peer) => {
      let namedByPeer: Set<string> | undefined;
      const verdicts = new Map<number, boolean>();
      return (upper) => {
        let verdict = verdicts.get(upper);
        if (verdict === undefined) {
          const u = uppers[upper]!;
          verdict =
            u !== peer &&
            existedBefore(u, peer) &&
            (isAbove(u, peer) || (namedByPeer ??= new Set(citedOf(peer))).has(u.file));
          verdicts.set(upper, verdict);
        }
        return verdict;
      };
    },
  };
}

/** Where the characters of one article were found above: per content character, an upper document and its article. */
export interface UpperCover {
  /** Index into the upper documents, -1 where none holds the character. */
  upper: Int32Array;
  article: Int32Array;
}

/**
 * Per content character of article `k`: the upper document (index) of a window holding it, among those `counts`
 * accepts; -1 where none does. Where several hold it, the first given.
 */
export function upperCover(
  wording: UpperWording,
  k: number,
  contentLength: number,
  counts: (upper: number) => boolean,
): UpperCover {
  const { hits, spanStart, spanEnd } = wording.articles[k]!;
  const upper = new Int32Array(contentLength).fill(-1);
  const article = new Int32Array(contentLength).fill(-1);
  hits.forEach((list, w) => {
    const hit = list?.find((x) => counts(x.upper));
    if (!hit) return;
    for (let x = spanStart[w]!; x <= spanEnd[w + wording.length - 1]!; x++)
      if (upper[x] === -1 || upper[x]! > hit.upper) {
        upper[x] = hit.upper;
        article[x] = hit.article;
      }
  });
  return { upper, article };
}

/** The upper document holding most characters of [from, to) (the first given on a tie), and its article holding the first of them. */
export function mostCovering(
  cover: UpperCover,
  from: number,
  to: number,
): { upper: number; article: number } | undefined {
  const counts = new Map<number, number>();
  for (let x = from; x < to; x++) {
    const u = cover.upper[x]!;
    if (u >= 0) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [u, n] of counts) {
    const most = best === undefined ? -1 : counts.get(best)!;
    if (n > most || (n === most && u < best!)) best = u;
  }
  if (best === undefined) return undefined;
  for (let x = from; x < to; x++) if (cover.upper[x] === best) return { upper: best, article: cover.article[x]! };
  return undefined;
}
