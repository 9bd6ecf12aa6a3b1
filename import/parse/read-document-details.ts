/**
 * What lies across the whole text once structure and metadata are known: citations and short titles, goals,
 * money, obligation words, timeline events, an interpretation's summary, drafter and approvers. Example: for the
 * Liuzhou interpretation it adds 4 citations + the interpreted document, the short title 高新区措施, the events
 * drafting / consultation / approval / issuance (the revision date of the cited 科学技术进步法 goes on that
 * citation as citedVersion), and the drafter 柳州市科学技术局.
 */
import {
  STATUTE_LEVELS,
  type AgencyRef,
  type Article,
  type Attachment,
  type Citation,
  type Goal,
  type Part,
  type PolicyDocument,
} from '../../model/index.ts';
import { restoreNestedMarks } from '../../text/index.ts';
import { approvingOrgan } from './approving-organ.ts';
import { readCitations } from './read-citations.ts';
import { readEvents } from './read-events.ts';
import { type GoalContext, readGoals } from './read-goals.ts';
import { readInterpretationSummary } from './read-interpretation-summary.ts';
import { readMoney } from './read-money.ts';
import { readObligations } from './read-obligations.ts';
import { resolveAgency, type AgencyContext } from './resolve-agency.ts';
import { REVIEW_HEADING, readPlanYear, readStatedYear } from './read-target-years.ts';
import { isTableRow } from './read-duty-table.ts';
import type { SourceLine } from './source-lines.ts';

