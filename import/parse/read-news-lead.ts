/**
 * A news item on a document names it, and who issued it, in its lead. Two kinds of item are read:
 * one that prints the document in full below its lead (全文如下):
 *   '近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进…实施方案》,并发出通知,…'
 *   '《重庆市推进…实施方案》全文如下。'
 *   → { title: '重庆市推进…实施方案', issuers: '中共重庆市委办公厅、重庆市人民政府办公厅', lines: [1, 2], printed: true }
 * and a report on it, which then speaks of it as its subject (方案明确, 根据《方案》, 简称《纲要》):
 *   '河南省政府办公厅近日印发《河南省乡村建设行动实施方案》明确,…' / '方案明确,要实施农村供水保障行动,…'
 *   → { title: '河南省乡村建设行动实施方案', issuers: '河南省政府办公厅', lines: [1], printed: false }
 * A text itself may say who issued what (近日,市政府办公厅印发了《X》,要求各区县抓好落实): without 全文如下, and without
 * speaking of X as the report's subject, the line is the text's own.
 */
import { escapePattern } from '../../text/index.ts';
import { ISSUER_END } from './classify-head-line.ts';
import { GENRES, TITLE_END } from './read-kind.ts';
import type { SourceLine } from './source-lines.ts';

/** The document a news lead presents, who issued it, and the lead's lines (the news site's, not the document's). */
export interface NewsLead {
  title: string;
  /** The organs the lead names as issuing it; '' when it names a place only (广州市发布《…》). */
  issuers: string;
  lines: number[];
  /** True when the page prints the document below the lead; false for a report on it. */
  printed: boolean;
}

// The acts by which a report says a document came out: 印发, 下发, 下达 (a year's plan), 制定, 出台, 发布, 公布.
const ISSUED = '(?:联合)?(?:印发|下发|下达|制定|发布|出台|公布)了?';
// A news item's dateline before its lead: 河北日报讯(记者宋平), 新华社北京3月5日电, 央广网西安3月25日消息(记者陈锵).
const DATELINE = '(?:[^。《》]{0,30}?(?:讯|电|消息)(?:[(（][^()（）]{0,20}[)）])?)?';
// A lead's opening: its dateline, then when (近日, 2023年7月10日).
const OPENING = `^${DATELINE}(?:(?:近日|日前|近期|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)[,，、]?)?`;
// When, then who issued what: 近日,X印发了《Y》; X近日联合印发《Y》; 2023年7月10日,X发布《Y》; X日前制定了《Y》.
const LEAD = new RegExp(`${OPENING}([\\u4e00-\\u9fff、,，和]{2,80}?)(?:近日|日前|近期)?${ISSUED}《([^《》]{4,80})》`);
// The document as the subject of its coming out: 近日,2025年江西省委一号文件《Y》正式发布.
const PASSIVE_LEAD = new RegExp(
  `${OPENING}([^《》。,，]{0,30}?)《([^《》]{4,80})》(?:已|日前|近日)?(?:正式)?(?:印发|发布|出台|公布)`,
);
// A headline that names the document the lead presents and says it came out: 《黄河青海流域…规划》印发.
const NAMING_HEADLINE = /^《([^《》]{4,80})》(?:正式)?(?:印发|发布|出台|公布)$/;
// The lead's own sentence going on to say what the document sets out (印发《Y》,明确了…; 《Y》(以下简称《纲要》),提出…):
// its content, so the report's subject. What the issuer asks of others (印发《Y》,要求各区县抓好落实) is not.
const SETS_OUT = /^(?:[(（][^()（）]*[)）])?[,，]?(?:其中)?(?:明确|提出|提到)/;
// A headline that is a report's sentence: an organ or a place issued it (浙江省政府下达2025年…计划, 广州市发布该市…纲要),
// where a document's title names its issuer before 关于 (…人民政府关于印发…的通知).
const REPORTED = new RegExp(`^(?:(?!关于)[\\u4e00-\\u9fff]){2,30}?(?:近日|日前|近期)?${ISSUED}`);
// A short line a lead set line by line may be cut into (近日 / X印发 / 《关于下达… / …的通知》).
const LEAD_PIECE = 30;
// (A paper's note before it prints a text: 本报今日全文刊发,敬请垂注。)
const FULL_TEXT_FOLLOWS = /全文(?:公布)?如下[。:：]?$|全文(?:刊发|刊登|刊载)[^。]{0,10}[。]?$/;
const LEAD_LINES = 3;
// Sentences of a line tried as the lead: a report may repeat its headline first (X发布…。5月19日,X发布《Y》).
const LEAD_SENTENCES = 3;
// A line that only says the full text follows, perhaps naming it again.
const SHORT_LINE = 100;
// The genre a document's title ends with, by which a report names it (方案明确, 《纲要》提出).
const GENRE = new RegExp(`(${GENRES.join('|')})$`);
const REPORTING = '(?:明确|要求|提出|指出|强调|规定|部署|显示)';

