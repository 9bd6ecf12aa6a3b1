/**
 * Printed lines → paragraphs: a line the layout broke only because the next word did not fit is joined to the next
 * line, so a sentence, a citation's number or an article reads whole as in the text the PDF was made from (the parser
 * reads a line as a paragraph: a wrapped 第一条 would end mid-sentence). Example (A4, text between x 57 and 538):
 *   [{ text: '为贯彻落实《…通知》(粤府', x: 57, right: 483 }, { text: '〔2021〕13号),强化…', x: 57, right: 535 },
 *    { text: '见:', x: 57, right: 73 }, { text: '一、减负稳岗…', x: 57, right: 253 }]
 *   → ['为贯彻落实《…通知》(粤府〔2021〕13号),强化…见:', '一、减负稳岗…']
 */
import type { PrintedLine } from './printed-lines.ts';

// The first piece the layout would not break (a run of digits or letters with its brackets, else one character and
// the closing marks that may not begin a line): what would have had to fit at the end of the line before.
const FIRST_WORD = /^[〔（(《“‘[【]*(?:(?:[0-9A-Za-z.,%\-/:]+[〕）)\]】]*)+|.)[〕）)》”’\]】,，。、；;：:！？!?]*/u;
// A line that opens with a number of the outline or an attachment starts a paragraph of its own after a closed sentence.
const OPENS_ITEM =
  /^(?:第[一二三四五六七八九十百零〇\d]+[章节条款编]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|附件)/;
const CLOSED = /[。；;：:！？!?]$/;

/** The width the first word of a line takes: a Chinese character (or full-width mark) is one em, the rest about half. */
function firstWordWidth(line: PrintedLine): number {
  const word = FIRST_WORD.exec(line.text.trimStart())?.[0] ?? '';
  return [...word].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.55) * line.size, 0);
}

/** How many brackets the line opens and leaves open. */
function openBrackets(text: string): number {
  return (text.match(/[（(《〔[【]/g)?.length ?? 0) - (text.match(/[）)》〕\]】]/g)?.length ?? 0);
}

/** True when `line` was wrapped into `next`: the next line's first word would not have fitted where `line` ends. */
function wrapsInto(line: PrintedLine, next: PrintedLine, right: number): boolean {
  if (Math.abs(line.size - next.size) > 0.1 * line.size) return false;
  // A table's row (cells parted by tabs) is a line of its own.
  if (line.text.includes('\t') || next.text.includes('\t')) return false;
  // A continuation starts no further right than the line it continues, and that line starts at most a few characters
  // in (a paragraph's indent): a line set to the right (a signature) or centred is no wrapped paragraph's.
  if (next.x > line.x + 0.5 * line.size || line.x > next.x + 3 * line.size) return false;
  if (CLOSED.test(line.text) && OPENS_ITEM.test(next.text.trimStart())) return false;
  // A bracket left open near the margin: the layout kept the bracketed number whole for the next line (粤府 /
  // 〔2021〕13号), wider than the first word measured.
  if (openBrackets(line.text) > 0 && line.right > right - 6 * line.size) return true;
  return line.right + firstWordWidth(next) > right;
}

// A line ending in a mark may reach past the margin (a full-width comma hangs over it); one ending in a character
// does not.
const ENDS_IN_CHARACTER = /[\p{L}\p{N}]$/u;

/**
 * Joins each wrapped line to the next. A page's right margin is taken where its longest line ending in a character
 * ends: at most a character short of the margin, so a line whose next word would have reached beyond it was wrapped.
 */
export function joinWrappedLines(lines: readonly PrintedLine[]): PrintedLine[] {
  const right = new Map<number, number>();
  for (const line of lines) {
    if (ENDS_IN_CHARACTER.test(line.text)) right.set(line.page, Math.max(right.get(line.page) ?? 0, line.right));
  }
  const joined: PrintedLine[] = [];
  let prior: PrintedLine | undefined;
  for (const line of lines) {
    if (prior && wrapsInto(prior, line, right.get(prior.page) ?? prior.right)) {
      const last = joined.pop()!;
      joined.push({ ...last, text: last.text + line.text.trimStart(), right: line.right });
    } else {
      joined.push(line);
    }
    prior = line;
  }
  return joined;
}
