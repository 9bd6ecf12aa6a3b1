/**
 * What a page copied from a law site sets around a statute, line by line, and a title as the site writes it.
 * Examples:
 *   isFurniture('作者:法律资料网 时间:2024-07-09 07:10:24') → true; isFurniture('贵州省人大常委会') → true (the site's
 *   issuer column); isFurniture('20040401') → true; isFurniture('贵州省渔业条例') → false
 *   cleanTitle('2024年内蒙古自治区实施《中华人民共和国野生动物保护法》办法修正本最新全文')
 *     → { title: '内蒙古自治区实施《中华人民共和国野生动物保护法》办法' }
 *   cleanTitle('松桃苗族自治县自治条例(2006年修正)') → { title: '松桃苗族自治县自治条例', note: amendment 2006 }
 */
import type { TimelineEvent } from '../../../model/index.ts';
import { findDocNumbers } from '../../../text/index.ts';
import { findDates } from '../parse-date.ts';
import { isWebDebris } from '../flag-suspicious-lines.ts';

/** A version note a title carries: (2006年修正) → amendment 2006. */
export type VersionNote = Pick<TimelineEvent, 'kind' | 'text' | 'start'>;

export const NOTICE = /关于(?:印发|转发|发布|颁布|公布)|的(?:通知|通告)$/;
export const DATE_AT_START = /^(?:经)?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/;
const GENRES = '条例|办法|规定|细则|规则|规程|法|法典|决定|决议|解释|章程|准则';
/** A statute's title: ends in a statute's genre word, optionally with (试行), (草案) …; no sentence punctuation. */
const TITLE_LIKE = new RegExp(
  `^[^\\s:：|｜>»。，,；;!！?？]{2,80}?(?:${GENRES})(?:[(（](?:试行|暂行|草案|修正草案|修订草案|征求意见稿|送审稿)[^()（）]*[)）])?$`,
);
/** Words of a site around its content: navigation, bylines, counters, search boxes, share bars. */
export const DEBRIS =
  /当前位置|您的位置|所在位置|首\s*页|收藏本站|设为首页|请输入|搜\s*索|浏览[:：\s]|阅读[:：]|作者[:：]|来源[:：]|下载|点击|发布时间|更新时间|责任编辑|打印|关闭窗口|字号|分享到|热门站点|[|｜]|\s[>»›]\s|[>»›].*[>»›]|https?:\/\/|www\.|\.com|°c/i;
/** Short headings a site sets over its content. */
const SITE_HEADING = /^(?:基本介绍|基本信息|释义|简介|正文|全文|摘要|概述|词条|行业动态|法规正文|法律法规|相关法规)$/;
/** A line that is only an organ: the site's issuer column, an announcement's signature (贵州省人大常委会, 省人大常委会公告). */
export const ORGAN_LINE =
  /^[\u4e00-\u9fff（）()]{0,30}(?:人大常委会|人大常务委员会|人大|人民代表大会常务委员会|人民代表大会|人民政府|办公厅|办公室|常务委员会|委员会|部|厅|局|署)(?:公\s*告)?(?:第[\d一二三四五六七八九十百零〇]+号)?$/;
export const NUMBER_LINE = /^[(（]?[\u4e00-\u9fff\d]{0,12}第\s*[\d一二三四五六七八九十百零〇]+\s*号[)）]?$/;
const ANNOUNCEMENT_HEAD = /^公\s*告$/;
/** A labelled line of the page: 效力位阶:地方性条例, 【效力级别】…, - 中文名: …, 颁布日期:2001-6-3. */
// A label may name two fields parted by a slash (失效/废止日期:).
const LABEL_LINE = /^(?:[-*•·]\s*)?(?:【[^】]{2,8}】|[\u4e00-\u9fff][\u4e00-\u9fff\s/／]{1,8}[:：])/;
/**
 * A label law sites set before a head bracket or a chapter: 【题注】(…), 【章名】第一章 总则; or, among an aggregator's
 * `label: value` fields, 题注: before the head bracket (题 注 : (1986年7月12日…批准…)).
 */
