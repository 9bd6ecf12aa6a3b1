/**
 * Turns one parsed document, its decided identity and its resolved citations into the flat rows the writer
 * UNWINDs: one array per label or relationship, plain values only, ids per graph/MODEL.md. Example:
 *   buildPolicyRows(guangxiDoc, { id: 't:广西壮族自治区|关于…若干措施', … }, links, { importedAt })
 *   → { policyId, policy: { title: '关于促进广西…若干措施', status: 'full', articleCount: 3, … },
 *       articles: [{ id: 't:广西…#p1/a1', props: { heading: '加快创建国家高新区', … }, partId: 't:广西…#p1' }, …],
 *       articleRoles: [{ role: 'LEADS', agencyId: '广西壮族自治区科学技术厅', articleId: …, asWritten: '自治区科技厅' }], … }
 */
import type { AgencyRef, Article, Item, Part, PolicyDocument, Tier } from '../../model/index.ts';
import { buildTitleKey } from './build-title-key.ts';
import type { CitationLink } from './resolve-citations.ts';
import { fileBaseName, type KnownPolicy } from './known-policy.ts';
import { textHashOf } from './text-hash.ts';
import { buildJurisdictionRows, placesAbove, type JurisdictionRow } from './build-jurisdiction-rows.ts';
import { readDocumentVersion, readVersionStatements, workIdOf } from '../versions/index.ts';
import {
  findInterpretedPolicy,
  subjectOfEvent,
  subjectOfRole,
  type StatementSubjects,
} from './find-statement-subject.ts';

type Props = Record<string, string | number | boolean | string[] | number[] | null>;

/** The decided identity of the document (see resolve-policy-identity.ts). */
export interface PolicyRowIdentity {
  id: string;
  docNumber?: string;
  previous?: KnownPolicy;
  /** textHashOf(doc), when the caller already computed it for identity (else computed here). */
  textHash?: string;
  /** A cited-only Policy of the document's number that the document takes in (resolve-policy-identity.ts). */
  absorbs?: string;
}

/** Everything one document writes, as rows. */
export interface PolicyRows {
  policyId: string;
  policy: Props;
  /** Titles to add to `titleAliases` (e.g. the title a cited-only node was created under). */
  aliases: string[];
  jurisdiction: string | null;
  /** Absent tier (TIER_UNKNOWN) is null: the writer then keeps the tier the graph has (e.g. one a curator set). */
  tier: Tier | null;
  jurisdictions: JurisdictionRow[];
  parts: { id: string; props: Props }[];
  /** Sections (节) of a chapter, written as Section nodes under their chapter's Part. */
  sections: { id: string; chapterId: string; props: Props }[];
  /** `sectionId`: the section the article stands in, inside its part (null when none). */
  articles: { id: string; partId: string | null; sectionId: string | null; props: Props }[];
  items: { id: string; articleId: string; props: Props }[];
  agencies: { id: string; name: string; aliases: string[]; jurisdiction: string | null; collective: boolean }[];
  articleRoles: { role: 'LEADS' | 'COOPERATES_ON'; agencyId: string; articleId: string; asWritten: string }[];
  /** `targetId`: the Policy the role is about (an interpretation speaks of the interpreted text); `source`: this document. */
  policyRoles: {
    role: 'ISSUED' | 'DRAFTED' | 'APPROVED';
    agencyId: string;
    detail: string | null;
    targetId: string;
    source: string;
  }[];
  goals: { id: string; ownerId: string; props: Props }[];
  /** Ids `{source}#event-{n}`; `ownerId`: the Policy the step belongs to (see find-statement-subject.ts). */
  events: { id: string; ownerId: string; props: Props }[];
  citations: CitationLink[];
  /** A cited-only Policy this document takes in: its links move to the Policy, then it is deleted. */
  absorbs?: string;
}

/** Run-level values stamped on the Policy. */
export interface PolicyRowContext {
  importedAt: string;
  importerVersion: string;
  /** Used when the parser found no retrieval date: the file's modification date. */
  retrievedOn?: string;
}

const POLICY_ROLE = { issuer: 'ISSUED', drafter: 'DRAFTED', approver: 'APPROVED' } as const;

function flattenItems(
  items: readonly Item[],
  parentId: string,
  articleId: string,
  out: PolicyRows['items'],
  counter: { order: number },
): void {
  for (const item of items) {
    // A statute's items of its second and later paragraphs (…/k2/i1) restart their numbers: keep them apart.
    const paragraph = parentId === articleId ? /\/(k\d+)\/i\d+$/.exec(item.path)?.[1] : undefined;
    const id = paragraph ? `${parentId}/${paragraph}/${item.number}` : `${parentId}/${item.number}`;
    counter.order += 1;
    out.push({
      id,
      articleId,
      props: { number: item.number, label: item.label, text: item.text, order: counter.order },
    });
    flattenItems(item.items, id, articleId, out, counter);
  }
}

