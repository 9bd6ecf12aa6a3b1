/**
 * A statute (Markdown as lawrefbook keeps them, or plain text as laws are printed) → the document model. Example:
 *   '# 上海市科学技术进步条例\n\n2024年5月10日 上海市第十六届人民代表大会常务委员会第十二次会议修订\n\n<!-- INFO END -->\n\n## 第一章　总则\n\n第一条 为了…'
 *   → { title: '上海市科学技术进步条例', issuer: '上海市人民代表大会常务委员会', authorityLevel: 'local_regulation',
 *       issuedOn: '2024-05-10', effectiveOn: '2024-06-01' (自2024年6月1日起施行), events: [revision, effect],
 *       parts: [{ label: '第一章', heading: '总则', level: 'chapter' }, …], articles: [{ label: '第一条', paragraphs: […] }, …] }
 * `readStatute` returns undefined for a text that is no statute (then the general reader takes it).
 */
import { findTablesOfContents } from '../find-table-of-contents.ts';
import { createHash } from 'node:crypto';
import type { AgencyRef, ParseIssue, PolicyDocument, TimelineEvent } from '../../../model/index.ts';
import { getDefaultGazetteer } from '../../gazetteer/index.ts';
import { buildStructure, chooseLevels } from '../build-structure.ts';
import { findDocNumbers } from '../../../text/index.ts';
import { PARSER_VERSION } from '../parser-version.ts';
import { listJurisdictions } from '../list-jurisdictions.ts';
import { AUTONOMOUS_PLACE, readAuthorityLevel, type AuthorityClues } from '../read-authority-level.ts';
import { readDocumentDetails } from '../read-document-details.ts';
import { readIssuer } from '../read-issuer.ts';
import { ownGenre, readKind } from '../read-kind.ts';
import { toSourceLines } from '../source-lines.ts';
import { articlesNotReadIssue, noStructureMessage } from '../split-run-in-articles.ts';
import { splitRunInFields } from '../split-run-in-fields.ts';
import { splitHeadNote } from './split-head-note.ts';
import { splitRunInStatute } from '../split-run-in-statute.ts';
import {
  buildStatuteStructure,
  isArticleOrDivision,
  type StatuteLine,
  type StatuteStructure,
} from './build-statute-structure.ts';
import { frameStatute } from './frame-statute.ts';
import { SITE_LABEL } from './read-page-line.ts';
import type { MarkdownText } from './read-markdown.ts';
import { isLoneNumber } from './read-plain-head.ts';
import { organOf, readStatuteMakers, type StatuteBody } from './read-statute-issuer.ts';
import { localPlacesAtTitleHead, readStatuteMaking, type StatuteMaking } from './read-statute-making.ts';
import { announcedTitle } from '../read-title.ts';
import { titleKey } from '../title-shape.ts';

/** What the statute reader takes: parsePolicyText's options (kept apart to avoid an import cycle). */
export interface StatuteOptions {
  file: string;
  tierOverride?: PolicyDocument['tier'];
  gazetteer?: ReturnType<typeof getDefaultGazetteer>;
  retrievedOn?: string;
  priorIssues?: ParseIssue[];
}

const MAKING_KINDS = new Set<TimelineEvent['kind']>(['adoption', 'revision', 'amendment', 'approval']);
/** A date of a day or a month: what issuedOn holds (a version note's year alone does not). */
const DAY_OR_MONTH = /^\d{4}-\d{2}/;

/** A book of a code, as a heading under the code's title names it: 人格权编, 第一分编 通则, 总则, 附则. */
const isBookName = (heading: string): boolean => /(?:编|总则|附则)$/.test(heading.replace(/\s+/g, ''));

/** A line without the label a law site sets before it (【题注】(…), 【章名】第一章 总则). */
function withoutSiteLabel(line: StatuteLine): StatuteLine {
  const label = SITE_LABEL.exec(line.match);
  if (!label) return line;
  const cut = label[0].length;
  return { ...line, text: line.text.slice(cut), match: line.match.slice(cut) };
}

/** The level the text tells; else the one the page's label names (效力位阶, 效力级别), a difference reported. */
function levelOf(clues: AuthorityClues, labels: StatuteMaking['labels'], file: string, issues: ParseIssue[]) {
  const own = readAuthorityLevel(clues);
  const label = labels.level;
  if (label && own && own !== label.value)
    issues.push({
      file,
      line: label.line,
      severity: 'info',
      code: 'PAGE_LABEL_DIFFERS',
      message: `the page's label "${label.label}" says ${label.value}; the text says ${own}, which is kept`,
    });
  return own ?? label?.value;
}

