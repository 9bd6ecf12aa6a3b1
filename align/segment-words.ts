/**
 * Word segmentation of folded Chinese text with jieba (@node-rs/jieba, which ships its dictionary): content words
 * only (punctuation and spaces dropped), each with its offset in the text given.
 * Example: segmentWords('促进科技成果转化。') → [{ word: '促进', start: 0 }, { word: '科技成果', start: 2 }, { word: '转化', start: 6 }].
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { foldText, isContentChar } from './fold-text.ts';

let jieba: Jieba | undefined;

/** One word and where it starts in the text segmented. */
export interface SegmentedWord {
  word: string;
  start: number;
}

/** One word with jieba's part of speech (n noun, v verb, vn verbal noun, j abbreviation …). */
export interface TaggedWord extends SegmentedWord {
  tag: string;
}

/** Visits each content token of `tokens` (runs of punctuation and spaces are skipped) with its offset in the text. */
function eachContentToken(tokens: readonly string[], visit: (index: number, start: number) => void): void {
  let at = 0;
  tokens.forEach((token, index) => {
    if (isContentChar(token[0]!)) visit(index, at);
    at += token.length;
  });
}

/** Splits `text` (folded first) into words; runs of punctuation and spaces are dropped. */
export function segmentWords(text: string): SegmentedWord[] {
  jieba ??= Jieba.withDict(dict);
  const tokens = jieba.cut(foldText(text), false);
  const out: SegmentedWord[] = [];
  eachContentToken(tokens, (i, start) => out.push({ word: tokens[i]!, start }));
  return out;
}

/** The same words as segmentWords (jieba cuts alike with and without tags), each with its part of speech. */
export function tagWords(text: string): TaggedWord[] {
  jieba ??= Jieba.withDict(dict);
  const tagged = jieba.tag(foldText(text), false);
  const out: TaggedWord[] = [];
  eachContentToken(
    tagged.map((t) => t.word),
    (i, start) => out.push({ word: tagged[i]!.word, tag: tagged[i]!.tag, start }),
  );
  return out;
}
