/**
 * Administrative boilerplate that recurs across documents of every tier and subject and says nothing about which
 * article a lower article carries (align/data/stock-phrases.tsv, a reviewed table with the reason for each
 * phrase). Positions inside these phrases are down-weighted before alignment, on top of the weights learned from the
 * documents aligned together (prepare-articles.ts, gramWeight), which cannot tell stock text among a few documents.
 * Example: findStockRanges('为贯彻落实国务院') → [[0, 5], [1, 5]].
 */
import { readFileSync } from 'node:fs';

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