/** Issues naming the page's lines set apart from the statute: its labels and its furniture. */
function reportPage(made: StatuteMaking, file: string, issues: ParseIssue[]): void {
  if (made.labels.lines.length > 0)
    issues.push({
      file,
      line: made.labels.lines[0]!,
      severity: 'info',
      code: 'PAGE_METADATA',
      message: `the page's labelled lines (${made.labels.lines.join(', ')}) read as metadata and kept out of the text`,
    });
  if (made.furniture.length > 0)
    issues.push({
      file,
      line: made.furniture[0]!.no,
      severity: 'info',
      code: 'PAGE_FURNITURE',
      message: `${made.furniture.length} line(s) of the page around the statute left out (${made.furniture
        .slice(0, 3)
        .map((l) => `"${l.text.trim().slice(0, 30)}"`)
        .join(', ')}${made.furniture.length > 3 ? ', …' : ''})`,
    });
}

const agencyOf = (body: StatuteBody): AgencyRef => ({
  name: body.name,
  asWritten: body.asWritten,
  jurisdiction: body.jurisdiction,
  collective: false,
});

/** The date a statute takes effect: 自…起施行 in its head or text; 自公布之日起施行 → the promulgation date. */
function effectiveOf(events: TimelineEvent[], file: string, issues: ParseIssue[]): string | undefined {
  const effect = [...events].reverse().find((e) => e.kind === 'effect');
  if (!effect) return undefined;
  if (effect.start) return effect.start;
  if (/(?:公布|发布|颁布)之日/.test(effect.text)) {
    const promulgated = [...events].reverse().find((e) => e.kind === 'promulgation' && e.start);
    if (promulgated?.start) return promulgated.start;
    issues.push({
      file,
      line: effect.line,
      severity: 'warning',
      code: 'EFFECTIVE_DATE_UNKNOWN',
      message: `"${effect.text.trim()}" but no promulgation date is given; effectiveOn left empty`,
    });
  }
  return undefined;
}

/**
 * The body's articles: 第X条 as a statute numbers them; else the numbering the general reader knows. Rules laid out as a
 * statute (chapters, an adoption line) may number their paragraphs 一、 under 第一章 (国务院工作规则): those are its
 * articles, and its chapters its parts.
 */
function readBody(body: StatuteLine[], file: string): StatuteStructure {
  const statute = body.some(isArticleOrDivision) ? buildStatuteStructure(body, file) : undefined;
  if (statute && statute.articles.length > 0) return statute;
  // A statute's 节 are sections of its chapters, never its articles (a plan's 纲要 may hold its text under 节 instead):
  // 最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见 lists crimes under chapters, some of them parted into 节.
  // A table of contents lists another text's divisions (an amending decision under the amended statute's chapter
  // list): the general reader must not take its entries for parts either.
  const listed = new Set(findTablesOfContents(body).flatMap((t) => t.lines));
  const rest = body.filter((l) => !listed.has(l));
  const general = buildStructure(rest, chooseLevels(rest, { sectionsAsArticles: false }), file);
  return statute && general.articles.length === 0 ? statute : general;
}

