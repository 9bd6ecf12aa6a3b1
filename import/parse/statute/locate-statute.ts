/**
 * Where a statute stands in a page copied from a law site or portal: its title, the line its head starts on, and
 * the page's furniture before it. Example (law776.infoeach.com's 贵州省渔业条例):
 *   ['贵州省渔业条例', '作者:法律资料网 时间:2024-07-09 07:10:24 浏览:9787', '下载地址: 点击此处下载', '贵州省渔业条例',
 *    '贵州省人大常委会', '贵州省渔业条例', '(2005年11月25日贵州省第十届人民代表大会常务委员会第十八次会议通过)', '第一章 总则', …]
 *   → { titleAt: 5, title: '贵州省渔业条例', headFrom: 6 }
 * The title is the line right before the making lines (page labels, the site's issuer column, dates and numbers may
 * stand between); a page without making lines is a statute when its first line that is no furniture reads as a
 * 条例, or carries a version note. Site words around the title go (词条, 中文名:, 全文解读, 最新全文, (2020年全文)); a
 * version note ((2006年修正)) is a step of the making. A page whose title no line shows (the head bracket comes first)
 * has the title ''. Pages a notice or a decree wraps are left to the general reader: it reads those.
 */
import { findDocNumbers } from '../../../text/index.ts';
import { isArticleOrDivision, opensStatuteBody, type StatuteLine } from './build-statute-structure.ts';
import {
  cleanTitle,
  DATE_AT_START,
  DEBRIS,
  isFurniture,
  isHeadPiece,
  isStatuteTitle,
  NOTICE,
  NUMBER_LINE,
  ORGAN_LINE,
  titleKey as key,
  type VersionNote,
} from './read-page-line.ts';
import { announcedAt } from './read-announcement.ts';
import { isBrokenStep, isMakingLine } from './read-statute-head.ts';

/** A statute found in a page. Indexes are into the lines given. */
export interface StatuteLocation {
  /** The title's (last) line; undefined when the page shows no title. */
  titleAt?: number;
  /** Line numbers the title was read from (several when a title is broken over lines). */
  titleLines: number[];
  /** The title as the statute names itself. */
  title: string;
  /** Where the head (the lines telling the making) starts. */
  headFrom: number;
  /** The making told by a wiki's lead sentence (X，于2021年9月28日由…通过。), as a head line of its own. */
  lead?: StatuteLine;
  /** A version note the title line carried: (2006年修正) → amendment 2006. */
  note?: VersionNote;
}

const VERB = /(?:通过|公布|发布|颁布|修订|修正|批准|施行|令第\s*\d+\s*号)/;
/** Only 行政法规 and 地方性法规 are named 条例 (规章制定程序条例 art. 7). */
const REGULATION = /条例(?:[(（][^()（）]*[)）])?$/;

/** A place and a genre alone, naming no statute: a site's category (新疆自治区条例, 广东省地方性法规, 深圳市相关条例). */
const CATEGORY =
  /^[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|自治州|州|盟|县|旗)(?:相关|有关|其他|其它)?(?:地方性)?(?:条例|法规|规章)$/;
/** A chapter's heading naming its statute (1. 新疆维吾尔自治区环境保护条例的第一章 总则). */
const CHAPTER_OF = /^(?:\d{1,3}[.．、])?(.{4,60}?)的第[一二三四五六七八九十百零〇\d]+[章编]/;

/** An old-style title check: a short line without closing punctuation, no notice, no lone number. */
function plausibleTitle(line: StatuteLine): boolean {
  const m = line.match.trim();
  return (
    m.length <= 80 &&
    // A title holds no sentence's punctuation: a piece of a sentence a copy broke over lines (过,经…批准,现予) is none.
    !/[。；;，,]|[:：]$/.test(m) &&
    !NOTICE.test(m) &&
    !isFurniture(m) &&
    !DATE_AT_START.test(m) &&
    /[\u4e00-\u9fff]{2}/.test(m)
  );
}