/** The names a report calls the document by: its genre and the short name the lead gives it ((简称《方案》)). */
function shortNames(title: string, lead: string): string[] {
  const declared = [...lead.matchAll(/简称[“"《]([^”"《》]{1,12})[”"》]/g)].map((m) => m[1]!);
  const genre = GENRE.exec(title)?.[1];
  return [...declared, ...(genre ? [genre] : [])];
}

/** True when the page speaks of the document as the subject of its report: 方案明确, 《纲要》提出, 根据《方案》. */
function reportsOn(names: string[], texts: string[]): boolean {
  return names.some((name) => {
    // A short name is the page's words (简称“1+N”方案): it stands in the pattern as itself.
    const word = escapePattern(name);
    const subject = new RegExp(`(?:^|[,，。;；:：])(?:根据《${word}》|《?${word}》?(?:还|也|进一步)?${REPORTING})`);
    return texts.some((t) => subject.test(t));
  });
}

/** A line, or the run of short lines from it that a lead set line by line is cut into (近日 / X印发 / 《Y…》). */
function leadText(kept: readonly SourceLine[], i: number, compact: (l: SourceLine) => string): string {
  let text = compact(kept[i]!);
  for (let k = i + 1; k < kept.length && k < i + 5 && text.length <= LEAD_PIECE * 4; k++) {
    if (compact(kept[k - 1]!).length > LEAD_PIECE || compact(kept[k]!).length > LEAD_PIECE * 2) break;
    if (LEAD.test(text)) break;
    text += compact(kept[k]!);
  }
  return text;
}

/**
 * The news lead among the first lines of the head, when one presents the document the page prints or reports on.
 * `headline`: a title already read from the head; a report's lead replaces it when it is the report's own sentence
 * (广州市发布该市…规划纲要 over 5月19日,广州市发布《…纲要》) or no document's title at all (…十堰乡村未来三年这么建!,
 * 甘肃将加快推动…转变: a title ends with its genre, 方案, 通知, 纲要); a title that does keeps its reading.
 */
export function readNewsLead(head: readonly SourceLine[], headline?: string): NewsLead | undefined {
  const kept = head.filter((l) => !l.drop && l.match.trim() !== '');
  const shown = kept.slice(0, LEAD_LINES + (headline ? 1 : 0));
  const compact = (l: SourceLine): string => l.match.replace(/\s+/g, '');
  // A page printing the text in full: its lead's 印发实施 (put out to be carried out) is its issuing; elsewhere a text
  // saying an upper organ 印发实施 another (省人民政府办公厅印发实施《…》,提出…) is the text's own words.
  const printed = shown.some((l) => FULL_TEXT_FOLLOWS.test(compact(l)));
  for (const [i, line] of shown.entries()) {
    const lead = leadText(kept, i, compact);
    const sentences = (printed ? lead.replace(/(印发|发布)实施/g, '$1') : lead)
      .split(/(?<=。)/)
      .slice(0, LEAD_SENTENCES);
    const found = sentences
      .map((s) => {
        const active = LEAD.exec(s);
        return { s, m: active ?? PASSIVE_LEAD.exec(s), passive: active === null };
      })
      .find(({ m }) => m !== null);
    if (!found) continue;
    const m = found.m!;
    const setsOut = SETS_OUT.test(found.s.slice(m.index + m[0].length));
    // The organs after the lead's last comma (记者从市政府获悉,市政府办公厅印发了…): joint ones are parted by 、 or 和. A
    // document that came out names no organ before it (2025年江西省委一号文件《Y》正式发布).
    const subject = m[1]!.split(/[,，]/).at(-1)!;
    const issuers = !found.passive && ISSUER_END.test(subject) ? subject : '';
    // The headline names the same document: 《Y》印发 over 青海省人民政府印发《Y》,….
    const named = headline !== undefined && NAMING_HEADLINE.exec(headline.replace(/\s+/g, ''))?.[1] === m[2];
    // The lead says the full text follows: at its end, or on a short line of its own (《Y》全文如下。).
    const close = shown.findIndex(
      (l, k) => k >= i && FULL_TEXT_FOLLOWS.test(compact(l)) && (k === i || compact(l).length <= SHORT_LINE),
    );
    if (close >= 0 && !headline)
      return { title: m[2]!, issuers, lines: shown.slice(i, close + 1).map((l) => l.no), printed: true };
    const ownHeadline = !headline || !TITLE_END.test(headline) || REPORTED.test(headline);
    if (named || (ownHeadline && (setsOut || reportsOn(shortNames(m[2]!, compact(line)), kept.map(compact)))))
      return { title: m[2]!, issuers, lines: [line.no], printed: false };
    return undefined;
  }
  // A plan printed under a report's headline (全文|江西国民经济和社会发展第十四个五年规划发布) opens with its own name, as a
  // plan's preamble does: 江西省…远景目标纲要,根据《…的建议》编制,….
  const ownHeadline = !headline || !TITLE_END.test(headline) || REPORTED.test(headline);
  for (const line of ownHeadline ? shown : []) {
    const named = SELF_NAMED.exec(compact(line))?.[1];
    if (named) return { title: named, issuers: '', lines: [line.no], printed: false };
  }
  return undefined;
}

// A plan's preamble naming the plan first: X(纲要|规划),根据(《…》)…编制.
const SELF_NAMED = /^([^,，。;；:：《》|｜]{6,80}?(?:规划纲要|纲要|规划))[,，](?:根据|依据)[^。]{0,160}?编制/;

/**
 * The genre of the document a report speaks of as its subject by that genre alone (《方案》提出…, 《方案》从…作出部署),
 * when its lead names no title in 《》 (甘肃省十部门联合印发方案…): the report is of that genre's document.
 * Undefined when it speaks so of none, or of two.
 */
export function reportedGenre(lines: readonly SourceLine[]): string | undefined {
  const texts = lines.filter((l) => !l.drop).map((l) => l.match.replace(/\s+/g, ''));
  // A genre alone in 《》 (《方案》提出) is only a short name of a document the report is on.
  const spoken = GENRES.filter((g) => {
    const subject = new RegExp(`(?:^|[,，。;；:：])(?:根据)?《${g}》(?:还|也|进一步)?${REPORTING}`);
    return texts.some((t) => subject.test(t));
  });
  return spoken.length === 1 ? spoken[0] : undefined;
}
