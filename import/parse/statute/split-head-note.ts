/**
 * A statute's head note whose closing bracket has the first chapter's heading run into it (a copy that lost the line
 * end after the bracket) → the note's line and the heading's line. Example (a 天津 regulation as an aggregator stores it):
 *   ['(2001年1月16日天津市第十三届', '人民代表大会第四次会议通过)第一章 总则', '第一条 …']
 *   → ['(2001年1月16日天津市第十三届', '人民代表大会第四次会议通过)', '第一章 总则', '第一条 …']
 * Only the first division (第一章, 第一编) and only after a step of the making closing a bracket (通过), 批准), 修正)…):
 * a head note stands before the body's first heading and nowhere else, and a reference to a chapter never follows
 * a closed bracket without words between.
 */
import type { SourceLine } from '../source-lines.ts';

const RUN_IN = /(?:通过|批准|修订|修正|公布|发布|施行)\s*[)）]\s*(?=第\s*[一1]\s*[章编])/;

/** The end of the note where the first division's heading runs into it; undefined when none does. */
function noteEnd(s: string): number | undefined {
  const m = RUN_IN.exec(s);
  return m ? m.index + m[0].length : undefined;
}

/** Splits each line where a head note's closing bracket runs into the first chapter's heading. */
export function splitHeadNote<T extends SourceLine>(lines: readonly T[]): T[] {
  return lines.flatMap((line) => {
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
