/**
 * Printed lines → paragraphs: a line the layout broke only because the next word did not fit is joined to the next
 * line, so a sentence, a citation's number or an article reads whole as in the text the PDF was made from (the parser
 * reads a line as a paragraph: a wrapped 第一条 would end mid-sentence). Example (A4, text between x 57 and 538):
 *   [{ text: '为贯彻落实《…通知》(粤府', x: 57, right: 483 }, { text: '〔2021〕13号),强化…', x: 57, right: 535 },
 *    { text: '见:', x: 57, right: 73 }, { text: '一、减负稳岗…', x: 57, right: 253 }]
 *   → ['为贯彻落实《…通知》(粤府〔2021〕13号),强化…见:', '一、减负稳岗…']
 */
import type { PrintedLine } from './printed-lines.ts';

// The first piece the layout would not break: opening marks, a run of digits and letters (or one character), then
// closing marks, and more runs of digits and letters after a mark that binds them (`〔2021〕13`, `件:2017`, `(wù)`).
const RUN = '[0-9A-Za-z\\u00c0-\\u024f.%\\-/]+';
const CLOSING = '[〕）)》”’\\]】,，。、；;：:！？!?]*';
const FIRST_WORD = new RegExp(`^[〔（(《“‘[【]*(?:${RUN}|.)(?:${CLOSING}${RUN})*${CLOSING}`, 'u');
// A line that opens with a number of the outline or an attachment starts a paragraph of its own after a closed sentence.
const OPENS_ITEM =
  /^(?:第[一二三四五六七八九十百零〇\d]+[章节条款编]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|附件)/;
const CLOSED = /[。；;：:！？!?]$/;
// A bracket closing all the paragraph opened ends a unit as a full stop does: a measure's trailer (（牵头单位：…）).
const CLOSING_BRACKET = /[）)]$/;
// A document number standing alone on its line (`川府發〔2021〕28號`, `国发〔2018〕38号`): under a title, never its rest.
const NUMBER_LINE = /^\S{1,30}[〔［[（(]\d{4}[〕］\]）)]第?\d{1,5}[号號]$/;
const WESTERN = /[0-9A-Za-z\u00c0-\u024f]/;
const WIDE = (c: string): boolean => c.charCodeAt(0) > 0x2e80;

/**
 * The width the first word of `next` takes at the end of `line`: a Chinese character (or full-width mark) is one em,
 * the rest about half, and a quarter em more where Western meets Chinese (an office suite's spacing between them).
 */
function firstWordWidth(line: PrintedLine, next: PrintedLine): number {
  const word = FIRST_WORD.exec(next.text.trimStart())?.[0] ?? '';
  const characters = [...next.text];
  if (WESTERN.test(word[0] ?? '') && characters.filter(WIDE).length * 5 < characters.length) {
    // A Western line: its own characters' mean width (a typewriter face is wider than half an em), and the space
    // that would have stood before the word.
    return ((next.right - next.x) / characters.length) * ([...word].length + 1);
  }
  const width = [...word].reduce((sum, c) => sum + (WIDE(c) ? 1 : 0.55) * next.size, 0);
  const end = line.text.at(-1) ?? '';
  const mixed = (WESTERN.test(end) && WIDE(word[0] ?? '')) || (WIDE(end) && WESTERN.test(word[0] ?? ''));
  return width + (mixed ? 0.25 * next.size : 0);
}

/** How many brackets the text opens and leaves open. */
function openBrackets(text: string): number {
  return (text.match(/[（(《〔[【]/g)?.length ?? 0) - (text.match(/[）)》〕\]】]/g)?.length ?? 0);
}

/**
 * True when `line`, the last of the paragraph read so far, was wrapped into `next`: the next line's first word would
 * not have fitted where `line` ends.
 */
