/**
 * `compare(lowerPolicyId, upperPolicyId)`: the 对照表 of two documents — aligned pairs (rejected ones left out)
 * in upper-article order, and the articles of each side without a counterpart on the other. Example:
 * `buildCompareQuery('柳政规〔2021〕18号', 't:…')` → one row `{ lowerPolicyId, upperPolicyId, pairs: [...],
 * unmatchedUpper: [ids], unmatchedLower: [ids] }`, or no row when either policy is unknown.
 */
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { PAIR_PROJECTION, toComparedPair } from './compared-pair.ts';
import type { ComparedPairRow } from './compared-pair.ts';

/** A comparison before its policies and articles are loaded. */
export interface ComparisonRow {
  lowerPolicyId: string;
  upperPolicyId: string;
  pairs: ComparedPairRow[];
  unmatchedUpperIds: string[];
  unmatchedLowerIds: string[];
}

const LIVE = "coalesce(r.status, 'suggested') <> 'rejected'";

/** Builds the comparison query. */
export function buildCompareQuery(lowerPolicyId: string, upperPolicyId: string): CypherQuery {
  return {
    cypher: `MATCH (lp:Policy {id: $lowerPolicyId})
MATCH (up:Policy {id: $upperPolicyId})
CALL (lp, up) {
  MATCH (lp)-[:HAS_ARTICLE]->(la:Article)-[r:ALIGNS_WITH]->(ua:Article)<-[:HAS_ARTICLE]-(up)
  WHERE ${LIVE}
  WITH la, r, ua ORDER BY ua.order, r.score DESC, la.order
  RETURN collect(${PAIR_PROJECTION}) AS pairs
}
CALL (lp, up) {
  MATCH (up)-[:HAS_ARTICLE]->(ua:Article)
  WHERE NOT EXISTS { MATCH (lp)-[:HAS_ARTICLE]->(:Article)-[r:ALIGNS_WITH]->(ua) WHERE ${LIVE} }
  WITH ua ORDER BY ua.order
  RETURN collect(ua.id) AS unmatchedUpper
}
CALL (lp, up) {
  MATCH (lp)-[:HAS_ARTICLE]->(la:Article)
  WHERE NOT EXISTS { MATCH (la)-[r:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(up) WHERE ${LIVE} }
  WITH la ORDER BY la.order
  RETURN collect(la.id) AS unmatchedLower
}
RETURN lp.id AS lowerPolicyId, up.id AS upperPolicyId, pairs, unmatchedUpper, unmatchedLower`,
    params: { lowerPolicyId, upperPolicyId },
  };
}

/** Resolver of Query.compare; an unknown policy is BAD_USER_INPUT. */
export async function resolveCompare(
  _: unknown,
  args: { lowerPolicyId: string; upperPolicyId: string },
  context: ApiContext,
): Promise<ComparisonRow> {
  const rows = await context.runner.read(buildCompareQuery(args.lowerPolicyId, args.upperPolicyId));
  const row = rows[0];
  if (!row) throw badInput(`No policy with id "${args.lowerPolicyId}" or "${args.upperPolicyId}"`);
  return {
    lowerPolicyId: String(row.lowerPolicyId),
    upperPolicyId: String(row.upperPolicyId),
    pairs: (row.pairs as Record<string, unknown>[]).map(toComparedPair),
    unmatchedUpperIds: (row.unmatchedUpper as string[]) ?? [],
    unmatchedLowerIds: (row.unmatchedLower as string[]) ?? [],
  };
}
