/**
 * Query builder: after a document's rows are written, the statements that remove what its new text no longer has —
 * citation links (and cited-only nodes nobody cites any more), agency roles (and agencies left without any role),
 * items, goals, events, articles, parts and sections, each kept by the id lists of the new rows. Only what this document
 * wrote goes: roles by their `source`, events by their `{source}#event-` ids, so an interpretation's statements
 * about the measures survive a re-import of the measures. An article with a reviewed
 * (confirmed/rejected) ALIGNS_WITH is kept and marked `stale`. Example:
 *   buildStaleRemoval(rows)[5] → { cypher: 'MATCH (a:Article {policyId: $id})-[:HAS_ITEM]->(i:Item) WHERE NOT i.id IN $keep …',
 *     params: { id: '国发〔2020〕7号', keep: ['国发〔2020〕7号#p1/a1/1', …] } }
 */
import type { PolicyRows } from './build-policy-rows.ts';
import { RELATION_TYPE, type CypherQuery } from './cypher-parts.ts';

/**
 * A cited-only Policy the document takes in (its corrected number's node): every link to it from elsewhere moves to
 * the document, then it goes. Its own links from the document were the self-citation the misread number made.
 */
function absorbCitedPolicy(id: string, absorbed: string): CypherQuery {
  return {
    cypher: `MATCH (stub:Policy {id: $absorbed}) WHERE stub.status = 'cited'
MATCH (p:Policy {id: $id})
CALL (stub, p) {
  MATCH (x)-[r]->(stub) WHERE x <> p
  CALL apoc.refactor.to(r, p) YIELD output
  RETURN count(output) AS moved
}
DETACH DELETE stub`,
    params: { id, absorbed },
  };
}

/**
 * Statements that remove what the new text no longer has; reviewed alignments keep their articles (marked stale). A
 * book of a code (rows.bookScope) removes only what is its own: children under its id, and, of what the code's books
 * state together (roles, citations, events), its own statement — the thing goes when no other book states it.
 */