function agencyOfBody(body: string, ctx: AgencyContext): AgencyRef | undefined {
  const direct = resolveAgency(body, ctx);
  if (direct.known) return direct.ref;
  const organ = approvingOrgan(body);
  return organ === undefined ? undefined : resolveAgency(organ, ctx).ref;
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

// How many comparisons with the year before make a text a report of results rather than a plan.
const REPORT_COMPARISONS = 8;

/**
 * The years a document gives its goals: the year it plans for (its title's or its opening's: 紫阳县2025年…计划,
 * 2025年是…收官之年) and the year it was written (今年; years before it are a review's), unless it is a statute.
 */
function readGoalContext(document: PolicyDocument, framedAsStatute: boolean): GoalContext {
  const statute =
    framedAsStatute ||
    document.kind === 'law' ||
    document.kind === 'regulation' ||
    // A statute's 不少于 and 达到 are duties, not targets.
    (document.authorityLevel !== undefined && STATUTE_LEVELS.has(document.authorityLevel));
  if (statute) return { statute };
  // A report of results (a 统计公报, a review) compares with the year before all along: its figures set no targets unless
  // a year says so outright (到2025年).
  const texts = [
    document.preamble ?? '',
    ...document.parts.map((p) => p.text ?? ''),
    ...document.articles.map((a) => a.text),
  ];
  const comparisons = texts.reduce((n, t) => n + (t.match(/比上年|同比|比去年/g)?.length ?? 0), 0);
  const opening = document.preamble ?? document.parts[0]?.text ?? document.articles[0]?.text ?? '';
  // A bulletin says so in its title (万载县2015年国民经济和社会发展统计公报), however few comparisons its excerpt holds,
  // and its 到2015年底共有… is a level reached: the year it reports on bounds its targets. A work report comparing its
  // review with the year before keeps its own 到2025年底 (the year in its title is the one it plans for).
  if (/统计公报/.test(document.title)) {
    const reported = readPlanYear([document.title], '')?.year;
    return { report: true, ...(reported !== undefined ? { currentYear: reported } : {}) };
  }
  if (comparisons >= REPORT_COMPARISONS) return { report: true };
  const headings = [...document.parts.map((p) => p.heading), ...document.articles.map((a) => a.heading)];
  const plan = readPlanYear([document.title, document.noticeTitle ?? ''], opening, headings);
  const year = plan?.year;
  const written = /^\d{4}/.exec(document.issuedOn ?? document.publishedOn ?? '')?.[0];
  const currentYear = written ? Number(written) : (plan?.writtenIn ?? year);
  // A year before the one it was written in is a report's (2022年…统计公报, issued 2023): its figures are results.
  if (year !== undefined && currentYear !== undefined && year < currentYear) return { currentYear };
  return { ...(year !== undefined ? { year } : {}), ...(currentYear !== undefined ? { currentYear } : {}) };
}

/** The goals of parts and articles, each under the year its heading, its part or its document sets. */
function readStructureGoals(structure: { parts: Part[]; articles: Article[] }, context: GoalContext): Goal[] {
  const goals: Goal[] = [];
  // A part's year (一、发展目标 / 到2025年，…) holds for the articles under it, as a heading's does for its text; a part
  // reviewing the past (一、2024年工作回顾) reports results, as its articles do.
  const partContexts = new Map<number, GoalContext>();
  for (const part of structure.parts) {
    const partContext = headedContext(part.heading, `${part.heading}\n${part.text ?? ''}`, context, context);
    partContexts.set(part.number, partContext);
    // Text standing under a part (一、总体目标 then a paragraph) holds goals too.
    if (part.text) goals.push(...readGoals(part.text, { ...partContext, articlePath: part.path }));
  }
  for (const article of structure.articles) {
    // A table's rows hold goals their text keeps (read with the text, not again here).
    if (isTableRow(article)) continue;
    const under = (article.partNumber !== undefined ? partContexts.get(article.partNumber) : undefined) ?? context;
    const articleContext = headedContext(article.heading, article.heading, under, context);
    goals.push(...readGoals(article.text, { ...articleContext, articlePath: article.path }));
  }
  return goals;
}

/**
 * The context of the text under a heading: a review's (its figures are results, targets only where a year says so
 * outright), or the one it stands under with the year `stated` sets and the aims the heading names.
 */
function headedContext(heading: string, stated: string, under: GoalContext, context: GoalContext): GoalContext {
  if (REVIEW_HEADING.test(heading)) {
    const { year: _year, ...rest } = context;
    return { ...rest, report: true };
  }
  return {
    ...under,
    year: readStatedYear(stated, context) ?? under.year,
    ...(AIM_HEADING.test(heading) ? { aim: true } : {}),
  };
}

// An attachment that is a plan or a list of tasks (任务清单, 实施方案, 民生实事); not an application guide or a form.
const PLAN_ATTACHMENT = /计划|规划|方案|清单|任务|目标|分解|分工|要点|实事|安排/;
const NO_PLAN = /申报|指南|评分|细则|办法|名单/;
// A heading naming what the text under it aims at: 今年主要预期目标, 一、主要目标, 2025年主要目标任务 (not 强化目标考核).
const AIM_HEADING = /预期目标|目标(?:任务)?$/;

/**
 * The goals of a document's attachments: a notice's 附件 is often the plan itself (附件1 2025年县政府工作报告任务清单).
 * Only an attachment that is a plan or a list of tasks is read (an application guide's 达到2000万元以上 is a
 * condition); its title may name its own year, otherwise the document's holds.
 */
function readAttachmentGoals(attachments: readonly Attachment[], context: GoalContext): Goal[] {
  return attachments
    .filter((a) => PLAN_ATTACHMENT.test(a.title) && !NO_PLAN.test(a.title))
    .flatMap((attachment) => {
      const own = readPlanYear([attachment.title], '');
      const attached: GoalContext = own
        ? { ...context, year: own.year, currentYear: context.currentYear ?? own.writtenIn ?? own.year }
        : context;
      return attachment.articles.every(isTableRow)
        ? readGoals(attachment.text, attached)
        : readStructureGoals(attachment, attached);
    });
}

/** Adds citations, short titles, goals, money, obligations, events, summary and agency roles to the document. */
export function readDocumentDetails(
  document: PolicyDocument,
  lines: SourceLine[],
  ctx: AgencyContext,
  titleLines: number[],
  noticeLines: SourceLine[],
  options: { statute?: boolean } = {},
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

  const goalContext = readGoalContext(document, options.statute === true);
  if (document.preamble) document.goals.push(...readGoals(document.preamble, goalContext));
  document.goals.push(...readStructureGoals(document, goalContext));
  document.goals.push(...readAttachmentGoals(document.attachments ?? [], goalContext));
  for (const article of document.articles) {
    const whole = `${article.heading}。${article.text}`;
    article.obligations = readObligations(whole);
    article.money = readMoney(article.text);
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
      if (agency && !document.agencyRoles.some((r) => r.role === 'approver' && r.agency.name === agency.name)) {
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
