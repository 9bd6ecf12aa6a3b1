/**
 * Query builders for alignment in the graph (graph/MODEL.md). Each returns { cypher, params }; writes are batched
 * `UNWIND $rows` statements, one chunk per transaction.
 * Example: buildCreateAlignmentsQuery([{ id: 'A#p1/a1->B#a6', lowerId: 'A#p1/a1', upperId: 'B#a6', score: 0.6, … }],
 * '2026-11-26T15:00:00Z') → CREATE of one suggested ALIGNS_WITH, unless one with that id links the two articles.
 */
import type { CypherQuery } from '../../graph/index.ts';

/** One ALIGNS_WITH to write: the engine's pair with graph ids and the evidence as a JSON string. */
export interface AlignmentRow {
  id: string;
  lowerId: string;
  upperId: string;
  score: number;
  class: string;
  rank: number;
  /** The lower article names the upper one (stored only when true). */
  cited: boolean;
  evidence: string;
  method: string;
  version: string;
}

/** One inferred IMPLEMENTS to write. */
export interface InferredRow {
  lowerId: string;
  upperId: string;
  alignedArticles: number;
}

/**
 * Reads the id and status of every ALIGNS_WITH from articles of `policyIds` (one read before a run writes), so the
 * writes below can create the new ones and refresh the suggested ones without a MERGE per row.
 */
export function buildReadAlignmentStatusQuery(policyIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $policyIds AS policyId
MATCH (:Article {policyId: policyId})-[r:ALIGNS_WITH]->(:Article)
RETURN r.id AS id, r.status AS status`,
    params: { policyIds },
  };
}

/**
 * Creates suggested ALIGNS_WITH that buildReadAlignmentStatusQuery did not find, with `updatedAt = $stamp` (the sweep
 * below relies on it). A relationship with the same id between the same articles is never made twice: a row whose
 * relationship appeared since that read is left out (the expand from the lower article costs little: it holds a few).
 */
export function buildCreateAlignmentsQuery(rows: readonly AlignmentRow[], stamp: string): CypherQuery {
  return {
    cypher: `
UNWIND $rows AS row
MATCH (l:Article {id: row.lowerId})
MATCH (u:Article {id: row.upperId})
WITH l, u, row
WHERE NOT EXISTS { MATCH (l)-[x:ALIGNS_WITH]->(u) WHERE x.id = row.id }
CREATE (l)-[r:ALIGNS_WITH {id: row.id}]->(u)
SET r.status = 'suggested', r.score = row.score, r.class = row.class, r.rank = row.rank,
    r.cited = CASE WHEN row.cited THEN true END, r.evidence = row.evidence, r.method = row.method, r.version = row.version, r.updatedAt = $stamp`,
    params: { rows, stamp },
  };
}

/**
 * Refreshes existing ALIGNS_WITH, found by the relationship index on `id`, whose status is still `suggested`: one a
 * person confirmed or rejected (even since the read) keeps every property as it is. Sets `updatedAt = $stamp`.
 */
export function buildRefreshAlignmentsQuery(rows: readonly AlignmentRow[], stamp: string): CypherQuery {
  return {
    cypher: `
UNWIND $rows AS row
MATCH (:Article)-[r:ALIGNS_WITH {id: row.id}]->(:Article)
WHERE r.status = 'suggested'
SET r.score = row.score, r.class = row.class, r.rank = row.rank, r.cited = CASE WHEN row.cited THEN true END,
    r.evidence = row.evidence,
    r.method = row.method, r.version = row.version, r.updatedAt = $stamp`,
    params: { rows, stamp },
  };
}

/** Deletes the suggested ALIGNS_WITH from articles of `policyIds` that this run (`stamp`) did not suggest again. */
export function buildSweepAlignmentsQuery(policyIds: readonly string[], stamp: string): CypherQuery {
  return {
    cypher: `
UNWIND $policyIds AS policyId
MATCH (l:Article {policyId: policyId})-[r:ALIGNS_WITH]->(:Article)
WHERE r.status = 'suggested' AND coalesce(r.updatedAt, '') <> $stamp
DELETE r
RETURN count(r) AS deleted`,
    params: { policyIds, stamp },
  };
}

/** Replaces the inferred IMPLEMENTS of `policyIds` by `rows`; never where a cited edge already links the pair. */
export function buildInferredImplementsQueries(
  policyIds: readonly string[],
  rows: readonly InferredRow[],
): CypherQuery[] {
  const keep = rows.map((r) => `${r.lowerId}->${r.upperId}`);
  return [
    {
      cypher: `
UNWIND $policyIds AS policyId
MATCH (l:Policy {id: policyId})-[r:IMPLEMENTS]->(u:Policy)
WHERE r.inferred = true AND NOT (l.id + '->' + u.id) IN $keep
DELETE r`,
      params: { policyIds, keep },
    },
    {
      cypher: `
UNWIND $rows AS row
MATCH (l:Policy {id: row.lowerId})
MATCH (u:Policy {id: row.upperId})
WITH l, u, row
WHERE NOT EXISTS { MATCH (l)-[x:IMPLEMENTS|BASED_ON|CITES]->(u) WHERE coalesce(x.inferred, false) = false }
MERGE (l)-[r:IMPLEMENTS {inferred: true}]->(u)
SET r.alignedArticles = row.alignedArticles`,
      params: { rows },
    },
  ];
}

/** Records, on each policy aligned by this run, the fingerprint of what it was aligned from (align-fingerprints.ts). */
export function buildSetAlignedInputQuery(rows: readonly { id: string; fingerprint: string }[]): CypherQuery {
  return {
    cypher: `
UNWIND $rows AS row
MATCH (p:Policy {id: row.id})
SET p.alignedInput = row.fingerprint`,
    params: { rows },
  };
}

/** Splits rows into chunks of `size` (one transaction each). */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