function wrapsInto(line: PrintedLine, paragraph: string, next: PrintedLine, right: number): boolean {
  if (next.blankAbove || Math.abs(line.size - next.size) > 0.1 * line.size) return false;
  // A table's row (cells parted by tabs) is a line of its own.
  if (line.text.includes('\t') || next.text.includes('\t')) return false;
  // A continuation starts no further right than the line it continues, and that line starts at most a few characters
  // in (a paragraph's indent): a line set to the right (a signature) or centred is no wrapped paragraph's.
  if (next.x > line.x + 0.5 * line.size || line.x > next.x + 3 * line.size) return false;
  const closed = CLOSED.test(line.text) || (CLOSING_BRACKET.test(line.text) && openBrackets(paragraph) <= 0);
  if (closed && OPENS_ITEM.test(next.text.trimStart())) return false;
  if (NUMBER_LINE.test(next.text.trim())) return false;
  // A bracket left open near the margin: the layout kept the bracketed number whole for the next line (粤府 /
  // 〔2021〕13号), wider than the first word measured.
  if (openBrackets(paragraph) > 0 && line.right > right - 6 * line.size) return true;
  return line.right + firstWordWidth(line, next) > right;
}

// A line ending in a mark may reach past the margin (a full-width comma hangs over it); one ending in a character
// does not.
const ENDS_IN_CHARACTER = /[\p{L}\p{N}]$/u;

/**
 * The right margin of each page: where its longest line ending in a character ends (at most a character short of the
 * margin); when no line comes near the width the left margin leaves on the right (a text of short lines), that width.
 */
function rightMargins(lines: readonly PrintedLine[]): Map<number, number> {
  const margins = new Map<number, number>();
  for (const page of new Set(lines.map((line) => line.page))) {
    const on = lines.filter((line) => line.page === page);
    // Folds, not Math.min(...): a page may hold more lines than a call takes arguments.
    const mirrored = on[0]!.pageWidth - on.reduce((least, line) => Math.min(least, line.x), Infinity);
    const full = on.filter((line) => ENDS_IN_CHARACTER.test(line.text));
    const longest = full.reduce((most, line) => Math.max(most, line.right), 0);
    margins.set(page, longest > mirrored - 2 * on[0]!.size ? longest : mirrored);
  }
  return margins;
}

/** Joins each wrapped line to the next: a line whose next word would have reached beyond the margin was wrapped. */
export function joinWrappedLines(lines: readonly PrintedLine[]): PrintedLine[] {
  const right = rightMargins(lines);
  const joined: PrintedLine[] = [];
  let prior: PrintedLine | undefined;
  for (const line of lines) {
    if (prior && wrapsInto(prior, joined.at(-1)!.text, line, right.get(prior.page)!)) {
      const last = joined.pop()!;
      // Western words wrapped at a space: the space the layout dropped at the line's end comes back.
      const space = /[0-9A-Za-z\u00c0-\u024f,.;:!?)]$/.test(last.text) && WESTERN.test(line.text.trimStart()[0] ?? '');
      joined.push({ ...last, text: last.text + (space ? ' ' : '') + line.text.trimStart(), right: line.right });
    } else {
      joined.push(line);
    }
    prior = line;
  }
  return joined;
}

/**
 * Marks the lines with more space above them than a paragraph's lines have: above 1.6 times the distance from a line
 * to the next in the same size (the closest two lines of that size: a text whose paragraphs all stand between blank
 * lines has as many wide steps as narrow ones), as blank lines of a text or the space between paragraphs leave — as
 * many blank lines as that space holds lines, for the parser reads two blank lines as a wider break than one.
 */
export function markBlankLines(lines: readonly PrintedLine[]): PrintedLine[] {
  const sizeOf = (line: PrintedLine): number => Math.round(line.size * 2) / 2;
  const stepAbove = (line: PrintedLine, i: number): number | undefined => {
    const before = lines[i - 1];
    if (before?.page !== line.page || sizeOf(before) !== sizeOf(line)) return undefined;
    return before.y - line.y >= 0.9 * line.size ? before.y - line.y : undefined;
  };
  const pitch = new Map<number, number>();
  lines.forEach((line, i) => {
    const step = stepAbove(line, i);
    if (step !== undefined) pitch.set(sizeOf(line), Math.min(pitch.get(sizeOf(line)) ?? step, step));
  });
  return lines.map((line, i) => {
    const step = stepAbove(line, i);
    const usual = pitch.get(sizeOf(line));
    if (step === undefined || usual === undefined || step <= 1.6 * usual) return line;
    return { ...line, blankAbove: Math.min(3, Math.round(step / usual) - 1) };
  });
}
