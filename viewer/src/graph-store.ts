/**
 * The viewer's graph data: a normalised, immutable store of what the user has brought into view, merged from any
 * GraphQL answer. Example: mergePolicies(emptyStore(), [{ id: 'P', title: '…', tier: 'national', articles: [{ id:
 * 'P#a1', number: 1 }] }]) → { policies: { P: {…, articleIds: ['P#a1'] } }, articles: { 'P#a1': {…} }, … }.
 */
import type { AlignmentProps, ArticleData, EvidenceSpan, PolicyData, PolicyRef, Tier } from './api-types.ts';
import type { OverviewGroup, PolicyOverview } from './overview-types.ts';

/** Document-level relations drawn between policies ('aligns': article alignments summed per document pair). */
export type PolicyRelation = 'implements' | 'cites' | 'interprets' | 'basedOn' | 'aligns';

/** Every relation the viewer can draw or filter on. */
export const RELATIONS: readonly (PolicyRelation | 'aligns')[] = [
  'implements',
  'cites',
  'interprets',
  'basedOn',
  'aligns',
];

/** A policy in view. `articleIds` is what is loaded, in document order. */
export interface StoredPolicy {
  id: string;
  title: string;
  docNumber?: string;
  tier?: Tier;
  issuedOn?: string;
  status?: string;
  kind?: string;
  /** Versioned statutes: the date of this version (versions share a title). */
  versionDate?: string;
  articleIds: string[];
  /** From the overview: counts of the whole document, also while its articles are not loaded. */
  articleCount?: number;
  alignedCount?: number;
  jurisdiction?: string;
  authorityLevel?: string;
  effectiveOn?: string;
  validFrom?: string;
  validTo?: string;
  versionStatus?: string;
  basisChanged?: boolean;
}

/** A group of documents drawn as one node until it is opened. */
export interface StoredGroup extends OverviewGroup {
  opened: boolean;
}

/** An article in view. */
export interface StoredArticle {
  id: string;
  policyId: string;
  number: number;
  label?: string;
  heading?: string;
  text?: string;
  order?: number;
}

/** An ALIGNS_WITH relationship in view, lower → upper. */
export interface StoredAlignment {
  id: string;
  lowerId: string;
  upperId: string;
  score: number;
  class: string;
  status: string;
  evidence: EvidenceSpan[];
  reviewedBy?: string;
  comment?: string;
}

/** A document relation in view. */
export interface StoredRelation {
  relation: PolicyRelation;
  sourceId: string;
  targetId: string;
  /** Article alignments summed (relation 'aligns'). */
  weight?: number;
}

/** Everything in view. */
export interface GraphStore {
  policies: Record<string, StoredPolicy>;
  articles: Record<string, StoredArticle>;
  alignments: Record<string, StoredAlignment>;
  relations: Record<string, StoredRelation>;
  groups: Record<string, StoredGroup>;
}

/** An empty store. */
export function emptyStore(): GraphStore {
  return { policies: {}, articles: {}, alignments: {}, relations: {}, groups: {} };
}

/** The evidence spans of an alignment (typed by the API); none when the query did not ask for them. */
export function evidenceOf(evidence: AlignmentProps['evidence']): EvidenceSpan[] {
  return evidence ?? [];
}

function mergeRef(store: GraphStore, ref: PolicyRef): StoredPolicy {
  const old = store.policies[ref.id];
  const next: StoredPolicy = {
    id: ref.id,
    title: ref.title ?? old?.title ?? ref.id,
    docNumber: ref.docNumber ?? old?.docNumber,
    tier: ref.tier ?? old?.tier,
    issuedOn: ref.issuedOn ?? old?.issuedOn,
    status: ref.status ?? old?.status,
    kind: ref.kind ?? old?.kind,
    versionDate: ref.versionDate ?? old?.versionDate,
    articleIds: old?.articleIds ?? [],
    articleCount: old?.articleCount,
    alignedCount: old?.alignedCount,
    jurisdiction: old?.jurisdiction,
    authorityLevel: old?.authorityLevel,
    effectiveOn: old?.effectiveOn,
    validFrom: old?.validFrom,
    validTo: old?.validTo,
    versionStatus: ref.versionStatus ?? old?.versionStatus,
    basisChanged: old?.basisChanged,
  };
  store.policies[ref.id] = next;
  return next;
}

