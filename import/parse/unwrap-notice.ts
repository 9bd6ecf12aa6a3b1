/**
 * What an issuing notice's title issues, and the issued text's title in its own heading's words. Examples:
 *   unwrapNotice('科技部关于印发《X规划》的通知') → { title: 'X规划', noticeTitle: '科技部关于印发《X规划》的通知', titleIssuer: '科技部' }
 *   withOwnHeading({ title: '关于促进我市…实施方案', noticeTitle: '…' }, ['关于促进我市…的实施方案']) → the heading's words
 */
import { restoreNestedMarks, titleWording } from '../../text/index.ts';
import { readKind, TITLE_END, withoutAnnex } from './read-kind.ts';
import { readIssuingNotice } from './read-issuing-notice.ts';
import { finishedTitle, ORGAN_END, titleKey as key } from './title-shape.ts';

/** A notice's title and the title of what it issues, and who issues it, as the head writes them. */
export interface IssuedTitles {
  title?: string;
  noticeTitle?: string;
  /** Who issues the notice or the document, read off the title's head: 科技部, 国务院, 柳州市. */
  titleIssuer?: string;
}

/**
 * The issued document's title in its own heading's words, when a later title line names what the notice names in
 * other words (the notice's 关于促进我市…实施方案, the heading's 关于促进我市…的实施方案): how others cite it. A notice
 * issuing several texts (印发《A》《B》的通知, 印发《A》等四项…的通知) wraps the one whose heading follows it (A); none
 * following, it is the document. So does a notice naming a text in 《》 with another verb than 印发 (关于修订《X》的通知,
 * 关于《X》公开征求意见的公告): X's heading under it tells the file holds X, the notice wrapping it; as does the heading
 * of the work it sets on X (关于分解落实《X》的通知 over 《X》重点工作责任分解).
 */
export function withOwnHeading<T extends Pick<IssuedTitles, 'title' | 'noticeTitle'>>(
  read: T,
  headTitles: readonly string[],
): T {
  if (!read.noticeTitle && read.title) {
    const texts = [...issuedTexts(read.title), ...namedTexts(read.title)].map(textWording);
    const heading = headTitles.find((t) => texts.includes(textWording(t)) || worksOnNamed(t, read.title!));
    return heading ? { ...read, title: unbracket(heading), noticeTitle: read.title } : read;
  }
  if (!read.noticeTitle || !read.title) return read;
  const wording = textWording(read.title);
  // Not the same title in 《》 (the notice's body naming 《X》 on a line of its own): that is no other wording.
  const heading = headTitles.find((t) => {
    const own = textWording(t);
    return (
      (own === wording ||
        namesJointIssuers(t, own, wording) ||
        namesPlaceOfLevel(own, wording) ||
        addsGenre(own, wording) ||
        withItsAnnex(key(t), key(read.title!))) &&
      key(t) !== key(read.title!)
    );
  });
  return heading ? { ...read, title: heading } : read;
}

/**
 * True when a heading is the notice's wording under the organs that made it jointly (鹤岗市人民政府 鹤岗市中级人民法院关于
 * 完善…意见, issued by 印发关于完善…意见的通知): the text's own title names them, parted as written. One organ over the
 * heading is its issuer set above the title, as the notice leaves it out (常德市发展和改革委员会 / 关于…实施方案).
 */
const namesJointIssuers = (written: string, heading: string, wording: string): boolean => {
  const organs = heading.endsWith(`关于${wording}`) ? heading.slice(0, -(wording.length + 2)) : '';
  const joint = /[\s、]/.test(/^(.+?)关于/.exec(written)?.[1]?.trim() ?? '');
  return joint && organs.length >= 2 && organs.length <= 60 && ORGAN_END.test(organs);
};

/**
 * True when the notice issues the heading's text with what belongs to it (水利工程管理考核办法及其考核标准 over the
 * heading 水利工程管理考核办法): the text is the heading's.
 */
const withItsAnnex = (heading: string, issued: string): boolean =>
  finishedTitle(heading) && withoutAnnex(issued) === heading;

/**
 * True when a heading is the notice's wording with the genre the notice left off (印发2025年区政府实事项目和重点工程 over
 * 2025年区政府实事项目和重点工程安排): a kind only the heading tells.
 */
const addsGenre = (heading: string, wording: string): boolean =>
  heading.startsWith(wording) &&
  /^[\u4e00-\u9fff]{2,4}$/.test(heading.slice(wording.length)) &&
  readKind(wording) === 'other' &&
  readKind(heading) !== 'other';

