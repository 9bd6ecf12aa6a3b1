/**
 * Administrative and political boilerplate that recurs across documents of every tier and subject and says nothing
 * about which article a lower article carries (align/data/stock-phrases.tsv, a reviewed table with the reason for each
 * phrase). Positions inside these phrases are down-weighted before alignment, on top of the weights learned from the
 * documents aligned together (prepare-articles.ts, gramWeight), which cannot tell stock text among a few documents.
 * Example: findStockRanges('为贯彻落实国务院') → [[0, 5], [1, 5]].
 */
import { readFileSync } from 'node:fs';
import { foldText, isContentChar } from './fold-text.ts';
import { DEFAULT_VOCABULARY, normalizeVocabulary, type VocabularyEntry } from './normalize-vocabulary.ts';

/** Reads the table (phrase, why; `#` comments, blank lines); a row without its reason is an error naming its line. */
export function parseStockPhrases(tsv: string, source = 'stock-phrases.tsv'): string[] {
  const phrases: string[] = [];
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [phrase, why] = line.split('\t');
    if (!phrase || !why?.trim()) throw new Error(`${source}:${i + 1}: a row is phrase<TAB>why`);
    phrases.push(phrase);
  });
  return phrases;
}

/** Default stock phrases, folded (simplified, no punctuation): the reviewed table shipped with the engine. */
export const DEFAULT_STOCK_PHRASES: readonly string[] = parseStockPhrases(
  readFileSync(new URL('./data/stock-phrases.tsv', import.meta.url), 'utf8'),
);

/** Multiplier applied to the weight of a position inside a stock phrase. */
export const STOCK_PHRASE_FACTOR = 0.15;

const byFirstCharacter = new WeakMap<readonly string[], Map<number, string[]>>();

/** Ranges [start, end) of `content` covered by any of `phrases` (each occurrence, overlapping ones too), sorted. */
export function findStockRanges(
  content: string,
  phrases: readonly string[] = DEFAULT_STOCK_PHRASES,
): [number, number][] {
  // One pass over the text, trying only the phrases that start with each character: a hundred indexOf calls per
  // article cost twice as much as the whole list of 2026-12-05 did.
  let byFirst = byFirstCharacter.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const phrase of phrases)
      if (phrase.length >= 2) byFirst.set(phrase.charCodeAt(0), [...(byFirst.get(phrase.charCodeAt(0)) ?? []), phrase]);
    byFirstCharacter.set(phrases, byFirst);
  }
  const ranges: [number, number][] = [];
  for (let i = 0; i < content.length; i++) {
    const starting = byFirst.get(content.charCodeAt(i));
    if (!starting) continue;
    for (const phrase of starting) if (content.startsWith(phrase, i)) ranges.push([i, i + phrase.length]);
  }
  return ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * `text` as alignment matches stock phrases in it: folded, punctuation and spaces dropped, the policy vocabulary
 * applied; `spanStart`/`spanEnd` give, for each character, the range of content characters of `text` it comes from.
 * Example: alignedContent('结合本市实际，').text → '结合国家实际'.
 */
export function alignedContent(
  text: string,
  vocabulary: readonly VocabularyEntry[] = DEFAULT_VOCABULARY,
): { text: string; contentLength: number; spanStart: number[]; spanEnd: number[] } {
  const content = [...foldText(text)].filter(isContentChar).join('');
  return { ...normalizeVocabulary(content, vocabulary), contentLength: content.length };
}

/**
 * Which content characters of `text` (punctuation and spaces left out, in order) lie inside stock phrases, the text
 * read as alignment reads it (alignedContent): 1 inside, 0 outside. A stock phrase covers the source characters of
 * every word it touches (a rewritten variant counts whole). Example: stockMask('为贯彻落实，支持') → [1, 1, 1, 1, 1, 1, 1]
 * (支持 is a booster verb of the table).
 */
export function stockMask(
  text: string,
  phrases: readonly string[] = DEFAULT_STOCK_PHRASES,
  vocabulary: readonly VocabularyEntry[] = DEFAULT_VOCABULARY,
): Uint8Array {
  const normal = alignedContent(text, vocabulary);
  const stock = new Uint8Array(normal.contentLength);
  for (const [from, to] of findStockRanges(normal.text, phrases))
    for (let k = from; k < to; k++) stock.fill(1, normal.spanStart[k]!, normal.spanEnd[k]! + 1);
  return stock;
}

/**
 * How many content characters of `text` (punctuation and spaces left out) lie outside stock phrases (stockMask). A
 * span of political guidance copied word for word (以习近平新时代中国特色社会主义思想为指导, 20 characters) has none,
 * so it is no reused sentence (infer-implements.ts).
 * Example: contentOutsideStock('以习近平新时代中国特色社会主义思想为指导，支持高新区建设') → 5 (高新区建设).
 */
export function contentOutsideStock(
  text: string,
  phrases: readonly string[] = DEFAULT_STOCK_PHRASES,
  vocabulary: readonly VocabularyEntry[] = DEFAULT_VOCABULARY,
): number {
  const stock = stockMask(text, phrases, vocabulary);
  return stock.length - stock.reduce((sum, s) => sum + s, 0);
}
