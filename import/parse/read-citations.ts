/**
 * Citations of other documents and the short titles a text defines. Examples:
 *   '为贯彻落实《国务院关于…若干意见》(国发〔2020〕7号)精神' → { title: '国务院关于…若干意见', docNumber: '国发〔2020〕7号',
 *     issuer: '国务院', relation: 'implements' }
 *   '根据《…》' → based_on; '国务院《关于…》' → issuer 国务院, jurisdiction 中华人民共和国; '依照本省《…条例》' in a 济宁市 text
 *   → jurisdiction 山东省 (no issuer); a 、-list shares its relation; otherwise cites.
 *   '《柳州市…若干措施》(以下简称《高新区措施》)' → shortTitles [{ short: '高新区措施', full: '柳州市…若干措施' }], and a
 *   later 《高新区措施》 means the full title.
 *   '《中华人民共和国科学技术进步法》(20211224日…第二次修订)' → citedVersion { date: '2021-12-24', text: '(…第二次修订)' }
 *     (the cited law's version, not an event of the citing document).
 */
import type { AgencyRef, Citation, CitationRelation } from '../../model/index.ts';
import { isMasthead } from './classify-head-line.ts';
import { type BookTitleSpan, findBookTitles } from './find-book-titles.ts';
import { findQuotedReplacements, inQuotedReplacement } from './find-quoted-replacements.ts';
import { findDocNumbers, restoreNestedMarks, titleWording } from '../../text/index.ts';
import { findDateRanges } from './parse-date.ts';
import { readKind } from './read-kind.ts';
import { mergeCitations } from './merge-citations.ts';
import { CLAUSE_MARKS, isGenreOnly, readPlainShortTitles } from './read-short-titles.ts';
import { resolveAgency, resolvePrefix, type AgencyContext } from './resolve-agency.ts';
import type { SourceLine } from './source-lines.ts';
import { ORGAN_END } from './title-shape.ts';

/** Citations and short titles read from the text. */
export interface CitationResult {
  citations: Citation[];
  shortTitles: { short: string; full: string }[];
}

/** What the document is, so that references to itself are not citations. */
export interface SelfReference {
  /** Its titles (its own, its notice's): a 《》 naming one of them in other words (关于…的 / …) is the document. */
  titles: string[];
  /** The body lines of the notice wrapping the document: the 《title》 they issue (《X》已经…同意, 现将《X》印发给你们) is it. */
  noticeLines?: number[];
  /** The document's own number, never a citation. */
  docNumber?: string;
  /** For an interpretation: the explained document, cited with relation interprets. */
  interprets?: { title?: string; docNumber?: string };
}

// What follows the 《title》 an issuing notice issues: 《X》已经省政府同意, 现将《X》印发给你们, 《X》转发给你们,
// 《X》已经委党组会议审议通过.
const ISSUED = /^\s*(?:已经|已|现予|现)?[^,，。;；《》]{0,20}?(?:同意|批准|通过|印发给|转发给|予以印发|印发|转发)/;

// A draft's state closing its name: (草案), (草案修改二稿 征求意见稿), (送审稿).
const DRAFT_NOTE = /[(（][^()（）]*(?:草案|征求意见稿|送审稿)[^()（）]*[)）]$/;

/** A bracket that names a version of a text: (2021年12月24日…第二次修订), (2015年修正). */
export const REVISION_NOTE = /修订|修正|修改/;

/** The clause a citation stands in: the text since the last comma, semicolon, colon or full stop. */
function clauseBefore(before: string): string {
  const start = Math.max(...[...CLAUSE_MARKS].map((c) => before.lastIndexOf(c)));
  return before.slice(start + 1);
}

function relationOf(clause: string): CitationRelation {
  if (/贯彻落实|贯彻|落实/.test(clause)) return 'implements';
  if (/根据|依据|按照|遵照|依照/.test(clause)) return 'based_on';
  return 'cites';
}

