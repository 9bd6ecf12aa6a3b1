/**
 * A statute (Markdown as lawrefbook keeps them, or plain text as laws are printed) → the document model. Example:
 *   '# 上海市科学技术进步条例\n\n2024年5月10日 上海市第十六届人民代表大会常务委员会第十二次会议修订\n\n<!-- INFO END -->\n\n## 第一章　总则\n\n第一条 为了…'
 *   → { title: '上海市科学技术进步条例', issuer: '上海市人民代表大会常务委员会', authorityLevel: 'local_regulation',
 *       issuedOn: '2024-05-10', effectiveOn: '2024-06-01' (自2024年6月1日起施行), events: [revision, effect],
 *       parts: [{ label: '第一章', heading: '总则', level: 'chapter' }, …], articles: [{ label: '第一条', paragraphs: […] }, …] }
 * `readStatute` returns undefined for a text that is no statute (then the general reader takes it).
 */
import { createHash } from 'node:crypto';
import type { AgencyRef, ParseIssue, PolicyDocument, TimelineEvent } from '../../../model/index.ts';
import { getDefaultGazetteer, type Gazetteer } from '../../gazetteer/index.ts';
import { buildStructure, chooseLevels } from '../build-structure.ts';
import { findDocNumbers } from '../../../text/index.ts';
import { PARSER_VERSION } from '../parser-version.ts';
import { listJurisdictions } from '../list-jurisdictions.ts';
import { readAuthorityLevel } from '../read-authority-level.ts';
import { readDocumentDetails } from '../read-document-details.ts';
import { placeAtTitleHead, readIssuer } from '../read-issuer.ts';
import { readKind } from '../read-kind.ts';
import { toSourceLines, type SourceLine } from '../source-lines.ts';
import { buildStatuteStructure, readDivision, type StatuteLine } from './build-statute-structure.ts';
import type { MarkdownText } from './read-markdown.ts';
import { isMakingLine, readStatuteHead } from './read-statute-head.ts';
import { organOf, readStatuteMakers, type StatuteBody } from './read-statute-issuer.ts';

/** What the statute reader takes: parsePolicyText's options (kept apart to avoid an import cycle). */
export interface StatuteOptions {
  file: string;
  tierOverride?: PolicyDocument['tier'];
  gazetteer?: ReturnType<typeof getDefaultGazetteer>;
  retrievedOn?: string;
  priorIssues?: ParseIssue[];
}

const ARTICLE_LINE = /^第\s*[一二三四五六七八九十百千零〇\d]{1,7}\s*条/;
const NOTICE_TITLE = /关于(?:印发|转发|发布|颁布|公布)/;

/** Where the head ends: the lines that tell the making of the statute, after the title. */
function headLines(
  lines: StatuteLine[],
  titleAt: number,
  markdown?: MarkdownText,
): { head: StatuteLine[]; bodyFrom: number } {
  if (markdown?.headEnd !== undefined) {
    const end = lines.findIndex((l) => l.no === markdown.headEnd);
    let from = end + 1;
    // Making lines or a lone number right after the INFO END still belong to the head.
    while (
      from < lines.length &&
      (lines[from]!.match.trim() === '' || isMakingLine(lines[from]!.match) || isLoneNumber(lines[from]!))
    )
      from++;
    return { head: lines.slice(titleAt + 1, from), bodyFrom: from };
  }
  let i = titleAt + 1;
  let open = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const m = line.match.trim();
    if (m === '') continue;
    if (open || (/^[(（]/.test(m) && /\d{4}\s*年|[〇零一二三四五六七八九]{4}年|令第/.test(m))) {
      open = !/[)）]$/.test(m);
      continue;
    }
    if (isMakingLine(m) || isLoneNumber(line)) continue;
    if (line.headingLevel === 1) continue;
    break;
  }
  return { head: lines.slice(titleAt + 1, i), bodyFrom: i };
}

function isLoneNumber(line: SourceLine): boolean {
  const compact = line.match.replace(/\s+/g, '');
  const found = findDocNumbers(compact)[0];
  return found !== undefined && found.index === 0 && found.original.length === compact.length;
}

