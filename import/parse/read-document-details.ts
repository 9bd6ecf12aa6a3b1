/**
 * What lies across the whole text once structure and metadata are known: citations and short titles, goals,
 * money, obligation words, timeline events, an interpretation's summary, drafter and approvers. Example: for the
 * Liuzhou interpretation it adds 4 citations + the interpreted document, the short title 高新区措施, the events
 * drafting / consultation / approval / issuance (the revision date of the cited 科学技术进步法 goes on that
 * citation as citedVersion), and the drafter 柳州市科学技术局.
 */
import type { AgencyRef, Citation, PolicyDocument } from '../../model/index.ts';
import { restoreNestedMarks } from '../../text/index.ts';
import { readCitations } from './read-citations.ts';
import { readEvents } from './read-events.ts';
import { readGoals } from './read-goals.ts';
import { readInterpretationSummary } from './read-interpretation-summary.ts';
import { readMoney } from './read-money.ts';
import { readObligations } from './read-obligations.ts';
import { resolveAgency, type AgencyContext } from './resolve-agency.ts';
import type { SourceLine } from './source-lines.ts';

const MEETING = /(?:常务会议|常务会|全体会议|会议)$/;

function agencyOfBody(body: string, ctx: AgencyContext): AgencyRef {
  const direct = resolveAgency(body, ctx);
  if (direct.known) return direct.ref;
  return resolveAgency(body.replace(MEETING, ''), ctx).ref;
}

/**
 * A title as it may be written inside another 《》 and outside one: 关于修改《X》的决定 is cited as 《关于修改〈X〉的决定》, and
 * a title taken from such a citation comes back the other way.
 */
function bracketForms(title: string): string[] {
  return [title, title.replace(/《/g, '〈').replace(/》/g, '〉'), restoreNestedMarks(title)];
}

// A decision revising or repealing texts names them in its title: 关于修改《X》的决定, 关于废止《X》等三件法规的决定.
const CHANGING_TITLE = /关于(?:修改|修正|修订|废止)[^《》]{0,8}《.+(?:决定|决议)$/;

/**
 * The texts a revising or repealing decision names in its title and its body does not cite (its items say 第二条修改为…,
 * never the amended text's name again): cited from the title line.
 */
function citedByTitle(
  title: string,
  cited: readonly Citation[],
  self: string[],
  line: number,
  ctx: AgencyContext,
): Citation[] {
  if (!CHANGING_TITLE.test(title)) return [];
  const titleLine: SourceLine = {
    no: line,
    raw: title,
    text: title,
    match: title,
    pinyinRemoved: 0,
    traditional: false,
  };
  // The title may leave out the issuer its head already names (最高人民法院、最高人民检察院关于修改《关于办理…的解释》的决定)
  // where the body writes it (《最高人民法院、最高人民检察院关于办理…的解释》): the same text.
  const known = (title: string) => cited.some((c) => c.title?.endsWith(title));
  return readCitations([titleLine], { titles: self }, ctx).citations.filter(
    (c) => c.title !== undefined && !known(c.title),
  );
}

/** Adds citations, short titles, goals, money, obligations, events, summary and agency roles to the document. */
export function readDocumentDetails(
  document: PolicyDocument,
  lines: SourceLine[],
  ctx: AgencyContext,
  titleLines: number[],
  noticeLines: SourceLine[],
): void {
  const kept = lines.filter((l) => !l.drop);
  const self = [document.title, document.noticeTitle ?? ''].flatMap(bracketForms);
  const { citations, shortTitles } = readCitations(
    kept,
    {
      titles: self,
      // In a wrapped document the notice issues the document itself (a notice transmitting a report stays the document).
      ...(document.noticeTitle ? { noticeLines: noticeLines.map((l) => l.no) } : {}),
      ...(document.docNumber ? { docNumber: document.docNumber } : {}),
      ...(document.interprets ? { interprets: document.interprets } : {}),
    },
    ctx,
  );
  if (document.interprets && !citations.some((c) => c.relation === 'interprets')) {
    citations.unshift({ ...document.interprets, relation: 'interprets', line: titleLines[0] ?? 1 });
  }
  citations.push(...citedByTitle(document.title, citations, self, titleLines[0] ?? 1, ctx));
  document.citations = citations;
  document.shortTitles = shortTitles;

  if (document.preamble) document.goals.push(...readGoals(document.preamble));
  // Text standing under a part (一、总体目标 then a paragraph) holds goals too.
  for (const part of document.parts) if (part.text) document.goals.push(...readGoals(part.text, part.path));
  for (const article of document.articles) {
    const whole = `${article.heading}。${article.text}`;
    article.obligations = readObligations(whole);
    article.money = readMoney(article.text);
    document.goals.push(...readGoals(article.text, article.path));
  }

  const isInterpretation = document.kind === 'interpretation';
  const narrativeLines = isInterpretation ? kept : noticeLines;
  const narrativeNos = new Set(narrativeLines.map((l) => l.no));
  const issuedOn = document.issuedOn ? { issuedOn: document.issuedOn } : {};
  document.events = [
    ...readEvents(narrativeLines, { narrative: true, ...issuedOn }),
    ...readEvents(
      kept.filter((l) => !narrativeNos.has(l.no)),
      { narrative: false, ...issuedOn },
    ),
  ].sort((a, b) => a.line - b.line);
  const effect = document.events.find((e) => e.kind === 'effect' && e.start);
  if (effect?.start && !document.effectiveOn) document.effectiveOn = effect.start;

  if (isInterpretation) {
    const summary = readInterpretationSummary(kept);
    if (summary) document.summary = summary;
  }
  for (const line of narrativeLines) {
    const drafter = /([\u4e00-\u9fff]{2,16}?)牵头(?:制订|制定|起草|拟定)/.exec(line.match);
    if (drafter?.[1] && !document.agencyRoles.some((r) => r.role === 'drafter')) {
      document.agencyRoles.push({ role: 'drafter', agency: resolveAgency(drafter[1], ctx).ref, detail: drafter[0] });
    }
  }
  for (const event of document.events) {
    if (event.kind !== 'approval' || !isInterpretation) continue;
    for (const body of event.bodies ?? []) {
      const agency = agencyOfBody(body, ctx);
      if (!document.agencyRoles.some((r) => r.role === 'approver' && r.agency.name === agency.name)) {
        document.agencyRoles.push({ role: 'approver', agency, detail: body });
      }
    }
  }
  // An interpretation is published by the drafting agency (DOMAIN §1): its issuer is the drafter.
  const drafter = document.agencyRoles.find((r) => r.role === 'drafter');
  if (isInterpretation && drafter) {
    document.issuer = drafter.agency.name;
    document.agencyRoles = [
      { role: 'issuer', agency: drafter.agency },
      ...document.agencyRoles.filter((r) => r.role !== 'issuer'),
    ];
  }
}