// The word a place's level is written by, where a notice names its own place so (2020年自治区国民经济…计划).
const LEVEL_WORD = /^(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)/;

/**
 * True when a heading is the notice's wording with the place's name put before its level word: the notice names the
 * issued text by its level alone (下达2020年自治区国民经济和社会发展计划), its heading in full (2020年内蒙古自治区国民
 * 经济和社会发展计划).
 */
function namesPlaceOfLevel(heading: string, wording: string): boolean {
  const inserted = heading.length - wording.length;
  if (inserted < 2 || inserted > 8) return false;
  let at = 0;
  while (at < wording.length && heading[at] === wording[at]) at++;
  return (
    heading.slice(at + inserted) === wording.slice(at) &&
    /^[\u4e00-\u9fff]+$/.test(heading.slice(at, at + inserted)) &&
    LEVEL_WORD.test(wording.slice(at))
  );
}

// A note closing a text's name with its years or its state as a draft: (2021—2025年), (修正草案·二审稿), (草案修改二稿
// 征求意见稿). The notice may write it and the heading not, or the heading put it on a line of its own.
const STATE_NOTE =
  /[(（](?:[^()（）]*(?:草案|征求意见稿|送审稿|审议稿)[^()（）]*|\d{4}\s*[—–\-－~～至到]\s*\d{4}\s*年?|\d{4}\s*年)[)）]$/;
/** The wording of a text's name without its note of years or draft state: how a notice and a heading both name it. */
const textWording = (t: string): string => titleWording(unbracket(t.replace(/\s+/g, '')).replace(STATE_NOTE, ''));

/**
 * The texts a notice that issues none names in 《》 (关于修订《X》的通知, 关于《X》(修正草案·二审稿)公开征求意见的通知 → X).
 * Only a notice's title: 关于贯彻《X》的意见 is a document of its own.
 */
function namedTexts(title: string): string[] {
  if (!/(?:通知|通告|公告|函)$/.test(title)) return [];
  return [...title.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!);
}

// What a notice on a text issues for it: its division of work (《X》重点工作责任分解, 《X》重点任务分工方案), a list of tasks.
const WORK_ON_TEXT = /^《([^《》]+)》[^《》]{0,20}(?:分解|分工|分工方案|任务|清单|台账)$/;

/**
 * True when a heading is the work a notice's title sets on a text it names (关于分解落实《政府工作报告》的通知 over
 * 《政府工作报告》重点工作责任分解): the notice issues it, as 关于印发《X》的通知 issues X.
 */
export function worksOnNamed(heading: string, noticeTitle: string): boolean {
  const on = WORK_ON_TEXT.exec(heading.replace(/\s+/g, ''))?.[1];
  return on !== undefined && namedTexts(noticeTitle).some((t) => key(t) === key(on));
}

/** A title wholly in 《》 (an aggregator's 《…的通知》) without them, its inner 〈〉 back to 《》. */
function unbracket(full: string): string {
  const inside = /^《(.*)》$/.exec(full)?.[1];
  if (inside === undefined || /[《》]/.test(inside.replace(/〈[^〈〉]*〉/g, ''))) return full;
  return restoreNestedMarks(inside);
}

// Several texts: 《A》《B》, 《A》、《B》, or 《A》等四项…制度 (A and others it counts, the others named in its body only).
const SEVERAL_TEXTS =
  /^《[^《》]+》(?:(?:[、,，和及与]?《[^《》]+》)+|(?:[、,，和及与]?《[^《》]+》)*等[\d一二三四五六七八九十两]+[项个件部份篇][^《》]*)$/;

// The same written without 《》 (印发兖州市…工作规定(试行)等办法的通知): a whole title A, then 等, a count perhaps, and a bare
// genre that counts the others. A title with 等 inside its own words (促进就业政策等工作方案) has more than a genre after it.
const SEVERAL_UNBRACKETED =
  /^([^《》]{4,}?)等[\d一二三四五六七八九十两]*[项个件部份篇]?(?:办法|规定|制度|文件|细则|规则|措施|条例)$/;
const firstUnbracketed = (inner: string): string | undefined => {
  const first = SEVERAL_UNBRACKETED.exec(inner)?.[1];
  return first && TITLE_END.test(first) ? first : undefined;
};
/** True when a notice's issued part names several texts (《A》《B》, 《A》等四项…制度, A等办法). */
const issuesSeveral = (inner: string): boolean => SEVERAL_TEXTS.test(inner) || firstUnbracketed(inner) !== undefined;