/** The text of a bracket opening at line i, joined with the lines that continue it (up to four, no blank between). */
export function bracketRun(lines: readonly StatuteLine[], i: number): { text: string; end: number } {
  let text = lines[i]!.match.trim();
  let end = i;
  const open = (s: string) => (s.match(/[(（]/g)?.length ?? 0) > (s.match(/[)）]/g)?.length ?? 0);
  while (open(text) && end + 1 < lines.length && end - i < 4) {
    const next = lines[end + 1]!.match.trim();
    if (next === '' || opensStatuteBody(lines[end + 1]!)) break;
    text += next;
    end++;
  }
  return { text, end };
}

/** What opens the head at line i: a making line, a bracket telling the making, or a lead sentence (X，于…通过。). */
function anchorAt(lines: readonly StatuteLine[], i: number): { lead?: StatuteLine; title?: string } | undefined {
  const line = lines[i]!;
  const m = line.match.trim();
  if (m === '') return undefined;
  if (isMakingLine(m) && VERB.test(m) && !/^\d{4}-\d/.test(m)) return {};
  // A step broken over two lines (20218月26日莆田市第七届人民代表大会 / 常务委员会第四十次会议通过).
  const next = lines.findIndex((l, j) => j > i && l.match.trim() !== '');
  if (next > 0 && next - i <= 2 && isBrokenStep(m, lines[next]!.match.trim())) return {};
  if (/^[(（]/.test(m)) {
    const run = bracketRun(lines, i).text;
    if (DATE_AT_START.test(run.slice(1)) && VERB.test(run) && !/此件公开发布/.test(run)) return {};
  }
  const lead =
    /^([^，,。:：]{2,60}?)[，,]\s*(?:于|在)?\s*((?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^。]*?(?:通过|批准|修订|修正|公布|颁布))/.exec(
      line.match,
    );
  if (lead && isStatuteTitle(cleanTitle(lead[1]!).title)) {
    const from = line.match.indexOf(lead[2]!, lead[1]!.length);
    const slice = (s: string) => s.slice(from, from + lead[2]!.length);
    return {
      title: cleanTitle(lead[1]!).title,
      lead: { ...line, raw: slice(line.raw), text: slice(line.text), match: lead[2]! },
    };
  }
  return undefined;
}

/**
 * A title broken over lines above line k (广西壮族自治区人民代表大会常务委员会 / 关于修改《…》等 / 五件地方性法规的决定), or
 * a title the page shows whole above and broken here (中华人民共和国各级人民代表大会 / 常务委员会监督法).
 */
function joinUpward(lines: readonly StatuteLine[], k: number, title: string): { title: string; from: number } {
  const whole = new Set(lines.slice(0, k).map((l) => key(cleanTitle(l.text).title)));
  for (let j = k - 1, text = title; j >= 0 && j >= k - 3; j--) {
    text = lines[j]!.text.replace(/\s+/g, '') + text;
    if (whole.has(key(text)) && isStatuteTitle(text)) return { title: text, from: j };
  }
  let joined = title;
  let from = k;
  // Up to four pieces above the last; a page spaced double (a blank line after each) parts them by one blank line.
  for (let j = k - 1, pieces = 0; j >= 0 && pieces < 4; j--) {
    const previous = lines[j]!.match.trim().replace(/\s+/g, '');
    // Across a blank line a piece is joined only when one side cannot stand alone: the line above cannot end a title
    // (关于修改, an open 《), the words below cannot open one (等五件…的决定, 的决定, 及…), or an organ alone stands over
    // its 关于… (百色市人民代表大会常务委员会 / 关于修改《百色市立法条例》 / 等五件地方性法规的决定). Two blanks end it.
    if (previous === '') {
      if (from !== j + 1) break;
      continue;
    }
    // A line the joined title opens with is the page's copy of the title (cut), no piece of it.
    if (joined.startsWith(previous)) break;
    const acrossBlank = from > j + 1;
    if (acrossBlank ? !joinsAcrossBlank(previous, joined) : !continuesInto(previous, joined)) break;
    joined = previous + joined;
    from = j;
    pieces++;
  }
  return from === k || !isStatuteTitle(joined) ? { title, from: k } : { title: joined, from };
}

/** A place's name and nothing more (甘肃省积石山保安族东乡族撒拉族自治县): the head of a title printed over lines. */
const PLACE_ALONE = /^[\u4e00-\u9fff]{2,30}(?:省|自治区|市|自治州|州|地区|盟|县|自治县|旗|自治旗|区)$/;

/**
 * A line that cannot end a title: its words wait for an object (关于修改, …等和), or its last 《 is not closed (a piece
 * may open with the close of the previous one's: 自治旗森林草原防火条例》《鄂温克族自治旗).
 */
function unfinishedTitle(line: string): boolean {
  return /[等和及与、的《]$|关于[\u4e00-\u9fff]{0,4}$/.test(line) || line.lastIndexOf('《') > line.lastIndexOf('》');
}

/**
 * Words a title never opens with: a particle tying them to words above (等五件…, 的决定, 及其…). Not 和 or 与, which
 * open places (和平区, 和田地区).
 */
const CANNOT_OPEN = /^(?:等|的|及|、|》)/;

/** True when `line`, parted by a blank line from the title's pieces `rest` under it, is a piece of the same title. */
function joinsAcrossBlank(line: string, rest: string): boolean {
  // An organ's announcement heading (…常务委员会公告, 公告第N号) stands over its own sentence, never over the title.
  const organ = ORGAN_LINE.test(line) && !/公\s*告|号$/.test(line);
  return unfinishedTitle(line) || CANNOT_OPEN.test(rest) || (/^关于/.test(rest) && organ);
}

/**
 * True when `line` begins the title `rest` printed under it: it is unfinished, or an organ over its 关于… title, or
 * a place alone over words that do not repeat it (积石山…自治县 / 自治条例, never 甘肃省 / 甘肃省…条例). Words that begin
 * with another place (湖南省 / 湘西土家族苗族自治州…条例) are not told apart here, where no gazetteer is at hand: joined.
 */
function continuesInto(line: string, rest: string): boolean {
  if (unfinishedTitle(line)) return true;
  if (/^关于/.test(rest) && ORGAN_LINE.test(line)) return true;
  return PLACE_ALONE.test(line) && !rest.startsWith(line) && !PLACE_ALONE.test(rest) && !isStatuteTitle(line);
}

/** True when the lines above the title wrap the statute in a notice or a decree (the general reader reads those). */
function wrapped(lines: readonly StatuteLine[], to: number): boolean {
  return lines.slice(0, to).some((l, i) => {
    const m = l.match.replace(/\s+/g, '');
    if (NOTICE.test(m) && !DEBRIS.test(m)) return true;
    if (/令[(（]?第[\d一二三四五六七八九十百零〇]+号/.test(m)) return true;
    if (!/^(?:中华人民共和国)?[\u4e00-\u9fff]{2,24}令$/.test(m)) return false;
    const next = lines.slice(i + 1).find((n) => n.match.trim() !== '');
    return next !== undefined && NUMBER_LINE.test(next.match.replace(/\s+/g, ''));
  });
}

/** The index where the body begins: the first article, division or table of contents. */
function bodyStart(lines: readonly StatuteLine[]): number {
  const at = lines.findIndex(opensStatuteBody);
  return at < 0 ? lines.length : at;
}

const hasStructure = (lines: readonly StatuteLine[]): boolean => lines.some(isArticleOrDivision);

/** Finds the statute in a plain text; undefined when the text reads as no statute (or as one the old way). */
export function locateStatute(lines: readonly StatuteLine[]): StatuteLocation | undefined {
  const end = bodyStart(lines);
  let seen = 0;
  for (let i = 0; i < end && seen < 40; i++) {
    if (lines[i]!.match.trim() === '') continue;
    seen++;
    // An announcement's sentence under the title (《X》已由…通过,…现予公布…, the 公告's heading cut away) tells the
    // making as a head does: the title is X where the line above names it. Its pieces (a copy may break the sentence
    // over lines: …现予 / 公布,自公布之日起施行。) are no anchors of their own.
    const announced = announcedAt(lines, i);
    if (announced) {
      const located = titleOverAnnouncement(lines, i, announced.title);
      if (located) return located;
      i = announced.end;
      continue;
    }
    const anchor = anchorAt(lines, i);
    if (!anchor) continue;
    if (anchor.lead) {
      if (wrapped(lines, i) || !hasStructure(lines)) return undefined;
      return { titleAt: i, titleLines: [lines[i]!.no], title: anchor.title!, headFrom: i + 1, lead: anchor.lead };
    }
    let k = i - 1;
    while (k >= 0 && (isFurniture(lines[k]!.match) || isHeadPiece(lines[k]!.match))) k--;
    const found = k >= 0 ? titleAbove(lines, k, i) : undefined;
    if (k >= 0 && !found) return undefined;
    const approved = found ? approvedBelow(lines, found) : undefined;
    if (approved) return approved;
    const titleAt = found?.at;
    if (wrapped(lines, found?.from ?? i)) return undefined;
    const title = found?.title ?? '';
    const decision = /(?:决定|决议)$/.test(title);
    if (!hasStructure(lines) && !decision) return undefined;
    return {
      ...(titleAt !== undefined ? { titleAt } : {}),
      titleLines: found ? lines.slice(found.from, found.at + 1).map((l) => l.no) : [],
      title,
      headFrom: titleAt !== undefined ? titleAt + 1 : i,
      ...(found?.note ? { note: found.note } : {}),
    };
  }
  return locateByTitle(lines, end);
}

/** A resolution approving another text (…常务委员会关于批准《X》的决议, 关于批准X的决定): X, its 《》 as a copy left them. */
const APPROVING = /关于批准《?(.+?)》?的(?:决议|决定)$/;

/**
 * The text a province's approving resolution stands over, when the page prints it below (安徽省…关于批准《合肥市…的决定》
 * 的决议, its bracket and its sentence, then 合肥市…的决定 with its own head note): the page is that text, as a 公告
 * wrapping a statute is the statute; the resolution's lines are the page's furniture and tell the approval when the
 * approved text's own head does not. The approved title may be broken over up to three lines.
 */
function approvedBelow(
  lines: readonly StatuteLine[],
  resolution: { at: number; title: string },
): StatuteLocation | undefined {
  const named = APPROVING.exec(resolution.title)?.[1];
  if (!named) return undefined;
  const wanted = key(named.replace(/[《》]/g, ''));
  for (let j = resolution.at + 1, seen = 0; j < lines.length && seen < 30; j++) {
    if (lines[j]!.match.trim() === '') continue;
    seen++;
    let text = '';
    for (let end = j; end < j + 3 && end < lines.length && lines[end]!.match.trim() !== ''; end++) {
      text += lines[end]!.text.replace(/\s+/g, '');
      const { title, note } = cleanTitle(text);
      if (key(title) !== wanted || !isStatuteTitle(title)) continue;
      const approval = approvalOf(lines, resolution.at, j, end);
      return {
        titleAt: end,
        titleLines: lines.slice(j, end + 1).map((l) => l.no),
        title,
        headFrom: end + 1,
        ...(approval ? { lead: approval } : {}),
        ...(note ? { note } : {}),
      };
    }
  }
  return undefined;
}

/**
 * The approval the resolution at line `at` tells ((2018年6月1日安徽省…第三次会议通过): the province adopted its
 * resolution, that is approved the text), as a head line of the approved text whose title spans lines `from`–`to`;
 * undefined when the text's own head (the lines under its title) tells an approval already.
 */
function approvalOf(lines: readonly StatuteLine[], at: number, from: number, to: number): StatuteLine | undefined {
  const own = lines.slice(to + 1, to + 8).filter((l) => l.match.trim() !== '');
  if (own.slice(0, 3).some((l) => /批准/.test(l.match))) return undefined;
  for (let i = at + 1; i < from; i++) {
    if (!/^\s*[(（]/.test(lines[i]!.match)) continue;
    const told = bracketRun(lines, i).text.replace(/^[(（]|[)）]$/g, '');
    if (!DATE_AT_START.test(told) || !/通过$/.test(told)) return undefined;
    const approved = told.replace(/通过$/, '批准');
    return { ...lines[i]!, raw: approved, text: approved, match: approved };
  }
  return undefined;
}

/** The statute `named` by the announcement at line i, when the line above it (furniture aside) is its title. */
function titleOverAnnouncement(lines: readonly StatuteLine[], i: number, named: string): StatuteLocation | undefined {
  let k = i - 1;
  while (k >= 0 && isFurniture(lines[k]!.match)) k--;
  if (k < 0 || wrapped(lines, i) || !hasStructure(lines)) return undefined;
  // A decree's number or an announcement's heading between title and sentence (政府令〔2010〕第15号, …公告第3号) wraps
  // the text: the general reader reads those.
  const between = lines.slice(k + 1, i).map((l) => l.match.replace(/\s+/g, ''));
  if (between.some((m) => NUMBER_LINE.test(m) || /公告|令/.test(m) || findDocNumbers(m).length > 0)) return undefined;
  const { title, note } = cleanTitle(lines[k]!.text);
  if (key(title) !== key(named) || !isStatuteTitle(title)) return undefined;
  return { titleAt: k, titleLines: [lines[k]!.no], title, headFrom: k + 1, ...(note ? { note } : {}) };
}

/** The title standing at line k, right above the head at line `anchor`; else the title the page repeats above it. */
function titleAbove(
  lines: readonly StatuteLine[],
  k: number,
  anchor: number,
): { at: number; from: number; title: string; note?: VersionNote } | undefined {
  const cleaned = cleanTitle(lines[k]!.text);
  if (isStatuteTitle(cleaned.title)) {
    const joined = joinUpward(lines, k, cleaned.title);
    return { at: k, from: joined.from, title: joined.title, ...(cleaned.note ? { note: cleaned.note } : {}) };
  }
  // A heading under the title (中华人民共和国民法典 / 合同编): the title is the line above.
  const above = lines.slice(Math.max(0, k - 2), k).findLastIndex((l) => l.match.trim() !== '');
  const upper = above < 0 ? undefined : Math.max(0, k - 2) + above;
  if (upper !== undefined && isStatuteTitle(cleanTitle(lines[upper]!.text).title))
    return titleAbove(lines, upper, anchor);
  if (plausibleTitle(lines[k]!)) return { at: k, from: k, title: lines[k]!.text.replace(/\s+/g, '') };
  // The title the page repeats (a headline, a breadcrumb's last step, the heading over the text).
  const counts = new Map<string, number[]>();
  for (let j = 0; j < anchor; j++) {
    const title = cleanTitle(lines[j]!.text).title;
    if (isStatuteTitle(title)) counts.set(key(title), [...(counts.get(key(title)) ?? []), j]);
  }
  const repeated = [...counts.values()].filter((at) => at.length >= 2).sort((a, b) => b.length - a.length)[0];
  if (!repeated) return undefined;
  const at = repeated.at(-1)!;
  return { at, from: at, title: cleanTitle(lines[at]!.text).title };
}

/** A page without head lines: its first line that is no furniture, when it reads as a 条例 or has a version note. */
function locateByTitle(lines: readonly StatuteLine[], end: number): StatuteLocation | undefined {
  const at = lines.findIndex((l, i) => i < end && !isFurniture(l.match));
  if (at < 0 || !hasStructure(lines) || wrapped(lines, at)) return undefined;
  const { title, note } = cleanTitle(lines[at]!.text);
  if (CATEGORY.test(title)) {
    // A site's category (新疆自治区条例) over a page of one chapter: the statute is named by the chapter's heading.
    const next = lines.findIndex((l, i) => i > at && l.match.trim() !== '');
    const named = next < 0 ? null : CHAPTER_OF.exec(lines[next]!.text.replace(/\s+/g, ''));
    if (named && isStatuteTitle(named[1]!))
      return { titleAt: next, titleLines: [lines[next]!.no], title: named[1]!, headFrom: next };
    // A listing's category over the statute it lists (深圳市相关条例 / ㈠ 深圳经济特区改革创新促进条例(2019修正)).
    const listed = next < 0 || opensStatuteBody(lines[next]!) ? undefined : cleanTitle(lines[next]!.text);
    if (listed && isStatuteTitle(listed.title) && !CATEGORY.test(listed.title))
      return {
        titleAt: next,
        titleLines: [lines[next]!.no],
        title: listed.title,
        headFrom: next + 1,
        ...(listed.note ? { note: listed.note } : {}),
      };
  }
  if (!isStatuteTitle(title) || !(note || REGULATION.test(title))) return undefined;
  return { titleAt: at, titleLines: [lines[at]!.no], title, headFrom: at + 1, ...(note ? { note } : {}) };
}
