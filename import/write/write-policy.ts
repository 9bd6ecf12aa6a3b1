/**
 * Query builder: the rows of one document → the Cypher statements that write it, to run in ONE transaction
 * (graph `executeWrite`). Every statement is a batched `UNWIND $rows AS row MERGE …`; the last ones remove what
 * the text no longer has. Relationship types are fixed literals here, never taken from input. Example:
 *   buildPolicyWrite(rows) → [{ cypher: 'MERGE (p:Policy {id: $id}) SET p += $props …', params: { id, props, … } }, …]
 */
import type { CitationRelation } from '../model.ts';
import type { PolicyRows } from './build-policy-rows.ts';
import { mergeList, RELATION_TYPE, type CypherQuery } from './cypher-parts.ts';
import { buildStaleRemoval } from './remove-stale-children.ts';

export type { CypherQuery } from './cypher-parts.ts';

/** Options of the writer. */
export interface PolicyWriteOptions {
  /** Test hook: insert a statement that fails (division by zero) after this many statements. */
  failAfterStatement?: number;
  /** The Policy node did not exist before this write: nothing can be stale, so the cleanup statements are left out. */
  firstWrite?: boolean;
}

function upsertPolicy(rows: PolicyRows): CypherQuery {
  return {
    cypher: `MERGE (p:Policy {id: $id})
SET p += $props
SET p.titleAliases = ${mergeList('p.titleAliases', '$aliases', 'p.title')}`,
    params: { id: rows.policyId, props: rows.policy, aliases: rows.aliases },
  };
}

function upsertJurisdictions(rows: PolicyRows): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (j:Jurisdiction {id: row.name})
SET j.name = row.name, j.tier = coalesce(j.tier, row.tier)`,
    params: { rows: rows.jurisdictions },
  };
}

function linkPolicyJurisdiction(rows: PolicyRows): CypherQuery {
  return {
    cypher: `MATCH (p:Policy {id: $id})
OPTIONAL MATCH (p)-[old:IN_JURISDICTION]->(j:Jurisdiction) WHERE $jurisdiction IS NULL OR j.id <> $jurisdiction
DELETE old
WITH DISTINCT p
MATCH (j:Jurisdiction {id: $jurisdiction})
MERGE (p)-[:IN_JURISDICTION]->(j)`,
    params: { id: rows.policyId, jurisdiction: rows.jurisdiction },
  };
}

function upsertParts(rows: PolicyRows): CypherQuery {
  return {
    cypher: `MATCH (p:Policy {id: $id})
UNWIND $rows AS row
MERGE (x:Part {id: row.id})
SET x += row.props
MERGE (p)-[:HAS_PART]->(x)`,
    params: { id: rows.policyId, rows: rows.parts },
  };
}

function upsertArticles(rows: PolicyRows): CypherQuery {
  return {
    cypher: `MATCH (p:Policy {id: $id})
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
REMOVE a.stale
MERGE (p)-[:HAS_ARTICLE]->(a)
WITH a, row
OPTIONAL MATCH (a)<-[old:HAS_ARTICLE]-(other:Part) WHERE row.partId IS NULL OR other.id <> row.partId
DELETE old
WITH DISTINCT a, row
MATCH (part:Part {id: row.partId})
MERGE (part)-[:HAS_ARTICLE]->(a)`,
    params: { id: rows.policyId, rows: rows.articles },
  };
}

function upsertItems(rows: PolicyRows): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (i:Item {id: row.id})
SET i += row.props
MERGE (a)-[:HAS_ITEM]->(i)`,
    params: { rows: rows.items },
  };
}

function upsertAgencies(rows: PolicyRows): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (g:Agency {id: row.id})
SET g.name = row.name, g.collective = row.collective, g.jurisdiction = coalesce(row.jurisdiction, g.jurisdiction),
    g.aliases = ${mergeList('g.aliases', 'row.aliases', 'row.name')}
WITH g, row WHERE row.jurisdiction IS NOT NULL
MATCH (j:Jurisdiction {id: row.jurisdiction})
MERGE (g)-[:IN_JURISDICTION]->(j)`,
    params: { rows: rows.agencies },
  };
}

function linkArticleRoles(rows: PolicyRows, role: 'LEADS' | 'COOPERATES_ON'): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (g:Agency {id: row.agencyId}), (a:Article {id: row.articleId})
MERGE (g)-[r:${role}]->(a)
SET r.asWritten = row.asWritten`,
    params: { rows: rows.articleRoles.filter((r) => r.role === role) },
  };
}