function articleProps(policyId: string, article: Article): Props {
  const maxima = article.money.map((m) => m.maxYuan ?? m.amountYuan).filter((n): n is number => n !== undefined);
  return {
    policyId,
    number: article.number,
    label: article.label,
    heading: article.heading,
    text: article.text,
    path: article.path,
    order: article.order,
    partNumber: article.partNumber ?? null,
    obligations: article.obligations,
    moneyText: article.money.map((m) => m.text),
    maxAmountYuan: maxima.length > 0 ? Math.max(...maxima) : null,
  };
}

/**
 * Agencies merge by (jurisdiction, canonical name): the id is the full name when it names its place (柳州市科学技术局,
 * 国家税务总局柳州市税务局) or the place is the nation; else `{jurisdiction}/{name}` (two cities' 高新区管委会 stay
 * two nodes). An agency whose place nobody knows (市科学技术局 in a document of unknown place) belongs to its
 * document alone: `{policyId}/{name}`, so the bureaus of unknown cities never become one node.
 */
export function agencyId(ref: Pick<AgencyRef, 'name' | 'jurisdiction' | 'collective'>, policyId: string): string {
  if (ref.collective) return ref.name;
  if (!ref.jurisdiction) return `${policyId}/${ref.name}`;
  return ref.jurisdiction === '中华人民共和国' || ref.name.includes(ref.jurisdiction)
    ? ref.name
    : `${ref.jurisdiction}/${ref.name}`;
}

class AgencyCollector {
  readonly agencies = new Map<string, PolicyRows['agencies'][number]>();
  constructor(private readonly policyId: string) {}
  add(ref: AgencyRef): string {
    const id = agencyId(ref, this.policyId);
    const known = this.agencies.get(id);
    if (known) {
      if (ref.asWritten !== ref.name && !known.aliases.includes(ref.asWritten)) known.aliases.push(ref.asWritten);
      known.jurisdiction ??= ref.jurisdiction ?? null;
    } else {
      const aliases = ref.asWritten && ref.asWritten !== ref.name ? [ref.asWritten] : [];
      this.agencies.set(id, {
        id,
        name: ref.name,
        aliases,
        jurisdiction: ref.jurisdiction ?? null,
        collective: ref.collective,
      });
    }
    return id;
  }
}

function policyProps(doc: PolicyDocument, identity: PolicyRowIdentity, context: PolicyRowContext): Props {
  const provenance = doc.provenance;
  return {
    title: doc.title,
    noticeTitle: doc.noticeTitle ?? null,
    docNumber: identity.docNumber ?? null,
    docNumberOriginal: doc.docNumberOriginal ?? identity.docNumber ?? null,
    titleKey: doc.title ? buildTitleKey(doc.title).key : null,
    issuer: doc.issuer ?? null,
    jurisdiction: doc.jurisdiction ?? null,
    authorityLevel: doc.authorityLevel ?? null,
    kind: doc.kind,
    issuedOn: doc.issuedOn ?? null,
    publishedOn: doc.publishedOn ?? null,
    effectiveOn: doc.effectiveOn ?? null,
    addressees: doc.addressees,
    publicRelease: doc.publicRelease,
    preamble: doc.preamble ?? null,
    status: 'full',
    shortTitles: doc.shortTitles.map((s) => s.short),
    sourceUrl: doc.sourceUrl ?? provenance.sourceUrl ?? null,
    file: fileBaseName(provenance.file || doc.file),
    retrievedOn: provenance.retrievedOn ?? context.retrievedOn ?? null,
    sha256: provenance.sha256,
    textHash: identity.textHash ?? textHashOf(doc),
    importerVersion: context.importerVersion,
    partCount: doc.parts.length,
    articleCount: doc.articles.length,
    importedAt: context.importedAt,
    ...versionProps(doc),
  };
}

/**
 * What the version step (import/run/link-versions.ts) reads: the work and date of a versioned statute, and the works
 * this text repeals or amends. validFrom, validTo and versionStatus are the step's to write, not the document's.
 */
function versionProps(doc: PolicyDocument): Props {
  const version = readDocumentVersion(doc);
  // Each place's chain once per document: a decision names many texts, most of one place.
  const chains = new Map<string, string[]>();
  const above = (place: string) => chains.get(place) ?? chains.set(place, placesAbove(doc, place)).get(place)!;
  const statements = readVersionStatements(doc, { placesAbove: above });
  return {
    authorityLevel: doc.authorityLevel ?? null,
    workId: version ? workIdOf(version.workKey) : null,
    versionDate: version?.date ?? null,
    versionDateSource: version?.source ?? null,
    versionEvent: version?.event ?? null,
    versionEventText: version?.eventText ?? null,
    repealsWorks: statements.filter((s) => s.kind === 'repeal').map((s) => workIdOf(s.workKey)),
    amendsWorks: statements.filter((s) => s.kind === 'amend').map((s) => workIdOf(s.workKey)),
  };
}

