/**
 * The head of a plain-text statute: the lines between its title and its body, however a site sets them. Example
 * (law259.infoeach.com's 山西省人才市场管理条例, after the title):
 *   ['山西省人大', '20040401', '(2004年4月1日山西省第十届人民代表大会常务委员会第十次会议通过)', '省人大常委会公告',
 *    '《山西省人才市场管理条例》已由…通过,现予公布,自2004年6月1日起施行。', '山西省人民代表大会常务委员会', '2004年4月1日',
 *    '第一章 总则', …]
 *   → head: the seven lines, body from 第一章 总则.
 * Making lines, brackets (also over several lines), numbers and page furniture (labels, the site's issuer column,
 * dates, an announcement) stay in the head; the first other line opens the body. `joinBrokenLines` makes one line of
 * a bracket a page broke over lines: ['(2005年11月25日贵州省第十届人民代表大会', '常务委员会第十八次会议通过)'] → one line.
 */
import { findDocNumbers } from '../../../text/index.ts';
import { opensStatuteBody, type StatuteLine } from './build-statute-structure.ts';
import { bracketRun } from './locate-statute.ts';
import { announcedAt } from './read-announcement.ts';
import { cleanTitle, isFurniture, isHeadPiece, titleKey as key } from './read-page-line.ts';
import { findDates } from '../parse-date.ts';
import { DATE_FIRST, isBrokenStep, isMakingLine } from './read-statute-head.ts';

const ANNOUNCED = /《[^《》]+》.*现予(?:以)?(?:公布|发布|公告)/;

/** True for a line that is only a document number (a decree's 第4号 line, 国务院令第306号). */
export function isLoneNumber(line: StatuteLine): boolean {
  const compact = line.match.replace(/\s+/g, '');
  const found = findDocNumbers(compact)[0];
  return found !== undefined && found.index === 0 && found.original.length === compact.length;
}

