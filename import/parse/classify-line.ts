/**
 * Recognises numbered lines of a policy body (matching form). Examples:
 *   '一、总体要求' → { kind: 'part', number: 1, label: '一、', rest: '总体要求' }
 *   '(十二)推动区域协同发展。' → { kind: 'article', number: 12, label: '(十二)', … }
 *   '第三章 附则' → chapter 3; '第五条 …' → clause 5; '1.出政策…' / '(1)' / '①' → items.
 */
import { CHINESE_NUMERAL_CHARS, readChineseNumber } from '../../text/index.ts';

/** Which numbering a line starts with. */
export type NumberedKind = 'chapter' | 'clause' | 'part' | 'article' | 'item-dot' | 'item-paren' | 'item-circle';

/** A numbered line: its kind, number, label as written (matching form) and the text after the label. */
export interface NumberedLine {
  kind: NumberedKind;
  number: number;
  label: string;
  rest: string;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,5}`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const RULES: { kind: NumberedKind; re: RegExp }[] = [
  { kind: 'chapter', re: new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*章)\\s*(.*)$`) },
  { kind: 'clause', re: new RegExp(`^(第\\s*(${CN}|\\d{1,4})\\s*条)\\s*(.*)$`) },
  { kind: 'part', re: new RegExp(`^((${CN})\\s*[、．])\\s*(.*)$`) },
  { kind: 'article', re: new RegExp(`^(\\(\\s*(${CN})\\s*\\))\\s*(.*)$`) },
  { kind: 'item-dot', re: /^((\d{1,2})\s*[.．、](?!\d))\s*(.*)$/ },
  { kind: 'item-paren', re: /^(\(\s*(\d{1,2})\s*\))\s*(.*)$/ },
  { kind: 'item-circle', re: new RegExp(`^(([${CIRCLED}]))\\s*(.*)$`) },
];

/** Reads the numbering a line starts with, or undefined for an unnumbered line. */
export function classifyLine(match: string): NumberedLine | undefined {
  for (const { kind, re } of RULES) {
    const m = re.exec(match);
    if (!m) continue;
    const digits = m[2] ?? '';
    const number = kind === 'item-circle' ? CIRCLED.indexOf(digits) + 1 : readChineseNumber(digits.replace(/\s+/g, ''));
    if (number === undefined || number <= 0) continue;
    return { kind, number, label: m[1] ?? '', rest: m[3] ?? '' };
  }
  return undefined;
}

// An interpretation's outline line: '一、提高产业自主创新能力。分别为:(一)加强…。(二)…' lists headings, it is no part.
const INLINE_ARTICLE = new RegExp(`[。:;]\\s*\\(${CN}\\)`);

/** True for an outline line that names a part and its articles in one line (interpretations). */
export function isOutlineLine(match: string): boolean {
  return /分别为|分别是|包括:/.test(match) || INLINE_ARTICLE.test(match);
}
