/**
 * Word segmentation of folded Chinese text with jieba (@node-rs/jieba, which ships its dictionary): content words
 * only (punctuation and spaces dropped), each with its offset in the text given.
 * Example: segmentWords('促进科技成果转化。') → [{ word: '促进', start: 0 }, { word: '科技成果', start: 2 }, { word: '转化', start: 6 }].
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { foldText, isContentChar } from './fold-text.ts';

let jieba: Jieba | undefined;

/** The one segmenter, its dictionary loaded on first use. */
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));

/** One word and where it starts in the text segmented. */
export interface SegmentedWord {
  word: string;
  start: number;
}

/** Splits `text` (folded first) into words; runs of punctuation and spaces are dropped. */
export function segmentWords(text: string): SegmentedWord[] {
  const folded = foldText(text);
  const out: SegmentedWord[] = [];
  let at = 0;
  for (const token of segmenter().cut(folded, false)) {
    const start = at;
    at += token.length;
    if (!isContentChar(token[0]!)) continue;
    out.push({ word: token, start });
  }
  return out;
}

/** Parts of speech already asked for (words of the dictionary keep theirs in any context); emptied when large. */
const tags = new Map<string, string>();

/** jieba's part of speech of one word (n noun, v verb, vn verbal noun, j abbreviation, ns place …). */
export function wordTag(word: string): string {
  let tag = tags.get(word);
  if (tag === undefined) {
    const tagged = segmenter().tag(word, false);
    tag = tagged.length === 1 ? tagged[0]!.tag : 'x';
    if (tags.size >= 50_000) tags.clear();
    tags.set(word, tag);
  }
  return tag;
}