export const SITE_LABEL = /^(?:【(?:题注|章名|节名|编名|分编名|条文|正文|标题)】\s*|题\s*注\s*[:：]\s*(?=[(（]))/;

/** A title's identity: no spaces, no book-title marks. */
export { titleKey } from '../title-shape.ts';

/** True for a line the page sets around a statute's title and head: labels, dates, numbers, organs, site words. */
export function isFurniture(match: string): boolean {
  const m = match.trim();
  if (m === '') return true;
  const compact = m.replace(/\s+/g, '');
  if (LABEL_LINE.test(m) || DEBRIS.test(m) || SITE_HEADING.test(compact) || isWebDebris(m)) return true;
  if (/^\d{6,8}$/.test(compact) || ORGAN_LINE.test(compact) || NUMBER_LINE.test(compact)) return true;
  if (ANNOUNCEMENT_HEAD.test(compact)) return true;
  const date = findDates(compact)[0];
  if (date && date.index === 0 && date.text.length === compact.length) return true;
  const number = findDocNumbers(compact)[0];
  return number !== undefined && number.index === 0 && number.original.length === compact.length;
}

/** A title line as a site writes it → the statute's title and the version note it carries. */
export function cleanTitle(text: string): { title: string; note?: VersionNote } {
  let t = text
    .replace(/\s+/g, '')
    // A list's mark before the title: a bullet, or a listing's ㈠ ㈡ or ① ②.
    .replace(/^(?:[-*•·]+|[\u3220-\u3229\u2460-\u2473])/, '')
    .replace(/^(?:中文名称?|标题|法规名称|法规标题|名称|词条|文件名称)[:：]?/, '')
    // fymate's note of a later amendment, glued before the title: *注:本篇法规已被:…(发布日期:…)修改.
    .replace(/^\*?注[:：].*?[)）](?:修改|修正|修订|废止)(?=.)/, '');
  let note: VersionNote | undefined;
  for (let pass = 0; pass < 3; pass++) {
    const before = t;
    t = t
      // A site's version tag: (2020年全文), (2020最新版), or the year alone (哈尔滨市城市道路管理条例(2020)).
      .replace(/[(（]\d{4}年?(?:全文|最新版|版|最新)?[)）]$/, '')
      .replace(/(?:修正本|修订本|修正版|修订版)?(?:最新全文|全文解读|全文及解读|全文|最新版|原文)$/, '');
    const version =
      /[(（](\d{4})年?(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:第[一二三四五六七八九十]+次)?(修正|修订|修改)(?:版|本)?[)）]$/.exec(
        t,
      );
    if (version) {
      const [, year, month, day, verb] = version;
      const start =
        month === undefined
          ? year!
          : `${year}-${month.padStart(2, '0')}${day === undefined ? '' : `-${day.padStart(2, '0')}`}`;
      note ??= { kind: verb === '修订' ? 'revision' : 'amendment', text: version[0], start };
      t = t.slice(0, version.index);
    }
    t = t.replace(/^《([^《》]+)》$/, '$1').replace(/^\d{4}年(?=[^\d月])/, '');
    // A page title's suffix, the site's name after a dash (南宁市地方性法规制定条例-地方人大法律, …条例_某某网): the
    // words before it are a statute's title, the whole is none.
    const site = /^(.{4,}?)[-_|｜]+([\u4e00-\u9fffA-Za-z0-9]{2,16})$/.exec(t);
    if (site && /[\u4e00-\u9fff]/.test(site[2]!) && !TITLE_LIKE.test(t) && TITLE_LIKE.test(site[1]!)) t = site[1]!;
    // A site's note of what else the page carries, after the title (…的决定 附:修正本): the words before it are a
    // statute's title, the whole is none.
    const appended = /^(.{4,}?)附[:：][\u4e00-\u9fff]{1,12}$/.exec(t);
    if (appended && !TITLE_LIKE.test(t) && TITLE_LIKE.test(appended[1]!)) t = appended[1]!;
    // A book's item number before a title it reprints among others ((一)福建省实施《…》办法): the list's, not the title's.
    const item = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)(.{4,})$/.exec(t);
    if (item && TITLE_LIKE.test(item[1]!)) t = item[1]!;
    // A chapter name run into the title line of a book's entry (…工作条例总则): the words before it are the title.
    // Only after a genre other than 法 alone, for 民法总则 is a title of its own.
    const chapter = /^(.{4,}?(?:条例|办法|规定|规则|细则|章程))(?:第一章)?(?:总则|总纲)$/.exec(t);
    if (chapter && TITLE_LIKE.test(chapter[1]!)) t = chapter[1]!;
    if (t === before) break;
  }
  return { title: t, ...(note ? { note } : {}) };
}

/** True when a (cleaned) title reads as a statute's. */
export const isStatuteTitle = (title: string): boolean => TITLE_LIKE.test(title) && !NOTICE.test(title);

/** A piece of a making line broken over lines: 2013年2月26日 青岛市…常务委员会 / 第九次会议通过, 中央军委发布. */
export function isHeadPiece(match: string): boolean {
  const m = match.trim();
  if (m.length > 60 || isStatuteTitle(cleanTitle(m).title)) return false;
  return DATE_AT_START.test(m) || /(?:通过|批准|修订|修正|公布|发布|颁布|施行|实施|生效)[)）]?$/.test(m);
}
