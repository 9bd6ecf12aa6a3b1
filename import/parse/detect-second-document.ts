/**
 * Two documents in one file: after one document's signature and date, a second head (its own title, then its own
 * number or addressees) starts another document. Refused with a clear error instead of being merged silently. A
 * wrapper is no second document: a notice or decree followed by the document it issues (现印发《X》…, then X), or by
 * the one it issues on a text its title names (关于分解落实《X》的通知, then 《X》重点工作责任分解).
 * Example: '关于A的通知 / 甲发〔2020〕1号 / … / 甲市人民政府 / 2020年1月2日 / 关于B的意见 / 甲发〔2020〕2号 / 一、…'
 *   → throws PolicyInputError MULTIPLE_DOCUMENTS naming both titles and lines.
 */
import { PolicyInputError } from '../errors.ts';
import { classifyHeadLine, type HeadLineRole } from './classify-head-line.ts';
import { readTitle } from './read-title.ts';
import { titleKey as key } from './title-shape.ts';
import { worksOnNamed } from './unwrap-notice.ts';
import type { SourceLine } from './source-lines.ts';

/** Throws when the lines hold a second document after the first one's closing date. */
export function detectSecondDocument(
  lines: SourceLine[],
  file: string,
  firstTitle: string,
  firstTitleLine: number,
): void {
  const kept = lines.filter((l) => !l.drop && l.match.trim() !== '');
  const cache: HeadLineRole[] = [];
  const role = (k: number): HeadLineRole => (cache[k] ??= classifyHeadLine(kept[k]!.match));
  // Only short lines with a year or 公开发布 can close a document: classify those alone (statutes are long).
  const closes = (k: number): boolean =>
    kept[k]!.match.length <= 40 && /年|\d{4}|公开发布/.test(kept[k]!.match) && ['date', 'public'].includes(role(k));
  // A date closes a document only after its text has begun (its addressees, or a sentence): one in a portal's fields
  // above it (生成日期 / 2026-01-14) closes nothing.
  const begun = kept.findIndex((l, k) => /[。；！？]\s*$/.test(l.match) || role(k) === 'addressee');
  for (let i = Math.max(begun, 0); i < kept.length - 3; i++) {
    if (begun < 0 || !closes(i)) continue;
    // The next head: title lines, then a number or addressees within a few lines.
    let j = i + 1;
    while (j < kept.length && (role(j) === 'public' || role(j) === 'date')) j++;
    const titleLines: SourceLine[] = [];
    while (j < kept.length && role(j) === 'title' && titleLines.length < 4) titleLines.push(kept[j++]!);
    if (titleLines.length === 0 || !/[\u4e00-\u9fff]{4}/.test(titleLines.map((l) => l.match).join(''))) continue;
    const ownHead = [j, j + 1, j + 2].some((k) => k < kept.length && (role(k) === 'number' || role(k) === 'addressee'));
    if (!ownHead) continue;
    const second = readTitle(titleLines, file).noticeTitle ?? readTitle(titleLines, file).title ?? '';
    if (second === '' || key(second) === key(firstTitle)) continue;
    // A wrapper names the document it issues before its closing: 《X》, or X in its own title.
    const before = kept
      .slice(0, i + 1)
      .map((l) => l.match)
      .join('');
    const named = [...before.matchAll(/《([^《》]+)》/g)].map((m) => key(m[1]!));
    if (named.includes(key(second)) || key(firstTitle).includes(key(second))) continue;
    // Or the work it sets on a text its own title names (关于分解落实《X》的通知, then 《X》重点工作责任分解).
    if (worksOnNamed(second, firstTitle)) continue;
    throw new PolicyInputError(
      'MULTIPLE_DOCUMENTS',
      file,
      `two documents in one file: "${firstTitle}" (line ${firstTitleLine}) and "${second}" (line ${titleLines[0]!.no}, after the closing date on line ${kept[i]!.no}); split them into two files`,
      titleLines[0]!.no,
    );
  }
}
