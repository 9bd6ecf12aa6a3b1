/**
 * Raw policy text → the document model. Pure: no file or database access. Example:
 *   parsePolicyText(readFileSync('corpus/state-council-hitech-opinions.txt', 'utf8'), { file: 'state-council-…txt' })
 *   → { title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见', docNumber: '国发〔2020〕7号', issuer: '国务院',
 *       tier: 'national', kind: 'opinions', issuedOn: '2020-07-13', parts: [7 parts], articles: [21 articles], … }
 * Problems are collected in `document.issues` with line numbers; nothing is thrown for odd lines.
 */
import { createHash } from 'node:crypto';
import { type Gazetteer, getDefaultGazetteer, type JurisdictionEntry } from '../gazetteer/index.ts';
import type { ParseIssue, PolicyDocument } from '../../model/index.ts';
import { buildStructure, chooseLevels, numberingOf } from './build-structure.ts';
import { detectSecondDocument } from './detect-second-document.ts';
import { dropSiteMenus } from './find-site-menu.ts';
import { dropTablesOfContents } from './find-table-of-contents.ts';
import { advertises, flagSuspiciousLines, spamWordsIn } from './flag-suspicious-lines.ts';
import { placeAt } from './find-place.ts';
import { headTitleLine } from './html/cut-page-header.ts';
import type { AgencyRules } from './read-agencies.ts';
import { readResponsibilities } from './read-article-responsibility.ts';
import { readDocumentDetails } from './read-document-details.ts';
import { type IssuerClues, type IssuerResult, placeAtTitleHead, readIssuer } from './read-issuer.ts';
import { listJurisdictions } from './list-jurisdictions.ts';
import { GENRES, ownGenre, readKind } from './read-kind.ts';
import { findDocNumbers } from '../../text/index.ts';
import { readIssuingNotice } from './read-issuing-notice.ts';
import { interpretedInText } from './read-interpretation-summary.ts';
import { GENRE_ALONE, readMetadata, refineHeadRoles, type RoledLine, roleLines } from './read-metadata.ts';
import { ISSUER_END, SIGNER_OFFICES } from './classify-head-line.ts';
import { readAttachment } from './read-attachment.ts';
import { damagedNumberIssue } from './read-damaged-head.ts';
import { type PageFields, readPageFields } from './read-page-fields.ts';
import { firstQuestion, isQuestionAnswerPage, readQuestionAnswers } from './read-questions-answers.ts';
import { publishedByHistory, readHistoryLines } from './read-history-lines.ts';
import { announcedTitle, issuedTitle, readTitle, type TitleResult, withoutYearTag } from './read-title.ts';
import { finishedTitle, ORGAN_END, titleKey } from './title-shape.ts';
import { unwrapNotice, withOwnHeading } from './unwrap-notice.ts';
import { readNewsLead, reportedGenre } from './read-news-lead.ts';
import { keepsPageTitle, keptIssuedOn, postedByOffice, reconcilePageFields } from './reconcile-page-fields.ts';
import { toSourceLines, type SourceLine } from './source-lines.ts';
import { readStatute } from './statute/parse-statute.ts';
import { readAnnouncement } from './statute/read-announcement.ts';
import { looksLikeMarkdown, type MarkdownText, readMarkdown } from './statute/read-markdown.ts';
import { splitAttachments } from './split-attachments.ts';
import { articlesNotReadIssue, noStructureMessage } from './split-run-in-articles.ts';
import { splitRunInFields } from './split-run-in-fields.ts';
import { splitFlattenedText } from './split-flattened-text.ts';
import { splitRunInPage } from './split-run-in-page.ts';
import { splitRunTogetherText } from './split-run-together-text.ts';
import { stripLineWatermark } from './strip-line-watermark.ts';
import { splitRunInStatute } from './split-run-in-statute.ts';
import { PARSER_VERSION } from './parser-version.ts';
import { AUTONOMOUS_PLACE, DECREE_NUMBER, readAuthorityLevel } from './read-authority-level.ts';
import type { ParseOptions } from './parse-options.ts';
import type { AgencyRef } from '../../model/index.ts';

export type { ParseOptions } from './parse-options.ts';

/** Options of parsePolicyText. */

// An announcement's heading: an organ's 公告, perhaps its serial with it (市人大常委会公告(第四十一号)).
// A congress's only: a government's 公告 of a plan (《X规划》…现予公布) publishes what it does not print.
const ANNOUNCEMENT_HEADING =
  /^[\u4e00-\u9fff]{0,30}(?:人大常委会|常务委员会|人民代表大会)公告[(（]?(?:第[一二三四五六七八九十百零〇\d]+号)?[)）]?$/;
// A genre's name of two characters or more anywhere in a title (条例, 办法, 意见; not 法 or 函, in too many words).
const GENRE_WORD = new RegExp(GENRES.filter((g) => g.length > 1).join('|'));
const CLOSING_ROLES = new Set(['date', 'public', 'note', 'issuer', 'number']);
// A line ending a sentence: the text has begun.
const SENTENCE_END = /[。！？!?]\s*$/;
/**
 * A short line read as the text's own words once the text has begun: not a list of attachments (附件：1.…), a field
 * (联 系 人:…) or its numbered entries (2.…专家组意见), a note in brackets ((修正草案·二审稿)), a signatory (自治区代主席
 * 巴特尔) or a page's counter (640 (8)).
 */
