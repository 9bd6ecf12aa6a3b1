/**
 * `search(phrase, limit)`: ranked hits of any kind from the full-text index `policygraph_text` (cjk analyzer),
 * plus an exact document-number match boosted by EXACT_NUMBER_BOOST. Example: `buildSearchQuery('科技局', 20)` →
 * `{ cypher: 'CALL () { CALL db.index.fulltext.queryNodes($index, $query, …', params: { query: '"科技局"', … } }`.
 */
import type { ApiContext } from '../context.ts';
import { MAX_SEARCH_TERMS, searchTerms, toLuceneQuery } from '../escape-lucene.ts';
import { badInput } from '../errors.ts';
import { makeSnippet } from '../make-snippet.ts';
import { toDocNumberKey } from '../to-doc-number-key.ts';
import { capLimit } from '../limits/page-size.ts';
import type { CypherQuery } from '../run-cypher.ts';

/** Name of the full-text index (graph/MODEL.md). */
export const FULLTEXT_INDEX = 'policygraph_text';
/** Added to the score of a policy whose number equals the phrase, so it ranks first. */
export const EXACT_NUMBER_BOOST = 10;
/** Results when `limit` is not given. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** One search hit as the schema's SearchHit. */
export interface SearchHit {
  kind: string;
  /** The hit's own key: the search (phrase and limit) and the node, so different searches never share an id. */
  id: string;
  /** Id of the node found. */
  nodeId: string;
  title: string;
  snippet: string | null;
  score: number;
  policyId: string | null;
  /** Title of the document the hit is or lies in (two versions of a statute share it). */
  policyTitle: string | null;
  docNumber: string | null;
  tier: string | null;
  /** That document's version date, else its issue date: tells apart versions that share a title. */
  versionDate: string | null;
  versionStatus: string | null;
}

/** Builds the search; `query` is the escaped Lucene text (never empty: the resolver answers [] first). */
export function buildSearchQuery(phrase: string, limit: number): CypherQuery {
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (node:Policy) WHERE node.docNumber = $number
  RETURN node, $boost AS score
}
WITH node, sum(score) AS score
WITH node, score, [l IN labels(node) WHERE l IN ['Policy', 'Part', 'Article', 'Agency']][0] AS kind
WHERE kind IS NOT NULL
OPTIONAL MATCH (owner:Policy {id: CASE kind WHEN 'Policy' THEN node.id ELSE node.policyId END})
RETURN kind, node.id AS id, node.title AS policyTitle, node.label AS label, node.heading AS heading,
       node.name AS name, node.text AS text, score, owner.id AS policyId, owner.docNumber AS docNumber,
       owner.tier AS tier, owner.title AS ownerTitle, coalesce(owner.versionDate, owner.issuedOn) AS versionDate,
       owner.versionStatus AS versionStatus
ORDER BY score DESC, id
LIMIT toInteger($limit)`,
    params: {
      index: FULLTEXT_INDEX,
      query: toLuceneQuery(phrase),
      number: toDocNumberKey(phrase),
      boost: EXACT_NUMBER_BOOST,
      limit,
    },
  };
}

/** Turns one result row into a SearchHit (pure). */
export function toSearchHit(row: Record<string, unknown>, phrase: string, limit = DEFAULT_SEARCH_LIMIT): SearchHit {
  const kind = String(row.kind);
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const heading = [str(row.label), str(row.heading)].filter(Boolean).join('');
  const title =
    kind === 'Policy'
      ? (str(row.policyTitle) ?? String(row.id))
      : kind === 'Agency'
        ? (str(row.name) ?? String(row.id))
        : heading || String(row.id);
  const snippetSource =
    kind === 'Article' || kind === 'Part'
      ? (str(row.text) ?? str(row.heading))
      : kind === 'Policy'
        ? str(row.policyTitle)
        : null;
  return {
    kind,
    id: `search:${limit}:${phrase}:${String(row.id)}`,
    nodeId: String(row.id),
    title,
    snippet: makeSnippet(snippetSource, phrase),
    score: Number(row.score),
    policyId: str(row.policyId),
    policyTitle: str(row.ownerTitle),
    docNumber: str(row.docNumber),
    tier: str(row.tier),
    versionDate: str(row.versionDate),
    versionStatus: str(row.versionStatus),
  };
}

/** Resolver of Query.search. */
export async function resolveSearch(
  _: unknown,
  args: { phrase: string; limit?: number | null },
  context: ApiContext,
): Promise<SearchHit[]> {
  const terms = searchTerms(args.phrase).length;
  if (terms === 0) return [];
  if (terms > MAX_SEARCH_TERMS)
    throw badInput(`search: the phrase has ${terms} terms; at most ${MAX_SEARCH_TERMS} are allowed`);
  const limit = capLimit(args.limit, DEFAULT_SEARCH_LIMIT, context.config.maxPageSize);
  const rows = await context.runner.read(buildSearchQuery(args.phrase, limit));
  return rows.map((row) => toSearchHit(row, args.phrase, limit));
}
