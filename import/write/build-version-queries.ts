/**
 * Query builders of the version step (import/run/link-versions.ts): read the versioned Policies and the statements
 * about them, write the Works, each version's time, the article links between successive versions, and point
 * citations at the version the citing text was written against. Relationship types are fixed literals. Example:
 *   buildWriteWorksQuery([{ id: 'w:上海市|科学技术进步条例', title: '上海市科学技术进步条例', versions: [{ id: 't:…@2010-09-17',
 *     order: 1, validFrom: '2010-11-01', validTo: '2024-06-01', status: 'superseded', … }] }])
 *   → { cypher: 'UNWIND $works AS w MERGE (work:Work {id: w.id}) …', params: { works: [...] } }
 */
import type { CypherQuery } from './cypher-parts.ts';
import type { ArticleVersionLink } from '../versions/index.ts';

/** Citation relationship types the step re-points (fixed literals). */
export const CITATION_TYPES = ['IMPLEMENTS', 'BASED_ON', 'CITES', 'INTERPRETS'] as const;
export type CitationType = (typeof CITATION_TYPES)[number];

/** Every versioned full Policy, grouped by work. */
export function buildReadVersionsQuery(): CypherQuery {
  return {
    cypher: `MATCH (p:Policy) WHERE p.workId IS NOT NULL AND p.status = 'full'
WITH p ORDER BY p.versionDate, p.id
RETURN p.workId AS workId, collect({ id: p.id, title: p.title, titleKey: p.titleKey, jurisdiction: p.jurisdiction,
  versionDate: p.versionDate, docNumber: p.docNumber, event: p.versionEvent, effectiveOn: p.effectiveOn, sha256: p.sha256, diffedFrom: p.diffedFrom }) AS versions`,
    params: {},
  };
}

/** Texts that repeal or amend works, with the dates they take effect on. */
export function buildReadStatementsQuery(): CypherQuery {
  return {
    cypher: `MATCH (p:Policy) WHERE p.status = 'full' AND (size(coalesce(p.repealsWorks, [])) > 0 OR size(coalesce(p.amendsWorks, [])) > 0)
RETURN p.id AS id, p.effectiveOn AS effectiveOn, p.versionDate AS versionDate, p.issuedOn AS issuedOn, p.publishedOn AS publishedOn,
  coalesce(p.repealsWorks, []) AS repeals, coalesce(p.amendsWorks, []) AS amends`,
    params: {},
  };
}

/** One work to write: its versions in order with their time. */
export interface WorkRow {
  id: string;
  key: string;
  title: string | null;
  jurisdiction: string | null;
  versions: {
    id: string;
    order: number;
    validFrom: string;
    validFromSource: string;
    validTo: string | null;
    status: string;
    endedBy: string | null;
  }[];
}

/** Writes the Works and HAS_VERSION, each version's time and status; drops what no longer holds. */
export function buildWriteWorksQueries(works: readonly WorkRow[]): CypherQuery[] {
  return [
    {
      cypher: `UNWIND $works AS w
MERGE (work:Work {id: w.id})
SET work.key = w.key, work.title = w.title, work.jurisdiction = w.jurisdiction, work.versionCount = size(w.versions)
WITH work, w
UNWIND w.versions AS v
MATCH (p:Policy {id: v.id})
MERGE (work)-[h:HAS_VERSION]->(p)
SET h.order = v.order,
    p.versionOrder = v.order, p.validFrom = v.validFrom, p.validFromSource = v.validFromSource, p.validTo = v.validTo,
    p.versionStatus = v.status, p.endedBy = v.endedBy`,
      params: { works },
    },
    {
      // A version that left its work (its title edited) and works without versions go.
      cypher: `MATCH (work:Work)-[h:HAS_VERSION]->(p:Policy) WHERE p.workId IS NULL OR p.workId <> work.id OR p.status <> 'full' DELETE h`,
      params: {},
    },
    {
      cypher: `MATCH (p:Policy) WHERE p.workId IS NULL AND p.versionStatus IS NOT NULL
REMOVE p.versionOrder, p.validFrom, p.validFromSource, p.validTo, p.versionStatus, p.endedBy, p.diffedFrom`,
      params: {},
    },
    { cypher: 'MATCH (work:Work) WHERE NOT (work)-[:HAS_VERSION]->() DETACH DELETE work', params: {} },
  ];
}

