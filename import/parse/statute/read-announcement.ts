/**
 * The announcement (公告) a standing committee or a government prints with a statute it promulgates → the steps it
 * tells. Example (jumpstarthappiness.com's 深圳经济特区优化营商环境条例):
 *   ['深圳市第六届人民代表大会常务委员会公告第二一九号',
 *    '《深圳经济特区优化营商环境条例》经深圳市第六届人民代表大会常务委员会第四十五次会议于2020年10月29日通过，现予公布，自2021年1月1日起施行。',
 *    '深圳市人民代表大会常务委员会', '2020年11月5日']
 *   → adoption 2020-10-29 (深圳市第六届…第四十五次会议), promulgation 2020-11-05 (深圳市人民代表大会常务委员会),
 *     effect 2021-01-01; the four lines read.
 * Only an announcement of this statute counts: the 《title》 it names is the statute's title.
 */
import type { TimelineEvent } from '../../../model/index.ts';
import { findDates } from '../parse-date.ts';
import type { StatuteLine } from './build-statute-structure.ts';
import { isFurniture, titleKey } from './read-page-line.ts';
import { readStatuteHead } from './read-statute-head.ts';
import { BOOKED_WORDS } from '../title-shape.ts';

/** The steps an announcement tells and the lines it stands on. */
export interface Announcement {
  events: TimelineEvent[];
  lines: number[];
}

/**
 * 《X》已由…通过，现予公布，自…起施行; a revised text is also published as 现将修订后的《X》公布 (or 予以公布, 重新公布): the
 * words between 现将 and the verb name the text again and tell nothing else.
 */
const SENTENCE = new RegExp(
  `《(${BOOKED_WORDS}+)》(?:已|业)?(?:经|由)?(.*?)[，,。]\\s*现(?:予(?:以)?|将[^，,。；;]*?(?:予以|重新)?)(?:公布|发布|公告)(.*)$`,
);
// The same told the other way round: 2021年9月29日,…第三十次会议通过《X》,现予公布,… → 《X》经2021年9月29日…通过,现予公布,….
const MAKING_FIRST = new RegExp(`^(.{4,120}?(?:通过|批准))《(${BOOKED_WORDS}+)》(?=[，,。]\\s*现(?:予|将))`);
const namedFirst = (match: string): string => {
  const m = MAKING_FIRST.exec(match.trim());
  return m ? `《${m[2]}》经${m[1]!.replace(/[，,]/g, '')}${match.trim().slice(m[0].length)}` : match;
};
const SIGNATURE = /^[\u4e00-\u9fff]{2,30}(?:人民代表大会常务委员会|人大常委会|人民政府|委员会)$/;

/**
 * A title's identity in an announcement: a copy writes the nested 〈〉 inside the 《》 as ASCII < > or ‹ ›
 * (《柳州市人民代表大会关于修改<柳州市立法条例>的决定》), the title itself 关于修改《柳州市立法条例》的决定.
 */
const key = (title: string): string => titleKey(title).replace(/[<>‹›]/g, '');

/**
 * The sentence opening at line i with the lines a hard-wrapped copy broke it into (《…》已由海南省 / 第二届…通过,现 /
 * 予公布,自…起施行。): a line naming a 《title》 and not ended by a full stop goes on in the next, up to three more,
 * unless that line stands apart (a heading, a signature, another 《title》). A copy spaced double (a PDF's lines with
 * a blank line after each: …于2016年2月20日通 / (blank) / 过,经…批准,现予 / (blank) / 公布,…) parts the pieces by one
 * blank line; the pieces are joined only when they make the whole sentence.
 */
