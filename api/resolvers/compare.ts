/**
 * `compare(lowerPolicyId, upperPolicyId)`: the 对照表 of two documents — aligned pairs (rejected ones left out)
 * in upper-article order, and the articles of each side without a counterpart on the other. Example:
 * `buildCompareQuery('柳政规〔2021〕18号', 't:…')` → one row `{ lowerPolicyId, upperPolicyId, pairs: [...],
 * unmatchedUpper: [ids], unmatchedLower: [ids] }`, or no row when either policy is unknown.
 */
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { carriesArticleCypher } from './carries-article-cypher.ts';
import { COUNTERPART, PAIR_PROJECTION, toComparedPair } from './compared-pair.ts';
import type { ComparedPairRow } from './compared-pair.ts';
import { buildPolicyAsOfQuery } from './policy-as-of.ts';
import { inForceCypher, readAsOf } from './read-as-of.ts';

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
 * The version in force on a day of a Policy or Work id: a version of a statute (or a Work id) gives the version of its
 * work in force then; any other id stands for itself. No row when the id is unknown or no version was in force.
 */
export function buildVersionAsOfQuery(id: string, asOf: string): CypherQuery {
  return {
    cypher: `CALL () {
  MATCH (w:Work {id: $id})-[:HAS_VERSION]->(v:Policy) RETURN v
  UNION
  // Two clauses: one pattern may not use the same HAS_VERSION twice, so it would never return the version given.
  MATCH (:Policy {id: $id})<-[:HAS_VERSION]-(w:Work) MATCH (w)-[:HAS_VERSION]->(v:Policy) RETURN v
  UNION
  MATCH (v:Policy {id: $id}) WHERE NOT (v)<-[:HAS_VERSION]-() RETURN v
}
WITH v WHERE v.validFrom IS NULL OR ${inForceCypher('v')}
RETURN v.id AS id`,
    params: { id, asOf },
  };
}

/**
 * With a day, the pairs are read through the versions: a lower article aligned with an article of another version of
 * the upper statute counts for the same article (SAME_AS / CHANGED_TO) in the version compared. Such a pair stays
 * `cited` only when every step keeps the text (SAME_AS): the lower text named the article as it then read, and a
 * changed article is not the one it named.
 */
export function buildCompareAsOfQuery(lowerPolicyId: string, upperPolicyId: string): CypherQuery {
  const plain = buildCompareQuery(lowerPolicyId, upperPolicyId);
  return {
    ...plain,
    cypher: plain.cypher
      .replace(
        '-[r:ALIGNS_WITH]->(ua:Article)<-[:HAS_ARTICLE]-(up)\n  WHERE',
        '-[r:ALIGNS_WITH]->(aligned:Article)-[moved:SAME_AS|CHANGED_TO*0..20]-(ua:Article)<-[:HAS_ARTICLE]-(up)\n  WHERE',
      )
      .replace('WITH la, r, ua ORDER BY', 'WITH la, r, ua, moved, aligned ORDER BY')
      .replace('cited: r.cited,', "cited: r.cited AND all(s IN moved WHERE type(s) = 'SAME_AS'),")
      // Whether the pair is a counterpart is asked of the article it was aligned with, in that article's version.
      .replace(COUNTERPART, carriesArticleCypher({ lower: 'la', pair: 'r', target: 'aligned' }))
      .replaceAll('-[r:ALIGNS_WITH]->(ua) WHERE', '-[r:ALIGNS_WITH]->(:Article)-[:SAME_AS|CHANGED_TO*0..20]-(ua) WHERE')
      .replace(
        '(la)-[r:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(up)',
        '(la)-[r:ALIGNS_WITH]->(:Article)-[:SAME_AS|CHANGED_TO*0..20]-(:Article)<-[:HAS_ARTICLE]-(up)',
      ),
  };
}

/** Resolver of Query.compare; an unknown policy is BAD_USER_INPUT. */
export async function resolveCompare(
  _: unknown,
  args: { lowerPolicyId: string; upperPolicyId: string; asOf?: string | null },
  context: ApiContext,
): Promise<ComparisonRow> {
  const asOf = readAsOf(args.asOf);
  let { lowerPolicyId, upperPolicyId } = args;
  if (asOf) {
    const [lower] = await context.runner.read(buildVersionAsOfQuery(lowerPolicyId, asOf));
    const [upper] = await context.runner.read(buildVersionAsOfQuery(upperPolicyId, asOf));
    if (!lower || !upper)
      throw badInput(`No version of "${lower ? upperPolicyId : lowerPolicyId}" was in force on ${asOf}`);
    lowerPolicyId = String(lower.id);
    upperPolicyId = String(upper.id);
  } else {
    // Without a day an id is read as policy(id) reads it: a version's id that version, a Work id (w:…) the version in
    // force now, else the latest; an unknown id stays as given and is refused below.
    const current = async (id: string) =>
      String((await context.runner.read(buildPolicyAsOfQuery({ id }, undefined)))[0]?.id ?? id);
    [lowerPolicyId, upperPolicyId] = await Promise.all([current(lowerPolicyId), current(upperPolicyId)]);
  }
  const rows = await context.runner.read(
    asOf ? buildCompareAsOfQuery(lowerPolicyId, upperPolicyId) : buildCompareQuery(lowerPolicyId, upperPolicyId),
  );
  const row = rows[0];
  if (!row) throw badInput(`No policy with id "${lowerPolicyId}" or "${upperPolicyId}"`);
  return {
    lowerPolicyId: String(row.lowerPolicyId),
    upperPolicyId: String(row.upperPolicyId),
    pairs: (row.pairs as Record<string, unknown>[]).map(toComparedPair),
    unmatchedUpperIds: (row.unmatchedUpper as string[]) ?? [],
    unmatchedLowerIds: (row.unmatchedLower as string[]) ?? [],
  };
}
