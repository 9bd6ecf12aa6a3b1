/**
 * `Policy.basisChanged` and `Article.basisChanged`: the upper texts a document rests on (IMPLEMENTS, BASED_ON, CITES a
 * version of a Work) that changed after it was made. Two cases: the version it rests on was later amended, superseded
 * or repealed (its changed articles are those with CHANGED_TO or DELETED); or it rests on a version older than any in
 * the graph — the version step then points it at the first version after its date, whose making (修订/修正) is the
 * change. Each later version of the work that ended in its turn is a row of its own, up to the one in force now (the
 * 2018 text a regulation rests on was amended, then that text superseded by the 2022 revision). An article's signal: upper articles it carries (ALIGNS_WITH, not rejected) that the next version changed or
 * deleted. Example: the 2010 上海市科学技术进步条例 → [{ relation: 'BASED_ON', upperId: '…科学技术进步法@2021-12-24',
 * status: 'superseded', date: '2022-01-01', earlierTextInGraph: false, changedArticleIds: [] }].
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { CypherQuery } from '../run-cypher.ts';

/** A basis change before its nodes are loaded. */
export interface BasisChangeRow {
  relation: string;
  upperId: string;
  status: string;
  date: string | null;
  newVersionId: string | null;
  earlierTextInGraph: boolean;
  changedArticleIds: string[];
}

/** The day a lower text was made: its version date, else its issue, effect or publication date. */
const SINCE = 'coalesce(l.versionDate, l.issuedOn, l.effectiveOn, l.publishedOn)';

/** When the upper version `u` a text made on `since` rests on changed after it: ended since, or made later by a revision. */
const CHANGED_SINCE = `since IS NOT NULL AND (
  (u.versionDate <= since AND u.versionStatus <> 'in_force') OR
  (u.versionDate > since AND u.versionEvent IN ['revision', 'amendment']))`;

/** A Cypher predicate: whether the Policy bound to `lower` has lost (part of) its basis, as Policy.basisChanged tells. */
export function basisLostPredicate(lower: string): string {
  return `EXISTS {
  MATCH (${lower})-[:IMPLEMENTS|BASED_ON|CITES]->(u:Policy)<-[:HAS_VERSION]-(:Work)
  WITH u, ${SINCE.replaceAll('l.', `${lower}.`)} AS since
  WHERE ${CHANGED_SINCE}
}`;
}

/** A version's end, when the version that ended it is in the graph: its id (a repeal, or a decision, names none). */
const NEXT_VERSION = (v: string) =>
  `CASE WHEN ${v}.versionStatus IN ['superseded', 'amended'] AND EXISTS { (:Work)-[:HAS_VERSION]->(:Policy {id: ${v}.endedBy}) } THEN ${v}.endedBy END`;

/** The articles of version `v` that the next version changed or deleted, in order. */
const CHANGED_ARTICLES = (v: string) => `COLLECT {
    MATCH (${v})-[:HAS_ARTICLE]->(a:Article)
    WHERE EXISTS { (a)-[:CHANGED_TO]->() } OR EXISTS { (:Policy)-[:DELETED]->(a) }
    RETURN a.id ORDER BY a.order
  }`;

/**
 * Builds the document-level query for the Policies `ids`: for each upper version a document rests on, the change that
 * ended it (or, resting on a text older than the graph's, the version that replaced it), then each later version of
 * the work that ended too, oldest first, up to the one in force now (or the last): a text made under the 2018 野生动物
 * 保护法 is told of the 2022 revision too, not only of the 2018 amendment it was pointed at.
 */
export function buildBasisChangedQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS lid
MATCH (l:Policy {id: lid})-[r:IMPLEMENTS|BASED_ON|CITES]->(u:Policy)<-[:HAS_VERSION]-(w:Work)
WITH l, r, u, w, ${SINCE} AS since
WHERE ${CHANGED_SINCE}
CALL (u, w, since) {
  // The change of the version it rests on: how it ended, or (older than the graph) how the version after it was made.
  RETURN u AS e, 0 AS step,
    CASE WHEN u.versionDate <= since THEN u.versionStatus WHEN u.versionEvent = 'amendment' THEN 'amended' ELSE 'superseded' END AS status,
    CASE WHEN u.versionDate <= since THEN u.validTo ELSE u.validFrom END AS date,
    CASE WHEN u.versionDate > since THEN u.id ELSE ${NEXT_VERSION('u')} END AS newVersionId,
    u.versionDate <= since AS earlierTextInGraph
  UNION
  // Every later version that ended in its turn (and the version pointed at, when the text is older than the graph).
  MATCH (w)-[:HAS_VERSION]->(v:Policy)
  WHERE coalesce(v.versionStatus, 'in_force') <> 'in_force' AND (v.versionDate > u.versionDate OR (v = u AND u.versionDate > since))
  RETURN v AS e, 1 AS step, v.versionStatus AS status, v.validTo AS date, ${NEXT_VERSION('v')} AS newVersionId, true AS earlierTextInGraph
}
WITH l, r, e, step, status, date, newVersionId, earlierTextInGraph,
  CASE WHEN earlierTextInGraph THEN ${CHANGED_ARTICLES('e')} ELSE [] END AS changed