/** The articles of versions whose links to their predecessor must be (re)computed. */
export function buildReadVersionArticlesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (p:Policy {id: id})-[:HAS_ARTICLE]->(a:Article)
WITH p, a ORDER BY a.order
RETURN p.id AS id, collect({ id: a.id, path: a.path, label: a.label, heading: a.heading, text: a.text }) AS articles`,
    params: { ids },
  };
}

/** One pair of successive versions and its diff; `signature` says which texts it was computed from. */
export interface VersionDiffRow {
  olderId: string;
  newerId: string;
  signature: string;
  links: (ArticleVersionLink & { fromId: string; toId: string })[];
  addedIds: string[];
  deletedIds: string[];
}

/** Removes the links into versions that lost or changed their predecessor. */
export function buildClearVersionLinksQuery(newerIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (p:Policy {id: id})
OPTIONAL MATCH (p)-[:HAS_ARTICLE]->(:Article)<-[l:SAME_AS|CHANGED_TO]-(:Article)
DELETE l
WITH DISTINCT p
OPTIONAL MATCH (p)-[d:ADDED|DELETED]->(:Article)
DELETE d
WITH DISTINCT p
REMOVE p.diffedFrom`,
    params: { ids: newerIds },
  };
}

/** Writes the article links of successive versions (after buildClearVersionLinksQuery on the same versions). */
export function buildWriteVersionLinksQueries(diffs: readonly VersionDiffRow[]): CypherQuery[] {
  const links = diffs.flatMap((d) =>
    d.links.map((l) => ({ ...l, removed: l.removed ?? null, inserted: l.inserted ?? null })),
  );
  return [
    {
      cypher: `UNWIND $links AS l
MATCH (a:Article {id: l.fromId}) MATCH (b:Article {id: l.toId})
FOREACH (_ IN CASE WHEN l.kind = 'SAME_AS' THEN [1] ELSE [] END | MERGE (a)-[:SAME_AS]->(b))
FOREACH (_ IN CASE WHEN l.kind = 'CHANGED_TO' THEN [1] ELSE [] END |
  MERGE (a)-[c:CHANGED_TO]->(b) SET c.similarity = l.similarity, c.removed = l.removed, c.inserted = l.inserted)`,
      params: { links },
    },
    {
      cypher: `UNWIND $diffs AS d
MATCH (p:Policy {id: d.newerId})
SET p.diffedFrom = d.signature
WITH p, d
CALL (p, d) { UNWIND d.addedIds AS id MATCH (a:Article {id: id}) MERGE (p)-[:ADDED]->(a) }
CALL (p, d) { UNWIND d.deletedIds AS id MATCH (a:Article {id: id}) MERGE (p)-[:DELETED]->(a) }`,
      params: {
        diffs: diffs.map((d) => ({
          newerId: d.newerId,
          signature: d.signature,
          addedIds: d.addedIds,
          deletedIds: d.deletedIds,
        })),
      },
    },
  ];
}

/**
 * The nodes of a versioned work (`key`, `workId`, its versions' `numbers`) that citations may point at: its versions,
 * cited-only nodes of its title, and a cited-only node naming no place that bears one of its numbers — 国务院令第405号,
 * created by a text citing 《道路交通安全法实施条例》 with no 中华人民共和国 before the regulation was written. A
 * placeless title alone may be another place's work of the same name (征兵工作条例); a number it bears is this work's.
 */
const WORK_STUBS = `MATCH (t:Policy {titleKey: key}) WHERE t.workId = workId OR t.status = 'cited' RETURN t
  UNION
  WITH key, numbers WHERE NOT key STARTS WITH '|'
  MATCH (t:Policy {titleKey: '|' + substring(key, size(split(key, '|')[0]) + 1)})
  WHERE t.status = 'cited' AND t.docNumber IN numbers
  RETURN t`;

/**
 * Citations into versioned works: into one of their versions, or into a cited-only node of the same title (created
 * before the text was imported). With the citing text's dates and number, which citingMadeBy reads (as for
 * buildReadTitleCitationsQuery's rows), and the number the citation writes (`citedNumber`, for citableVersions), so
 * the step can pick the version it was written against as the resolver did.
 */
export function buildReadWorkCitationsQuery(): CypherQuery {
  return {
    cypher: `MATCH (v:Policy) WHERE v.workId IS NOT NULL AND v.status = 'full'
WITH v.titleKey AS key, v.workId AS workId, collect(DISTINCT v.docNumber) AS numbers
CALL (key, workId, numbers) {
  ${WORK_STUBS}
}
MATCH (src:Policy)-[r:IMPLEMENTS|BASED_ON|CITES|INTERPRETS]->(t)
WHERE coalesce(src.workId, '') <> workId
RETURN src.id AS sourceId, type(r) AS type, t.id AS targetId, workId,
  src.versionDate AS versionDate, src.issuedOn AS issuedOn, src.publishedOn AS publishedOn, src.effectiveOn AS effectiveOn,
  src.docNumber AS docNumber, r.citedNumber AS citedNumber
ORDER BY sourceId, type, targetId`,
    params: {},
  };
}

