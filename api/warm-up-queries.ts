/**
 * Plans the custom queries once at start-up, so the first burst of requests does not make Neo4j plan the same
 * statement dozens of times at once (a cold lineage plan took ~0.8 s on the medium corpus; 50 concurrent first
 * requests each planned it, which set the p99). The ids match nothing, so each run reads almost nothing. Example:
 * `buildWarmUpQueries()` → the lineage query for BOTH, UP and DOWN at the default depth, the existence check, search,
 * compare, coverage, policyByNumber, then lineage at the other depths — each with ids that do not exist.
 */
import { buildCompareQuery } from './resolvers/compare.ts';
import { buildCoverageQuery } from './resolvers/coverage.ts';
import {
  buildArticleExistsQuery,
  buildLineageQuery,
  DEFAULT_LINEAGE_DEPTH,
  MAX_LINEAGE_DEPTH,
} from './resolvers/lineage.ts';
import { buildPolicyByNumberQuery } from './resolvers/policy-by-number.ts';
import { buildSearchQuery } from './resolvers/search.ts';
import type { CypherQuery, CypherRunner } from './run-cypher.ts';

const NONE = 'policygraph-warm-up-matches-nothing';

/** Every custom read statement the resolvers can send, with parameters that match nothing. Pure. */
export function buildWarmUpQueries(): CypherQuery[] {
  // The API's default lineage (BOTH, depth 5) and the other root fields first; the rarer depths last.
  const lineage = (['BOTH', 'UP', 'DOWN'] as const).flatMap((direction) =>
    Array.from({ length: MAX_LINEAGE_DEPTH }, (_, i) => buildLineageQuery(NONE, direction, i + 1)),
  );
  const isDefault = (q: CypherQuery) => q.params?.maxDepth === DEFAULT_LINEAGE_DEPTH;
  return [
    ...lineage.filter(isDefault),
    buildArticleExistsQuery(NONE),
    buildSearchQuery(NONE, 1),
    buildCompareQuery(NONE, NONE),
    buildCoverageQuery(NONE, null),
    buildPolicyByNumberQuery(NONE),
    ...lineage.filter((q) => !isDefault(q)),
  ];
}

/** Runs the warm-up queries one after another; gives up quietly after `budgetMs` or on any failure (database down). */
export async function warmUpQueries(runner: CypherRunner, budgetMs: number): Promise<void> {
  if (budgetMs <= 0) return;
  const deadline = Date.now() + budgetMs;
  const run = async () => {
    for (const query of buildWarmUpQueries()) {
      if (Date.now() > deadline) return;
      await runner.read(query);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, budgetMs);
  });
  try {
    await Promise.race([run().catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
