/**
 * What `reuse` (find-reuse.ts) reads of an article: its content characters, folded, punctuation and spaces dropped, with
 * their offsets in the text; and which of them are nobody's own wording (inside a stock phrase, a cited 《title》 or a
 * cited document number).
 * Example: citedWording('根据《中华人民共和国宪法》，结合本县实际') → [[2, 13]] (《中华人民共和国宪法》); notOwnWording of an
 * article '以习近平新时代中国特色社会主义思想为指导，结合本县实际' marks all but 结合本县实际 (6 characters).
 */
import type { AlignArticle } from './align-types.ts';
import { foldText, isContentChar } from './fold-text.ts';
import { stockMask } from './stock-phrases.ts';
import { findDocNumbers } from '../text/index.ts';

/** An article's content characters and where each stands in its text. */
export interface ReuseContent {
  path: string;
  text: string;
  chars: string;
  offsets: number[];
}

// Folded once per article object: a server keeps the documents between requests (api/alignment-graph.ts), and
// folding every peer again was most of a request's time on lawrefbook.
const contents = new WeakMap<AlignArticle, ReuseContent>();

/** The article's content characters, folded, with their offsets (kept for the article object). */
export function contentOf(article: AlignArticle): ReuseContent {
  let content = contents.get(article);
  if (!content) contents.set(article, (content = foldContent(article)));
  return content;
}

function foldContent(article: AlignArticle): ReuseContent {
  const folded = foldText(article.text);
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < folded.length; i++)
    if (isContentChar(folded[i]!)) {
      chars.push(folded[i]!);
      offsets.push(i);
    }
  // Joined once, flat: a server keeps these for every article of the graph.
  return { path: article.path, text: article.text, chars: chars.join(''), offsets };
}

/**
 * Offsets [start, end) of `text` cited rather than written: each 《title》 (nested 〈〉 inside it, to the 》 that closes
 * it; an unclosed 《 marks nothing) and each document number (国办发〔2018〕123号). Copying 根据《中华人民共和国地方各级
 * 人民代表大会和地方各级人民政府组织法》 copies no one's wording: every work rule names that law.
 */
export function citedWording(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = text.indexOf('《'); i !== -1; ) {
    let depth = 0;
    let end = -1;
    for (let j = i; j < text.length && j - i <= MAX_TITLE && text[j] !== '\n'; j++) {
      if (text[j] === '《') depth++;
      else if (text[j] === '》' && --depth === 0) {
        end = j + 1;
        break;
      }
    }
    if (end === -1) {
      i = text.indexOf('《', i + 1);
      continue;
    }
    ranges.push([i, end]);
    i = text.indexOf('《', end);
  }
  for (const n of findDocNumbers(foldText(text))) ranges.push([n.index, n.index + n.original.length]);
  return ranges;
}

/** Longest title read between 《 and 》: a stray 《 must not swallow the article. */
const MAX_TITLE = 200;

/**
 * Per content character of the article (contentOf), 1 when it is nobody's own wording: inside a stock phrase
 * (align/data/stock-phrases.tsv, read as alignment reads it) or cited (citedWording).
 */
export function notOwnWording(article: AlignArticle): Uint8Array {
  const { offsets } = contentOf(article);
  const mask = stockMask(article.text);
  const cited = new Uint8Array(article.text.length);
  for (const [from, to] of citedWording(article.text)) cited.fill(1, from, to);
  offsets.forEach((offset, k) => {
    if (cited[offset]) mask[k] = 1;
  });
  return mask;
}
