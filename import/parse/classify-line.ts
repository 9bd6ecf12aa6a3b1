/**
 * Recognises numbered lines of a policy body (matching form). Examples:
 *   '一、总体要求' → { kind: 'part', number: 1, label: '一、', rest: '总体要求' }
 *   '(十二)推动区域协同发展。' → { kind: 'article', number: 12, label: '(十二)', … }
 *   '第三章 附则' → chapter 3; '第一节 发展成就' → section 1; '第五条 …' → clause 5; '1.出政策…' / '(1)' / '①' → items.
 *   Decimal outlines (emergency plans, technical plans): '1 总 则' → numeral heading 1; '1.2 编制依据' → decimal 2 of 1
 *   (major 1); '1.3.1 …' → a decimal item.
 */
import { CHINESE_NUMERAL_CHARS, readChineseNumber } from '../../text/index.ts';

/** Which numbering a line starts with. */
export type NumberedKind =
  | 'chapter'
  | 'section'
  | 'clause'
  | 'part'
  | 'article'
  | 'numeral-heading'
  | 'decimal'
  | 'item-dot'
  | 'item-paren'
  | 'item-circle'
  | 'item-decimal';

/** A numbered line: its kind, number, label as written (matching form) and the text after the label. */
export interface NumberedLine {
  kind: NumberedKind;
  number: number;
  label: string;
  rest: string;
  /** A decimal number's first figure: 1 for 1.2 (and 1.3.1). */
  major?: number;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,5}`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
// Units and magnitudes after a decimal figure (1.5亿元, 2.3万吨, 1.2公里): an amount opening a wrapped line, never a
// division's number. Only those no heading opens with (人员保障, 日常管理, 台风 and 公共卫生 do).
const DECIMAL_UNIT = '(?:[万亿千百元%％倍个吨亩户]|公里|公顷|平方米|平方公里|米)';
const RULES: { kind: NumberedKind; re: RegExp }[] = [
  { kind: 'chapter', re: new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*章)\\s*(.*)$`) },
  { kind: 'section', re: new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*节)\\s*(.*)$`) },
  { kind: 'clause', re: new RegExp(`^(第\\s*(${CN}|\\d{1,4})\\s*条)\\s*(.*)$`) },
  { kind: 'part', re: new RegExp(`^((${CN})\\s*[、．])\\s*(.*)$`) },
  { kind: 'article', re: new RegExp(`^(\\(\\s*(${CN})\\s*\\))\\s*(.*)$`) },
  // 1.3.1 before 1.3, and 1.3 before 1.: the longest decimal number wins.
  // A figure with its unit is an amount opening a wrapped line (1.5亿元，用于…), never a division: 1.5 is no N.M there.
  {
    kind: 'item-decimal',
    re: new RegExp(`^((\\d{1,2})[.．]\\d{1,2}[.．](\\d{1,2}))(?![.．]?\\d)(?!\\s*${DECIMAL_UNIT})\\s*(.*)$`),
  },
  { kind: 'decimal', re: new RegExp(`^((\\d{1,2})[.．](\\d{1,2}))(?![.．]?\\d)(?!\\s*${DECIMAL_UNIT})\\s*(.*)$`) },
  // Up to three figures: a division of a year's work numbers its tasks through the whole text (116. … 128.).
  { kind: 'item-dot', re: /^((\d{1,3})\s*[.．、](?!\d))\s*(.*)$/ },
  { kind: 'item-paren', re: /^(\(\s*(\d{1,2})\s*\))\s*(.*)$/ },
  { kind: 'item-circle', re: new RegExp(`^(([${CIRCLED}]))\\s*(.*)$`) },
  // A figure, a space and a short heading alone on its line: 1 总 则, 7 附则 (no unit after the figure: 3 个月内 is text).
  {
    kind: 'numeral-heading',
    re: /^((\d{1,2}))\s+(?![个万亿千百元年月日天人家项条名所次倍%])([\u4e00-\u9fff][\u4e00-\u9fff\s、和与及]{0,19})$/,
  },
  // Two figures run into a short heading (01综合, 12资源、环境和应急管理), as bulletins posted from WeChat number their
  // sections; read as sections only in a run from 01 (build-structure). One figure run into one (1总则, 2组织指挥体系),
  // as a copy of an emergency plan loses the space: read only as the N opening a decimal outline's N.1 (build-structure).
  {
    kind: 'numeral-heading',
    re: /^((\d{1,2}))(?![个万亿千百元年月日天人家项条名所次倍%余多号])([\u4e00-\u9fff][\u4e00-\u9fff、和与及]{0,19})$/,
  },
];

/** Reads the numbering a line starts with, or undefined for an unnumbered line. */
export function classifyLine(match: string): NumberedLine | undefined {
  for (const { kind, re } of RULES) {
    const m = re.exec(match);
    if (!m) continue;
    if (kind === 'decimal' || kind === 'item-decimal') {
      const [major, number] = [Number(m[2]), Number(m[3])];
      if (major <= 0 || number <= 0) continue;
      return { kind, number, major, label: m[1] ?? '', rest: m[4] ?? '' };
    }
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