function sortArticleIds(store: GraphStore, ids: string[]): string[] {
  const key = (id: string) => store.articles[id]?.order ?? store.articles[id]?.number ?? 0;
  return [...new Set(ids)].sort((a, b) => key(a) - key(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function mergeArticleInto(store: GraphStore, article: ArticleData, policyId: string): void {
  const old = store.articles[article.id];
  store.articles[article.id] = {
    id: article.id,
    policyId,
    number: article.number ?? old?.number ?? 0,
    label: article.label ?? old?.label,
    heading: article.heading ?? old?.heading,
    text: article.text ?? old?.text,
    order: article.order ?? old?.order,
  };
  const policy = store.policies[policyId];
  if (policy && !policy.articleIds.includes(article.id))
    policy.articleIds = sortArticleIds(store, [...policy.articleIds, article.id]);
  for (const edge of article.alignsWithConnection?.edges ?? []) {
    const p = edge.properties;
    store.alignments[p.id] = {
      id: p.id,
      lowerId: article.id,
      upperId: edge.node.id,
      score: p.score,
      class: p.class,
      status: p.status ?? 'suggested',
      evidence: evidenceOf(p.evidence),
      reviewedBy: p.reviewedBy ?? undefined,
      comment: p.comment ?? undefined,
    };
  }
}

function copy(store: GraphStore): GraphStore {
  return {
    policies: Object.fromEntries(
      Object.entries(store.policies).map(([k, v]) => [k, { ...v, articleIds: [...v.articleIds] }]),
    ),
    articles: { ...store.articles },
    alignments: { ...store.alignments },
    relations: { ...store.relations },
    groups: { ...store.groups },
  };
}

/** Returns a new store with these policies, their loaded articles, alignments and document relations added. */
export function mergePolicies(store: GraphStore, policies: PolicyData[]): GraphStore {
  const next = copy(store);
  for (const policy of policies) {
    mergeRef(next, policy);
    for (const article of policy.articles ?? []) mergeArticleInto(next, article, policy.id);
    for (const relation of ['implements', 'cites', 'interprets', 'basedOn'] as const) {
      for (const target of policy[relation] ?? []) {
        next.relations[`${relation}:${policy.id}->${target.id}`] = {
          relation,
          sourceId: policy.id,
          targetId: target.id,
        };
      }
    }
  }
  return next;
}

/** Returns a new store with these articles (each carrying `policy`) added; articles without a policy are skipped. */
export function mergeArticles(store: GraphStore, articles: ArticleData[]): GraphStore {
  const next = copy(store);
  for (const article of articles) {
    if (!article.policy) continue;
    mergeRef(next, article.policy);
    mergeArticleInto(next, article, article.policy.id);
  }
  return next;
}

/** Returns a new store where one alignment carries a new review status (after confirm / reject). */
export function setAlignmentStatus(
  store: GraphStore,
  alignmentId: string,
  status: string,
  reviewedBy?: string,
): GraphStore {
  const old = store.alignments[alignmentId];
  if (!old) return store;
  return {
    ...store,
    alignments: { ...store.alignments, [alignmentId]: { ...old, status, reviewedBy: reviewedBy ?? old.reviewedBy } },
  };
}

/** Returns a new store without the articles of one policy (the policy stays, collapsed). */
export function collapsePolicy(store: GraphStore, policyId: string): GraphStore {
  const next = copy(store);
  const policy = next.policies[policyId];
  if (!policy) return store;
  for (const id of policy.articleIds) delete next.articles[id];
  policy.articleIds = [];
  return next;
}

/** Returns a new store without one policy and its articles. */
export function removePolicy(store: GraphStore, policyId: string): GraphStore {
  const next = collapsePolicy(store, policyId);
  if (next === store) return store;
  delete next.policies[policyId];
  return next;
}

const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/**
 * Returns a new store with the overview merged: its documents (with counts and links, articles untouched) and its
 * groups (a group already opened stays open). `replaceGroups` drops the groups of an earlier overview first.
 */
export function mergeOverview(store: GraphStore, overview: PolicyOverview, replaceGroups = true): GraphStore {
  const next = copy(store);
  if (replaceGroups) next.groups = {};
  for (const doc of overview.documents) {
    const p = mergeRef(next, {
      id: doc.id,
      title: doc.title,
      docNumber: doc.docNumber,
      tier: doc.tier,
      issuedOn: doc.issuedOn,
      status: doc.status,
      kind: doc.kind,
      versionDate: doc.versionDate,
    });
    Object.assign(p, {
      articleCount: doc.articleCount,
      alignedCount: doc.alignedArticleCount,
      jurisdiction: opt(doc.jurisdiction),
      authorityLevel: opt(doc.authorityLevel),
      effectiveOn: opt(doc.effectiveOn),
      validFrom: opt(doc.validFrom),
      validTo: opt(doc.validTo),
      versionStatus: opt(doc.versionStatus),
      basisChanged: doc.basisChanged === true,
    });
    for (const link of doc.links)
      next.relations[`${link.relation}:${doc.id}->${link.policyId}`] = {
        relation: link.relation,
        sourceId: doc.id,
        targetId: link.policyId,
        weight: link.weight,
      };
  }
  if (overview.grouped) {
    for (const g of overview.groups) next.groups[g.key] = { ...g, opened: store.groups[g.key]?.opened ?? false };
  }
  return next;
}

/** Returns a new store where one group is marked opened (its documents are merged separately). */
export function openGroup(store: GraphStore, key: string): GraphStore {
  const group = store.groups[key];
  if (!group || group.opened) return store;
  return { ...store, groups: { ...store.groups, [key]: { ...group, opened: true } } };
}

/** Returns a new store keeping only the documents for which `keep` holds (with their articles and links). */
export function keepPolicies(store: GraphStore, keep: (p: StoredPolicy) => boolean): GraphStore {
  let next = store;
  for (const p of Object.values(store.policies)) if (!keep(p)) next = removePolicy(next, p.id);
  return next;
}
