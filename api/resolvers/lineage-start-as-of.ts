/**
 * lineage on a day (asOf): where the chain starts, and which steps reach it. The start article is taken in the version
 * in force that day (lineage.ts, buildArticlesAsOfQuery); when its document has none, the chain has no start and the
 * answer is BAD_USER_INPUT saying when the document was in force. The steps, once taken on the day, are walked again
 * from that start: a step whose path to the start went through an article of a text not in force is no step of the
 * day's chain. Example: 临沂市大气污染防治条例 (2020, in force from 2021-01-01) 第四条 UP asOf 2019-06-01 →
 * 'asOf: the document of articleId "…#p1/a4", "t:临沂市|临沂市大气污染防治条例@2020-11-27", was not in force on
 * 2019-06-01: it takes effect on 2021-01-01'; before, 15 steps from 山东 to the law, none touching the start.
 */
import type { CypherQuery } from '../run-cypher.ts';
import { counterpartDepths, type WalkedStep } from './follow-counterparts.ts';
import { type TimeInForce, whyNotInForce } from './why-not-in-force.ts';

/** The start article's document and the times in force of its work's versions (of itself, when it has none). */
export function buildStartTimesQuery(articleId: string): CypherQuery {
  return {
    cypher: `MATCH (:Article {id: $articleId})<-[:HAS_ARTICLE]-(p:Policy)
// Two clauses: one pattern may not use the same HAS_VERSION twice, so it would never return p itself.
OPTIONAL MATCH (p)<-[:HAS_VERSION]-(w:Work)
OPTIONAL MATCH (w)-[:HAS_VERSION]->(v:Policy)
WITH p, v ORDER BY v.validFrom, v.id
RETURN p.id AS policyId, coalesce(p.validFrom, p.effectiveOn, p.issuedOn, p.publishedOn) AS validFrom, p.validTo AS validTo,
  [x IN collect(v) | {id: x.id, validFrom: x.validFrom, validTo: x.validTo}] AS versions`,
    params: { articleId },
  };
}

/** Why a chain cannot start at `articleId` on `day` (pure): its document (no version of it) was in force then. */
export function startNotInForceMessage(
  articleId: string,
  policyId: string,
  day: string,
  versions: readonly TimeInForce[],
): string {
  const why = whyNotInForce(policyId, 'it', day, versions);
  return `asOf: the document of articleId "${articleId}", "${policyId}", was not in force on ${day}${why}`;
}

/** What the walk needs of a step. */
export interface WalkedLineageStep extends WalkedStep {
  depth: number;
  score: number;
  counterpartDepth: number | null;
}

/**
 * The steps reached from `startId` (pure), each at its distance from it and along counterparts, best first within a
 * depth; the others are left out. Example: start A, UP, steps A→B, B→C, X→Y → A→B 1, B→C 2 (X→Y not reached).
 */
export function connectedSteps<S extends WalkedLineageStep>(
  startId: string,
  steps: readonly S[],
  direction: 'UP' | 'DOWN' | 'BOTH',
  maxDepth: number,
): S[] {
  const every = steps.map((step) => ({ fromId: step.fromId, toId: step.toId, counterpart: true, step }));
  const depths = counterpartDepths(startId, every, direction, maxDepth);
  const along = counterpartDepths(startId, steps, direction, maxDepth);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return every
    .filter((walked) => depths.has(walked))
    .map((walked) => ({ ...walked.step, depth: depths.get(walked)!, counterpartDepth: along.get(walked.step) ?? null }))
    .sort((a, b) => a.depth - b.depth || b.score - a.score || byText(a.fromId, b.fromId) || byText(a.toId, b.toId));
}
