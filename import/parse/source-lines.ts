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
  traditional: boolean;
  /** Set when the line is not document text (web-page debris, page numbers, spam). */
  drop?: DropReason;
  /** Set when the line is kept but looks damaged (mojibake, censored characters). */
  suspicion?: 'mojibake' | 'censored' | 'undecodable';
}

/** Splits a text into SourceLines (every line, blank ones included, so numbers match the file). */
export function toSourceLines(text: string): SourceLine[] {
  // Question marks for lost full-width spaces: an indent at a line's start; when the copy shows three runs or more, also
  // after any space (a page whose line ends became spaces) and between the characters of a spaced label (索??引??号,
  // 标??? ???题). One pair in a sentence (请问在哪里申请 ??谢谢) is the writer's.
  const lost = (text.match(/\?{2,}/g)?.length ?? 0) >= 3;
  return text.split(/\r\n|\r|\n/).map((written, i) => {
    const unmarked = lost
      ? written.replace(LOST_INDENT, '$1').replace(LOST_SPACE, ' ')
      : written.replace(LOST_INDENT_AT_START, '$1');
    const raw = withoutJammer(unmarked);
    return { no: i + 1, raw, ...normalizeLine(raw) };
  });
}

// A forum's anti-copy filler (Discuz's jammer): four or more tokens of one or two ASCII characters parted by spaces,
// run onto a line's end or start (…的通知( _8 M1 x* {3 N# y1 D9 w, ) m9 s. G4 T3 H国家疾控局综合司). Many of its
// characters are marks; a text's own figures and letters (GB 3095, 1 2 3) are not.
const JAMMER_END = /(?<=^|[^!-~\s]|[:;,])\s*((?:[!-~]{1,2}\s+){3,}[!-~]{1,2})\s*[|｜]?\s*$/;
const JAMMER_START = /^\s*((?:[!-~]{1,2}\s+){3,}[!-~]{0,2})(?=[\u4e00-\u9fff])/;
// Most of its tokens are two characters of two kinds, or two marks (x* {3 N# m9 G4 [$), and some hold a mark: a formula
// (K = (A + B) / 2), grades (A+ / A / B), a table's cells (| A | B |), codes (AI / VR, A4 A3 B5) do not.
const JAMMER_REACH = 200;
const JAMMER_TOKEN = /^(?![A-Za-z]{2}$|\d{2}$).{2}$/;
const isJammer = (run: string): boolean => {
  const tokens = run.trim().split(/\s+/);
  const mixed = tokens.filter((t) => JAMMER_TOKEN.test(t)).length;
  const marked = tokens.filter((t) => /[^A-Za-z0-9]/.test(t)).length;
  return mixed >= 3 && mixed * 2 >= tokens.length && marked >= 2;
};

// An indent of full-width spaces a copy turned into question marks (??为保障…, ??上海市民政局).
const LOST_INDENT = /(^|\s)\?{2,4}(?=[\u4e00-\u9fff]|\d{4}年)/g;
const LOST_INDENT_AT_START = /^(\s*)\?{2,4}(?=[\u4e00-\u9fff]|\d{4}年)/;
const LOST_SPACE = /(?<=[\u4e00-\u9fff]) ?\?{2,}[? ]*(?=[\u4e00-\u9fff])/g;

/** The line without a forum's anti-copy filler at its end and its start. */
function withoutJammer(line: string): string {
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