/** A line opening an article after the first (第二条, 第37条): what follows is the body, past the enacting clause. */
const LATER_ARTICLE = /^\s*(?:#+\s*)?第\s*(?!一\s*条|1\s*条)[一二三四五六七八九十百零〇两\d]+\s*条/;
/** The enacting clause: 根据《X》…制定本条例, 特制定本法. */
const ENACTING = /(?:制定|制订)本|特(?:制定|制订)/;

/**
 * A text rests (based_on) on what its opening or enacting clause names; in a later article, 依照《X》的规定执行 applies
 * X's rule in one matter and cites it (渔业法 第三十七条: 依照《野生动物保护法》的规定执行 — the law does not rest on it).
 */
function relationIn(clause: string, sentence: string, inBody: boolean): CitationRelation {
  const relation = relationOf(clause);
  const enacting = ENACTING.test(sentence);
  // 为了实施《X》…制定本办法: the implementing text rests on X.
  if (relation === 'cites' && enacting && /实施|施行|执行/.test(clause)) return 'based_on';
  return relation === 'based_on' && inBody && !enacting ? 'cites' : relation;
}

/** The sentence around position `at` of a line. */
function sentenceAt(text: string, at: number): string {
  const start = text.lastIndexOf('。', at - 1) + 1;
  const end = text.indexOf('。', at);
  return text.slice(start, end < 0 ? text.length : end + 1);
}

/** The agency written right before the 《》 (国务院《物业管理条例》), with its jurisdiction when known. */
function issuerBefore(written: string, ctx: AgencyContext): AgencyRef | undefined {
  // Only what follows the clause's verb can name the issuer: 依照省人民政府《…》 is 省人民政府, not a place 依照省.
  const before = written.replace(/^.*(?:根据|依据|按照|遵照|依照|参照|贯彻落实|贯彻|落实|执行)/, '');
  for (let len = Math.min(14, before.length); len >= 2; len--) {
    const candidate = before.slice(before.length - len);
    if (!/^[\u4e00-\u9fff]+$/.test(candidate)) continue;
    const r = resolveAgency(candidate, ctx);
    // A conjunction joining it to the citation before is no part of the issuer (和常德市人民政府办公室《…》), unless
    // it opens the place's name (和平区人民政府《…》).
    const place = r.ref.jurisdiction;
    if (/^(?:以及|和|及|与|并)/.test(candidate) && !(place && ctx.gazetteer.jurisdictionByName.has(place))) continue;
    if (r.known && !r.ref.collective) return r.ref;
  }
  return undefined;
}

// A level word right before the 《》 (依照本省《…条例》, 根据省《…》): the cited text is of that level of the document's place.
const LEVEL_BEFORE =
  /(?:^|[^\u4e00-\u9fff]|根据|依据|按照|依照|遵照|参照|贯彻落实|贯彻|落实|执行|和|及|与)本?(省|自治区|市|县|区)$/;

/** The place a level word before the 《》 names: 本省 in a 济宁市 text → 山东省. */
function placeBefore(written: string, ctx: AgencyContext): string | undefined {
  const level = LEVEL_BEFORE.exec(written)?.[1];
  return level ? resolvePrefix(level, ctx)?.name : undefined;
}

function issuerInTitle(title: string, ctx: AgencyContext): AgencyRef | undefined {
  const head = /^([\u4e00-\u9fff]{2,20}?)关于/.exec(title)?.[1];
  if (!head) return undefined;
  const r = resolveAgency(head, ctx);
  return r.known && !r.ref.collective ? r.ref : undefined;
}

/**
 * The kept lines, a line whose last 《 is left open joined with the next kept line (a copy wrapped inside the title:
 * '根据国务院《' / '野生药材资源保护管理条例》第'; '根据《国务院关于…工作的意' / '' / '见》(国发〔2019〕28号)', a PDF's
 * lines copied with blank lines between); the joined line keeps the first line's number. Not the document's own heading
 * typeset over lines (北京市实施《中华人民共和国 / 反恐怖主义法》办法): it names no text it cites.
 */
function joinBrokenTitles(lines: SourceLine[], selfKeys: Set<string>): SourceLine[] {
  const kept = lines.filter((l) => !l.drop);
  const joined: SourceLine[] = [];
  for (const [i, line] of kept.entries()) {
    const last = joined[joined.length - 1];
    const open = last ? last.text.lastIndexOf('《') > last.text.lastIndexOf('》') : false;
    const closes = (l: SourceLine | undefined): boolean => l !== undefined && /^[^《]*》/.test(l.text);
    if (open && line.match === '' && closes(kept.slice(i + 1).find((l) => l.match !== ''))) continue;
    const whole = last ? titleWording(last.text + line.text) : '';
    const heading = [...selfKeys].some((key) => key.endsWith(whole));
    if (
      last &&
      open &&
      closes(line) &&
      !heading &&
      last.text.length === last.match.length &&
      line.text.length === line.match.length
    ) {
      joined[joined.length - 1] = { ...last, text: last.text + line.text, match: last.match + line.match };
    } else joined.push(line);
  }
  return joined;
}

// The verb of a clause naming a text (贯彻落实省政府办公厅X》): the text's name begins after the last one, or after the
// issuer. A verb just after 关于 (关于贯彻落实国务院…的实施意见) is the title's own wording, not the clause's.
const CLAUSE_VERB = /(?:根据|依据|按照|遵照|依照|参照|贯彻落实|贯彻|落实|执行)/g;
const lastClauseVerb = (clause: string): RegExpExecArray | undefined =>
  [...clause.matchAll(CLAUSE_VERB)].filter((m) => !/关于[\u4e00-\u9fff]{0,2}$/.test(clause.slice(0, m.index))).at(-1);

/** A 》 closing nothing: the title recovered before it, or (lost) none. */
type LostOpening = BookTitleSpan & { lost?: true; recovered?: true };

/**
 * The 《title》 spans of a line whose 《 was lost in copying (认真贯彻落实省政府办公厅2015年全省…工作要点》(赣府厅字〔2015〕90号)):
 * a 》 closing nothing, its title from the clause's verb and the issuer after it (省政府办公厅) to the 》. A clause with no
 * verb gives no title: the span then only marks what follows it (its number) as no citation by itself.
 */
function lostOpenings(text: string, isIssuer: (name: string) => boolean): LostOpening[] {
  const spans: LostOpening[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') depth++;
    else if (text[i] === '》' && depth > 0) depth--;
    else if (text[i] === '》') {
      const from = Math.max(...[...CLAUSE_MARKS, '》'].map((c) => text.lastIndexOf(c, i - 1))) + 1;
      const clause = text.slice(from, i);
      const verb = lastClauseVerb(clause);
      let start = verb ? from + verb.index + verb[0].length : i;
      for (let len = Math.min(14, i - start - 4); verb && len >= 2; len--) {
        if (isIssuer(text.slice(start, start + len))) {
          start += len;
          break;
        }
      }
      const title = text.slice(start, i).trim();
      spans.push(
        title.length >= 4 ? { start, end: i, title, recovered: true } : { start: i, end: i, title: '', lost: true },
      );
    }
  }
  return spans;
}

/**
 * A title with the spaces set between its figures and its characters closed up (和 2035 年 → 和2035年), and those a
 * copy broke its words with (《中华 人民共和国预算法》 → 中华人民共和国预算法); a space after an organ's name parts joint
 * issuers and stays one (《财政部  人力资源社会保障部关于…》, 《中共中央 国务院关于…》).
 */
// An organ's name ending before a joint issue's space: as the head's organs end, and the people's organisations (中国残联,
// 全国妇联, 全国工商联).
const JOINT_ISSUER_END = new RegExp(`${ORGAN_END.source}|联$`);
const closeFigureSpaces = (title: string): string =>
  title
    .replace(/(?<=[\u4e00-\u9fff])[ \u3000]+(?=\d)|(?<=\d)[ \u3000]+(?=[\u4e00-\u9fff])/g, '')
    .replace(/(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g, (_space, at: number, whole: string) =>
      JOINT_ISSUER_END.test(/[\u4e00-\u9fff]*$/.exec(whole.slice(0, at))![0]) ? ' ' : '',
    );

/** Reads every citation and short title of the lines (kept lines only). */
export function readCitations(sourceLines: SourceLine[], self: SelfReference, ctx: AgencyContext): CitationResult {
  const selfKeys = new Set(self.titles.filter((t) => t !== '').map(titleWording));
  const lines = joinBrokenTitles(sourceLines, selfKeys);
  const shortTitles: CitationResult['shortTitles'] = [];
  const found: Citation[] = [];
  const interpretsKey = self.interprets?.title ? titleWording(self.interprets.title) : undefined;
  const noticeLines = new Set(self.interprets ? [] : self.noticeLines);
  // The new wording a decision quotes (修改为：“…《…》…”) is the amended text's: its titles and numbers are not cited here.
  const quoted = findQuotedReplacements(lines.map((l) => (l.drop ? '' : l.text)));
  let inBody = false;
  for (const [index, line] of lines.entries()) {
    if (line.drop) continue;
    const text = line.text;
    if (LATER_ARTICLE.test(text)) inBody = true;
    let previous: { end: number; relation: CitationRelation } | undefined;
    const isIssuer = (name: string): boolean => {
      const r = resolveAgency(name, ctx);
      return r.known && !r.ref.collective;
    };
    const spans = [...findBookTitles(text), ...lostOpenings(text, isIssuer)]
      .filter((span) => !inQuotedReplacement(quoted[index], span.start))
      .sort((a, b) => a.start - b.start);
    const covered: [number, number][] = [];
    for (const span of spans) {
      // A title nested in the cited one is written 〈〉 inside 《》: lifted out, it has its 《》 back.
      // A typeset copy sets spaces around the figures in a title (…规划和 2035 年远景目标的建议): no words of the title.
      const written = restoreNestedMarks(closeFigureSpaces(span.title));
      const title = shortTitles.find((s) => s.short === written)?.full ?? written;
      // A number in brackets right after the title: 《…》(国发〔2020〕7号).
      const after = text.slice(span.end + 1);
      const bracket = /^\s*[(（]([^()（）]*)[)）]/.exec(after);
      const bracketStart = span.end + 1 + (bracket ? bracket[0].indexOf(bracket[1] ?? '') : 0);
      const number = bracket
        ? findDocNumbers(line.match.slice(bracketStart, bracketStart + (bracket[1] ?? '').length))[0]
        : undefined;
      // Or a version of the cited text in that bracket: 《…法》(2021年12月24日…第二次修订) describes the cited law.
      const version = !number && bracket && REVISION_NOTE.test(bracket[1] ?? '') ? bracket : undefined;
      let end = span.end + 1 + ((number || version) && bracket ? bracket[0].length : 0);
      // Short title defined right after: (以下简称《高新区措施》), (以下简称高新区措施), or in the number's bracket:
      // (国办发〔2018〕123号,以下简称《意见》).
      const ownBracket = /^\s*[(（]\s*以下简称\s*[《“"]?([^》”"()（）]+)[》”"]?\s*[)）]/.exec(text.slice(end));
      const inNumberBracket = number
        ? /[,，;；、]\s*以下(?:简称|称)\s*[《“"]?([^》”"()（）,，]+)[》”"]?\s*$/.exec(bracket?.[1] ?? '')
        : null;
      const short = (ownBracket ?? inNumberBracket)?.[1]?.trim();
      if (short && !shortTitles.some((s) => s.short === short)) {
        shortTitles.push({ short, full: title });
        if (ownBracket) end += ownBracket[0].length;
      }
      const between = previous ? text.slice(previous.end, span.start) : '';
      const inList = previous !== undefined && /^[、和及与以及\s]*$/.test(between);
      const before = text.slice(0, span.start);
      let relation: CitationRelation = inList
        ? previous!.relation
        : relationIn(clauseBefore(before), sentenceAt(text, span.start), inBody);
      previous = { end, relation };
      covered.push([span.start, end]);
      // A lost 《 with no clause to recover the title from: its number is no citation by itself either.
      if ('lost' in span) continue;
      // A title recovered from a stray 》 (按照国务院安委会部署》要求) names a document only by its number or genre word.
      if ('recovered' in span && !number && readKind(title) === 'other') continue;
      const key = titleWording(title);
      const numberNorm = number?.normalized;
      // The text itself named in its state as a draft (《X(草案)》 in the notice publishing draft X) is no citation.
      const ownDraft = selfKeys.has(titleWording(title.replace(DRAFT_NOTE, '')));
      if ((selfKeys.has(key) || ownDraft) && !(interpretsKey && key === interpretsKey)) continue;
      // 《意见》, 本《条例》 not defined as a short title: the text itself, or a document it names otherwise.
      if (!number && isGenreOnly(title)) continue;
      // 《湖南省人民政府办公厅文件》 (an aggregator's blurb) names an organ's papers, no document.
      if (!number && isMasthead(title)) continue;
      if (noticeLines.has(line.no) && ISSUED.test(line.match.slice(end))) continue;
      const isInterpreted =
        (interpretsKey !== undefined && key === interpretsKey) ||
        (numberNorm !== undefined && numberNorm === self.interprets?.docNumber);
      if (isInterpreted) relation = 'interprets';
      // 《意见》(国办发〔2018〕123号): the number names the document, the genre word does not.
      const citation: Citation = { ...(isGenreOnly(title) ? {} : { title }), relation, line: line.no };
      if (numberNorm) {
        citation.docNumber = numberNorm;
        citation.docNumberOriginal = text.slice(bracketStart, bracketStart + (bracket?.[1] ?? '').length).trim();
      } else if (isInterpreted && self.interprets?.docNumber) {
        citation.docNumber = self.interprets.docNumber;
      }
      if (version) {
        const date = findDateRanges(line.match.slice(span.end + 1, end))[0]?.start;
        citation.citedVersion = { ...(date ? { date } : {}), text: version[0].trim() };
      }
      // The issuer is the citation's issuer and place, never part of its title: 国务院《物业管理条例》 cites 物业管理条例.
      const issuer = issuerBefore(before.replace(/\s+$/, ''), ctx) ?? issuerInTitle(title, ctx);
      if (issuer) citation.issuer = issuer.name;
      const place = issuer ? issuer.jurisdiction : placeBefore(before.replace(/\s+$/, ''), ctx);
      if (place) citation.jurisdiction = place;
      const sentenceStart = Math.max(before.lastIndexOf('。'), -1) + 1;
      const sentenceEnd = text.indexOf('。', span.end);
      citation.context = text.slice(sentenceStart, sentenceEnd < 0 ? text.length : sentenceEnd + 1).slice(0, 200);
      found.push(citation);
    }
    // A number cited without its title: 按照国发〔2020〕7号文件要求.
    for (const n of findDocNumbers(line.match)) {
      if (
        covered.some(([a, b]) => n.index >= a && n.index < b) ||
        inQuotedReplacement(quoted[index], n.index) ||
        n.normalized === self.docNumber ||
        n.normalized === self.interprets?.docNumber
      )
        continue;
      // A number alone on its line (or in brackets there) is a head's, never a citation.
      if (
        /^\s*\(?\s*$/.test(line.match.slice(0, n.index)) &&
        /^\s*\)?\s*$/.test(line.match.slice(n.index + n.original.length))
      )
        continue;
      const before = text.slice(0, n.index);
      found.push({
        docNumber: n.normalized,
        docNumberOriginal: text.slice(n.index, n.index + n.original.length),
        relation: relationIn(clauseBefore(before), sentenceAt(text, n.index), inBody),
        line: line.no,
        context: text.slice(before.lastIndexOf('。') + 1, text.indexOf('。', n.index) + 1 || text.length).slice(0, 200),
      });
    }
  }
  for (const line of lines) {
    if (!line.drop) readPlainShortTitles(line.text, shortTitles, ctx);
  }
  return { citations: mergeCitations(found), shortTitles };
}
