/**
 * `coverage(upperPolicyId, tier)`: for each article of an upper document (in order), the lower documents whose
 * articles carry it, optionally only lower documents of one tier, best first. A kept pair (ALIGNS_WITH) carries the
 * article as align/trace-lineage.ts's carriesArticle says (carries-article-cypher.ts: from 0.14, or the lower
 * article's best pair into this document, or a side a heading only, or cited, or confirmed; never rejected): the
 * engine's weaker candidates are mostly no counterpart. Example: `buildCoverageQuery('国发〔2020〕7号', 'municipal')` → one row `{ upperPolicyId, rows: [{ articleId,
 * counterparts: [{ policyId, articleIds, bestScore }] }] }`, or no row when the policy is unknown.
 */
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { articleScalarProjection } from '../pick-scalar-selection.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { carriesArticleCypher } from './carries-article-cypher.ts';

/** One counterpart document before loading. */
export interface CounterpartRow {
  policyId: string;
  articleIds: string[];
  bestScore: number;
}

/** One coverage row before loading. */
export interface CoverageRowData {
  articleId: string;
  lowerDocumentCount: number;
  counterparts: CounterpartRow[];
  /** Article scalars of `article`, so a scalar-only sub-selection needs no hydration. */
  articleNode: Record<string, unknown>;
}

/** Builds the coverage query; `tier` null means every tier. */
export function buildCoverageQuery(upperPolicyId: string, tier: string | null): CypherQuery {
  return {
    cypher: `MATCH (up:Policy {id: $upperPolicyId})
OPTIONAL MATCH (up)-[:HAS_ARTICLE]->(ua:Article)
CALL (up, ua) {
  MATCH (lp:Policy)-[:HAS_ARTICLE]->(la:Article)-[r:ALIGNS_WITH]->(ua)
  WHERE lp <> up AND ($tier IS NULL OR lp.tier = $tier)
    AND ${carriesArticleCypher({ lower: 'la', pair: 'r', target: 'ua', document: 'up' })}
  WITH lp, la, r ORDER BY r.score DESC, la.order
  WITH lp, collect(la.id) AS articleIds, max(r.score) AS bestScore
  ORDER BY bestScore DESC, lp.id
  RETURN collect({policyId: lp.id, articleIds: articleIds, bestScore: bestScore}) AS counterparts
}
WITH up, ua, counterparts ORDER BY ua.order
RETURN up.id AS upperPolicyId,
       collect(CASE WHEN ua IS NULL THEN null ELSE {articleId: ua.id, articleNode: ${articleScalarProjection('ua')}, counterparts: counterparts} END) AS rows`,
    params: { upperPolicyId, tier },
  };
}

/** Resolver of Query.coverage; an unknown policy is BAD_USER_INPUT. */
export async function resolveCoverage(
  _: unknown,
  args: { upperPolicyId: string; tier?: string | null },
  context: ApiContext,
): Promise<{ upperPolicyId: string; rows: CoverageRowData[] }> {
  const result = await context.runner.read(buildCoverageQuery(args.upperPolicyId, args.tier ?? null));
  const row = result[0];
  if (!row) throw badInput(`No policy with id "${args.upperPolicyId}"`);
  const rows = (
    row.rows as Array<{ articleId: string; articleNode: Record<string, unknown>; counterparts: CounterpartRow[] }>
  ).map((r) => ({
    articleId: r.articleId,
    articleNode: r.articleNode,
    lowerDocumentCount: r.counterparts.length,
    counterparts: r.counterparts.map((c) => ({ ...c, bestScore: Number(c.bestScore) })),
  }));
  return { upperPolicyId: String(row.upperPolicyId), rows };
}
