/**
 * Text → numbered lines in their kept and matching forms, with the first-pass verdict on each line. Example:
 *   toSourceLines('国务院\n—1—') → [{ no: 1, text: '国务院', … }, { no: 2, text: '—1—', drop: 'page-number', … }]
 */
import { normalizeLine } from '../../text/index.ts';

/** Why a line is kept out of the document's structure ('contents': a table of contents' 目录 and its entries). */
export type DropReason = 'debris' | 'page-number' | 'spam' | 'metadata' | 'contents';

/** One line of the input. `no` is 1-based; `text` and `match` come from normalizeLine. */
export interface SourceLine {
  no: number;
  raw: string;
  text: string;
  match: string;
  pinyinRemoved: number;
  /** Injected marks (@@) removed from the line. */
  marksRemoved?: number;
  /** A forum's anti-copy filler (random ASCII, `( _8 M1 x* {3 N#`) taken off the line's start or end. */
  jammerRemoved?: true;
  traditional: boolean;
  /** Set when the line is not document text (web-page debris, page numbers, spam). */
  drop?: DropReason;
  /** Set when the line is kept but looks damaged (mojibake, censored characters). */
  suspicion?: 'mojibake' | 'censored' | 'undecodable';
}

/** Splits a text into SourceLines (every line, blank ones included, so numbers match the file). */
export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((written, i) => {
    const raw = withoutJammer(written);
    return { no: i + 1, raw, ...normalizeLine(raw), ...(raw !== written ? { jammerRemoved: true as const } : {}) };
  });
}

// A forum's anti-copy filler (Discuz's jammer): four or more tokens of one or two ASCII characters parted by spaces,
// run onto a line's end or start (…的通知( _8 M1 x* {3 N# y1 D9 w, ) m9 s. G4 T3 H国家疾控局综合司). Many of its
// characters are marks; a text's own figures and letters (GB 3095, 1 2 3) are not.
const JAMMER_END = /(?<=^|[^!-~\s])\s*((?:[!-~]{1,2}\s+){3,}[!-~]{1,2})\s*[|｜]?\s*$/;
const JAMMER_START = /^\s*((?:[!-~]{1,2}\s+){3,}[!-~]{0,2})(?=[\u4e00-\u9fff])/;
// It holds letters: a table's empty row (| | | |), a bar of buttons ([ ] [ ] [ ]) or a row of figures (| 1 | 2 |) holds none.
const JAMMER_REACH = 200;
const isJammer = (run: string): boolean => {
  const marks = run.match(/[^A-Za-z0-9\s]/g)?.length ?? 0;
  const letters = run.match(/[A-Za-z]/g)?.length ?? 0;
  return letters >= 2 && (marks >= 3 || (marks >= 2 && run.trim().split(/\s+/).length >= 6));
};

// An indent of full-width spaces a copy turned into question marks (??为保障…, ??上海市民政局).
// (After a space too: a page whose line ends became spaces.)
const LOST_INDENT = /(^|\s)\?{2,4}(?=[\u4e00-\u9fff]|\d{4}年)/g;

/** The line without a forum's anti-copy filler at its end and its start, nor an indent turned into question marks. */
function withoutJammer(written: string): string {
  const line = written.replace(LOST_INDENT, '$1');
  if (!/[!-~]\s+[!-~]{1,2}\s+[!-~]/.test(line)) return line;
  // Read within the line's last and first characters: a filler is short, and a long line of short tokens (a table
  // of figures run into one line) must cost no more than its ends.
  let out = line;
  const tail = out.slice(-JAMMER_REACH);
  const end = JAMMER_END.exec(tail);
  if (end && isJammer(end[1]!)) out = out.slice(0, out.length - tail.length + end.index);
  const start = JAMMER_START.exec(out.slice(0, JAMMER_REACH));
  if (start && isJammer(start[1]!)) out = out.slice(start[0].length);
  return out;
}
