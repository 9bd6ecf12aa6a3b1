/**
 * A copy stamped with its source at the end of every line (a site's anti-copy mark): the stamp taken off each line it
 * ends. Example:
 *   ['抓住用好千载难逢战略机遇wYm河北省人民政府研究室', '', '……提供了重要指导。wYm河北省人民政府研究室', …]
 *   → ['抓住用好千载难逢战略机遇', '', '……提供了重要指导。', …] and one WATERMARK_REMOVED issue
 * A stamp is the same words ending most lines, after a sentence's end on some and inside a heading's words on others,
 * opening with the site's letters and holding no sentence mark: a duty's bracket repeated after tasks
 * ((市发展改革委负责)) or a duty column's organ (。市财政局) is the text's.
 */
import type { ParseIssue } from '../../model/index.ts';
import type { SourceLine } from './source-lines.ts';

const MIN_STAMP = 4;
const MAX_STAMP = 30;
const MIN_LINES = 3;
const SENTENCE_END = /[。；;！!？?]$/;

/** Takes a stamp off every line it ends (in place) and says so; no issue when the text has none. */
export function stripLineWatermark(lines: SourceLine[], file: string): ParseIssue[] {
  const stamped = lines.filter((l) => !l.drop && l.match.trim() !== '');
  const stamp = stampOf(stamped);
  if (!stamp) return [];
  let count = 0;
  for (const line of stamped) {
    const kept = line.match.trimEnd();
    if (!kept.endsWith(stamp)) continue;
    const cut = (s: string): string => s.trimEnd().slice(0, -stamp.length);
    Object.assign(line, { raw: cut(line.raw), text: cut(line.text), match: cut(line.match) });
    count++;
  }
  return [
    {
      file,
      line: stamped[0]!.no,
      severity: 'info',
      code: 'WATERMARK_REMOVED',
      message: `the copy's stamp "${stamp}" ending ${count} line(s) taken off`,
    },
  ];
}

/** The longest stamp ending most lines, or undefined. */
function stampOf(lines: readonly SourceLine[]): string | undefined {
  const ends = lines.map((l) => l.match.trimEnd());
  const candidates = new Set<string>();
  // An anti-copy mark opens with the site's letters (wYm河北省人民政府研究室); words alone ending many lines are the
  // text's (a duty column's 市财政局, a signature). Only the endings of the first lines that open so are candidates.
  for (const end of ends.slice(0, 5))
    for (let n = MIN_STAMP; n <= Math.min(MAX_STAMP, end.length - 1); n++)
      if (/^[A-Za-z]/.test(end.slice(-n))) candidates.add(end.slice(-n));
  let best: string | undefined;
  for (const stamp of candidates) {
    if (/[。；;！!？?，,、(（)）]/.test(stamp) || !/[\u4e00-\u9fff]/.test(stamp)) continue;
    const before = ends
      .filter((e) => e.endsWith(stamp) && e.length > stamp.length)
      .map((e) => e.slice(0, -stamp.length));
    const afterSentence = before.some((b) => SENTENCE_END.test(b));
    const insideWords = before.some((b) => /[\u4e00-\u9fff]$/.test(b));
    if (before.length >= Math.max(MIN_LINES, ends.length / 2) && afterSentence && insideWords)
      if (!best || stamp.length > best.length) best = stamp;
  }
  return best;
}
