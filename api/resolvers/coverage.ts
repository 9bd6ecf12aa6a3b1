/**
 * `coverage(upperPolicyId, tier, asOf)`: for each article of an upper document (in order), the lower documents whose
 * articles carry it, optionally only lower documents of one tier, best first. A kept pair (ALIGNS_WITH) carries the
 * article as align/trace-lineage.ts's carriesArticle says (carries-article-cypher.ts: from 0.14, or the lower
 * article's best pair into this document when its document rests on this one, or a side a heading only, or cited, or
 * confirmed; never rejected): the
 * engine's weaker candidates are mostly no counterpart. Formal provisions (when a text takes effect, who interprets
 * it) are left out on both sides: an upper one is marked `formal` with no counterparts, a lower one carries nothing.
 * Example: `resolveCoverage(_, { upperPolicyId: '国发〔2020〕7号', tier: 'municipal' }, context)` → `{ upperPolicyId, rows:
 * [{ articleId, lowerDocumentCount, counterparts: [{ policyId, articleIds, bestScore }], formal: null }] }`.
 */
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { articleScalarProjection } from '../pick-scalar-selection.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { formalProvision } from '../../align/index.ts';
import { carriesArticleCypher } from './carries-article-cypher.ts';
import { inForceCypher, readAsOf } from './read-as-of.ts';
import { isWorkId, readPolicySide, todayInChina } from './read-policy-side.ts';
import { pairThroughVersions } from './through-versions-cypher.ts';

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
  /** The article's formal provision (GraphQL enum value), or null: such a row has no counterparts. */
  formal: 'EFFECTIVE_DATE' | 'INTERPRETATION' | null;
  /** Article scalars of `article`, so a scalar-only sub-selection needs no hydration. */
  articleNode: Record<string, unknown>;
}

// A formal provision's first sentence opens with 本 (本条例…, 本法…: formal-provisions.ts), so only such lower texts
// are read back: the others cannot be one.
const MAYBE_FORMAL = (v: string) => `CASE WHEN ltrim(coalesce(${v}.text, '')) STARTS WITH '本' THEN ${v}.text END`;

/** How coverage reads its pairs: through the version links (a day, or a Work id), and on which day. */
export interface CoverageReading {
  throughVersions: boolean;
  asOf: string | null;
}

/**
 * Builds the coverage query; `tier` null means every tier. A lower work is counted once: of its versions only the one
 * in force on asOf (the latest without asOf) counts; on a day, a lower document not yet in force does not count.
 */
export function buildCoverageQuery(
  upperPolicyId: string,
  tier: string | null,
  reading: CoverageReading = { throughVersions: false, asOf: null },
): CypherQuery {
  const pair = reading.throughVersions
    ? pairThroughVersions({ lower: 'la', pair: 'r', aligned: 'aligned', target: 'ua' })
    : {
        pattern: '(la)-[r:ALIGNS_WITH]->(ua)',
        counterpart: carriesArticleCypher({ lower: 'la', pair: 'r', target: 'ua', document: 'up' }),
      };
  return {
    cypher: `MATCH (up:Policy {id: $upperPolicyId})
OPTIONAL MATCH (up)-[:HAS_ARTICLE]->(ua:Article)
CALL (up, ua) {
  MATCH (lp:Policy)-[:HAS_ARTICLE]->(la:Article), ${pair.pattern}
  WHERE lp <> up AND ($tier IS NULL OR lp.tier = $tier)
    AND CASE WHEN $asOf IS NULL
      THEN NOT EXISTS { MATCH (lp)<-[:HAS_VERSION]-(:Work)-[:HAS_VERSION]->(later:Policy) WHERE later.versionOrder > lp.versionOrder }
      ELSE ${inForceCypher('lp')} END
    AND ${pair.counterpart}
  // A lower article reaching the upper one through two versions is one article, at its best score.
  WITH lp, la, max(r.score) AS score ORDER BY score DESC, la.order
  WITH lp, collect({id: la.id, score: score, text: ${MAYBE_FORMAL('la')}}) AS articles
  RETURN collect({policyId: lp.id, articles: articles}) AS counterparts
}
WITH up, ua, counterparts ORDER BY ua.order
RETURN up.id AS upperPolicyId,
       collect(CASE WHEN ua IS NULL THEN null ELSE {articleId: ua.id, text: ua.text, articleNode: ${articleScalarProjection('ua')}, counterparts: counterparts} END) AS rows`,
    params: { upperPolicyId, tier, asOf: reading.asOf },
  };
}

/** FormalProvision of align/ → the GraphQL enum value. */
const FORMAL_VALUES = { 'effective-date': 'EFFECTIVE_DATE', interpretation: 'INTERPRETATION' } as const;

interface CarryingArticle {
  id: string;
  score: number;
  text: string | null;
}

/**
 * A row of the answer: a formal provision of the upper document (when it takes effect, who interprets it) is carried
 * by nothing, and a lower article that is one carries nothing (align/trace-lineage.ts computeCoverage says the same).
 */
export function coverageRow(row: {
  articleId: string;
  text: string | null;
  articleNode: Record<string, unknown>;
  counterparts: { policyId: string; articles: CarryingArticle[] }[];
}): CoverageRowData {
  const provision = formalProvision(row.text ?? '');
  const counterparts = provision
    ? []
    : row.counterparts
        .map((c) => {
          const articles = c.articles.filter((a) => a.text === null || !formalProvision(a.text));
          const bestScore = Math.max(...articles.map((a) => Number(a.score)));
          return { policyId: c.policyId, articleIds: articles.map((a) => a.id), bestScore };
        })
        .filter((c) => c.articleIds.length > 0)
        .sort((a, b) => b.bestScore - a.bestScore || (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0));
  return {
    articleId: row.articleId,
    articleNode: row.articleNode,
    lowerDocumentCount: counterparts.length,
    counterparts,
    formal: provision ? FORMAL_VALUES[provision] : null,
  };
}

/** Resolver of Query.coverage; an unknown policy is BAD_USER_INPUT. */
export async function resolveCoverage(
  _: unknown,
  args: { upperPolicyId: string; tier?: string | null; asOf?: string | null },
  context: ApiContext,
): Promise<{ upperPolicyId: string; rows: CoverageRowData[] }> {
  const asOf = readAsOf(args.asOf);
  const upper = await readPolicySide('upperPolicyId', args.upperPolicyId, asOf, context);
  if ('problem' in upper) throw badInput(upper.problem);
  const result = await context.runner.read(
    // A Work id without a day is read as today, as compare reads it: lower works count their version in force today.
    buildCoverageQuery(upper.id, args.tier ?? null, {
      throughVersions: upper.throughVersions,
      asOf: asOf ?? (isWorkId(args.upperPolicyId) ? todayInChina() : null),
    }),
  );
  const row = result[0];
  if (!row) throw badInput(`upperPolicyId: no policy or work with id "${args.upperPolicyId}"`);
  return {
    upperPolicyId: String(row.upperPolicyId),
    rows: (row.rows as Parameters<typeof coverageRow>[0][]).map(coverageRow),
  };
}
