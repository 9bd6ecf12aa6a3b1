/**
 * A fingerprint of the whole graph, to compare an import that survived a crash with a clean one: node counts per
 * label, relationship counts per type, duplicate ids, half-written documents, and a SHA-256 over sorted ids and
 * relationship triples (start id, type, end id).
 * Example: await fingerprintGraph(driver, 'neo4j') → { nodes: { Policy: 2034, … }, duplicateIds: 0, checksum: '9f…' }.
 */
import { createHash } from 'node:crypto';
import type { GraphHandle } from '../graph/index.ts';

/** What two graphs must share to be called equal. */
export interface GraphFingerprint {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Nodes whose (label, id) is not unique. */
  duplicateIds: number;
  /** Full-text policies whose articleCount differs from their HAS_ARTICLE relationships (half-written). */
  halfWritten: number;
  checksum: string;
}

/** Reads the fingerprint; streams ids in pages so large graphs fit. */
export async function fingerprintGraph(graph: GraphHandle): Promise<GraphFingerprint> {
  const nodeRows = await graph.read({
    cypher: 'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n, count(DISTINCT n.id) AS ids ORDER BY label',
  });
  const relRows = await graph.read({ cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type' });
  const half = await graph.read({
    cypher:
      "MATCH (p:Policy {status: 'full'}) WHERE p.articleCount IS NOT NULL AND COUNT { (p)-[:HAS_ARTICLE]->(:Article) } <> p.articleCount RETURN count(p) AS n",
  });
  const ids = await graph.read({ cypher: 'MATCH (n) RETURN labels(n)[0] + ":" + coalesce(n.id, "") AS k ORDER BY k' });
  const rels = await graph.read({
    cypher: 'MATCH (a)-[r]->(b) RETURN coalesce(a.id, "") + "-" + type(r) + "->" + coalesce(b.id, "") AS k ORDER BY k',
  });
  const hash = createHash('sha256');
  for (const row of ids) hash.update(`${row.k as string}\n`);
  hash.update('\u0000');
  for (const row of rels) hash.update(`${row.k as string}\n`);
  return {
    nodes: Object.fromEntries(nodeRows.map((r) => [String(r.label), Number(r.n)])),
    relationships: Object.fromEntries(relRows.map((r) => [String(r.type), Number(r.n)])),
    duplicateIds: nodeRows.reduce((sum, r) => sum + Number(r.n) - Number(r.ids), 0),
    halfWritten: Number(half[0]?.n ?? 0),
    checksum: hash.digest('hex'),
  };
}

/** Total node count of a fingerprint. */
export function countNodes(f: GraphFingerprint): number {
  return Object.values(f.nodes).reduce((a, b) => a + b, 0);
}

/** Total relationship count of a fingerprint. */
export function countRelationships(f: GraphFingerprint): number {
  return Object.values(f.relationships).reduce((a, b) => a + b, 0);
}