/**
 * The texts a notice issuing several names (印发《A》《B》的通知 → A, B; 印发《A》等四项制度的通知 → A; 印发A等办法的通知 →
 * A); none for others.
 */
function issuedTexts(title: string): string[] {
  const inner = readIssuingNotice(title)?.inner ?? '';
  if (SEVERAL_TEXTS.test(inner)) return [...inner.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!);
  const first = firstUnbracketed(inner);
  return first ? [first] : [];
}

// The organs whose text a notice forwards, before it: a class of them before its 关于 (省人力资源社会保障厅等部门关于…),
// or offices of the notice's own place run straight into a title headed by a place (市发展改革委市综合行政执法局贵阳市…
// 方案). They drafted the text; its title is what follows. One organ before 关于 (国家发展改革委关于…) heads the title.
const FORWARDED_CLASS = /^[^《》关]{2,60}?等(?:部门|单位|[\u4e00-\u9fff]{1,4}部门)(?=关于)/;
const FORWARDED_OFFICES =
  /^(?:(?:省|市|县|区|州|自治区|自治州)[\u4e00-\u9fff]{1,14}?(?:委员会|委|局|厅|办公室|办)、?)+(?=(?!关于|全|本|我)[\u4e00-\u9fff]{1,7}?(?:省|市|县|区|州)(?![场民政])[\u4e00-\u9fff])/;
function withoutForwardedOrgans(inner: string): string {
  const organs = FORWARDED_CLASS.exec(inner) ?? FORWARDED_OFFICES.exec(inner);
  const rest = organs ? inner.slice(organs[0].length) : inner;
  return organs && finishedTitle(rest) ? rest : inner;
}

// An organ, then its act on another organ's text: 贯彻, 落实, 执行, 实施.
const CARRIES_OUT = /^(.{1,30}?(?:国务院|人民政府|政府|办公厅|办公室|委员会|部|厅|局))(?:贯彻|落实|执行|实施)/;
const CARRYING_OUT = /^(?:认真)?(?:贯彻|落实|执行|实施|学习)/;

/**
 * 科技部关于印发《X》的通知 → title X, noticeTitle the whole, titleIssuer 科技部 (also 天津市人民政府办公厅印发X的通知,
 * 山东省人民政府办公厅转发…的通知, 贵州省人民政府办公厅印发X: see readIssuingNotice); 国务院关于… → titleIssuer 国务院.
 */
export function unwrapNotice(written: string): IssuedTitles {
  const full = unbracket(written);
  const notice = readIssuingNotice(full);
  // A notice issuing several texts (印发《A》《B》的通知) holds them all: unwrapped only by the heading of one (withOwnHeading).
  // A notice sending out a list of names (印发…试点城市名单的通知) is the document: the list is no text of its own.
  // (Not a text sent with its list: 印发…实施方案及责任单位名单的通知.)
  if (notice && /名单》?$/.test(notice.inner) && !/(?:方案|办法|规划|计划|意见|细则|措施|规定|规则)/.test(notice.inner))
    return { title: full, ...(notice.issuer ? { titleIssuer: notice.issuer } : {}) };
  if (notice && issuesSeveral(notice.inner))
    return { title: full, ...(notice.issuer ? { titleIssuer: notice.issuer } : {}) };
  if (notice) {
    const named = /^(?:转发|批转)$/.test(notice.verb) ? withoutForwardedOrgans(notice.inner) : notice.inner;
    const inner = restoreNestedMarks(named.replace(/^《(.*)》$/, '$1'));
    return { title: inner, noticeTitle: full, ...(notice.issuer ? { titleIssuer: notice.issuer } : {}) };
  }
  // The issuer before 关于 (国务院关于…), or a government before the year its title plans (武汉市人民政府2023年《政府工作
  // 报告》…分解方案, 国务院2024年立法工作计划).
  const head = /^《?([^《》]{2,30}?)关于/.exec(full) ?? /^([^《》\d]{2,30}?(?:国务院|人民政府))(?=\d{4}年)/.exec(full);
  // An organ carrying out another's text (浙江省人民政府贯彻国务院关于…的实施意见): the organ before the verb.
  // A title opening with the verb (贯彻落实国务院关于…的实施意见, its own organ left off) names only the upper organ.
  const issuer = head?.[1] && !CARRYING_OUT.test(head[1]) ? (CARRIES_OUT.exec(head[1])?.[1] ?? head[1]) : undefined;
  return { title: full, ...(issuer ? { titleIssuer: issuer } : {}) };
}