RETURN l.id AS key, type(r) AS relation, e.id AS upperId, status, date, newVersionId, earlierTextInGraph, changed
ORDER BY key, upperId, relation, step`,
    params: { ids },
  };
}

/** Reads the rows for one Policy. */
export function toBasisChanges(rows: readonly Record<string, unknown>[]): BasisChangeRow[] {
  return rows.map((row) => ({
    relation: String(row.relation),
    upperId: String(row.upperId),
    status: String(row.status),
    date: typeof row.date === 'string' ? row.date : null,
    newVersionId: typeof row.newVersionId === 'string' ? row.newVersionId : null,
    earlierTextInGraph: row.earlierTextInGraph === true,
    changedArticleIds: (row.changed as string[]) ?? [],
  }));
}

/**
 * Batches the ids asked for in one turn of the event loop into one query per request (a list of 50 articles asking
 * for basisChanged is one round trip, not 50). `read` returns rows carrying `key`.
 */
function batched<T>(
  read: (context: ApiContext, ids: string[]) => Promise<Record<string, unknown>[]>,
  convert: (rows: Record<string, unknown>[]) => T,
) {
  const pending = new WeakMap<ApiContext, Map<string, ((value: T | Error) => void)[]>>();
  return (id: string, context: ApiContext): Promise<T> => {
    let waiting = pending.get(context);
    if (!waiting) {
      const fresh = new Map<string, ((value: T | Error) => void)[]>();
      pending.set(context, fresh);
      waiting = fresh;
      setImmediate(() => {
        pending.delete(context);
        read(context, [...fresh.keys()]).then(
          (rows) => {
            for (const [key, callbacks] of fresh)
              for (const cb of callbacks) cb(convert(rows.filter((r) => r.key === key)));
          },
          (error: Error) => {
            for (const callbacks of fresh.values()) for (const cb of callbacks) cb(error);
          },
        );
      });
    }
    const list = waiting;
    return new Promise<T>((resolve, reject) => {
      list.set(id, [...(list.get(id) ?? []), (value) => (value instanceof Error ? reject(value) : resolve(value))]);
    });
  };
}

const policyBasis = batched(
  (context, ids) => context.runner.read(buildBasisChangedQuery(ids)),
  (rows) => toBasisChanges(rows),
);

/**
 * The id of the node a field resolver runs on. A Policy or Article loaded by a custom query (api/hydrate-nodes.ts)
 * reaches the outer resolvers as the hydrated row, whose id is `__hydrateId` when the client did not select `id`.
 */
function nodeId(source: { id?: unknown; __hydrateId?: unknown }): string {
  return String(source.id ?? source.__hydrateId);
}

/** Resolver of Policy.basisChanged. */
export async function resolvePolicyBasisChanged(
  source: Record<string, unknown>,
  _args: unknown,
  context: ApiContext,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  // Under a node without its id (a hydrated article list), the hydration resolved the field already.
  if (source.id === undefined && source.__hydrateId === undefined) return source[String(info.path.key)] ?? [];
  return policyBasis(nodeId(source), context);
}

/** An article's basis change before its nodes are loaded. */
export interface ArticleBasisChangeRow {
  upperArticleId: string;
  change: 'changed' | 'deleted';
  newArticleId: string | null;
  removed: string | null;
  inserted: string | null;
  date: string | null;
}

/** Builds the article-level query: upper articles it carries that a later version changed or deleted. */
export function buildArticleBasisChangedQuery(articleIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (la:Article {id: id})-[r:ALIGNS_WITH]->(ua:Article)<-[:HAS_ARTICLE]-(u:Policy)<-[:HAS_VERSION]-(:Work)
WHERE coalesce(r.status, 'suggested') <> 'rejected'
OPTIONAL MATCH (ua)-[c:CHANGED_TO]->(na:Article)
OPTIONAL MATCH (:Policy)-[d:DELETED]->(ua)
WITH la, ua, u, c, na, d WHERE c IS NOT NULL OR d IS NOT NULL
RETURN la.id AS key, ua.id AS upperArticleId, CASE WHEN c IS NOT NULL THEN 'changed' ELSE 'deleted' END AS change, na.id AS newArticleId,
  c.removed AS removed, c.inserted AS inserted, u.validTo AS date
ORDER BY key, ua.order`,
    params: { ids: articleIds },
  };
}

const articleBasis = batched(
  (context, ids) => context.runner.read(buildArticleBasisChangedQuery(ids)),
  (rows) =>
    rows.map(
      (row): ArticleBasisChangeRow => ({
        upperArticleId: String(row.upperArticleId),
        change: row.change === 'deleted' ? 'deleted' : 'changed',
        newArticleId: typeof row.newArticleId === 'string' ? row.newArticleId : null,
        removed: typeof row.removed === 'string' ? row.removed : null,
        inserted: typeof row.inserted === 'string' ? row.inserted : null,
        date: typeof row.date === 'string' ? row.date : null,
      }),
    ),
);

/** Resolver of Article.basisChanged. */
export async function resolveArticleBasisChanged(
  source: Record<string, unknown>,
  _args: unknown,
  context: ApiContext,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  if (source.id === undefined && source.__hydrateId === undefined) return source[String(info.path.key)] ?? [];
  return articleBasis(nodeId(source), context);
}
