/**
 * `lineage(articleId, direction, maxDepth)`: ALIGNS_WITH steps reachable from an article. UP follows lower →
 * upper, DOWN upper → lower, BOTH is the union of the two (not zig-zag paths). A step is one relationship, at the
 * smallest distance it is reached from the start; rejected alignments are not followed. Example:
 * `buildLineageQuery('柳政规〔2021〕18号#p1/a1', 'UP', 5)` → `{ cypher: 'CALL () { MATCH path = (start:Article {id:
 * $articleId})-[:ALIGNS_WITH*1..10]->(:Article) …', params: { articleId: …, maxDepth: 5 } }`.
 */
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';

/** The largest maxDepth honoured; larger values are capped. */
export const MAX_LINEAGE_DEPTH = 10;
/** maxDepth when none is given. */
export const DEFAULT_LINEAGE_DEPTH = 5;

/** A direction of travel along ALIGNS_WITH. */
export type LineageDirection = 'UP' | 'DOWN' | 'BOTH';

/** One step as returned by the resolver (from/to are resolved to Article objects by field resolvers). */
export interface LineageStepRow {
  depth: number;
  relation: 'ALIGNS_WITH';
  fromId: string;
  toId: string;
  alignmentId: string | null;
  score: number | null;
  class: string | null;
  status: string;
}

// The upper bound of a variable-length pattern cannot be a parameter: it is the constant MAX_LINEAGE_DEPTH and
// the requested depth is filtered with the $maxDepth parameter.
const PATTERNS: Record<'UP' | 'DOWN', string> = {
  UP: `(start:Article {id: $articleId})-[:ALIGNS_WITH*1..${MAX_LINEAGE_DEPTH}]->(:Article)`,
  DOWN: `(start:Article {id: $articleId})<-[:ALIGNS_WITH*1..${MAX_LINEAGE_DEPTH}]-(:Article)`,
};

function branch(direction: 'UP' | 'DOWN'): string {
  return `  MATCH path = ${PATTERNS[direction]}
  WHERE length(path) <= $maxDepth AND all(r IN relationships(path) WHERE coalesce(r.status, 'suggested') <> 'rejected')
  UNWIND range(0, length(path) - 1) AS i
  RETURN relationships(path)[i] AS r, i + 1 AS depth`;
}

/** Clamps maxDepth into 1…MAX_LINEAGE_DEPTH. */
export function clampDepth(maxDepth: number | null | undefined): number {
  if (maxDepth === null || maxDepth === undefined) return DEFAULT_LINEAGE_DEPTH;
  return Math.max(1, Math.min(MAX_LINEAGE_DEPTH, Math.floor(maxDepth)));
}

/** Builds the lineage query; also returns whether the start article exists (`found`). */
export function buildLineageQuery(articleId: string, direction: LineageDirection, maxDepth: number): CypherQuery {
  const branches = direction === 'BOTH' ? [branch('UP'), branch('DOWN')] : [branch(direction)];
  return {
    cypher: `CALL () {
${branches.join('\n  UNION ALL\n')}
}
WITH r, min(depth) AS depth
RETURN depth, startNode(r).id AS fromId, endNode(r).id AS toId, r.id AS alignmentId, r.score AS score,
       r.class AS class, coalesce(r.status, 'suggested') AS status
ORDER BY depth, score DESC, fromId, toId`,
    params: { articleId, maxDepth: clampDepth(maxDepth) },
  };
}

/** Builds the existence check of the start article. */
export function buildArticleExistsQuery(articleId: string): CypherQuery {
  return { cypher: 'MATCH (a:Article {id: $articleId}) RETURN count(a) AS n', params: { articleId } };
}

/** Resolver of Query.lineage; an unknown article is BAD_USER_INPUT. */
export async function resolveLineage(
  _: unknown,
  args: { articleId: string; direction?: LineageDirection | null; maxDepth?: number | null },
  context: ApiContext,
): Promise<LineageStepRow[]> {
  const exists = await context.runner.read(buildArticleExistsQuery(args.articleId));
  if (Number(exists[0]?.n ?? 0) === 0) throw badInput(`No article with id "${args.articleId}"`);
  const rows = await context.runner.read(
    buildLineageQuery(args.articleId, args.direction ?? 'BOTH', clampDepth(args.maxDepth)),
  );
  return rows.map((row) => ({
    depth: Number(row.depth),
    relation: 'ALIGNS_WITH',
    fromId: String(row.fromId),
    toId: String(row.toId),
    alignmentId: typeof row.alignmentId === 'string' ? row.alignmentId : null,
    score: typeof row.score === 'number' ? row.score : null,
    class: typeof row.class === 'string' ? row.class : null,
    status: String(row.status),
  }));
}
