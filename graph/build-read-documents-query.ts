/**
 * The one read of documents as alignment sees them, for alignGraph, `policygraph trace` and the API's `sources`,
 * `likelyParents` and `reuse` (align/align-document-of.ts turns each row into an AlignDocument). Every policy with
 * its current articles in order (not the `stale` ones a re-import kept for their reviewed alignments), the policies
 * it cites (not inferred; those it rests on, BASED_ON, also apart), its places up to 中华人民共和国, and the dates its
 * work first existed by (its earliest adoption, promulgation or issue event; the earliest version of its Work). With
 * its own issue date, the earliest of them is the first date known of the work (a text that tells no history is
 * taken as its first). A version dated by its file name only (lawrefbook's 保障中小企业款项支付条例(2020-07-05).md,
 * whose head tells nothing) has no issue date: its version date stands for it. The dates of the other versions of its
 * work, those with no articles read too (a later version stands in for its work only when none was made by the lower
 * text's date), and the works of what it cites (a citation resolved to one version cites the work).
 */
import type { CypherQuery } from './execute.ts';

/**
 * A policy's jurisdiction and the places above it, each with its parent, as alignment reads them (align/is-above.ts):
 * a Cypher list expression over the bound variable `policy`. Variables of its own: `k`, `up`.
 */
export function placesOf(policy: string): string {
  return `[(${policy})-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(k:Jurisdiction) |
         k {.name, parent: head([(k)-[:PART_OF]->(up:Jurisdiction) | up.name])}]`;
}

/** All policies, or those of `ids` only (a large graph read in pages that each fit the transaction timeout). */
export function buildReadDocumentsQuery(ids?: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (p:Policy)-[:HAS_ARTICLE]->(a:Article)
WHERE coalesce(a.stale, false) = false${ids ? ' AND p.id IN $ids' : ''}
WITH p, a ORDER BY a.order, a.path
WITH p, collect(a {.id, .number, .label, .path, .heading, .text}) AS articles
OPTIONAL MATCH (p)-[c:IMPLEMENTS|BASED_ON|CITES]->(q:Policy)
WHERE coalesce(c.inferred, false) = false
WITH p, articles, collect(DISTINCT q.id) AS cited, collect(DISTINCT CASE type(c) WHEN 'BASED_ON' THEN q.id END) AS basedOn,
     collect(DISTINCT q.workId) AS citedWorks
RETURN p {.id, .title, .docNumber, .tier, .kind, .authorityLevel, .issuer, .issuedOn, .versionDate, .publishedOn,
          .jurisdiction, .workId, .alignedInput} AS policy,
       articles, cited, basedOn, citedWorks,
       ${placesOf('p')} AS places,
       COLLECT { MATCH (p)<-[:HAS_VERSION]-(:Work)-[:HAS_VERSION]->(v:Policy) WITH coalesce(v.issuedOn, v.versionDate) AS d
                 WHERE d IS NOT NULL RETURN d ORDER BY d } AS versionDates,
       [d IN [coalesce(p.issuedOn, p.versionDate)]
         + COLLECT { MATCH (p)-[:HAS_EVENT]->(e:Event) WHERE e.kind IN ['adoption', 'promulgation', 'issuance']
                     RETURN e.start ORDER BY e.start LIMIT 1 }
         + COLLECT { MATCH (p)<-[:HAS_VERSION]-(:Work)-[:HAS_VERSION]->(v:Policy) RETURN coalesce(v.issuedOn, v.versionDate) AS d ORDER BY d LIMIT 1 }
        WHERE d IS NOT NULL] AS firstDates
ORDER BY policy.id`,
    params: ids ? { ids: [...ids] } : {},
  };
}