/** (此件公开发布) closes a government document: it says the text may be published, not how a statute was made. */
const PUBLIC_RELEASE = /^\s*[(（]?\s*此件公开发布/;

/** True when the lines read as a statute: a title, then head lines telling its making, or Markdown with articles. */
function isStatute(lines: StatuteLine[], titleAt: number, markdown?: MarkdownText): boolean {
  const title = lines[titleAt];
  if (!title || NOTICE_TITLE.test(title.match)) return false;
  if (markdown && (markdown.headEnd !== undefined || title.headingLevel === 1)) return true;
  // A line ending in a colon is no title: it is the addressees (各乡镇人民政府，县直各单位：) of a notice copied from there on.
  if (isLoneNumber(title) || title.match.length > 80 || /[。；;，,:：]$/.test(title.match.trim())) return false;
  // A plain text is a statute when a line right after its title tells a step of its making, with the verb.
  const next = lines
    .slice(titleAt + 1)
    .filter((l) => l.match.trim() !== '')
    .slice(0, 3);
  const verb = /(?:通过|公布|发布|修订|修正|批准|施行|令第\s*\d+\s*号)/;
  const told = next.some(
    (l) =>
      (isMakingLine(l.match) && verb.test(l.match)) ||
      (/^[(（].{0,80}(?:通过|公布|发布|修订|修正|批准|施行)/.test(l.match.trim()) && !PUBLIC_RELEASE.test(l.match)),
  );
  return told && lines.some((l) => ARTICLE_LINE.test(l.match.trim()) || readDivision(l) !== undefined);
}

/**
 * Head lines that tell the making of another text. A statute whose title opens with its place (山东省清洁生产促进条例) is
 * made by that place's bodies, never by the national congress alone: lawrefbook's 山东省清洁生产促进条例 carries the
 * head lines of 清洁生产促进法 (2002年6月29日 第九届全国人民代表大会常务委员会…通过), which made it a national law of 2012.
 * Returns the events of the national congress when no event names a body of the title's place; else none.
 */
function otherTextsEvents(events: readonly TimelineEvent[], title: string, gazetteer: Gazetteer): TimelineEvent[] {
  const places = localPlacesAtTitleHead(title, gazetteer);
  if (places.length === 0) return [];
  const organs = (e: TimelineEvent) => (e.bodies ?? []).flatMap((b) => organOf(b, gazetteer));
  const national = events.filter((e) => organs(e).some((o) => o.name.startsWith('全国人民代表大会')));
  const own = events.some((e) => organs(e).some((o) => places.some((p) => p.name === o.jurisdiction)));
  return own ? [] : national;
}

/** The places other than the nation that a title opens with (山东省清洁生产促进条例 → 山东省). */
function localPlacesAtTitleHead(title: string, gazetteer: Gazetteer) {
  return placeAtTitleHead(title, gazetteer).filter((p) => p.tier !== 'national');
}

/** The place a title opens with, as the warning names it. */
const titlePlace = (title: string, gazetteer: Gazetteer) => localPlacesAtTitleHead(title, gazetteer)[0]?.name ?? title;

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

/** Parses a statute, or returns undefined when the text is no statute. */
export function readStatute(
  text: string,
  options: StatuteOptions,
  markdown?: MarkdownText,
  original = text,
): PolicyDocument | undefined {
  const { file } = options;
  const lines: StatuteLine[] = toSourceLines(text).map((l) => {
    const level = markdown?.headings.get(l.no);
    return level === undefined ? l : { ...l, headingLevel: level };
  });
  const titleAt = markdown
    ? Math.max(
        0,
        lines.findIndex((l) => l.headingLevel === 1 && l.match.trim() !== ''),
      )
    : 0;
  const firstText = lines.findIndex((l, i) => i >= titleAt && l.match.trim() !== '');
  if (firstText < 0 || !isStatute(lines, firstText, markdown)) return undefined;
  const issues: ParseIssue[] = [...(options.priorIssues ?? [])];
  const titleLine = lines[firstText]!;
  const title = titleLine.text.replace(/\s+/g, '');

  const { head: allHead, bodyFrom } = headLines(lines, firstText, markdown);
  const gazetteer = options.gazetteer ?? getDefaultGazetteer();
  const read = readStatuteHead(allHead);
  const foreign = otherTextsEvents(read.events, title, gazetteer);
  for (const event of foreign)
    issues.push({
      file,
      line: event.line,
      severity: 'warning',
      code: 'HEAD_LINE_OTHER_TEXT',
      message: `the head line "${event.text.trim().slice(0, 60)}" names the national congress, but the title names ${titlePlace(title, gazetteer)}: it tells the making of another text and is left out`,
    });
  const made = { ...read, events: read.events.filter((e) => !foreign.includes(e)) };
  const head = allHead.filter((l) => !foreign.some((e) => e.line === l.no));
  const headNos = new Set(made.lines);
  const unread = head.filter(
    (l) => l.match.trim() !== '' && !headNos.has(l.no) && !isLoneNumber(l) && l.headingLevel !== 1,
  );
  const body = lines.slice(bodyFrom);
  // A second level-1 heading in the head (民法典/合同编.md: # 中华人民共和国民法典, # 合同编) names the book of the file.
  const bookTitle = head.find((l) => l.headingLevel === 1)?.text.trim();
  const hasArticles = body.some((l) => ARTICLE_LINE.test(l.match.trim()) || readDivision(l) !== undefined);
  const structure = hasArticles
    ? buildStatuteStructure(body, file)
    : (() => {
        const general = buildStructure(body, chooseLevels(body), file);
        return { ...general, looseLines: general.looseLines };
      })();
  issues.push(...structure.issues);
  if (bookTitle) for (const part of structure.parts) part.book = part.book ? `${bookTitle} ${part.book}` : bookTitle;

  const makers = readStatuteMakers(made.events, title);
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
      headLines: head.filter((l) => l.headingLevel !== 1).map((l) => l.match),
      statuteArticles: structure.articles.some((a) => /^第.{1,8}条$/.test(a.label)),
    },
    gazetteer,
  );
  for (const remark of found.placeIssues)
    issues.push({ file, line: titleLine.no, severity: 'warning', code: remark.code, message: remark.message });
  const issuer = makers.issuers[0];
  const tier = options.tierOverride ?? found.tier;
  const document: PolicyDocument = {
    file,
    title,
    kind: readKind(title),
    addressees: [],
    publicRelease: false,
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
    for (const maker of makers.issuers) document.agencyRoles.push({ role: 'issuer', agency: agencyOf(maker) });
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

  const ctx = found.jurisdiction ? { gazetteer, jurisdiction: found.jurisdiction } : { gazetteer };
  readDocumentDetails(document, body, ctx, [titleLine.no], []);
  const bodyEvents = document.events.filter((e) => e.kind === 'effect');
  delete document.effectiveOn;
  document.events = [...made.events, ...bodyEvents];
  const making = made.events
    .filter((e) => ['adoption', 'revision', 'amendment', 'approval'].includes(e.kind) && e.start)
    .map((e) => e.start!)
    .sort();
  const promulgation = made.events
    .filter((e) => e.kind === 'promulgation' && e.start)
    .map((e) => e.start!)
    .sort();
  // A text revised by decree (2025年3月17日 国务院令第802号修订) was made public that day by that decree.
  const published = [...promulgation, ...made.decrees.flatMap((d) => (d.start ? [d.start] : []))].sort();
  const lone = made.events.filter((e) => e.kind === 'issuance' && e.start).map((e) => e.start!);
  const issuedOn = making.at(-1) ?? promulgation[0] ?? lone[0];
  if (issuedOn) document.issuedOn = issuedOn;
  if (published.length > 0) document.publishedOn = published.at(-1)!;
  const effectiveOn = effectiveOf(document.events, file, issues);
  if (effectiveOn) document.effectiveOn = effectiveOn;
  const level = readAuthorityLevel({
    title,
    issuers: makers.issuers.map((m) => m.name),
    approvers: made.events
      .filter((e) => e.kind === 'approval')
      .flatMap((e) => organOf(e.bodies?.[0] ?? '').map((o) => o.name)),
    bodies: made.events.flatMap((e) => e.bodies ?? []),
    ...(document.docNumber ? { docNumber: document.docNumber } : {}),
    ...(made.decreeNumber ? { decreeNumber: made.decreeNumber } : {}),
  });
  if (level) document.authorityLevel = level;
  if ((level === 'law' || level === 'constitution') && document.kind === 'other' && /法典|法$/.test(title))
    document.kind = 'law';
  if (options.retrievedOn) document.provenance.retrievedOn = options.retrievedOn;
  document.jurisdictions = listJurisdictions(document, gazetteer, found.jurisdiction);
  if (!tier)
    issues.push({
      file,
      line: titleLine.no,
      severity: 'warning',
      code: 'TIER_UNKNOWN',
      message:
        'no issuer, number code or place tells the tier; the document is left out of alignment until its tier is set (--tier, or the setPolicyTier mutation)',
    });

  if (!issuer && !found.issuer)
    issues.push({
      file,
      line: titleLine.no,
      severity: 'warning',
      code: 'ISSUER_UNKNOWN',
      message: 'no head line or title names the body that made this statute',
    });
  if (title === '') issues.push({ file, line: 1, severity: 'error', code: 'NO_TITLE', message: 'no title found' });
  if (document.articles.length === 0 && document.parts.length === 0) {
    issues.push({
      file,
      line: titleLine.no,
      severity: 'error',
      code: 'NO_STRUCTURE',
      message: 'no recognisable structure: no articles (第一条 / 一、 / （一）) found',
    });
  }
  issues.sort((a, b) => a.line - b.line);
  return document;
}
