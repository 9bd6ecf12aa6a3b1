/**
 * align/trace-lineage.ts's carriesArticle in Cypher, for the queries that read pairs from the graph (coverage and
 * ComparedPair.counterpart), so both say the same of a pair: the ALIGNS_WITH `pair` from `lower` to `target` carries
 * the target article when it is not rejected and scores from FOLLOWED_FROM, or is cited or confirmed, or a side is a
 * heading only (no text), or no live pair of `lower` into the target's document scores higher. `document` names that
 * document when the query has it bound; else it is found from `target`. The fragment's own variable is `stronger`:
 * no caller may bind that name.
 * Example: carriesArticleCypher({ lower: 'la', pair: 'r', target: 'ua', document: 'up' }) →
 * "(coalesce(r.status, 'suggested') <> 'rejected' AND (r.score >= 0.14 OR … OR NOT EXISTS { MATCH (la)-[stronger:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(up) … }))".
 */
import { FOLLOWED_FROM } from '../../align/index.ts';

/** The Cypher boolean for one pair; the names are variables bound in the query. */
export function carriesArticleCypher(v: { lower: string; pair: string; target: string; document?: string }): string {
  if (Object.values(v).includes('stronger')) throw new Error('carriesArticleCypher: "stronger" is its own variable');
  const into = v.document ? `(${v.document})` : `(:Policy)-[:HAS_ARTICLE]->(${v.target})`;
  const live = (r: string) => `coalesce(${r}.status, 'suggested') <> 'rejected'`;
  return `(${live(v.pair)} AND (${v.pair}.score >= ${FOLLOWED_FROM} OR ${v.pair}.cited = true OR ${v.pair}.status = 'confirmed'
    OR coalesce(${v.target}.text, '') = '' OR coalesce(${v.lower}.text, '') = ''
    OR NOT EXISTS { MATCH (${v.lower})-[stronger:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-${into}
                    WHERE stronger.score > ${v.pair}.score AND ${live('stronger')} }))`;
}
