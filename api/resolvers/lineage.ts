/**
 * `lineage(articleId, direction, maxDepth)`: ALIGNS_WITH steps reachable from an article. UP follows lower →
 * upper, DOWN upper → lower, BOTH is the union of the two (not zig-zag paths). A step is one relationship, at the
 * smallest distance it is reached from the start; rejected alignments are not followed. Each step says whether its
 * pair is a counterpart as coverage counts it (carries-article-cypher.ts), and its distance from the start along
 * counterpart steps only (follow-counterparts.ts; null when it is reached only through weak candidates, or is one).
 * `counterpartsOnly` keeps the steps so reached, at that distance: the viewer's folded chain is the same. Example:
 * `buildLineageQuery('柳政规〔2021〕18号#p1/a1', 'UP', 5)` → `{ cypher: 'CALL () { MATCH path = (start:Article {id:
 * $articleId})-[:ALIGNS_WITH*1..5]->(:Article) …', params: { articleId: …, maxDepth: 5 } }`.
 */
import type { AlignmentClass, EvidenceSpan } from '../../model/index.ts';
import { parseEvidence } from '../parse-evidence.ts';
import { toAlignmentClass } from './compared-pair.ts';
import { ARGUMENT_RANGES, readRangedArgument } from '../argument-ranges.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { articleScalarProjection } from '../pick-scalar-selection.ts';
import { carriesArticleCypher } from './carries-article-cypher.ts';
import { counterpartDepths } from './follow-counterparts.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { inForceCypher, readAsOf } from './read-as-of.ts';
import { buildStartTimesQuery, connectedSteps, startNotInForceMessage } from './lineage-start-as-of.ts';
import type { TimeInForce } from './why-not-in-force.ts';

/** The largest maxDepth: the resolver refuses a larger one, the query builder caps it. */
export const MAX_LINEAGE_DEPTH = ARGUMENT_RANGES.lineage!.maxDepth!.max;
/** maxDepth when none is given. */
export const DEFAULT_LINEAGE_DEPTH = ARGUMENT_RANGES.lineage!.maxDepth!.fallback;

/** A direction of travel along ALIGNS_WITH. */
export type LineageDirection = 'UP' | 'DOWN' | 'BOTH';

/** One step as returned by the resolver (from/to are resolved to Article objects by field resolvers). */
export interface LineageStepRow {
  depth: number;
  relation: 'ALIGNS_WITH';
  fromId: string;
  toId: string;
  alignmentId: string;
  score: number;
  alignmentClass: AlignmentClass;
  /** Deprecated alias of alignmentClass. */
  class: AlignmentClass;
  status: string;
  /** The pair carries the upper article, as coverage counts it (carries-article-cypher.ts). */
  counterpart: boolean;
  /** The distance from the start along counterpart steps only; null when not reached that way. */
  counterpartDepth: number | null;
  /** The stored evidence (JSON text), parsed only when the client selects `evidence` (lineageStepFields). */
  evidenceJson: unknown;
  /** Article scalars of `from` / `to`, so a scalar-only sub-selection needs no hydration. */
  fromNode: Record<string, unknown>;
  toNode: Record<string, unknown>;
}

// The upper bound of a variable-length pattern cannot be a parameter, so the clamped depth (an integer 1…10) is
// written into the pattern: paths longer than asked for are never expanded. Every prefix of a matching path also
// matches, so each relationship is reached as the last one of some path at each distance: only that one is returned.
function pattern(direction: 'UP' | 'DOWN', depth: number): string {
  return direction === 'UP'
    ? `(start:Article {id: $articleId})-[:ALIGNS_WITH*1..${depth}]->(:Article)`
    : `(start:Article {id: $articleId})<-[:ALIGNS_WITH*1..${depth}]-(:Article)`;
}

function branch(direction: 'UP' | 'DOWN', depth: number): string {
  return `  MATCH path = ${pattern(direction, depth)}
  WHERE length(path) <= $maxDepth AND all(r IN relationships(path) WHERE coalesce(r.status, 'suggested') <> 'rejected')
  RETURN last(relationships(path)) AS r, length(path) AS depth`;
}

/** Clamps maxDepth into 1…MAX_LINEAGE_DEPTH (the query builder's guard: the resolver refuses a depth outside). */
export function clampDepth(maxDepth: number | null | undefined): number {
  if (maxDepth === null || maxDepth === undefined) return DEFAULT_LINEAGE_DEPTH;
  return Math.max(1, Math.min(MAX_LINEAGE_DEPTH, Math.floor(maxDepth)));
}

