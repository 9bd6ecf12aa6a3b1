/**
 * One raw line → the forms the parser reads. Example:
 *   normalizeLine('關(guān)于印發《辦法》的通知\u3000')
 *   → { text: '关于印发《办法》的通知', match: '关于印发《办法》的通知', pinyinRemoved: 1, traditional: true, … }
 * `text` is what the document keeps (simplified, pinyin and odd spaces cleaned, punctuation as written);
 * `match` has the same length and also folds full-width ASCII (（）：；，０-９) to half-width, for the patterns.
 */
import * as OpenCC from 'opencc-js';
import { CHINESE_NUMERAL_CHARS } from './read-chinese-number.ts';

/** A line in its cleaned (`text`) and matching (`match`) forms; both have the same length. */
export interface NormalizedLine {
  text: string;
  match: string;
  /** How many injected pinyin groups like (guān) were removed. */
  pinyinRemoved: number;
  /** Whether traditional characters were converted to simplified. */
  traditional: boolean;
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const simplifiedCache = new Map<string, string>();

/** Converts character by character so that offsets stay aligned with the input. */
export function simplifyChars(text: string): string {
  return text.replace(/[\u2e80-\uffff]|[\ud800-\udbff][\udc00-\udfff]/g, (ch) => {
    let simple = simplifiedCache.get(ch);
    if (simple === undefined) {
      const converted: string = toSimplified(ch);
      const one: string = [...converted].length === 1 ? converted : ch;
      simplifiedCache.set(ch, one);
      simple = one;
    }
    return simple;
  });
}

/** Full-width ASCII → half-width; same length as the input. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ';
// A CJK character followed by a bracketed pinyin syllable with a tone mark: 關(guān) → 關.
const PINYIN = new RegExp(`(?<=[\\u3400-\\u9fff])[(（][a-zü${TONE}]{0,6}[${TONE}][a-zü${TONE}]{0,6}[)）]`, 'g');
// U+3000, NBSP and the other typographic spaces become one ordinary space; zero-width marks go.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\r]/g;

/** Cleans a raw line without converting characters: odd spaces, zero-width marks, injected pinyin. */
export function cleanLine(raw: string): { cleaned: string; pinyinRemoved: number } {
  let pinyinRemoved = 0;
  const cleaned = raw
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACE, ' ')
    .replace(PINYIN, () => {
      pinyinRemoved++;
      return '';
    })
    .replace(/[ \t]+/g, ' ')
    .trim();
  return { cleaned, pinyinRemoved };
}

// 笫 (a bed mat) for 第 is a typing slip real statutes carry (农民专业合作社法 2017: 笫五十四条 opens a line); no line
// opens with 笫 and a number of articles, chapters, sections or books otherwise.
const MISTYPED_ORDINAL = new RegExp(`^笫(?=\\s*(?:[${CHINESE_NUMERAL_CHARS}]{1,7}|\\d{1,4})\\s*[条章节编])`);

/** Cleans one raw line and returns its kept and matching forms (in which a line-opening 笫 of a number reads 第). */
export function normalizeLine(raw: string): NormalizedLine {
  const { cleaned, pinyinRemoved } = cleanLine(raw);
  const text = simplifyChars(cleaned);
  return { text, match: foldWidth(text).replace(MISTYPED_ORDINAL, '第'), pinyinRemoved, traditional: text !== cleaned };
}

/** Text for comparing and identity: normalised line with all spaces removed. */
export function matchKey(text: string): string {
  return normalizeLine(text).match.replace(/\s+/g, '');
}