/** Parses a statute, or returns undefined when the text is no statute. */
export function readStatute(
  text: string,
  options: StatuteOptions,
  markdown?: MarkdownText,
  original = text,
): PolicyDocument | undefined {
  const { file } = options;
  // A statute whose chapters and articles run inside lines is read from a line per division and article; an
  // aggregator's record run into one line, from a line per field; a head note run into 第一章, from a line each.
  const lines: StatuteLine[] = splitRunInStatute(splitHeadNote(splitRunInFields(toSourceLines(text)))).map((l) => {
    const level = markdown?.headings.get(l.no);
    const line = level === undefined ? l : { ...l, headingLevel: level };
    return withoutSiteLabel(line);
  });
  const frame = frameStatute(lines, markdown);
  if (!frame) return undefined;
  const issues: ParseIssue[] = [...(options.priorIssues ?? [])];
  const { bodyFrom } = frame;
  // A page whose announcement (公告) names the statute it promulgates in full, over a title line that is only the end of
  // that name (…等6件 / 地方性法规的决定, a heading typeset over three lines): the announcement names it.
  // A page that shows no title line (its head notes first, then the 公告) is the statute its announcement names.
  const announced = frame.page
    ? announcedTitle(frame.title === '' ? [...frame.furniture, ...frame.head] : frame.furniture)
    : undefined;
  const cut =
    announced !== undefined &&
    titleKey(announced.title).endsWith(titleKey(frame.title)) &&
    titleKey(announced.title) !== titleKey(frame.title);
  const title = cut ? announced.title : frame.title;
  const titleNo = frame.titleLine?.no ?? frame.head.find((l) => l.match.trim() !== '')?.no ?? 1;
  if (cut)
    issues.push({
      file,
      line: titleNo,
      severity: 'info',
      code: 'TITLE_FROM_ANNOUNCEMENT',
      message:
        frame.title === ''
          ? `no line is the title: the title is 《${title}》, as the announcement (line ${announced.line}) promulgating it names it`
          : `the title line "${frame.title}" is only the end of the statute the announcement (line ${announced.line}) promulgates: the title is 《${title}》`,
    });
  const gazetteer = options.gazetteer ?? getDefaultGazetteer();
  const home = localPlacesAtTitleHead(title, gazetteer)[0];
  const made = readStatuteMaking(cut ? { ...frame, title } : frame, gazetteer);
  for (const event of made.foreign)
    issues.push({
      file,
      line: event.line,
      severity: 'warning',
      code: 'HEAD_LINE_OTHER_TEXT',
      message: `the head line "${event.text.trim().slice(0, 60)}" names the national congress, but the title names ${home?.name ?? title}: it tells the making of another text and is left out`,
    });
  const { unread } = made;
  const head = frame.head.filter((l) => !made.foreign.some((e) => e.line === l.no));
  const body = lines.slice(bodyFrom);
  // A second level-1 heading in the head (民法典/合同编.md: # 中华人民共和国民法典, # 合同编) names the book of the file.
  const bookTitle = head.find((l) => l.headingLevel === 1)?.text.trim();
  const structure = readBody(body, file);
  issues.push(...structure.issues);
  if (bookTitle) for (const part of structure.parts) part.book = part.book ? `${bookTitle} ${part.book}` : bookTitle;
  // A code stored one file per book: the file is that book of the code, not the code's whole text.
  const book = bookTitle && isBookName(bookTitle) ? bookTitle.replace(/\s+/g, ' ') : undefined;

  const makers = readStatuteMakers(made.events, title, home, gazetteer);
  const numberLine = head.find((l) => isLoneNumber(l));
  const number = numberLine ? findDocNumbers(numberLine.match.replace(/\s+/g, ''))[0] : undefined;
  // Tier and jurisdiction come from places' reader, the one that reads every document's place, with the statute's
  // evidence: its title, the bodies of its head lines and its decree or document number.
  const titleIssuer = /^([\u4e00-\u9fff、]{2,40}?)关于/.exec(title)?.[1];
  const found = readIssuer(
    {
      ...(titleIssuer ? { titleIssuer } : {}),
      ...(made.decreeNumber || number ? { docNumber: made.decreeNumber ?? number!.normalized } : {}),
      issuerLines: [],
      noticeBody: [],
      title,
      headLines: made.headTexts,
      statuteArticles: structure.articles.some((a) => /^第.{1,8}条$/.test(a.label)),
      // The body, for the place it calls its own (…自治县(以下简称自治县)) when title and head name only an approver's.
      text: body.map((l) => l.match).join('\n'),
    },
    gazetteer,
  );
  for (const remark of found.placeIssues)
    issues.push({ file, line: titleNo, severity: 'warning', code: remark.code, message: remark.message });
  // The page's label of the maker (颁布单位, 制定机关) when neither the head nor the title names one.
  const labelled = made.labels.maker ? organOf(made.labels.maker.value, gazetteer, home)[0] : undefined;
  const issuer = makers.issuers[0] ?? (found.issuer ? undefined : labelled);
  const tier = options.tierOverride ?? found.tier;
  const document: PolicyDocument = {
    file,
    title,
    // A page that shows no title (its head bracket comes first) is of the genre it names itself by (制定本条例).
    kind: readKind(title || (ownGenre(body.map((l) => l.match).join('\n')) ?? '')),
    addressees: [],
    publicRelease: false,
    ...(book ? { book } : {}),
    parts: structure.parts,
    articles: structure.articles,
    citations: [],
    shortTitles: [],
    goals: [],
    events: [],
    agencyRoles: [],
    provenance: { file, sha256: createHash('sha256').update(original).digest('hex'), importerVersion: PARSER_VERSION },
    issues,
  };
  if (tier) document.tier = tier;
  if (found.jurisdiction) document.jurisdiction = found.jurisdiction.name;
  if (/条例|法$|规定$|细则$|办法$/.test(title.replace(/[(（][^()（）]*[)）]$/, '')) && document.kind === 'other')
    document.kind = 'regulation';
  if (issuer) {
    document.issuer = issuer.name;
    for (const maker of makers.issuers.length > 0 ? makers.issuers : [issuer])
      document.agencyRoles.push({ role: 'issuer', agency: agencyOf(maker) });
  } else if (found.issuer) {
    document.issuer = found.issuer.name;
    document.agencyRoles.push({ role: 'issuer', agency: found.issuer });
  }
  if (makers.approver)
    document.agencyRoles.push({
      role: 'approver',
      agency: agencyOf(makers.approver),
      detail: made.events.find((e) => e.kind === 'approval')?.text ?? '',
    });
  if (made.decreeNumber) {
    document.docNumber = made.decreeNumber;
    document.docNumberOriginal = made.decreeNumber;
  } else if (number) {
    document.docNumber = number.normalized;
    document.docNumberOriginal = number.original;
  }
  const loose = structure.looseLines.filter((l) => l.match.trim() !== '');
  const preamble = [...unread, ...loose];
  if (preamble.length > 0) document.preamble = preamble.map((l) => l.text).join('\n');
  for (const line of unread) {
    issues.push({
      file,
      line: line.no,
      severity: 'info',
      code: 'HEAD_LINE_UNREAD',
      message: `a head line that tells no step of the making was kept as preamble: "${line.text.slice(0, 40)}"`,
    });
  }
  reportPage(made, file, issues);

  const ctx = found.jurisdiction ? { gazetteer, jurisdiction: found.jurisdiction } : { gazetteer };
  // Read as a statute: its level is known only below, but its thresholds and duties are no targets either way.
  readDocumentDetails(document, body, ctx, [titleNo], [], { statute: true });
  const bodyEvents = document.events.filter((e) => e.kind === 'effect');
  delete document.effectiveOn;
  document.events = [...made.events, ...bodyEvents];
  const dated = (e: TimelineEvent) => e.start !== undefined && DAY_OR_MONTH.test(e.start);
  const making = made.events
    .filter((e) => MAKING_KINDS.has(e.kind) && dated(e))
    .map((e) => e.start!)
    .sort();
  const promulgation = made.events
    .filter((e) => e.kind === 'promulgation' && dated(e))
    .map((e) => e.start!)
    .sort();
  // A text revised by decree (2025年3月17日 国务院令第802号修订) was made public that day by that decree.
  const published = [...promulgation, ...made.decrees.flatMap((d) => (d.start ? [d.start] : []))].sort();
  const lone = made.events.filter((e) => e.kind === 'issuance' && e.start).map((e) => e.start!);
  const issuedOn = making.at(-1) ?? promulgation[0] ?? lone[0];
  if (issuedOn) document.issuedOn = issuedOn;
  if (published.length > 0) document.publishedOn = published.at(-1)!;
  else if (made.labels.publishedOn) document.publishedOn = made.labels.publishedOn;
  const effectiveOn = effectiveOf(document.events, file, issues) ?? made.labels.effectiveOn;
  if (effectiveOn) document.effectiveOn = effectiveOn;
  const level = levelOf(
    {
      title,
      issuers: (makers.issuers.length > 0 ? makers.issuers : labelled ? [labelled] : []).map((m) => m.name),
      approvers: made.events
        .filter((e) => e.kind === 'approval')
        .flatMap((e) => organOf(e.bodies?.[0] ?? '', gazetteer, home).map((o) => o.name)),
      bodies: made.events.flatMap((e) => e.bodies ?? []),
      ...(document.docNumber ? { docNumber: document.docNumber } : {}),
      ...(made.decreeNumber ? { decreeNumber: made.decreeNumber } : {}),
      local: tier !== undefined && tier !== 'national',
      autonomous: AUTONOMOUS_PLACE.test(text),
    },
    made.labels,
    file,
    issues,
  );
  if (level) document.authorityLevel = level;
  if ((level === 'law' || level === 'constitution') && document.kind === 'other' && /法典|法$/.test(title))
    document.kind = 'law';
  if (options.retrievedOn) document.provenance.retrievedOn = options.retrievedOn;
  document.jurisdictions = listJurisdictions(document, gazetteer, found.jurisdiction);
  if (!tier)
    issues.push({
      file,
      line: titleNo,
      severity: 'warning',
      code: 'TIER_UNKNOWN',
      message:
        'no issuer, number code or place tells the tier; the document is left out of alignment until its tier is set (--tier, or the setPolicyTier mutation)',
    });

  if (!issuer && !found.issuer)
    issues.push({
      file,
      line: titleNo,
      severity: 'warning',
      code: 'ISSUER_UNKNOWN',
      message: 'no head line or title names the body that made this statute',
    });
  if (title === '') issues.push({ file, line: 1, severity: 'error', code: 'NO_TITLE', message: 'no title found' });
  if (document.articles.length === 0 && document.parts.length === 0) {
    issues.push({
      file,
      line: titleNo,
      severity: 'error',
      code: 'NO_STRUCTURE',
      message: noStructureMessage('no articles (第一条 / 一、 / （一）) open a line', lines),
    });
  }
  const notRead = document.articles.length === 0 ? articlesNotReadIssue(file, title, lines) : undefined;
  if (notRead) issues.push(notRead);
  issues.sort((a, b) => a.line - b.line);
  return document;
}
