/**
 * Query builder: after a document's rows are written, the statements that remove what its new text no longer has —
 * citation links (and cited-only nodes nobody cites any more), agency roles (and agencies left without any role),
 * items, goals, events, articles and parts, each kept by the id lists of the new rows. An article with a reviewed
 * (confirmed/rejected) ALIGNS_WITH is kept and marked `stale`. Example:
 *   buildStaleRemoval(rows)[3] → { cypher: 'MATCH (a:Article {policyId: $id})-[:HAS_ITEM]->(i:Item) WHERE NOT i.id IN $keep …',
 *     params: { id: '国发〔2020〕7号', keep: ['国发〔2020〕7号#p1/a1/1', …] } }
 */
import type { PolicyRows } from './build-policy-rows.ts';
import { RELATION_TYPE, type CypherQuery } from './cypher-parts.ts';

/** Statements that remove what the new text no longer has; reviewed alignments keep their articles (marked stale). */
export function buildStaleRemoval(rows: PolicyRows): CypherQuery[] {
  const id = rows.policyId;
  const citationKeys = rows.citations.map((c) => `${RELATION_TYPE[c.relation]}>${c.targetId}`);
  const policyRoleKeys = rows.policyRoles.map((r) => `${r.role}>${r.agencyId}`);
  const articleRoleKeys = rows.articleRoles.map((r) => `${r.role}>${r.agencyId}>${r.articleId}`);
  const reviewed = `EXISTS { (a)-[s:ALIGNS_WITH]-() WHERE s.status IS NOT NULL AND s.status <> 'suggested' }`;
  return [
    {
      cypher: `MATCH (p:Policy {id: $id})-[r:CITES|BASED_ON|INTERPRETS|IMPLEMENTS]->(t:Policy)
WHERE coalesce(r.inferred, false) = false AND NOT (type(r) + '>' + t.id) IN $keep
DELETE r
WITH DISTINCT t WHERE t.status = 'cited' AND NOT EXISTS { (t)<-[:CITES|BASED_ON|INTERPRETS|IMPLEMENTS]-() }
DETACH DELETE t`,
      params: { id, keep: citationKeys },
    },
    {
      cypher: `MATCH (g:Agency)-[r:ISSUED|DRAFTED|APPROVED]->(p:Policy {id: $id})
WHERE NOT (type(r) + '>' + g.id) IN $keep
DELETE r
WITH DISTINCT g WHERE NOT EXISTS { (g)-[:ISSUED|DRAFTED|APPROVED|LEADS|COOPERATES_ON]->() }
DETACH DELETE g`,
      params: { id, keep: policyRoleKeys },
    },
    {
      cypher: `MATCH (g:Agency)-[r:LEADS|COOPERATES_ON]->(a:Article {policyId: $id})
WHERE NOT (type(r) + '>' + g.id + '>' + a.id) IN $keep
DELETE r
WITH DISTINCT g WHERE NOT EXISTS { (g)-[:ISSUED|DRAFTED|APPROVED|LEADS|COOPERATES_ON]->() }
DETACH DELETE g`,
      params: { id, keep: articleRoleKeys },
    },
    {
      cypher: `MATCH (a:Article {policyId: $id})-[:HAS_ITEM]->(i:Item) WHERE NOT i.id IN $keep
DETACH DELETE i`,
      params: { id, keep: rows.items.map((i) => i.id) },
    },
    {
      cypher: `MATCH (x:Goal) WHERE x.id STARTS WITH $prefix AND NOT x.id IN $keep
DETACH DELETE x`,
      params: { prefix: `${id}#goal-`, keep: rows.goals.map((g) => g.id) },
    },
    {
      cypher: `MATCH (x:Event) WHERE x.id STARTS WITH $prefix AND NOT x.id IN $keep
DETACH DELETE x`,
      params: { prefix: `${id}#event-`, keep: rows.events.map((e) => e.id) },
    },
    {
      cypher: `MATCH (a:Article {policyId: $id}) WHERE NOT a.id IN $keep AND ${reviewed}
SET a.stale = true`,
      params: { id, keep: rows.articles.map((a) => a.id) },
    },
    {
      cypher: `MATCH (a:Article {policyId: $id}) WHERE NOT a.id IN $keep AND NOT ${reviewed}
DETACH DELETE a`,
      params: { id, keep: rows.articles.map((a) => a.id) },
    },
    {
      cypher: `MATCH (x:Part {policyId: $id}) WHERE NOT x.id IN $keep
DETACH DELETE x`,
      params: { id, keep: rows.parts.map((x) => x.id) },
    },
  ];
}