function sentenceAt(lines: readonly StatuteLine[], i: number): { line: StatuteLine; end: number } {
  const first = lines[i]!;
  let { match, text } = first;
  let end = i;
  if (!/《/.test(match)) return { line: first, end };
  for (let pieces = 0; !SENTENCE.test(match) && !/[。.]\s*$/.test(match) && pieces < 3; pieces++) {
    const at = lines[end + 1]?.match.trim() === '' ? end + 2 : end + 1;
    const next = lines[at];
    // A line of its own follows: blank, another 《title》, or the page's furniture (公告第二一九号, a signature).
    if (!next || next.match.trim() === '' || /《/.test(next.match) || isFurniture(next.match)) break;
    match = match.trimEnd() + next.match.trim();
    text = text.trimEnd() + next.text.trim();
    end = at;
  }
  return SENTENCE.test(match) ? { line: { ...first, match, text }, end } : { line: first, end: i };
}

/**
 * The statute an announcement's sentence opening at line i names (《南宁市地方性法规制定条例》已由…通过，…现予公布…),
 * and the line it ends on; undefined when no such sentence opens there.
 */
export function announcedAt(lines: readonly StatuteLine[], i: number): { title: string; end: number } | undefined {
  if (!/^\s*《/.test(lines[i]!.match)) return undefined;
  const { line, end } = sentenceAt(lines, i);
  const named = SENTENCE.exec(line.match)?.[1];
  return named ? { title: named, end } : undefined;
}

/** Reads the announcement of the statute titled `title` among the lines (the page's furniture and head). */
export function readAnnouncement(lines: readonly StatuteLine[], title: string): Announcement {
  const found: Announcement = { events: [], lines: [] };
  if (title === '') return found;
  lines.forEach((_, i) => {
    const { line, end } = sentenceAt(lines, i);
    const m = SENTENCE.exec(namedFirst(line.match));
    if (!m || (key(m[1]!) !== key(title) && !key(title).endsWith(key(m[1]!)))) return;
    // The making it tells, put as a head line puts it: 2004年4月1日 山西省…第十次会议通过 ，自2004年6月1日起施行。
    // Each clause its own step, its date put first (…会议于2016年2月20日通过,经…会议于2016年3月31日批准: an
    // adoption and an approval).
    const told = m[2]!
      .trim()
      .split(/[，,]\s*/)
      // A clause's joining words go (并经吉林省…批准: 吉林省…批准).
      .map((clause) => clause.replace(/^(?:并且?|且|又)?(?:已|业)?(?:经|由)?/, ''))
      .map((making) => {
        const date = findDates(making)[0];
        return date
          ? `${date.text}${making.slice(0, date.index).replace(/于\s*$/, '')}${making.slice(date.index + date.text.length)}`
          : making;
      })
      .join(' ');
    const synthetic = { ...line, match: `${told} ${m[3]}`, text: `${told} ${m[3]}` };
    found.events.push(...readStatuteHead([synthetic]).events.map((e) => ({ ...e, text: line.text.trim() })));
    found.lines.push(...lines.slice(i, end + 1).map((l) => l.no));
    // Under it: the signature and the day of promulgation.
    const below = lines.slice(end + 1).filter((l) => l.match.trim() !== '');
    let signature: string | undefined;
    for (const next of below.slice(0, 3)) {
      const compact = next.match.replace(/\s+/g, '');
      const day = findDates(compact)[0];
      if (day && day.index === 0 && day.text.length === compact.length) {
        found.events.push({
          kind: 'promulgation',
          text: next.text.trim(),
          line: next.no,
          start: day.value,
          ...(signature ? { bodies: [signature] } : {}),
        });
        found.lines.push(next.no);
        break;
      }
      if (compact.length > 30 || /[。，,；;]/.test(compact)) break;
      if (SIGNATURE.test(compact)) signature ??= compact;
      found.lines.push(next.no);
    }
    // Over it: its heading (…常务委员会公告, 公 告, (第141号)).
    const above = lines.slice(0, i).filter((l) => l.match.trim() !== '');
    for (const previous of above.slice(-3).reverse()) {
      const compact = previous.match.replace(/\s+/g, '');
      if (!/公告|^[(（]?第.{1,8}号[)）]?$|^[(（][^()（）]{0,12}号[)）]$/.test(compact) && !isFurniture(compact)) break;
      if (/[:：|>»]/.test(compact)) break;
      found.lines.push(previous.no);
    }
  });
  return found;
}
