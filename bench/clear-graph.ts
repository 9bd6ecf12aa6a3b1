/**
 * Empties the database between measurements, in chunks so a large graph never needs one huge transaction.
 * Constraints and indexes stay, so every run writes against the same schema.
 * Example: await clearGraph(driver, 'neo4j') → 241380 (nodes deleted).
 */
import type { Driver } from 'neo4j-driver';
import { executeWrite } from '../graph/execute.ts';

/** Deletes every node and relationship; returns the number of nodes deleted. */
export async function clearGraph(driver: Driver, database: string, chunk = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const [rows] = await executeWrite(driver, database, [
      { cypher: `MATCH (n) WITH n LIMIT ${Math.max(1, Math.floor(chunk))} DETACH DELETE n RETURN count(*) AS n` },
    ]);
    const n = Number(rows?.[0]?.n ?? 0);
    total += n;
    if (n === 0) return total;
  }
}