function linkPolicyRoles(rows: PolicyRows, role: 'ISSUED' | 'DRAFTED' | 'APPROVED'): CypherQuery {
  // Keyed by source: what the document says of itself and what an interpretation says of it are separate statements.
  return {
    cypher: `UNWIND $rows AS row
MATCH (g:Agency {id: row.agencyId}), (t:Policy {id: row.targetId})
MERGE (g)-[r:${role} {source: row.source}]->(t)
SET r.detail = row.detail`,
    params: { rows: rows.policyRoles.filter((r) => r.role === role) },
  };
}

function upsertGoals(rows: PolicyRows): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (x:Goal {id: row.id})
SET x += row.props
WITH x, row
OPTIONAL MATCH (x)<-[old:HAS_GOAL]-(owner) WHERE owner.id <> row.ownerId
DELETE old
WITH DISTINCT x, row
OPTIONAL MATCH (policy:Policy {id: row.ownerId})
OPTIONAL MATCH (article:Article {id: row.ownerId})
WITH x, coalesce(article, policy) AS owner WHERE owner IS NOT NULL
MERGE (owner)-[:HAS_GOAL]->(x)`,
    params: { rows: rows.goals },
  };
}

function upsertEvents(rows: PolicyRows): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e += row.props
WITH e, row
OPTIONAL MATCH (e)<-[old:HAS_EVENT]-(owner) WHERE owner.id <> row.ownerId
DELETE old
WITH DISTINCT e, row
MATCH (owner:Policy {id: row.ownerId})
MERGE (owner)-[:HAS_EVENT]->(e)`,
    params: { rows: rows.events },
  };
}

function upsertCitedPolicies(rows: PolicyRows): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (t:Policy {id: row.targetId})
ON CREATE SET t += row.create, t.status = 'cited', t.titleAliases = []
SET t.docNumber = coalesce(t.docNumber, row.fillNumber),
    t.titleAliases = ${mergeList('t.titleAliases', 'CASE WHEN row.alias IS NULL THEN [] ELSE [row.alias] END', 't.title')}
WITH t, row WHERE row.create IS NOT NULL AND row.create.jurisdiction IS NOT NULL
MATCH (j:Jurisdiction {id: row.create.jurisdiction})
MERGE (t)-[:IN_JURISDICTION]->(j)`,
    params: {
      rows: rows.citations.map((c) => ({ targetId: c.targetId, create: c.create ?? null, fillNumber: c.fillNumber ?? null, alias: c.alias ?? null })),
    },
  };
}

function linkCitations(rows: PolicyRows, relation: CitationRelation): CypherQuery {
  const type = RELATION_TYPE[relation];
  const pattern = relation === 'implements' ? `[r:${type} {inferred: false}]` : `[r:${type}]`;
  return {
    cypher: `MATCH (p:Policy {id: $id})
UNWIND $rows AS row
MATCH (t:Policy {id: row.targetId})
MERGE (p)-${pattern}->(t)
SET r.line = row.line, r.citedTitle = row.citedTitle, r.citedNumber = row.citedNumber`,
    params: {
      id: rows.policyId,
      rows: rows.citations
        .filter((c) => c.relation === relation)
        .map((c) => ({ targetId: c.targetId, line: c.line, citedTitle: c.citedTitle, citedNumber: c.citedNumber })),
    },
  };
}

/** Builds the statements that write one document, in order; run them in one transaction. */
export function buildPolicyWrite(rows: PolicyRows, options: PolicyWriteOptions = {}): CypherQuery[] {
  const upserts: CypherQuery[] = [
    upsertPolicy(rows),
    upsertJurisdictions(rows),
    linkPolicyJurisdiction(rows),
    upsertParts(rows),
    upsertArticles(rows),
    upsertItems(rows),
    upsertAgencies(rows),
    linkArticleRoles(rows, 'LEADS'),
    linkArticleRoles(rows, 'COOPERATES_ON'),
    upsertGoals(rows),
    // Cited Policies first: an interpretation's roles and events hang on the Policy it interprets, maybe cited-only.
    upsertCitedPolicies(rows),
    ...(['ISSUED', 'DRAFTED', 'APPROVED'] as const).map((role) => linkPolicyRoles(rows, role)),
    upsertEvents(rows),
    ...(['implements', 'based_on', 'cites', 'interprets'] as const).map((relation) => linkCitations(rows, relation)),
  ];
  // A batch with no rows would be a round trip that does nothing; the cleanup statements run unless the Policy is
  // written for the first time (a first write has nothing stale: ~40% fewer round trips on a fresh import).
  const cleanups = options.firstWrite ? [] : buildStaleRemoval(rows);
  const queries = [...upserts.filter((q) => !Array.isArray(q.params.rows) || q.params.rows.length > 0), ...cleanups];
  const at = options.failAfterStatement;
  if (at !== undefined) queries.splice(Math.max(0, Math.min(at, queries.length)), 0, { cypher: 'RETURN 1 / 0 AS injectedFailure', params: {} });
  return queries;
}