/** One citation to point at a version: from `targetId` to `versionId` (the same or another), with how it was chosen. */
export interface CitationMove {
  sourceId: string;
  targetId: string;
  versionId: string;
  versionMatch: string;
}

/** Moves (or marks) citations of one type; the relationship keeps its properties. */
export function buildMoveCitationsQuery(type: CitationType, moves: readonly CitationMove[]): CypherQuery {
  if (!CITATION_TYPES.includes(type)) throw new Error(`not a citation type: ${type}`);
  return {
    cypher: `UNWIND $moves AS m
MATCH (src:Policy {id: m.sourceId})-[r:${type}]->(t:Policy {id: m.targetId})
MATCH (v:Policy {id: m.versionId})
MERGE (src)-[n:${type}]->(v)
SET n += properties(r), n.versionMatch = m.versionMatch
WITH r, n WHERE elementId(r) <> elementId(n)
DELETE r`,
    params: { moves },
  };
}

/** Cited-only nodes of a versioned work's title that nothing points at any more. */
export function buildDeleteOrphanStubsQuery(): CypherQuery {
  return {
    cypher: `MATCH (v:Policy) WHERE v.workId IS NOT NULL AND v.status = 'full'
WITH v.titleKey AS key, v.workId AS workId, collect(DISTINCT v.docNumber) AS numbers
CALL (key, workId, numbers) {
  ${WORK_STUBS}
}
WITH DISTINCT t AS s WHERE s.status = 'cited'
  AND NOT EXISTS { (s)-[r]-() WHERE type(r) <> 'IN_JURISDICTION' }
DETACH DELETE s
RETURN count(*) AS deleted`,
    params: {},
  };
}

/**
 * Citations by title alone (no number written: `citedNumber` null) into a title whose issues the graph knows — Policies
 * in full, or cited-only ones bearing a number (a number another text gave the title: 汉中's rules name
 * 《陕西省人民政府工作规则》（陕政发〔2013〕33号）) — when it holds several, or that number: with the dates of the citing
 * text and of each issue, so the step can point each at the issue in force when its text was made (pickIssueAtDate).
 * Issues are of one place: the title's (陕西省|人民政府工作规则), or, for a title naming none (|国务院工作规则), the
 * Policy's own jurisdiction; a placeless title of no known place is shared by unrelated documents and left alone,
 * and a citation into a placeless cited-only node is read against the issues of a place the citing text lies in
 * (A县's 《关于进一步加强安全生产工作的通知》 is not B县's notice of that title).
 */
export function buildReadTitleCitationsQuery(): CypherQuery {
  return {
    cypher: `MATCH (p:Policy) WHERE p.titleKey IS NOT NULL AND (p.status = 'full' OR p.docNumber IS NOT NULL)
WITH p, CASE WHEN p.titleKey STARTS WITH '|' THEN p.jurisdiction ELSE '' END AS place
WHERE place IS NOT NULL
WITH p.titleKey AS key, place, collect({ id: p.id, status: p.status, versionDate: p.versionDate, issuedOn: p.issuedOn,
  docNumber: p.docNumber }) AS issues
WHERE size(issues) > 1 OR any(i IN issues WHERE i.status = 'cited')
MATCH (src:Policy)-[r:IMPLEMENTS|BASED_ON|CITES|INTERPRETS]->(t:Policy {titleKey: key})
WHERE r.citedNumber IS NULL
  AND (place = '' OR t.jurisdiction = place OR (t.status = 'cited' AND t.docNumber IS NULL AND t.jurisdiction IS NULL
    AND EXISTS { (src)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(j:Jurisdiction) WHERE j.id = place OR j.name = place }))
RETURN key, issues, src.id AS sourceId, type(r) AS type, t.id AS targetId, src.versionDate AS versionDate,
  src.issuedOn AS issuedOn, src.publishedOn AS publishedOn, src.effectiveOn AS effectiveOn, src.docNumber AS docNumber
ORDER BY sourceId, type, targetId, place`,
    params: {},
  };
}

/** Cited-only nodes of these titles that nothing points at any more (after citations moved off them). */
export function buildDeleteOrphanTitleStubsQuery(keys: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $keys AS key
MATCH (s:Policy {titleKey: key}) WHERE s.status = 'cited'
  AND NOT EXISTS { (s)-[r]-() WHERE type(r) <> 'IN_JURISDICTION' }
DETACH DELETE s
RETURN count(*) AS deleted`,
    params: { keys },
  };
}