const tellsMaking = (m: string): boolean =>
  (isMakingLine(m) && /通过|公布|发布|颁布|修订|修正|批准|施行/.test(m)) ||
  (/^[(（]/.test(m) && /\d{4}\s*年|[〇零一二三四五六七八九]{4}年/.test(m));

/** The head lines from index `from` on, and where the body begins. */
export function readPlainHead(
  lines: readonly StatuteLine[],
  from: number,
  title: string,
): { head: StatuteLine[]; bodyFrom: number } {
  let i = from;
  // How deep the brackets opened on earlier lines still are (a head bracket broken over lines).
  let depth = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const m = line.match.trim();
    if (m === '') {
      depth = 0;
      continue;
    }
    if (opensStatuteBody(line)) break;
    const opens = /^[(（]/.test(m) && /\d{4}\s*年|[〇零一二三四五六七八九]{4}年|令第/.test(m);
    if (depth > 0 || opens) {
      depth = Math.max(0, depth + (m.match(/[(（]/g)?.length ?? 0) - (m.match(/[)）]/g)?.length ?? 0));
      continue;
    }
    // An announcement's sentence, however a copy broke it over lines (…通 / 过,经…现予 / 公布,…施行。).
    const announced = announcedAt(lines, i);
    if (announced) {
      i = announced.end;
      continue;
    }
    if (isMakingLine(m) || isHeadPiece(m) || isLoneNumber(line) || line.headingLevel === 1) continue;
    if (isFurniture(m) || ANNOUNCED.test(m) || (title !== '' && key(cleanTitle(m).title) === key(title))) continue;
    // A step broken over two lines (20218月26日莆田市第七届人民代表大会 / 常务委员会第四十次会议通过): both are head.
    const after = lines.findIndex((l, j) => j > i && l.match.trim() !== '');
    if (after > 0 && after - i <= 2 && isBrokenStep(m, lines[after]!.match.trim())) {
      i = after;
      continue;
    }
    // A heading between the title and the making lines (中华人民共和国民法典 / 合同编 / 2020年5月28日 …通过).
    if (
      m.length <= 30 &&
      !/[。；;，,]/.test(m) &&
      nextNonBlank(lines, i + 1, 2).some((l) => tellsMaking(l.match.trim()))
    )
      continue;
    break;
  }
  return { head: lines.slice(from, i), bodyFrom: i };
}

/**
 * Head lines with what a page broke over lines joined into the first line: a bracket, or a making line whose act
 * stands on the next line (2013年2月26日 青岛市…常务委员会 / 第九次会议通过; 1984年4月4日 国务院 / 中央军委发布, joined
 * with 、 as two organs). `parts` maps a joined line to the lines it holds.
 */
export function joinBrokenLines(head: readonly StatuteLine[]): { lines: StatuteLine[]; parts: Map<number, number[]> } {
  const lines: StatuteLine[] = [];
  const parts = new Map<number, number[]>();
  const join = (pieces: StatuteLine[], glue: string[]) => {
    const of = (pick: (l: StatuteLine) => string) =>
      pieces.map((l, i) => (i > 0 ? glue[i - 1] : '') + pick(l).trim()).join('');
    lines.push({ ...pieces[0]!, raw: of((l) => l.raw), text: of((l) => l.text), match: of((l) => l.match) });
    parts.set(
      pieces[0]!.no,
      pieces.map((l) => l.no),
    );
  };
  for (let i = 0; i < head.length; i++) {
    const line = head[i]!;
    const m = line.match.trim();
    if (/^[(（]/.test(m)) {
      const run = bracketRun(head, i);
      if (run.end > i) {
        join(head.slice(i, run.end + 1), Array(run.end - i).fill(''));
        i = run.end;
        continue;
      }
    }
    // The act on the next line (a blank line between, as Markdown sets lines apart).
    const next = head.findIndex((l, j) => j > i && l.match.trim() !== '');
    const rest = next < 0 ? '' : head[next]!.match.trim();
    if (
      datedFirst(m) &&
      !isMakingLine(m) &&
      next >= 0 &&
      next - i <= 2 &&
      !datedFirst(rest) &&
      rest.length <= 80 &&
      isMakingLine(`${m}${rest}`)
    ) {
      // Two organs are two (国务院 / 中央军委发布); a date or a meeting broken apart is one (2014年9月26 / 日…, …委员会 / 第九次会议).
      join(
        [{ ...line, match: withWholeDate(line.match) }, head[next]!],
        [
          // A congress and its standing committee broken apart (…人民代表大会 / 常务委员会第四十次会议通过) are one organ, and
          // a verb broken from its meeting (…审议 / 通过) one step.
          /[\d年月]$/.test(m) || /^(?:[第日月]|常务委员会|常委会|通过|批准|修订|修正|公布|发布|颁布)/.test(rest)
            ? ''
            : '、',
        ],
      );
      i = next;
      continue;
    }
    lines.push(line);
  }
  return { lines, parts };
}

/** A line opening with a date, whole or as a copy damaged it (20218月26日, 20211022日: its 年 or 月 lost). */
const datedFirst = (line: string): boolean => DATE_FIRST.test(line) || findDates(line.trim())[0]?.index === 0;

/** A line's opening date written whole when the copy damaged it (20218月26日… → 2021年8月26日…), for the step readers. */
function withWholeDate(line: string): string {
  const text = line.trim();
  const date = findDates(text)[0];
  // A date alone that lost its 日 to the next line (2014年9月26 / 日山东省…) is joined as it stands.
  if (!date?.damaged || date.index !== 0 || date.text.length === text.length) return line;
  const [year, month, day] = date.value.split('-').map(Number);
  return `${year}年${month}月${day === undefined ? '' : `${day}日`}${text.slice(date.text.length)}`;
}

/** The first `count` non-blank lines from `from` on, without copying the rest of the text. */
function nextNonBlank<T extends { match: string }>(lines: readonly T[], from: number, count: number): T[] {
  const found: T[] = [];
  for (let k = from; k < lines.length && found.length < count; k++)
    if (lines[k]!.match.trim() !== '') found.push(lines[k]!);
  return found;
}
