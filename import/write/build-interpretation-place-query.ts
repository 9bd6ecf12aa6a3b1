/**
 * An interpretation that names no place of its own takes the place and tier of the document it interprets, once
 * that document is in the graph with one. 连云港's 《关于进一步加强政务新媒体管理工作的通知》解读 says 我市 and cites
 * 连政办发〔2019〕74号 but never names 连云港: imported with the notice, it stands in 连云港市 (municipal), marked
 * `jurisdictionFrom: 'interprets'`. Run over the whole graph after every import, so either file may come first; a tier
 * a curator set (`tierSetBy`) is kept, and an interpretation of documents of two places takes neither.
 */
import type { CypherQuery } from './cypher-parts.ts';

/** The statement that places the graph's placeless interpretations; returns how many it placed. */
export function buildPlaceInterpretationsQuery(): CypherQuery {
  return {
    cypher: `MATCH (p:Policy {kind: 'interpretation', status: 'full'})-[:INTERPRETS]->(t:Policy)-[:IN_JURISDICTION]->(j:Jurisdiction)
WHERE NOT (p)-[:IN_JURISDICTION]->(:Jurisdiction)
WITH p, collect(DISTINCT j) AS places, collect(DISTINCT t.tier) AS tiers
WHERE size(places) = 1
WITH p, places[0] AS j, tiers
MERGE (p)-[:IN_JURISDICTION]->(j)
SET p.jurisdiction = j.name, p.jurisdictionFrom = 'interprets',
    p.tier = CASE WHEN p.tierSetBy IS NULL AND p.tier IS NULL AND size(tiers) = 1 THEN tiers[0] ELSE p.tier END
RETURN count(p) AS placed`,
    params: {},
  };
}