/** Builds the lineage query; from/to also carry the article scalars of ARTICLE_SCALARS (fromNode, toNode). */
export function buildLineageQuery(articleId: string, direction: LineageDirection, maxDepth: number): CypherQuery {
  const depth = clampDepth(maxDepth);
  const branches = direction === 'BOTH' ? [branch('UP', depth), branch('DOWN', depth)] : [branch(direction, depth)];
  return {
    cypher: `CALL () {
${branches.join('\n  UNION ALL\n')}
}
WITH r, min(depth) AS depth
WITH r, depth, startNode(r) AS a, endNode(r) AS b
RETURN depth, a.id AS fromId, b.id AS toId, r.id AS alignmentId, r.score AS score,
       r.class AS class, coalesce(r.status, 'suggested') AS status, r.evidence AS evidence,
       ${carriesArticleCypher({ lower: 'a', pair: 'r', target: 'b' })} AS counterpart,
       ${articleScalarProjection('a')} AS fromNode, ${articleScalarProjection('b')} AS toNode
ORDER BY depth, score DESC, fromId, toId`,
    params: { articleId, maxDepth: depth },
  };
}

/** Builds the existence check of the start article. */
export function buildArticleExistsQuery(articleId: string): CypherQuery {
  return { cypher: 'MATCH (a:Article {id: $articleId}) RETURN count(a) AS n', params: { articleId } };
}

/**
 * Each article taken as of a day: itself when its document is in force then; for a version of a statute that is not,
 * the same article (along SAME_AS / CHANGED_TO, either way) in the version in force; else none (`asOfId` null).
 */
