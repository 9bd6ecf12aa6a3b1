/**
 * A PDF page's text pieces (pdf.js text items: a string, where it is drawn, its size) → the lines printed on it, in
 * the order they were drawn (the order of reading for a browser's or an office suite's PDF, and the one that keeps a
 * table's row together); then the lines a paragraph was wrapped into are joined back. Example:
 *   printedLines([{ str: '第一条 为了…', x: 57, y: 658, … }, { str: '，', x: 243, y: 658, … }, { str: '', hasEOL: true },
 *                 { str: '提升…', x: 57, y: 646, … }], 1, 595)
 *   → [{ text: '第一条 为了…，', page: 1, pageWidth: 595, x: 57, right: 540, y: 658, size: 10 }, { text: '提升…', … }]
 */

/** A piece of text as pdf.js gives it: its string, its transform (x at [4], the baseline's y at [5]), its width. */
export interface TextPiece {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * One printed line: its text, its page (and the page's width), where it starts and ends across the page, its baseline
 * and font size; `blankAbove`, how many blank lines the space above it makes (more than a paragraph's lines have).
 */
export interface PrintedLine {
  text: string;
  page: number;
  pageWidth: number;
  x: number;
  right: number;
  y: number;
  size: number;
  blankAbove?: number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const LATIN = /[0-9A-Za-z%‰]/;

/**
 * The text of a line's pieces. A space pdf.js puts where it saw a gap is kept, except a narrow one between a Chinese
 * character and a digit or letter: that gap is the office suite's spacing of Chinese against Western text
 * (LibreOffice's autospace: `2025 年 7 月`), no space the text holds. A gap wider than two characters is a table's
 * column: a tab, as the web reader parts a row's cells. A justified line's spread characters are closed up (unspread).
 */
function lineText(pieces: TextPiece[], size: number): string {
  let text = '';
  pieces.forEach((piece, i) => {
    if (piece.str.trim() !== '' || piece.str === '') {
      text += piece.str;
      return;
    }
    const before = text.at(-1) ?? '';
    const after = pieces[i + 1]?.str[0] ?? '';
    if (piece.width > 2 * size && before !== '' && after !== '') text += '\t';
    else if (
      piece.width < 0.3 * size &&
      (CJK.test(before) || CJK.test(after)) &&
      (LATIN.test(before) || LATIN.test(after))
    )
      return;
    else text += piece.str;
  });
  return unspread(text.replace(/\s+$/, ''));
}

// A space with a Chinese character on one side; three Chinese characters or more each standing alone between spaces.
const BY_CJK = new RegExp(`(?<=${CJK.source}) (?=\\S)|(?<=\\S) (?=${CJK.source})`, 'g');
const SPREAD_RUN = new RegExp(`(?<!\\S)${CJK.source}(?: ${CJK.source}){2,}(?!\\S)`);

/**
 * A justified line (a browser's text-align: justify) spreads its characters, and pdf.js reads the wider gaps as
 * spaces: 全 年 规 模 以 上 工 业 中 ， 化 学. Chinese puts no space between its characters, and a text's own spaces part
 * words (第一条 为了…, 的决定 信政〔2018〕17号 各县…, 第一章 总 则, 张 三), so a line holding three characters or more in
 * a row each standing alone between spaces is spread, and no space beside a Chinese character in it is the text's.
 */
function unspread(text: string): string {
  return SPREAD_RUN.test(text) ? text.replace(BY_CJK, '') : text;
}

/** The lines of one page, in drawing order: a piece starts a new line after an end of line or off the baseline. */
export function printedLines(pieces: readonly TextPiece[], page: number, pageWidth: number): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let open: TextPiece[] = [];
  const close = (): void => {
    const drawn = open.filter((piece) => piece.str !== '');
    open = [];
    if (drawn.length === 0) return;
    const first = drawn[0]!;
    // A fold, not Math.max(...): a line may hold more pieces than a call takes arguments.
    const size = drawn.reduce((most, piece) => Math.max(most, Math.hypot(piece.transform[2]!, piece.transform[3]!)), 0);
    const text = lineText(drawn, size);
    if (text.trim() === '') return;
    const last = drawn.findLast((piece) => piece.str.trim() !== '')!;
    lines.push({
      text,
      page,
      pageWidth,
      x: first.transform[4]!,
      right: last.transform[4]! + last.width,
      y: first.transform[5]!,
      size,
    });
  };
  for (const piece of pieces) {
    const last = open.findLast((p) => p.str !== '');
    const size = Math.hypot(piece.transform[2]!, piece.transform[3]!);
    if (last && piece.str !== '' && Math.abs(piece.transform[5]! - last.transform[5]!) > 0.3 * size) close();
    open.push(piece);
    if (piece.hasEOL) close();
  }
  close();
  return lines;
}
