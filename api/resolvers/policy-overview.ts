/**
 * `policyOverview(filter, maxDocuments)`: the viewer's first picture of a graph of any size, never the whole graph.
 * Groups (authority level × tier × jurisdiction, with document and article counts) are always returned; the
 * documents themselves only when no more than `maxDocuments` match (or one group is asked for), each with its
 * article count, how many of its articles align upward, and its links to other documents (document relations and
 * article alignments summed per document pair). Example: `buildOverviewGroupsQuery({ tiers: ['municipal'] })` →
 * rows `{ authorityLevel: '', tier: 'municipal', jurisdiction: '柳州市', documents: 2, articles: 61, firstYear: 2021,
 * lastYear: 2021 }`.
 */
import { basisLostPredicate } from './basis-changed.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { inForceCypher, readAsOf } from './read-as-of.ts';

/** The filter argument; a missing or null field filters nothing. */
export interface OverviewFilter {
  tiers?: string[] | null;
  authorityLevels?: string[] | null;
  jurisdictions?: string[] | null;
  kinds?: string[] | null;
  versionStatuses?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  asOf?: string | null;
  groupKey?: string | null;
}

const DEFAULT_MAX = 300;
const MAX_MAX = 1000;

/** The key of a group: authority level, tier and jurisdiction joined by '|' (empty when unknown). */
export const GROUP_KEY =
  "coalesce(p.authorityLevel, '') + '|' + coalesce(p.tier, '') + '|' + coalesce(p.jurisdiction, '')";
// A text that tells only when it was published (a page's 发布日期) is dated by that: it was issued by then.
const YEAR = "toInteger(left(coalesce(p.issuedOn, p.effectiveOn, p.validFrom, p.publishedOn, '0'), 4))";

function params(filter: OverviewFilter): Record<string, unknown> {
  const list = (v: string[] | null | undefined) => (v?.length ? v : null);
  return {
    tiers: list(filter.tiers),
    levels: list(filter.authorityLevels),
    jurisdictions: list(filter.jurisdictions),
    kinds: list(filter.kinds),
    statuses: list(filter.versionStatuses),
    yearFrom: filter.yearFrom ?? null,
    yearTo: filter.yearTo ?? null,
    asOf: filter.asOf ?? null,
    groupKey: filter.groupKey ?? null,
  };
}

const MATCH = `MATCH (p:Policy)
WHERE ($tiers IS NULL OR p.tier IN $tiers)
  AND ($levels IS NULL OR coalesce(p.authorityLevel, '') IN $levels)
  AND ($jurisdictions IS NULL OR coalesce(p.jurisdiction, '') IN $jurisdictions)
  AND ($kinds IS NULL OR coalesce(p.kind, '') IN $kinds)
  AND ($statuses IS NULL OR coalesce(p.versionStatus, 'in_force') IN $statuses)
  AND ($yearFrom IS NULL OR ${YEAR} >= $yearFrom)
  AND ($yearTo IS NULL OR ${YEAR} <= $yearTo)
  AND ${inForceCypher('p')}
  // Unlike policy(asOf), an overview on a day leaves out a document that tells no date at all.
  AND ($asOf IS NULL OR coalesce(p.validFrom, p.effectiveOn, p.issuedOn, p.publishedOn) IS NOT NULL)
  AND ($groupKey IS NULL OR ${GROUP_KEY} = $groupKey)`;

/** Counts per group of the matching documents. */
export function buildOverviewGroupsQuery(filter: OverviewFilter): CypherQuery {
  return {
    cypher: `${MATCH}
WITH p, ${YEAR} AS year
RETURN coalesce(p.authorityLevel, '') AS authorityLevel, coalesce(p.tier, '') AS tier, coalesce(p.jurisdiction, '') AS jurisdiction,
       count(*) AS documents, sum(coalesce(p.articleCount, 0)) AS articles,
       min(CASE WHEN year > 0 THEN year END) AS firstYear, max(CASE WHEN year > 0 THEN year END) AS lastYear
ORDER BY authorityLevel, tier, jurisdiction`,
    params: params(filter),
  };
}

