/**
 * A statute's head note whose closing bracket has the first chapter's heading run into it (a copy that lost the line
 * end after the bracket) → the note's line and the heading's line. Example (a 天津 regulation as an aggregator stores it):
 *   ['(2001年1月16日天津市第十三届', '人民代表大会第四次会议通过)第一章 总则', '第一条 …']
 *   → ['(2001年1月16日天津市第十三届', '人民代表大会第四次会议通过)', '第一章 总则', '第一条 …']
 * Only the first division (第一章, 第一编) and only after a step of the making closing a bracket (通过), 批准), 修正)…):
 * a head note stands before the body's first heading and nowhere else, and a reference to a chapter never follows
 * a closed bracket without words between.
 * A statute's title with its head note run in after it (a page that ran the record into one line) is cut too:
 *   ['海南省生态保护红线管理规定 (2016年7月29日…通过 根据…修正) 第一条 …'] → ['海南省生态保护红线管理规定', '(2016年7月29日…']
 */
import type { SourceLine } from '../source-lines.ts';
import { cleanTitle, isStatuteTitle } from './read-page-line.ts';

const RUN_IN = /(?:通过|批准|修订|修正|公布|发布|施行)\s*[)）]\s*(?=第\s*[一1]\s*[章编])/;

/** The end of the note where the first division's heading runs into it; undefined when none does. */
function noteEnd(s: string): number | undefined {
  const m = RUN_IN.exec(s);
  return m ? m.index + m[0].length : undefined;
}

// A title, then a bracket opening with a date that tells a step of the making.
const TITLE_BEFORE_NOTE =
  /^(\S.{3,79}?)\s*(?=[(（]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^()（）]{0,80}?(?:通过|批准|公布|发布))/;

/** Where a head note starts after a statute's title in the same line; undefined when none does. */
function noteStart(s: string): number | undefined {
  const m = TITLE_BEFORE_NOTE.exec(s);
  return m && isStatuteTitle(cleanTitle(m[1]!).title) ? m[0].length : undefined;
}

/** Splits a line where a statute's title runs into its head note. */
function splitTitle<T extends SourceLine>(line: T): T[] {
  const at = noteStart(line.match);
  const textAt = noteStart(line.text);
  if (at === undefined || textAt === undefined || line.drop) return [line];
  const piece = (text: string, match: string): T => ({ ...line, raw: text, text, match });
  return [
    piece(line.text.slice(0, textAt).trim(), line.match.slice(0, at).trim()),
    piece(line.text.slice(textAt).trim(), line.match.slice(at).trim()),
  ];
}

/** Splits each line where a head note's closing bracket runs into the first chapter's heading, or a title into it. */
export function splitHeadNote<T extends SourceLine>(lines: readonly T[]): T[] {
  return lines.flatMap(splitTitle).flatMap((line) => {
    const at = noteEnd(line.match);
    // The kept text may differ in length from the matching form (injected pinyin is only left out of the latter).
    const textAt = noteEnd(line.text);
    if (at === undefined || textAt === undefined || line.drop) return [line];
    const piece = (text: string, match: string): T => ({ ...line, raw: text, text, match });
    return [
      piece(line.text.slice(0, textAt).trim(), line.match.slice(0, at).trim()),
      piece(line.text.slice(textAt).trim(), line.match.slice(at).trim()),
    ];
  });
}
