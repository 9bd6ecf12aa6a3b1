/**
 * Empties the database between measurements, in chunks so a large graph never needs one huge transaction.
 * Constraints and indexes stay, so every run writes against the same schema.
 * Example: await clearGraph(graph) → 241380 (nodes deleted).
 */
import type { GraphHandle } from '../graph/index.ts';

/** Deletes every node and relationship; returns the number of nodes deleted. */
export async function clearGraph(graph: GraphHandle, chunk = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const [rows] = await graph.write([
      { cypher: `MATCH (n) WITH n LIMIT ${Math.max(1, Math.floor(chunk))} DETACH DELETE n RETURN count(*) AS n` },
    ]);
    const n = Number(rows?.[0]?.n ?? 0);
    total += n;
    if (n === 0) return total;
  }
}
