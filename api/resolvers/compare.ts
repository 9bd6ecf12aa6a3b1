/**
 * `compare(lowerPolicyId, upperPolicyId)`: the 对照表 of two documents — aligned pairs (rejected ones left out)
 * in upper-article order, and the articles of each side without a counterpart on the other. Example:
 * `buildCompareQuery('柳政规〔2021〕18号', 't:…')` → one row `{ lowerPolicyId, upperPolicyId, pairs: [...],
 * unmatchedUpper: [ids], unmatchedLower: [ids] }`, or no row when either policy is unknown.
 */
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { COUNTERPART, PAIR_PROJECTION, toComparedPair } from './compared-pair.ts';
import type { ComparedPairRow } from './compared-pair.ts';
import { buildComparedSidesQuery, comparedSidesProblem, type ComparedSide } from './check-compared-sides.ts';
import { readAsOf } from './read-as-of.ts';
import { readPolicySide } from './read-policy-side.ts';
import { pairThroughVersions, VERSION_LINKS } from './through-versions-cypher.ts';

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

/**
 * The comparison read through the versions (through-versions-cypher.ts), when a side is read on a day or given as a
 * Work id. Such a pair stays `cited` only when every step keeps the text (SAME_AS): the lower text named the article
 * as it then read, and a changed article is not the one it named.
 */
export function buildCompareAsOfQuery(lowerPolicyId: string, upperPolicyId: string): CypherQuery {
  const plain = buildCompareQuery(lowerPolicyId, upperPolicyId);
  const through = pairThroughVersions({ lower: 'la', pair: 'r', aligned: 'aligned', target: 'ua', moved: 'moved' });
  return {
    ...plain,
    cypher: plain.cypher
      .replace(
        '(la:Article)-[r:ALIGNS_WITH]->(ua:Article)<-[:HAS_ARTICLE]-(up)\n  WHERE',
        `${through.pattern}<-[:HAS_ARTICLE]-(up)\n  WHERE`,
      )
      .replace('WITH la, r, ua ORDER BY', 'WITH la, r, ua, moved, aligned ORDER BY')
      .replace('cited: r.cited,', "cited: r.cited AND all(s IN moved WHERE type(s) = 'SAME_AS'),")
      .replace(COUNTERPART, through.counterpart)
      .replaceAll('-[r:ALIGNS_WITH]->(ua) WHERE', `-[r:ALIGNS_WITH]->(:Article)-[${VERSION_LINKS}]-(ua) WHERE`)
      .replace(
        '(la)-[r:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(up)',
        `(la)-[r:ALIGNS_WITH]->(:Article)-[${VERSION_LINKS}]-(:Article)<-[:HAS_ARTICLE]-(up)`,
      ),
  };
}

/** Resolver of Query.compare; an unknown policy, or two sides that cannot be compared, is BAD_USER_INPUT. */
export async function resolveCompare(
  _: unknown,
  args: { lowerPolicyId: string; upperPolicyId: string; asOf?: string | null },
  context: ApiContext,
): Promise<ComparisonRow> {
  const asOf = readAsOf(args.asOf);
  const [lower, upper] = await Promise.all([
    readPolicySide('lowerPolicyId', args.lowerPolicyId, asOf, context),
    readPolicySide('upperPolicyId', args.upperPolicyId, asOf, context),
  ]);
  const problems = [lower, upper].flatMap((side) => ('problem' in side ? [side.problem] : []));
  if ('problem' in lower || 'problem' in upper) throw badInput(problems.join('; '));
  const described = await context.runner.read(buildComparedSidesQuery([lower.id, upper.id]));
  const side = (argument: string, given: string, id: string): ComparedSide => {
    const row = described.find((r) => (r.policy as { id: string }).id === id);
    const policy = (row?.policy ?? {}) as Record<string, string | null>;
    return {
      argument,
      given,
      id,
      tier: policy.tier ?? null,
      workId: policy.workId ?? null,
      jurisdiction: policy.jurisdiction ?? null,
      authorityLevel: policy.authorityLevel ?? null,
      kind: policy.kind ?? null,
      title: policy.title ?? null,
      issuer: policy.issuer ?? null,
      places: (row?.places as ComparedSide['places']) ?? [],
    };
  };
  const problem = comparedSidesProblem(
    side('lowerPolicyId', args.lowerPolicyId, lower.id),
    side('upperPolicyId', args.upperPolicyId, upper.id),
  );
  if (problem) throw badInput(problem);
  // Read on a day, or given as a Work id, a side is compared through the version links (read-policy-side.ts).
  const throughVersions = lower.throughVersions || upper.throughVersions;
  const rows = await context.runner.read(
    throughVersions ? buildCompareAsOfQuery(lower.id, upper.id) : buildCompareQuery(lower.id, upper.id),
  );
  const row = rows[0];
  // Both were found a moment ago (readPolicySide): one was removed since.
  if (!row) throw badInput(`lowerPolicyId "${lower.id}" or upperPolicyId "${upper.id}" is no longer in the graph`);
  return {
    lowerPolicyId: String(row.lowerPolicyId),
    upperPolicyId: String(row.upperPolicyId),
    pairs: (row.pairs as Record<string, unknown>[]).map(toComparedPair),
    unmatchedUpperIds: (row.unmatchedUpper as string[]) ?? [],
    unmatchedLowerIds: (row.unmatchedLower as string[]) ?? [],
  };
}