/** The matching documents (at most `limit`, oldest first) with their counts and links. */
export function buildOverviewDocumentsQuery(filter: OverviewFilter, limit: number): CypherQuery {
  return {
    cypher: `${MATCH}
WITH p ORDER BY coalesce(p.issuedOn, p.effectiveOn, p.publishedOn, '9999'), p.id LIMIT toInteger($limit)
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_ARTICLE]->(a:Article)
  RETURN count(a) AS articleCount, count(CASE WHEN EXISTS { (a)-[r:ALIGNS_WITH]->() WHERE coalesce(r.status, 'suggested') <> 'rejected' } THEN 1 END) AS alignedCount
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_ARTICLE]->(:Article)-[r:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(q:Policy)
  WHERE q <> p AND coalesce(r.status, 'suggested') <> 'rejected'
  WITH q, count(r) AS weight WHERE q IS NOT NULL
  RETURN collect({policyId: q.id, relation: 'aligns', weight: weight}) AS alignLinks
}
RETURN p { .id, .title, .docNumber, .tier, .kind, .status, .issuedOn, .versionDate, .effectiveOn, .jurisdiction, .authorityLevel, .validFrom, .validTo, .versionStatus, basisChanged: ${basisLostPredicate('p')} } AS doc,
       articleCount, alignedCount,
       [(p)-[r:IMPLEMENTS|BASED_ON|CITES|INTERPRETS]->(q:Policy) | {policyId: q.id, relation: type(r), weight: 1}] + alignLinks AS links`,
    params: { ...params(filter), limit },
  };
}

/** Values the filters can take, over the whole graph; a jurisdiction's parent comes from PART_OF where present. */
export function buildOverviewFacetsQuery(): CypherQuery {
  return {
    cypher: `MATCH (p:Policy)
WITH p, ${YEAR} AS year
WITH collect(DISTINCT p.jurisdiction) AS jurisdictions, collect(DISTINCT p.kind) AS kinds, collect(DISTINCT p.authorityLevel) AS levels,
     collect(DISTINCT p.versionStatus) AS statuses, min(CASE WHEN year > 0 THEN year END) AS firstYear, max(CASE WHEN year > 0 THEN year END) AS lastYear
RETURN [name IN jurisdictions | {name: name, parent: head([(j:Jurisdiction {name: name})-[:PART_OF]->(up:Jurisdiction) | up.name])}] AS jurisdictions,
       kinds, levels, statuses, firstYear, lastYear`,
    params: {},
  };
}

const RELATION_NAMES: Record<string, string> = {
  IMPLEMENTS: 'implements',
  BASED_ON: 'basedOn',
  CITES: 'cites',
  INTERPRETS: 'interprets',
  aligns: 'aligns',
};

function checkFilter(filter: OverviewFilter): void {
  if (filter.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo)
    throw badInput('filter.yearFrom is after filter.yearTo');
}

/** Resolver of Query.policyOverview. */
export async function resolvePolicyOverview(
  _: unknown,
  args: { filter?: OverviewFilter | null; maxDocuments?: number | null },
  context: ApiContext,
) {
  const filter = { ...args.filter, asOf: readAsOf(args.filter?.asOf, 'filter.asOf') ?? null };
  checkFilter(filter);
  const max = Math.max(1, Math.min(MAX_MAX, args.maxDocuments ?? DEFAULT_MAX));
  const [groupRows, facetRows] = await Promise.all([
    context.runner.read(buildOverviewGroupsQuery(filter)),
    context.runner.read(buildOverviewFacetsQuery()),
  ]);
  const groups = groupRows.map((r) => ({
    key: `${r.authorityLevel}|${r.tier}|${r.jurisdiction}`,
    authorityLevel: (r.authorityLevel as string) || null,
    tier: (r.tier as string) || null,
    jurisdiction: (r.jurisdiction as string) || null,
    documentCount: Number(r.documents),
    articleCount: Number(r.articles),
    firstYear: r.firstYear == null ? null : Number(r.firstYear),
    lastYear: r.lastYear == null ? null : Number(r.lastYear),
  }));
  const total = groups.reduce((sum, g) => sum + g.documentCount, 0);
  const grouped = total > max && !filter.groupKey;
  const documentRows = grouped ? [] : await context.runner.read(buildOverviewDocumentsQuery(filter, max));
  const documents = documentRows.map((r) => {
    const doc = r.doc as Record<string, unknown>;
    return {
      ...doc,
      basisChanged: doc.basisChanged === true,
      articleCount: Number(r.articleCount),
      alignedArticleCount: Number(r.alignedCount),
      links: (r.links as { policyId: string; relation: string; weight: unknown }[]).map((l) => ({
        policyId: l.policyId,
        relation: RELATION_NAMES[l.relation] ?? l.relation,
        weight: Number(l.weight),
      })),
    };
  });
  const f = facetRows[0] ?? {};
  const strings = (v: unknown) =>
    ((v as (string | null)[] | undefined) ?? []).filter((x): x is string => typeof x === 'string' && x !== '').sort();
  return {
    total,
    grouped,
    groups,
    documents,
    facets: {
      jurisdictions: ((f.jurisdictions as { name: string | null; parent: string | null }[] | undefined) ?? [])
        .filter((j) => j.name)
        .sort((a, b) => a.name!.localeCompare(b.name!)),
      kinds: strings(f.kinds),
      authorityLevels: strings(f.levels),
      versionStatuses: strings(f.statuses),
      firstYear: f.firstYear == null ? null : Number(f.firstYear),
      lastYear: f.lastYear == null ? null : Number(f.lastYear),
    },
  };
}