/** Builds all rows of one document. */
export function buildPolicyRows(
  doc: PolicyDocument,
  identity: PolicyRowIdentity,
  citations: CitationLink[],
  context: PolicyRowContext,
): PolicyRows {
  const policyId = identity.id;
  const childId = (path: string): string => `${policyId}#${path}`;
  const divisionProps = (part: Part, order: number): Props => ({
    policyId,
    number: part.number,
    label: part.label,
    heading: part.heading,
    // The text under the heading before any article: a plan's 一、总体要求 often holds its targets there and no
    // numbered item. Null removes a value the part no longer has (SET += row.props).
    text: part.text ?? null,
    path: part.path,
    order,
    level: part.level ?? null,
  });
  const parts = doc.parts.map((part, index) => ({
    id: childId(part.path),
    props: { ...divisionProps(part, index + 1), book: part.book ?? null },
  }));
  const sections = doc.parts.flatMap((part) =>
    (part.sections ?? []).map((section, index) => ({
      id: childId(section.path),
      chapterId: childId(part.path),
      props: divisionProps(section, index + 1),
    })),
  );
  const partIds = new Map(doc.parts.map((part) => [part.number, childId(part.path)]));
  const sectionIds = new Map(
    doc.parts.flatMap((part) =>
      (part.sections ?? []).flatMap((section) => section.articles.map((a) => [a.path, childId(section.path)] as const)),
    ),
  );
  const articles = doc.articles.map((article) => ({
    id: childId(article.path),
    partId: article.partNumber === undefined ? null : (partIds.get(article.partNumber) ?? null),
    sectionId: sectionIds.get(article.path) ?? null,
    props: articleProps(policyId, article),
  }));
  const articleIds = new Set(articles.map((a) => a.id));

  const items: PolicyRows['items'] = [];
  const agencies = new AgencyCollector(policyId);
  const articleRoles: PolicyRows['articleRoles'] = [];
  const goals: PolicyRows['goals'] = [];
  for (const article of doc.articles) {
    const articleId = childId(article.path);
    flattenItems(article.items, articleId, articleId, items, { order: 0 });
    for (const ref of article.leadAgencies)
      articleRoles.push({ role: 'LEADS', agencyId: agencies.add(ref), articleId, asWritten: ref.asWritten });
    for (const ref of article.cooperatingAgencies)
      articleRoles.push({ role: 'COOPERATES_ON', agencyId: agencies.add(ref), articleId, asWritten: ref.asWritten });
  }
  const interpreted = findInterpretedPolicy(citations);
  const subjects: StatementSubjects = { own: policyId, ...(interpreted ? { interpreted } : {}) };
  const policyRoles = doc.agencyRoles.map((r) => ({
    role: POLICY_ROLE[r.role],
    agencyId: agencies.add(r.agency),
    detail: r.detail ?? null,
    targetId: subjectOfRole(r.role, subjects),
    source: policyId,
  }));

  for (const goal of doc.goals) {
    const owner = goal.articlePath ? childId(goal.articlePath) : policyId;
    goals.push({
      id: `${policyId}#goal-${goals.length + 1}`,
      ownerId: articleIds.has(owner) ? owner : policyId,
      props: {
        kind: goal.kind,
        text: goal.text,
        year: goal.year ?? null,
        metric: goal.metric ?? null,
        value: goal.value ?? null,
        unit: goal.unit ?? null,
        qualifier: goal.qualifier ?? null,
        amountYuan: null,
        capped: null,
      },
    });
  }
  for (const article of doc.articles) {
    for (const money of article.money) {
      goals.push({
        id: `${policyId}#goal-${goals.length + 1}`,
        ownerId: childId(article.path),
        props: {
          kind: 'money',
          text: money.text,
          year: null,
          metric: money.condition ?? null,
          value: null,
          unit: '元',
          qualifier: money.caseByCase ? '一事一议' : null,
          amountYuan: money.amountYuan ?? money.maxYuan ?? null,
          capped: money.capped,
        },
      });
    }
  }
  const events = doc.events.map((event, index) => ({
    id: `${policyId}#event-${index + 1}`,
    ownerId: subjectOfEvent(event.kind, subjects),
    props: {
      source: policyId,
      kind: event.kind,
      text: event.text,
      start: event.start ?? null,
      end: event.end ?? null,
      units: event.units ?? null,
      rounds: event.rounds ?? null,
      bodies: event.bodies ?? [],
      order: index + 1,
    },
  }));

  const jurisdictionNames = new Set<string>();
  if (doc.jurisdiction) jurisdictionNames.add(doc.jurisdiction);
  for (const agency of agencies.agencies.values()) if (agency.jurisdiction) jurisdictionNames.add(agency.jurisdiction);
  for (const link of citations) if (link.create?.jurisdiction) jurisdictionNames.add(link.create.jurisdiction);
  const jurisdictions = buildJurisdictionRows(doc, jurisdictionNames);

  const previousTitle = identity.previous?.title;
  return {
    policyId,
    policy: policyProps(doc, identity, context),
    aliases: previousTitle && previousTitle !== doc.title ? [previousTitle] : [],
    jurisdiction: doc.jurisdiction ?? null,
    tier: doc.tier ?? null,
    jurisdictions,
    parts,
    sections,
    articles,
    items,
    agencies: [...agencies.agencies.values()],
    articleRoles,
    policyRoles,
    goals,
    events,
    citations,
    ...(identity.absorbs ? { absorbs: identity.absorbs } : {}),
  };
}