const SIGNER_AT_END = new RegExp(`(?:${SIGNER_OFFICES})\\s+[\\u4e00-\\u9fff·•]{2,8}\\s*$`);
const textLike = (line: string): boolean =>
  !/^\s*附\s*件|^\s*\d{1,2}\s*[.．、]|[:：]\s*\S|^\s*[(（].*[)）]\s*$/.test(line) &&
  !SIGNER_AT_END.test(line) &&
  (line.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 2;

/**
 * The head's title lines from the one the page's `<head>` names as its title (ArticleTitle, `<title>` without the
 * site's name): a line above it that survived the header's cut (a breadcrumb row, a column's name) is no part of the
 * title, whatever it reads like. Kept: a line naming that title (the notice issuing it), and all of them when a line
 * of the document's text stands above it (then the line named is a heading further down, see headTitleLine).
 */
function belowHeadTitle(head: RoledLine[], headTitles: string[], file: string, issues: ParseIssue[]): SourceLine[] {
  const named = headTitleLine(
    head.map((r) => r.line.text),
    headTitles,
  );
  // Only a title line: a <title> holding only the site's name may be the signature's (宜春市人民政府).
  const at = head[named]?.role === 'title' ? named : -1;
  const wanted = headTitles.map((t) => t.replace(/\s+/g, '')).filter((t) => t.length >= 4);
  const kept = head.map((r, i) => r.role === 'title' && (i >= at || names(r.line.text, wanted)));
  // A notice's title broken before the title it names (…关于印发 / X的通知): its first lines join the kept one.
  for (let i = Math.min(at, head.length) - 2; i >= 0; i--)
    if (head[i]!.role === 'title' && kept[i + 1] && NOTICE_OPENING.test(head[i]!.line.text.trim())) kept[i] = true;
  const titles: SourceLine[] = [];
  head.forEach((r, i) => {
    if (r.role !== 'title') return;
    if (kept[i]) titles.push(r.line);
    else
      issues.push({
        file,
        line: r.line.no,
        severity: 'info',
        code: 'ABOVE_HEAD_TITLE',
        message: `a line above the title the page's head names is no part of it: "${r.line.text.replace(/\s+/g, '')}"`,
      });
  });
  return titles;
}

// The first line of a notice's title broken before what it issues (某市人民政府办公室关于印发).
const NOTICE_OPENING = /(?:关于|印发|转发|批转|颁布|发布|公布)[《〈]?$/;

const names = (text: string, titles: string[]) => titles.some((t) => text.replace(/\s+/g, '').includes(t));

// A news page's line saying the document follows in full (全文如下:), alone or closing the lead.
const FULL_TEXT_FOLLOWS = /(?:全文|原文)(?:公布)?如下[。:：]?$/;
const FULL_TEXT_ALONE = /^(?:全文|原文)(?:公布)?如下[。:：]?$/;
// The roles of a document's own head: a news page has none of them above the text it prints.
const OWN_HEAD_ROLES = new Set(['number', 'addressee', 'masthead', 'notice-body', 'issuer']);
// How near under that line the document's title stands.
const TITLE_WITHIN = 3;

/**
 * A news page printing the document whole under its own words (headline, stamp, 近日,西藏自治区印发了…建议,文件指出…,
 * then 全文如下:, then the document's title): its headline and stamp down to 全文如下 are the news site's, no title of
 * the document, and are left out, said in an issue; its lead's sentences stay, as a report's do (they quote the
 * document: 2025年建成…示范区, 突破1500万千瓦). Nothing happens when no title-like line follows it closely.
 */
function dropNewsWrapper(head: readonly RoledLine[], file: string): ParseIssue[] {
  const compact = (r: RoledLine): string => r.line.match.replace(/\s+/g, '');
  const at = head.findIndex((r) => r.line.match.trim().length <= 100 && FULL_TEXT_FOLLOWS.test(compact(r)));
  if (at < 0 || !head.slice(at + 1, at + 1 + TITLE_WITHIN).some((r) => r.role === 'title')) return [];
  // An organ's own notice forwarding or announcing a text in full (…现予转发，全文如下：) has its number, addressees or a
  // title telling its genre above: no news page's words.
  const above = head.slice(0, at + 1);
  const own = above.some(
    (r) =>
      OWN_HEAD_ROLES.has(r.role) ||
      findDocNumbers(compact(r)).length > 0 ||
      (r.role === 'title' && readKind(compact(r)) !== 'other'),
  );
  if (own) return [];
  // The lead's sentences stay; so does a line closing the lead with 全文如下 (…提出到2025年…。全文如下：).
  const wrapper = above.filter((r) => FULL_TEXT_ALONE.test(compact(r)) || r.role !== 'paragraph').map((r) => r.line);
  for (const line of wrapper) line.drop = 'metadata';
  return [
    {
      file,
      line: wrapper[0]!.no,
      severity: 'info',
      code: 'NEWS_WRAPPER',
      message: `a news page's words around the document it prints in full (lines ${wrapper[0]!.no}–${wrapper.at(-1)!.no}, down to "${wrapper.at(-1)!.match.trim().slice(0, 30)}") left out`,
    },
  ];
}

/** Splits the lines into head (before the body), body and closing (signature, date, 此件公开发布). */
function splitRegions(
  lines: SourceLine[],
  firstBody: number,
): { head: SourceLine[]; body: SourceLine[]; closing: SourceLine[] } {
  if (firstBody < 0) return { head: lines, body: [], closing: [] };
  let end = lines.length;
  for (let i = lines.length - 1; i > firstBody; i--) {
    const line = lines[i]!;
    if (line.drop || line.match === '') continue;
    const [roled] = roleLines([line]);
    if (!roled || !(CLOSING_ROLES.has(roled.role) || /^(?:抄送|附件|主动公开|印发)/.test(line.match))) break;
    end = i;
  }
  return { head: lines.slice(0, firstBody), body: lines.slice(firstBody, end), closing: lines.slice(end) };
}

/** Parses a policy text into a PolicyDocument with its issues. */
export function parsePolicyText(input: string, options: ParseOptions): PolicyDocument {
  const read = readPolicyText(input, options, false);
  // A notice whose 附件 after its date is the very document it issues (附件: / 泉州市…暂行规定 / 一、…) holds that
  // document's text there: read again with that 附件 as the text, the notice above it as its head.
  return issuedAsAttachment(read) ? readPolicyText(input, options, true) : read;
}

/**
 * Who posted the page (发布机构), or for an interpretation the organ it names as its source (来源: 天津市农业农村委员会:
 * who explains a text is who wrote the page; a plan's page may name the bureau that posted it), read as the issuer when
 * nothing in the document names one; not when the title names its own place and the unit is another place's
 * (汝州市人力资源和社会保障局 reposting a 河南省…办法), nor a source named by its level alone (市政府办公室, no place). A
 * portal's path to the unit (汝州市人民政府->汝州市人力资源和社会保障局) names it by its last step.
 */
function issuerFromPage(
  page: PageFields,
  clues: IssuerClues,
  own: JurisdictionEntry | undefined,
  title: string,
  isInterpretation: boolean,
  gazetteer: Gazetteer,
): { found: IssuerResult; line: number; message: string } | undefined {
  const sourceOrgan = isInterpretation
    ? page.fields.find((f) => f.name === 'source' && f.value.trim().length <= 30 && ISSUER_END.test(f.value.trim()))
    : undefined;
  const poster = page.publisher ?? sourceOrgan;
  const unit = poster?.value
    .split(/->|＞|>/)
    .at(-1)
    ?.trim();
  if (!poster || !unit) return undefined;
  const found = readIssuer({ ...clues, issuerLines: [...clues.issuerLines, unit] }, gazetteer);
  // A source organ is of the place the text itself reads (not another city's bureau for a county's, nor 国务院新闻办公室
  // where a text reads none).
  if (!found.issuer) return undefined;
  if (poster !== page.publisher && (!own || found.jurisdiction?.name !== own.name)) return undefined;
  const titlePlaces = placeAtTitleHead(title, gazetteer);
  if (titlePlaces.length === 1 && found.jurisdiction?.name !== titlePlaces[0]!.name) return undefined;
  const who = poster === page.publisher ? 'that posted the page' : 'the page names as its source';
  return {
    found,
    line: poster.line,
    message: `nothing in the document names its issuer; the unit ${who} ("${unit}") is taken for it`,
  };
}

/**
 * A mirror that put its advertisement where the issuer's name stood (bet365最新备用网站关于加强…的实施意见): the title is
 * read from 关于 and names no issuer, which the number or the text then tells. An organ's name the advertisement only
 * changed (东风彩票注册办公室关于…) stays, flagged as spam below.
 */
function withoutInjectedIssuer(titled: TitleResult, file: string): ParseIssue[] {
  const written = titled.noticeTitle ?? titled.title;
  const injected = written && /^(.+?)关于/.exec(written)?.[1];
  // An organ's name (中国福利彩票发行管理中心, 湖南省棋牌运动管理中心) is none, whatever words it holds.
  if (!injected || !advertises(injected) || ORGAN_END.test(injected)) return [];
  for (const field of ['title', 'noticeTitle'] as const)
    if (titled[field]?.startsWith(injected)) titled[field] = titled[field]!.slice(injected.length);
  delete titled.titleIssuer;
  return [
    {
      file,
      line: titled.lines[0] ?? 1,
      severity: 'warning',
      code: 'SPAM_IN_TITLE',
      message: `an advertisement stands where the issuer's name stood ("${injected}"): the title is read from 关于, the issuer from the rest of the text`,
    },
  ];
}

/**
 * True when a notice's first attachment is the document it issues (印发, 下达; not one it forwards), titled as the notice
 * names it (or that title cut short by the page, its text with it), and the notice holds no numbered text of its own.
 */
function issuedAsAttachment(document: PolicyDocument): boolean {
  const first = document.attachments?.[0];
  if (!document.noticeTitle || !first || document.articles.length > 0) return false;
  // A text forwarded (转发, 批转) is another organ's: attached, it stays an attachment of the notice forwarding it.
  if (/^(?:转发|批转)$/.test(readIssuingNotice(document.noticeTitle.replace(/\s+/g, ''))?.verb ?? '')) return false;
  const [own, attached] = [titleKey(document.title), titleKey(first.title)];
  return attached.length >= 8 && own.startsWith(attached);
}

/**
 * Reads a policy text; `issuedAttached`: its first attachment is the document the notice issues, read as the text
 * (the attachments after it stay attachments).
 */
function readPolicyText(input: string, options: ParseOptions, issuedAttached: boolean): PolicyDocument {
  const { file } = options;
  // Markdown loses its markup line by line (line numbers kept); a statute (Markdown or plain) has its own reader.
  const markdown = looksLikeMarkdown(input) ? readMarkdown(input) : undefined;
  const text = markdown ? markdown.text : input;
  const statute = readStatute(text, options, markdown, input);
  if (statute) return withMarkdownSource(statute, options, markdown);
  const gazetteer = options.gazetteer ?? getDefaultGazetteer();
  // A statute whose chapters and articles run inside lines is read from a line per division and article; a page run
  // together (title, number, addressees and text on one line) from a line per part.
  let lines = splitRunInStatute(
    splitRunInPage(splitRunTogetherText(splitFlattenedText(splitRunInFields(toSourceLines(text))))),
  );
  const issues: ParseIssue[] = [...(options.priorIssues ?? [])];
  issues.push(...stripLineWatermark(lines, file));
  issues.push(...flagSuspiciousLines(lines, file));
  issues.push(...dropSiteMenus(lines, file));
  const page = readPageFields(lines, file);
  issues.push(...page.issues);
  if (page.fields.length > 0) {
    const at = [...new Set(page.fields.map((f) => f.line))];
    issues.push({
      file,
      line: at[0]!,
      severity: 'info',
      code: 'PAGE_METADATA',
      message: `the page's metadata (${page.fields.map((f) => f.label).join(', ')}) read from line(s) ${at.join(', ')} and kept out of the text`,
    });
  }
  // Once a line of the file: the pieces a line run together was cut into share its count.
  const pinyinLines = new Set<number>();
  for (const l of lines) {
    if (l.pinyinRemoved === 0 || pinyinLines.has(l.no)) continue;
    pinyinLines.add(l.no);
    issues.push({
      file,
      line: l.no,
      severity: 'info',
      code: 'PINYIN_REMOVED',
      message: `${l.pinyinRemoved} injected pinyin group(s) removed`,
    });
  }
  const marked = lines.filter((l) => (l.marksRemoved ?? 0) > 0);
  if (marked.length > 0) {
    const count = marked.reduce((n, l) => n + (l.marksRemoved ?? 0), 0);
    issues.push({
      file,
      line: marked[0]!.no,
      severity: 'info',
      code: 'INJECTED_MARKS_REMOVED',
      message: `${count} injected mark(s) (@@) removed on ${marked.length} line(s)`,
    });
  }
  const traditional = lines.filter((l) => l.traditional && !l.suspicion && !l.drop);
  if (traditional.length > 0) {
    issues.push({
      file,
      line: traditional[0]!.no,
      severity: 'info',
      code: 'TRADITIONAL_CONVERTED',
      message: `traditional characters converted to simplified on ${traditional.length} line(s)`,
    });
  }

  // A table of contents lists the chapters the body then opens: its entries are no parts.
  issues.push(...dropTablesOfContents(lines, file));

  // Attachments after the signature and date are their own section; the document is what precedes them.
  const spans = splitAttachments(lines);
  const attachmentSpans = spans.slice(issuedAttached ? 1 : 0);
  const issuedAt = issuedAttached ? spans[0] : undefined;
  if (issuedAt) {
    // Its label (附件1) marks where the issued text begins: no words of it.
    lines[issuedAt.start]!.drop = 'metadata';
    issues.push({
      file,
      line: lines[issuedAt.start]!.no,
      severity: 'info',
      code: 'ISSUED_AS_ATTACHMENT',
      message: `${issuedAt.label} is the document the notice issues: read as its text, the notice as its head`,
    });
  }
  const all = lines;
  lines = attachmentSpans.length > 0 ? all.slice(0, attachmentSpans[0]!.start) : all;
  const levels = chooseLevels(lines);
  // A page of questions and answers has its questions for articles, whatever its answers number; questions after
  // the first numbered line (a notice's FAQ) leave the text as it is.
  const numberedAt = lines.findIndex((l) => {
    const kind = numberingOf(l)?.kind;
    return kind !== undefined && (kind === levels.partKind || kind === levels.articleKind);
  });
  // One cheap scan for a first question; the whole page is read only when it has one.
  const firstAt = firstQuestion(lines);
  const questionAt = firstAt >= 0 && isQuestionAnswerPage(lines) ? firstAt : -1;
  const questionsAt = questionAt >= 0 && (numberedAt < 0 || questionAt < numberedAt) ? questionAt : -1;
  const firstBody = questionsAt >= 0 ? questionsAt : numberedAt;
  const regions = splitRegions(lines, firstBody);
  // The head's lines are classified once: a news page's words are left out of them before their roles are refined.
  const roled = roleLines(regions.head);
  issues.push(...dropNewsWrapper(roled, file));
  const head = refineHeadRoles(roled.filter((r) => !r.line.drop));
  const closing = roleLines(regions.closing);
  const meta = readMetadata(head, closing, all, file);
  issues.push(...meta.issues);
  const titled = readTitle(
    belowHeadTitle(head, options.headTitles ?? [], file, issues),
    file,
    (title) => placeAt(title, 0, gazetteer, 3) !== undefined,
    head.filter((r) => r.role === 'date').map((r) => r.line.no),
  );
  issues.push(...titled.issues);
  issues.push(...withoutInjectedIssuer(titled, file));
  const bodyTitle = titled.noticeTitle ?? titled.title;
  issues.push(
    ...reconcilePageFields(
      page,
      {
        ...(bodyTitle ? { title: { value: bodyTitle, line: titled.lines[0] ?? 1 } } : {}),
        ...(meta.docNumber ? { docNumber: { value: meta.docNumber, line: meta.docNumberLine ?? 1 } } : {}),
        issuers: meta.issuerLines,
        ...(meta.issuedOn ? { issuedOn: meta.issuedOn } : {}),
      },
      file,
    ),
  );
  // A portal's 标题 disagreeing with the title the document typesets is the portal's entry, often shortened (its issuer
  // lost): the document's own words are kept, and the conflict named.
  if (page.title && keepsPageTitle(page, bodyTitle))
    Object.assign(
      titled,
      { noticeTitle: undefined, titleIssuer: undefined },
      withOwnHeading(unwrapNotice(page.title.value), titled.headTitles ?? []),
    );
  // No line is a title: a statute's announcement names the statute it promulgates; a notice a copy kept from its number
  // or addressees that issues one document it names (现将《X》印发给你们) is X.
  // Nor is the heading of the announcement itself (市人大常委会公告, 第四十一号) over the sentence promulgating X.
  const untitled = (titled.title === undefined || ANNOUNCEMENT_HEADING.test(titled.title)) && !page.title;
  const announced = untitled ? announcedTitle(regions.head) : undefined;
  const issued = untitled && !announced ? issuedTitle(regions.head.filter((l) => !l.drop)) : undefined;
  const named = announced ?? issued;
  if (named) {
    Object.assign(titled, { title: named.title, lines: [named.line] });
    issues.push({
      file,
      line: named.line,
      severity: 'info',
      code: announced ? 'TITLE_FROM_ANNOUNCEMENT' : 'TITLE_FROM_NOTICE_BODY',
      message: announced
        ? `no line is a title: the title is the statute the announcement promulgates, 《${named.title}》`
        : `no line is a title: the title is the document the notice's body issues, 《${named.title}》`,
    });
  }
  // A news item printing the document in full (近日,X印发了《Y》…全文如下): its lead names it and its issuers, and is
  // the news site's words, no text of the document. A news report on it (X近日下发《Y》…, then 方案明确…) is read as the
  // document it reports, its lead kept in the text; its headline (X发布…) is no document's title.
  const lead = !page.title && !named ? readNewsLead(regions.head, titled.title) : undefined;
  if (lead) {
    const headline = titled.title;
    // The document the lead names may be a notice issuing it (印发《关于下达2025年…计划的通知》): read as the plan it issues.
    const { title: leadTitle, noticeTitle, titleIssuer } = unwrapNotice(lead.title);
    Object.assign(titled, { title: leadTitle, lines: lead.lines, noticeTitle, titleIssuer });
    if (lead.issuers) meta.issuerLines.push(lead.issuers);
    if (lead.printed) for (const line of regions.head) if (lead.lines.includes(line.no)) line.drop = 'metadata';
    const by = lead.issuers ? ` ${lead.issuers} issued` : '';
    issues.push({
      file,
      line: lead.lines[0]!,
      severity: 'info',
      code: 'TITLE_FROM_NEWS_LEAD',
      message: lead.printed
        ? `no line is a title: the title is the document the news lead says${by}, 《${lead.title}》, printed in full below it`
        : `the page reports on the document its lead says${by}, 《${lead.title}》: read as that document${headline ? ` (the headline "${headline}" is the report's)` : ''}`,
    });
  }
  const untagged =
    titled.title &&
    withoutYearTag(
      titled.title,
      lines.filter((l) => !l.drop && !titled.lines.includes(l.no)).map((l) => l.text),
    );
  if (untagged && untagged !== titled.title) {
    issues.push({
      file,
      line: titled.lines[0] ?? 1,
      severity: 'info',
      code: 'SITE_HEADLINE',
      message: `a site's year tag after the title left out: "${titled.title}" read as "${untagged}"`,
    });
    titled.title = untagged;
  }
  if (page.docNumber) {
    Object.assign(meta, { docNumber: page.docNumber.normalized, docNumberOriginal: page.docNumber.original });
    const damaged = damagedNumberIssue(file, page.docNumber.line, page.docNumber);
    if (damaged) issues.push(damaged);
  }
  if (page.issuer && !postedByOffice(page.issuer.value, titled.titleIssuer, meta.docNumber))
    meta.issuerLines.unshift(page.issuer.value);
  const issuedOn = keptIssuedOn(page, meta.issuedOn);
  if (issuedOn) meta.issuedOn = issuedOn;
  if (page.publishedOn) meta.publishedOn = page.publishedOn.value;
  if (page.effectiveOn) meta.effectiveOn = page.effectiveOn.value;

  detectSecondDocument(lines, file, bodyTitle ?? page.title?.value ?? '', titled.lines[0] ?? 1);
  const structure = questionsAt >= 0 ? readQuestionAnswers(regions.body) : buildStructure(regions.body, levels, file);
  issues.push(...structure.issues);
  // Questions and answers on a document (Q:…/A:…) are its interpretation: titled 《…》问答, interpreting it.
  const questionAnswers = titled.title !== undefined && !/解读$/.test(titled.title) && questionsAt >= 0;
  const title = questionAnswers ? `《${titled.title}》问答` : (titled.title ?? '');
  if (questionAnswers)
    issues.push({
      file,
      line: titled.lines[0] ?? 1,
      severity: 'info',
      code: 'QUESTIONS_ANSWERS',
      message: `the text is questions and answers on 《${titled.title}》: read as its interpretation, titled "${title}"`,
    });
  // A text whose title line a copy lost (it opens at 第一章) is of the genre it names itself by (制定本条例).
  const keptText = (): string =>
    lines
      .filter((l) => !l.drop)
      .map((l) => l.match)
      .join('\n');
  // A title in a poster's words that tells no kind (任何个人…不得在白沙开展这些活动) over the document's own heading, its
  // genre alone (通 告): that heading tells the kind.
  const headingGenre =
    title !== '' && !lead && readKind(title) === 'other'
      ? regions.head.map((l) => (l.drop ? '' : l.match.replace(/\s+/g, ''))).find((t) => GENRE_ALONE.test(t))
      : undefined;
  // A title a page cut short or a site's headline for it (中共南充市委关于…加快建设现代化区域中, 2022年青海杂多县禁止…采集虫草),
  // naming no genre anywhere, tells no kind: the text's own words do (作出如下决定, 通告如下). One naming a genre (…条例及其释义)
  // is another kind of text.
  const cutTitle =
    title !== '' &&
    !lead &&
    !headingGenre &&
    readKind(title) === 'other' &&
    !finishedTitle(title) &&
    !GENRE_WORD.test(title) &&
    // A document's title cut short, not a report's headline on a meeting (市政府召开第三十次常务会议研究部署…).
    !/召开|举行|研究部署/.test(title);
  const genre = title === '' || cutTitle ? ownGenre(keptText()) : headingGenre;
  // A report naming the document it reports on by its genre alone (《方案》提出…) under a headline of its own words is
  // of that genre; a title telling its kind, or a lead naming the document, reads it already.
  const reported = !lead && readKind(title || (genre ?? '')) === 'other' ? reportedGenre(lines) : undefined;
  const kind = readKind(
    title && !reported && !headingGenre && !(cutTitle && genre) ? title : (reported ?? genre ?? ''),
  );
  const isInterpretation = kind === 'interpretation';
  // The unit that wrote an interpretation (政策解读单位:…) is its issuer; on a document's page it only interprets it.
  if (isInterpretation && page.interpreter) meta.issuerLines.unshift(page.interpreter.value);
  // A statute's history in brackets under its title (gov.cn's State Council regulations): its making acts.
  const history = readHistoryLines(regions.head, titled.lines[0]);
  const historyNos = new Set(history.lines.map((l) => l.no));
  const ownNumber = isInterpretation
    ? undefined
    : (meta.docNumber ??
      titled.leadingNumber?.normalized ??
      titled.trailingNumber?.normalized ??
      history.made.decreeNumber);
  const ownNumberOriginal = isInterpretation
    ? undefined
    : (meta.docNumberOriginal ??
      titled.leadingNumber?.original ??
      titled.trailingNumber?.original ??
      history.made.decreeNumber);
  const interpretedNumber = isInterpretation ? (titled.leadingNumber?.normalized ?? meta.docNumber) : undefined;

  const clues = {
    titleIssuer: titled.titleIssuer,
    ...(titled.placeTag ? { titleTag: titled.placeTag } : {}),
    docNumber: ownNumber ?? interpretedNumber,
    issuerLines: meta.issuerLines,
    signatures: meta.signatures,
    addressees: meta.addressees,
    publishers: page.fields.filter((f) => f.name === 'source' || f.name === 'publisher').map((f) => f.value),
    noticeBody: meta.noticeBody.map((l) => l.match),
    opening: [...regions.head, ...regions.body.slice(0, 3)].filter((l) => !l.drop).map((l) => l.match),
    title,
    noticeTitle: titled.noticeTitle,
    headLines: regions.head.filter((l) => !l.drop).map((l) => l.match),
    statuteArticles: structure.articles.some((a) => /^第.{1,8}条$/.test(a.label)),
    text: lines
      .filter((l) => !l.drop)
      .map((l) => l.match)
      .join('\n'),
  };
  let found = readIssuer(clues, gazetteer);
  const posted = found.issuer
    ? undefined
    : issuerFromPage(page, clues, found.jurisdiction, title, isInterpretation, gazetteer);
  if (posted) {
    found = posted.found;
    issues.push({ file, line: posted.line, severity: 'info', code: 'ISSUER_FROM_PUBLISHER', message: posted.message });
  }
  for (const remark of found.placeIssues)
    issues.push({ file, line: 1, severity: 'warning', code: remark.code, message: remark.message });
  const ctx = found.jurisdiction ? { gazetteer, jurisdiction: found.jurisdiction } : { gazetteer };
  const agencyRules: AgencyRules = {};
  const unknownAgencies = ({ name, line }: { name: string; line: number }): ParseIssue => ({
    file,
    line,
    severity: 'info',
    code: 'UNKNOWN_AGENCY',
    message: `agency "${name}" is not in the gazetteer; kept as written`,
  });
  const own = readResponsibilities(
    structure.articles,
    lines.filter((l) => !l.drop),
    ctx,
    agencyRules,
  );
  issues.push(...own.unknown.map(unknownAgencies));

  // Short lines after the text has begun (a page's list: 主要预期目标 / 地区生产总值增长5.5%以上) are the text's, not
  // further titles: once a sentence has ended in the head, a title-like line kept out of the title is read as text.
  const begun = head.find(
    (r) => r.role === 'paragraph' && !historyNos.has(r.line.no) && SENTENCE_END.test(r.line.match),
  );
  const keptOut = new Set(titled.keptOut ?? []);
  for (const r of head)
    if (begun && r.line.no > begun.line.no && r.role === 'title' && keptOut.has(r.line.no) && textLike(r.line.match))
      r.role = 'paragraph';
  const preambleLines = [
    ...head.filter((r) => r.role === 'paragraph' && !r.line.drop && !historyNos.has(r.line.no)).map((r) => r.line),
    ...structure.looseLines,
  ];
  const document: PolicyDocument = {
    file,
    title,
    kind,
    addressees: meta.addressees,
    publicRelease: meta.publicRelease,
    parts: structure.parts,
    articles: own.articles,
    citations: [],
    shortTitles: [],
    goals: [],
    events: [],
    agencyRoles: [],
    provenance: { file, sha256: createHash('sha256').update(input).digest('hex'), importerVersion: PARSER_VERSION },
    issues,
  };
  const tier = options.tierOverride ?? found.tier;
  if (tier) document.tier = tier;
  if (titled.noticeTitle) document.noticeTitle = titled.noticeTitle;
  if (ownNumber) document.docNumber = ownNumber;
  // A ministry's announcement numbered in its year (商务部公告2023年第4号) under a title naming no genre is a 公告.
  if (document.kind === 'other' && ownNumber && /公告(?:19|20)\d{2}年第\d+号$/.test(ownNumber))
    document.kind = 'notice';
  if (ownNumberOriginal) document.docNumberOriginal = ownNumberOriginal;
  if (found.jurisdiction) document.jurisdiction = found.jurisdiction.name;
  // A joint issue is named as its signature writes it (国务院、中央军委), as a page's 发文机关 names one; an organ written
  // by its level alone (a news lead's 市委办公室、市政府办公室) is named with its place, as no signature leaves it out.
  // (gov.cn's truth names joint issuers so; the blind sets' readers named them in full: gov.cn's convention is kept.)
  if (found.issuer) document.issuer = found.issuer.name;
  const byLevelAlone = (a: AgencyRef): boolean =>
    a.jurisdiction !== undefined &&
    a.name.includes(a.jurisdiction) &&
    !a.asWritten.includes(a.jurisdiction.slice(0, 2));
  const jointName = (a: AgencyRef): string => (byLevelAlone(a) ? a.name : a.asWritten.replace(/\s+/g, ''));
  if (found.issuers && found.issuers.length > 1) document.issuer = found.issuers.map(jointName).join('、');
  // A 条例, 法, 规定 or 办法 promulgated by decree (国令第707号, 公安部令第164号, 内蒙古自治区人民政府令第163号) is a
  // statute or a rule whatever page it was copied from; its level is read as the statute reader reads it. Only these:
  // other kinds keep no level, so no document changes between statute and normative document (and its identity in the
  // graph) here.
  // So is one a congress's standing committee announces (黑龙江省…常务委员会公告第45号, signed by it): a 条例 by kind
  // already, it gets the level its maker tells.
  const congress = (found.issuers ?? []).some((a) => /人民代表大会/.test(a.name));
  // And so is a text with no title that names itself 条例: only 行政法规 and 地方性法规 are (规章制定程序条例 art. 7); or
  // 变通规定, which only an autonomous place's congress makes, or a 补充规定 speaking as such a place (我州).
  // And so is a 决定 a decree promulgates (浙江省人民政府令第374号 over …关于修改《X办法》等14件规章的决定): a decision
  // amending rules by decree is a rule of its maker's level, as the rules it amends are.
  const decreed = ownNumber !== undefined && DECREE_NUMBER.test(ownNumber);
  if (
    ((kind === 'regulation' || kind === 'law' || kind === 'measures') &&
      (decreed || (congress && kind !== 'measures') || /^(?:条例|变通规定|补充规定)$/.test(genre ?? ''))) ||
    (kind === 'decision' && decreed)
  ) {
    const level = readAuthorityLevel({
      title: title || (genre ?? ''),
      issuers: (found.issuers ?? []).map((a) => a.name),
      docNumber: ownNumber,
      bodies: [],
      local: tier !== undefined && tier !== 'national',
      autonomous: lines.some((l) => AUTONOMOUS_PLACE.test(l.match)),
    });
    if (level) document.authorityLevel = level;
  }
  // A joint issue (国务院办公厅、中央军委办公厅) is kept as the page names it.
  if (page.issuer && /[、,，]/.test(page.issuer.value)) document.issuer = page.issuer.value;
  if (meta.issuedOn) document.issuedOn = meta.issuedOn;
  meta.publishedOn ??= publishedByHistory(history.made);
  // The announcement a congress or a government prints over a text it promulgates (…会议通过《X》,现予公布 and its
  // date): X's 公布. (A notice publishing a guide its office wrote, 现予发布, tells no making and is left as it is.)
  if (title && !meta.publishedOn) {
    const told = readAnnouncement(regions.head, title).events;
    if (told.some((e) => e.kind === 'adoption' || e.kind === 'approval'))
      meta.publishedOn = told.find((e) => e.kind === 'promulgation')?.start;
  }
  if (meta.publishedOn) document.publishedOn = meta.publishedOn;
  if (meta.effectiveOn) document.effectiveOn = meta.effectiveOn;
  const sourceUrl = options.sourceUrl ?? markdown?.sourceUrl ?? meta.sourceUrl;
  if (sourceUrl) {
    document.sourceUrl = sourceUrl;
    document.provenance.sourceUrl = sourceUrl;
  }
  if (page.indexNumber) document.provenance.indexNumber = page.indexNumber;
  if (page.topic) document.provenance.topic = page.topic;
  if (page.validity) document.provenance.validity = page.validity;
  if (options.retrievedOn) document.provenance.retrievedOn = options.retrievedOn;
  if (preambleLines.length > 0) document.preamble = preambleLines.map((l) => l.text).join('\n');
  for (const agency of found.issuers ?? []) document.agencyRoles.push({ role: 'issuer', agency });
  for (const agency of found.approvers ?? [])
    document.agencyRoles.push({ role: 'approver', agency, detail: meta.noticeBody[0]?.text ?? '' });
  if (isInterpretation && page.interpreted) {
    // The page names what it explains after a label (政策原文: …): that document, whatever the heading says.
    document.interprets = { title: page.interpreted.value };
  } else if (isInterpretation && title !== '') {
    document.interprets = { title: title.replace(/^《(.*)》[^《》]*$/, '$1') };
    if (interpretedNumber) document.interprets.docNumber = interpretedNumber;
  } else if (isInterpretation) {
    // Its title lost, an interpretation still says what it explains (现将《X》的主要内容解读如下).
    const named = interpretedInText(keptText());
    if (named) document.interprets = named;
  }

  // Attachments are read before the document's details, which read a plan attached to a notice for its goals.
  if (attachmentSpans.length > 0) {
    // Numbered as the notice numbers them: after the issued document's 附件1, the next is 附件2.
    document.attachments = attachmentSpans.map((span) => {
      const read = readAttachment(all, span, spans.indexOf(span) + 1, file);
      issues.push(...read.issues);
      const attached = read.attachment;
      const prefix = `x${attached.number}/`;
      const lines = all.slice(span.start + 1, span.end).filter((l) => !l.drop);
      const duties = readResponsibilities(attached.articles, lines, ctx, agencyRules, prefix);
      issues.push(...duties.unknown.map(unknownAgencies));
      return { ...attached, articles: duties.articles };
    });
    issues.push({
      file,
      line: document.attachments[0]!.line,
      severity: 'info',
      code: 'ATTACHMENTS',
      message: `${document.attachments.length} attachment(s) after the signature read as their own section: ${document.attachments.map((a) => `${a.label} "${a.title}" (line ${a.line})`).join(', ')}`,
    });
  }

  // The history lines name the acts that made this text (its earlier decrees, the decisions that amended it): they are
  // read as its events, never as texts it cites or rests on.
  readDocumentDetails(
    document,
    lines.filter((l) => !historyNos.has(l.no)),
    ctx,
    titled.lines,
    meta.noticeBody,
  );
  if (history.made.events.length > 0)
    document.events = [...history.made.events, ...document.events].sort((a, b) => a.line - b.line);
  // An agency is never without its place when the document has one (某某中心 in a 柳州市 text is 柳州市's).
  if (found.jurisdiction) {
    const place = found.jurisdiction.name;
    for (const a of [
      ...document.agencyRoles.map((r) => r.agency),
      ...document.articles.flatMap((x) => [...x.leadAgencies, ...x.cooperatingAgencies]),
    ]) {
      if (!a.collective && !a.jurisdiction) a.jurisdiction = place;
    }
  }
  document.jurisdictions = listJurisdictions(document, gazetteer, found.jurisdiction);
  if (!tier) {
    issues.push({
      file,
      line: 1,
      severity: 'warning',
      code: 'TIER_UNKNOWN',
      message:
        'no issuer, number code or place tells the tier; the document is left out of alignment until its tier is set (--tier, or the setPolicyTier mutation)',
    });
  }
  // A mirror that replaced a place's name by its advertisement (东风彩票注册办公室关于印发…) keeps the line, says so.
  const spam = spamWordsIn([document.noticeTitle ?? title, document.issuer ?? ''].join('\n'));
  if (spam.length > 0)
    issues.push({
      file,
      line: titled.lines[0] ?? 1,
      severity: 'warning',
      code: 'SPAM_IN_TITLE',
      message: `the title or the issuer holds spam words (${spam.join(', ')}): a copy that replaced a name; check them against the source`,
    });
  if (title === '') issues.push({ file, line: 1, severity: 'error', code: 'NO_TITLE', message: 'no title found' });
  if (document.articles.length === 0) {
    issues.push({
      file,
      line: 1,
      severity: 'error',
      code: 'NO_STRUCTURE',
      message: noStructureMessage('no parts or articles (一、 / （一） / 第一条) open a line', all),
    });
    const notRead = articlesNotReadIssue(file, title, all);
    if (notRead) issues.push(notRead);
  }
  issues.sort((a, b) => a.line - b.line);
  return withMarkdownSource(document, {}, markdown);
}

/**
 * What a Markdown post tells of its source beyond the text: the link under its 原文链接 (the statute reader reads none),
 * and the date of its front matter, which is the post's: told when the text gives no date of its own, never taken.
 */
function withMarkdownSource(
  document: PolicyDocument,
  options: Pick<ParseOptions, 'sourceUrl'>,
  markdown: MarkdownText | undefined,
): PolicyDocument {
  const sourceUrl = options.sourceUrl ?? markdown?.sourceUrl;
  if (sourceUrl && !document.sourceUrl) {
    document.sourceUrl = sourceUrl;
    document.provenance.sourceUrl = sourceUrl;
  }
  const front = markdown?.frontMatter;
  if (front?.date && !document.issuedOn && !document.publishedOn && !document.effectiveOn) {
    document.issues.push({
      file: document.file,
      line: front.dateLine ?? 1,
      severity: 'info',
      code: 'FRONT_MATTER_DATE',
      message: `the text gives no date of its own; its front matter is dated ${front.date}, the post's date, not taken as the document's`,
    });
    document.issues.sort((a, b) => a.line - b.line);
  }
  return document;
}