export function buildArticlesAsOfQuery(ids: readonly string[], asOf: string): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:HAS_ARTICLE]-(p:Policy)
CALL (a, p) {
  WITH a, p WHERE ${inForceCypher('p')}
  RETURN a AS b
  UNION
  WITH a, p WHERE NOT ${inForceCypher('p')}
  OPTIONAL MATCH (a)-[:SAME_AS|CHANGED_TO*1..20]-(b:Article)<-[:HAS_ARTICLE]-(v:Policy)
  WHERE v.workId = p.workId AND ${inForceCypher('v')}
  RETURN b
}
WITH id, b ORDER BY b.order
WITH id, head(collect(b)) AS b
RETURN id, b.id AS asOfId, ${articleScalarProjection('b')} AS node`,
    params: { ids, asOf },
  };
}

/**
 * Rewrites steps to the articles in force on a day (a step whose end has none is left out), then walks them again from
 * the start as of that day: only the steps connected to it are kept, at their distance on the day.
 */
async function stepsAsOf(
  articleId: string,
  rows: LineageStepRow[],
  asOf: string,
  walk: { direction: LineageDirection; depth: number },
  context: ApiContext,
): Promise<LineageStepRow[]> {
  const ids = [...new Set([articleId, ...rows.flatMap((r) => [r.fromId, r.toId])])];
  const read = await context.runner.read(buildArticlesAsOfQuery(ids, asOf));
  const inForce = new Map<string, ArticleInForce>();
  for (const r of read)
    if (typeof r.asOfId === 'string')
      inForce.set(String(r.id), { id: r.asOfId, node: r.node as Record<string, unknown> });
  const start = inForce.get(articleId);
  if (!start) throw badInput(await startNotInForce(articleId, asOf, context));
  return connectedSteps(start.id, mergeStepsAsOf(rows, inForce), walk.direction, walk.depth);
}

/** Why no chain starts at an article on a day: it does not exist, or its document was not in force then. */
async function startNotInForce(articleId: string, asOf: string, context: ApiContext): Promise<string> {
  const [row] = await context.runner.read(buildStartTimesQuery(articleId));
  if (!row) return `No article with id "${articleId}"`;
  const policyId = String(row.policyId);
  const versions = row.versions as TimeInForce[];
  const times = versions.length
    ? versions
    : [{ id: policyId, validFrom: (row.validFrom as string) ?? null, validTo: (row.validTo as string) ?? null }];
  return startNotInForceMessage(articleId, policyId, asOf, times);
}

/** An article as in force on a day: its id then, and its properties. */
export interface ArticleInForce {
  id: string;
  node: Record<string, unknown>;
}

/**
 * Steps rewritten to the articles in force (`inForce`, by the id a step names); a step whose end has none is left
 * out. Two steps that land on the same pair become the first of them (the nearer, as steps come by depth), and it is
 * a counterpart if either is, at the nearer of their distances along counterparts.
 * Example: A→U (weak) and A'→U (counterpart at 1), A and A' both A' on the day → one step A'→U, counterpart at 1.
 */
export function mergeStepsAsOf(
  rows: readonly LineageStepRow[],
  inForce: ReadonlyMap<string, ArticleInForce>,
): LineageStepRow[] {
  const out: LineageStepRow[] = [];
  const seen = new Map<string, LineageStepRow>();
  for (const row of rows) {
    const from = inForce.get(row.fromId);
    const to = inForce.get(row.toId);
    if (!from || !to) continue;
    const key = `${from.id}->${to.id}`;
    const merged = seen.get(key);
    if (merged) {
      merged.counterpart ||= row.counterpart;
      if (row.counterpartDepth !== null)
        merged.counterpartDepth = Math.min(merged.counterpartDepth ?? row.counterpartDepth, row.counterpartDepth);
      continue;
    }
    const step: LineageStepRow = {
      ...row,
      fromId: from.id,
      toId: to.id,
      fromNode: from.id === row.fromId ? row.fromNode : from.node,
      toNode: to.id === row.toId ? row.toNode : to.node,
    };
    seen.set(key, step);
    out.push(step);
  }
  return out;
}

/** The steps reached along counterparts, each at its distance along them, in the query's order (depth, best, ids). */
export function keepCounterparts<
  S extends Pick<LineageStepRow, 'fromId' | 'toId' | 'depth' | 'score' | 'counterpartDepth'>,
>(steps: readonly S[]): S[] {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return steps
    .filter((s) => s.counterpartDepth !== null)
    .map((s) => ({ ...s, depth: s.counterpartDepth! }))
    .sort((a, b) => a.depth - b.depth || b.score - a.score || byText(a.fromId, b.fromId) || byText(a.toId, b.toId));
}

/** Field resolvers of LineageStep beside from/to: the evidence JSON is parsed for the clients that ask for it. */
export const lineageStepFields = {
  evidence: (step: LineageStepRow): EvidenceSpan[] => parseEvidence(step.evidenceJson),
};

/** Resolver of Query.lineage; an unknown article is BAD_USER_INPUT. */
export async function resolveLineage(
  _: unknown,
  args: {
    articleId: string;
    direction?: LineageDirection | null;
    maxDepth?: number | null;
    asOf?: string | null;
    counterpartsOnly?: boolean | null;
  },
  context: ApiContext,
): Promise<LineageStepRow[]> {
  const asOf = readAsOf(args.asOf);
  const direction = args.direction ?? 'BOTH';
  const depth = readRangedArgument('lineage', 'maxDepth', args.maxDepth);
  const rows = await context.runner.read(buildLineageQuery(args.articleId, direction, depth));
  // A step starts or ends at the start article, so it exists; only an empty answer needs the existence check.
  if (rows.length === 0) {
    const exists = await context.runner.read(buildArticleExistsQuery(args.articleId));
    if (Number(exists[0]?.n ?? 0) === 0) throw badInput(`No article with id "${args.articleId}"`);
  }
  const steps = rows.map((row): LineageStepRow => {
    const alignmentClass = toAlignmentClass(row.class, row.score);
    return {
      depth: Number(row.depth),
      relation: 'ALIGNS_WITH',
      fromId: String(row.fromId),
      toId: String(row.toId),
      alignmentId: typeof row.alignmentId === 'string' ? row.alignmentId : `${String(row.fromId)}->${String(row.toId)}`,
      score: typeof row.score === 'number' ? row.score : 0,
      alignmentClass,
      class: alignmentClass,
      status: String(row.status),
      counterpart: row.counterpart === true,
      counterpartDepth: null,
      evidenceJson: row.evidence,
      fromNode: row.fromNode as Record<string, unknown>,
      toNode: row.toNode as Record<string, unknown>,
    };
  });
  const along = counterpartDepths(args.articleId, steps, direction, depth);
  for (const step of steps) step.counterpartDepth = along.get(step) ?? null;
  const followed = args.counterpartsOnly ? keepCounterparts(steps) : steps;
  return asOf ? stepsAsOf(args.articleId, followed, asOf, { direction, depth }, context) : followed;
}
