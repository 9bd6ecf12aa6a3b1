/**
 * What `reuse` (find-reuse.ts) reads of an article: its content characters, folded, punctuation and spaces dropped, with
 * their offsets in the text; which of them are nobody's own wording (inside a stock phrase, a cited 《title》 or a cited
 * document number); and the text as it is set against the documents above it, the enacting government named as the
 * State Council is (市政府, 县人民政府 → 国务院; 县长 → 总理) and the policy vocabulary applied (本市 → 国家).
 * Example: citedWording('根据《中华人民共和国宪法》，结合本县实际') → [[2, 13]] (《中华人民共和国宪法》); notOwnWording of an
 * article '以习近平新时代中国特色社会主义思想为指导，结合本县实际' marks all but 结合本县实际 (6 characters).
 */
import type { AlignArticle } from './align-types.ts';
import { contentChars } from './content-windows.ts';
import { foldText } from './fold-text.ts';
import { DEFAULT_VOCABULARY, normalizeVocabulary, type VocabularyEntry } from './normalize-vocabulary.ts';
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
const upperForms = new WeakMap<AlignArticle, string>();

/** The article's content characters, folded, with their offsets (kept for the article object). */
export function contentOf(article: AlignArticle): ReuseContent {
  let content = contents.get(article);
  if (!content) contents.set(article, (content = foldContent(article)));
  return content;
}

function foldContent(article: AlignArticle): ReuseContent {
  // Joined once, flat: a server keeps these for every article of the graph.
  return { path: article.path, text: article.text, ...contentChars(article.text) };
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

/**
 * A lower government writes its own name where the State Council's text has 国务院 (市政府工作中的重大事项，必须经市政府
 * 全体会议 ↔ 国务院工作中的重大事项，必须经国务院全体会议), and its head's title where it has 总理; a lower people's
 * congress its own where the upper text names the upper congress (市人民代表大会 ↔ 省人民代表大会 ↔ 全国人民代表大会).
 * Set against the documents above, each is the national one's.
 */
const PLACES = ['自治区', '自治州', '自治县', '自治旗', '省', '市', '州', '盟', '县', '区', '旗'];
const ENACTING_GOVERNMENT: readonly VocabularyEntry[] = [
  { variant: '人民政府', canonical: '国务院' },
  ...PLACES.flatMap((p) => [`${p}人民政府`, `${p}政府`].map((variant) => ({ variant, canonical: '国务院' }))),
  ...['省', '市', '州', '县', '区', '旗'].map((p) => ({ variant: `${p}长`, canonical: '总理' })),
  ...PLACES.map((p) => ({ variant: `${p}人民代表大会`, canonical: '全国人民代表大会' })),
];
/** The policy vocabulary and the enacting government, longest variant first (normalizeVocabulary's order). */
const UPPER_VOCABULARY: readonly VocabularyEntry[] = [...ENACTING_GOVERNMENT, ...DEFAULT_VOCABULARY].sort(
  (x, y) => y.variant.length - x.variant.length,
);

/** The article's content as set against documents above it (kept for the article object). */
export function upperFormOf(article: AlignArticle): string {
  let form = upperForms.get(article);
  if (form === undefined)
    upperForms.set(article, (form = normalizeVocabulary(contentOf(article).chars, UPPER_VOCABULARY).text));
  return form;
}

/**
 * upperFormOf with, for each of its characters, the first and last content character (contentOf) it comes from: what
 * a passage found in a document above covers of the article.
 */
export function upperFormWithSources(article: AlignArticle): { text: string; spanStart: number[]; spanEnd: number[] } {
  return normalizeVocabulary(contentOf(article).chars, UPPER_VOCABULARY);
}