export function buildStaleRemoval(rows: PolicyRows): CypherQuery[] {
  const id = rows.policyId;
  const book = rows.bookScope ?? null;
  // Every child id starts with the Policy's (…#p1/a2); a book's with the book's (…#继承编/p1/a1119).
  const prefix = book ? `${book}/` : `${id}#`;
  const scope = book ? { book } : {};
  const stated = (v: string) => (book ? `AND $book IN coalesce(${v}.books, [])` : '');
  const unstate = (v: string, remove = 'DELETE') =>
    book
      ? `SET ${v}.books = [b IN coalesce(${v}.books, []) WHERE b <> $book]
WITH * WHERE size(${v}.books) = 0
${remove} ${v}`
      : `${remove} ${v}`;
  const citationKeys = rows.citations.map((c) => `${RELATION_TYPE[c.relation]}>${c.targetId}`);
  const policyRoleKeys = rows.policyRoles.map((r) => `${r.role}>${r.agencyId}>${r.targetId}`);
  const orphanAgencies = `WITH DISTINCT g WHERE NOT EXISTS { (g)-[:ISSUED|DRAFTED|APPROVED|LEADS|COOPERATES_ON]->() }
DETACH DELETE g`;
  const articleRoleKeys = rows.articleRoles.map((r) => `${r.role}>${r.agencyId}>${r.articleId}`);
  const reviewed = `EXISTS { (a)-[s:ALIGNS_WITH]-() WHERE s.status IS NOT NULL AND s.status <> 'suggested' }`;
  return [
    ...(rows.absorbs ? [absorbCitedPolicy(id, rows.absorbs)] : []),
    // What this document said of a Policy it cites or interprets (source = this document); before the citation
    // cleanup, which may remove the path to a Policy it no longer interprets.
    {
      cypher: `MATCH (:Policy {id: $id})-[:CITES|BASED_ON|INTERPRETS|IMPLEMENTS]->(t:Policy)
WITH DISTINCT t
MATCH (g:Agency)-[r:ISSUED|DRAFTED|APPROVED {source: $id}]->(t)
WHERE NOT (type(r) + '>' + g.id + '>' + t.id) IN $keep ${stated('r')}
${unstate('r')}
${orphanAgencies}`,
      params: { id, keep: policyRoleKeys, ...scope },
    },
    {
      cypher: `MATCH (p:Policy {id: $id})-[r:CITES|BASED_ON|INTERPRETS|IMPLEMENTS]->(t:Policy)
WHERE coalesce(r.inferred, false) = false AND NOT (type(r) + '>' + t.id) IN $keep ${stated('r')}
${unstate('r')}
WITH DISTINCT t WHERE t.status = 'cited' AND NOT EXISTS { (t)<-[:CITES|BASED_ON|INTERPRETS|IMPLEMENTS]-() }
DETACH DELETE t`,
      params: { id, keep: citationKeys, ...scope },
    },
    // Roles on this Policy that this document states; another document's statements about it (an interpretation's)
    // stay. A role without a source was written before sources were kept: replaced by the sourced one.
    {
      cypher: `MATCH (g:Agency)-[r:ISSUED|DRAFTED|APPROVED]->(p:Policy {id: $id})
WHERE r.source IS NULL OR (r.source = $id AND NOT (type(r) + '>' + g.id + '>' + p.id) IN $keep ${stated('r')})
${unstate('r')}
${orphanAgencies}`,
      params: { id, keep: policyRoleKeys, ...scope },
    },
    {
      cypher: `MATCH (g:Agency)-[r:LEADS|COOPERATES_ON]->(a:Article {policyId: $id})
WHERE a.id STARTS WITH $prefix AND NOT (type(r) + '>' + g.id + '>' + a.id) IN $keep
DELETE r
${orphanAgencies}`,
      params: { id, prefix, keep: articleRoleKeys },
    },
    {
      cypher: `MATCH (a:Article {policyId: $id})-[:HAS_ITEM]->(i:Item) WHERE a.id STARTS WITH $prefix AND NOT i.id IN $keep
DETACH DELETE i`,
      params: { id, prefix, keep: rows.items.map((i) => i.id) },
    },
    {
      cypher: `MATCH (x:Goal) WHERE x.id STARTS WITH $prefix AND NOT x.id IN $keep
DETACH DELETE x`,
      params: { prefix: `${prefix}goal-`, keep: rows.goals.map((g) => g.id) },
    },
    {
      cypher: `MATCH (x:Event) WHERE x.id STARTS WITH $prefix AND NOT x.id IN $keep ${stated('x')}
${unstate('x', 'DETACH DELETE')}`,
      params: { prefix: `${id}#event-`, keep: rows.events.map((e) => e.id), ...scope },
    },
    {
      cypher: `MATCH (a:Article {policyId: $id}) WHERE a.id STARTS WITH $prefix AND NOT a.id IN $keep AND ${reviewed}
SET a.stale = true`,
      params: { id, prefix, keep: rows.articles.map((a) => a.id) },
    },
    {
      cypher: `MATCH (a:Article {policyId: $id}) WHERE a.id STARTS WITH $prefix AND NOT a.id IN $keep AND NOT ${reviewed}
DETACH DELETE a`,
      params: { id, prefix, keep: rows.articles.map((a) => a.id) },
    },
    {
      cypher: `MATCH (x:Part {policyId: $id}) WHERE x.id STARTS WITH $prefix AND NOT x.id IN $keep
DETACH DELETE x`,
      params: { id, prefix, keep: rows.parts.map((x) => x.id) },
    },
    {
      cypher: `MATCH (x:Section {policyId: $id}) WHERE x.id STARTS WITH $prefix AND NOT x.id IN $keep
DETACH DELETE x`,
      params: { id, prefix, keep: rows.sections.map((x) => x.id) },
    },
  ];
}
