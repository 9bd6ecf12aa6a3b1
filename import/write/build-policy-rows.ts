/**
 * Turns one parsed document, its decided identity and its resolved citations into the flat rows the writer
 * UNWINDs: one array per label or relationship, plain values only, ids per graph/MODEL.md. Example:
 *   buildPolicyRows(guangxiDoc, { id: 't:广西壮族自治区|关于…若干措施', … }, links, { importedAt })
 *   → { policyId, policy: { title: '关于促进广西…若干措施', status: 'full', articleCount: 3, … },
 *       articles: [{ id: 't:广西…#p1/a1', props: { heading: '加快创建国家高新区', … }, partId: 't:广西…#p1' }, …],
 *       articleRoles: [{ role: 'LEADS', agencyId: '广西壮族自治区科学技术厅', articleId: …, asWritten: '自治区科技厅' }], … }
 */
import { createHash } from 'node:crypto';
import type { AgencyRef, Article, Item, Part, PolicyDocument, Tier } from '../../model/index.ts';
import { buildTitleKey } from './build-title-key.ts';
import type { CitationLink } from './resolve-citations.ts';
import { bookKey, fileBaseName, type KnownPolicy } from './known-policy.ts';
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
  /**
   * The document is one book of a code stored one file per book (PolicyDocument.book): its Book node, holding what
   * belongs to the file (file, sha256, textHash, counts). Its parts, sections, articles and goals have ids under the
   * book's (`{bookId}/p1`), so a re-write of one book touches no other; the Policy is the code's, of all its books.
   */
  book?: { id: string; props: Props };
  /**
   * The book whose own statements and children a re-write removes when its text no longer has them (build-stale-
   * removal.ts); absent when the whole Policy is this file's (a whole text, or the code imported whole from this very
   * file before it was read as a book).
   */
  bookScope?: string;
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

/** What one file tells of itself: on a code of books, the book's (its Book node), not the code's. */
const FILE_FACTS = ['file', 'sha256', 'textHash', 'partCount', 'articleCount'] as const;

/** Lists the code's Policy takes as the union of its books' (a book's repeal of 婚姻法 stays when another is written). */
export const BOOK_LISTS = ['repealsWorks', 'amendsWorks', 'shortTitles', 'addressees'] as const;

/**
 * A book's Policy props and its Book row: the file's facts and lists go to the book; of the rest, what the book does
 * not tell (null) is left as the other books wrote it, so no book clears another's facts.
 */
function splitBook(
  props: Props,
  doc: PolicyDocument,
  bookId: string,
  policyId: string,
  order: number,
): { policy: Props; book: { id: string; props: Props } } {
  const policy: Props = { file: null, sha256: null, textHash: null };
  const skipped = new Set<string>([...FILE_FACTS, ...BOOK_LISTS]);
  for (const [key, value] of Object.entries(props)) if (value !== null && !skipped.has(key)) policy[key] = value;
  const book: Props = { policyId, title: doc.book!, order };
  for (const key of FILE_FACTS) book[key] = props[key] ?? null;
  book.importedAt = props.importedAt ?? null;
  book.importerVersion = props.importerVersion ?? null;
  for (const key of BOOK_LISTS) book[key] = props[key] ?? [];
  return { policy, book: { id: bookId, props: book } };
}

/** The Policy was imported whole, from this very file (identity accepts no other): all it holds is this file's. */
const wholeBefore = (previous: KnownPolicy | undefined): boolean =>
  previous?.status === 'full' && (previous.books ?? []).length === 0;

/** A digest of what an event says: a head line every book of a code repeats is one event of the code. */
const eventKey = (kind: string, text: string): string =>
  createHash('sha256').update(`${kind}\u0000${text}`).digest('hex').slice(0, 16);

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
  // A book's children live under the book (…#继承编/p1/a1119); the code numbers its articles throughout, so the book's
  // first article number places its parts and articles among the other books' (order 1119 …).
  const bookId = doc.book ? `${policyId}#${bookKey(doc.book)}` : undefined;
  const within = (path: string): string => (bookId ? `${bookId.slice(policyId.length + 1)}/${path}` : path);
  const offset = bookId ? (doc.articles[0]?.number ?? 1) - 1 : 0;
  const childId = (path: string): string => `${policyId}#${within(path)}`;
  const divisionProps = (part: Part, order: number): Props => ({
    policyId,
    number: part.number,
    label: part.label,
    heading: part.heading,
    // The text under the heading before any article: a plan's 一、总体要求 often holds its targets there and no
    // numbered item. Null removes a value the part no longer has (SET += row.props).
    text: part.text ?? null,
    path: within(part.path),
    order,
    level: part.level ?? null,
  });
  const parts = doc.parts.map((part, index) => ({
    id: childId(part.path),
    props: { ...divisionProps(part, offset + index + 1), book: part.book ?? null },
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
    props: { ...articleProps(policyId, article), path: within(article.path), order: offset + article.order },
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
      id: childId(`goal-${goals.length + 1}`),
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
        id: childId(`goal-${goals.length + 1}`),
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
  const seen = new Map<string, number>();
  const eventId = (kind: string, text: string, index: number): string => {
    if (!bookId) return `${policyId}#event-${index + 1}`;
    const key = eventKey(kind, text);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return `${policyId}#event-${key}${count > 1 ? `-${count}` : ''}`;
  };
  const events = doc.events.map((event, index) => ({
    id: eventId(event.kind, event.text, index),
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
  const props = policyProps(doc, identity, context);
  const split = bookId ? splitBook(props, doc, bookId, policyId, offset + 1) : undefined;
  return {
    policyId,
    policy: split?.policy ?? props,
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
    ...(split ? { book: split.book } : {}),
    ...(bookId && !wholeBefore(identity.previous) ? { bookScope: bookId } : {}),
  };
}
