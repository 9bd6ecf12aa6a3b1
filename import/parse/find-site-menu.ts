/**
 * A site's menu copied as a numbered list: short lines numbered 1. 2. 3., whose numbers start again at 1 under each
 * section of the menu (1. 目录 / 2. 旗人民政府 / 3. 旗人民政府办公室 / 1. 旗政府工作部门 / 2. 苏木镇人民政府 / 1. 国民经济…).
 * A document's own list counts on in order (附件:1.… 2.… 3.…) and its numbered points hold sentences; a menu's
 * entries are names, and its numbering restarts. Example: those lines → drop 'debris', one WEB_DEBRIS issue.
 */
import type { ParseIssue } from '../../model/index.ts';
import type { SourceLine } from './source-lines.ts';
import { ORGAN_END } from './title-shape.ts';

// One entry: a number, its mark and a short name without a sentence's or a field's punctuation.
// 1.1 指导思想 is a document's outline (its sub-point), no entry: the mark may not be followed by a digit.
const ENTRY = /^(\d{1,2})\s*[.．、](?![\d.．])\s*([^。;；,，:：]{1,24})$/;
// Lines a menu needs, and how often its numbering must start again, so that two lists of a text never make one.
const MIN_ENTRIES = 6;
const MIN_RESTARTS = 2;

// A portal's navigation copied as a bulleted list before the text (• 发展和改革委员会 / • 教育厅 / … / • 信访局): organs'
// names under bullets, six or more in a run (headings between its groups allowed), before the page's first sentence. A
// record's fields set under bullets (• 索引号 / • 000014349/2017-02536 / • 发文字号 …) are no organs' names.
const BULLETED = /^[•·●◆■▪►]\s*([^。;；,，:：]{1,16})$/;
const MIN_BULLETED = 6;

/** Marks a bulleted navigation list before the page's first sentence as debris; one issue for it. */
function dropBulletedMenus(lines: SourceLine[], file: string): ParseIssue[] {
  const issues: ParseIssue[] = [];
  let run: SourceLine[] = [];
  const close = (): void => {
    if (run.length >= MIN_BULLETED) {
      for (const line of run) line.drop = 'debris';
      issues.push({
        file,
        line: run[0]!.no,
        severity: 'warning',
        code: 'WEB_DEBRIS',
        message: `a site's navigation list of ${run.length} bulleted names (lines ${run[0]!.no}–${run.at(-1)!.no}) left out of the text`,
      });
    }
    run = [];
  };
  for (const line of lines) {
    const m = line.match.trim();
    if (m === '') continue;
    if (/[。；;]$/.test(m)) break;
    if (line.drop) continue;
    const entry = BULLETED.exec(m)?.[1]?.trim();
    if (entry && ORGAN_END.test(entry)) run.push(line);
    else if (entry) close();
    // A group's heading between entries (自治区直属机构) keeps the run going; anything longer closes it.
    else if (m.length > 12 || run.length === 0) close();
  }
  close();
  return issues;
}

/** Marks the lines of each numbered menu as debris; returns one issue per menu. */
export function dropSiteMenus(lines: SourceLine[], file: string): ParseIssue[] {
  const issues: ParseIssue[] = [...dropBulletedMenus(lines, file)];
  let run: { line: SourceLine; number: number }[] = [];
  const close = (): void => {
    // A restart goes back to 1; a jump on (2 → 5, an outline's lost lines) is none.
    const restarts = run.filter((e, i) => i > 0 && e.number === 1).length;
    if (run.length >= MIN_ENTRIES && restarts >= MIN_RESTARTS) {
      for (const { line } of run) line.drop = 'debris';
      issues.push({
        file,
        line: run[0]!.line.no,
        severity: 'warning',
        code: 'WEB_DEBRIS',
        message: `a site's menu of ${run.length} numbered lines (${run[0]!.line.no}–${run.at(-1)!.line.no}), its numbering starting again ${restarts} times, left out of the text`,
      });
    }
    run = [];
  };
  for (const line of lines) {
    if (line.match.trim() === '') continue;
    const entry = line.drop ? undefined : ENTRY.exec(line.match.trim());
    if (entry) run.push({ line, number: Number(entry[1]) });
    else close();
  }
  close();
  return issues;
}
