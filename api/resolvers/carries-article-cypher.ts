/**
 * align/trace-lineage.ts's carriesArticle in Cypher, for the queries that read pairs from the graph (coverage and
 * ComparedPair.counterpart), so both say the same of a pair: the ALIGNS_WITH `pair` from `lower` to `target` carries
 * the target article when it is not rejected and scores from FOLLOWED_FROM, or is cited or confirmed, or a side is a
 * heading only (no text), or no live pair of `lower` into the target's document scores higher and `lower`'s document
 * rests on that document (IMPLEMENTS, inferred or not, BASED_ON or CITES, to it or to another version of its work).
 * `document` names that document when the query has it bound; else it is found from `target`. The fragment's own
 * variables are `stronger`, `restingDoc`, `restedOn` and `targetDoc`: no caller may bind those names.
 * Example: carriesArticleCypher({ lower: 'la', pair: 'r', target: 'ua', document: 'up' }) →
 * "(coalesce(r.status, 'suggested') <> 'rejected' AND (r.score >= 0.14 OR … OR (NOT EXISTS { MATCH (la)-[stronger:ALIGNS_WITH]->…(up) … }
 * AND EXISTS { MATCH (restingDoc:Policy)-[:HAS_ARTICLE]->(la) MATCH (restingDoc)-[:IMPLEMENTS|BASED_ON|CITES]->(restedOn:Policy) … })))".
 */
import { FOLLOWED_FROM } from '../../align/index.ts';

/** The fragment's own variables. */
const OWN = ['stronger', 'restingDoc', 'restedOn', 'targetDoc'];

/** The Cypher boolean for one pair; the names are variables bound in the query. */
export function carriesArticleCypher(v: { lower: string; pair: string; target: string; document?: string }): string {
  const taken = Object.values(v).find((name) => OWN.includes(name));
  if (taken) throw new Error(`carriesArticleCypher: "${taken}" is its own variable`);
  const into = v.document ? `(${v.document})` : `(:Policy)-[:HAS_ARTICLE]->(${v.target})`;
  const doc = v.document ?? 'targetDoc';
  const bindDoc = v.document ? '' : `MATCH (targetDoc:Policy)-[:HAS_ARTICLE]->(${v.target}) `;
  const live = (r: string) => `coalesce(${r}.status, 'suggested') <> 'rejected'`;
  return `(${live(v.pair)} AND (${v.pair}.score >= ${FOLLOWED_FROM} OR ${v.pair}.cited = true OR ${v.pair}.status = 'confirmed'
    OR coalesce(${v.target}.text, '') = '' OR coalesce(${v.lower}.text, '') = ''
    OR (NOT EXISTS { MATCH (${v.lower})-[stronger:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-${into}
                     WHERE stronger.score > ${v.pair}.score AND ${live('stronger')} }
        AND EXISTS { ${bindDoc}MATCH (restingDoc:Policy)-[:HAS_ARTICLE]->(${v.lower})
                     MATCH (restingDoc)-[:IMPLEMENTS|BASED_ON|CITES]->(restedOn:Policy)
                     WHERE restedOn = ${doc} OR EXISTS { (restedOn)<-[:HAS_VERSION]-(:Work)-[:HAS_VERSION]->(${doc}) } })))`;
}
