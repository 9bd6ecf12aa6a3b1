/**
 * Helpers of the import integration tests: a graph snapshot (counts per label and relationship type, ids per label)
 * and a one-line import into the test graph.
 */
import type { Driver } from 'neo4j-driver';
import { executeRead } from '../../graph/index.ts';
import { importPaths, type ImportOptions, type ImportSummary } from '../../import/index.ts';

/** Counts per label and per relationship type, and the sorted ids of every node. */
export interface GraphSnapshot {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  ids: string[];
}

/** Reads a snapshot of the whole graph. */
export async function snapshotGraph(driver: Driver, database: string): Promise<GraphSnapshot> {
  const labelRows = await executeRead(driver, database, { cypher: 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label' });
  const relRows = await executeRead(driver, database, { cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type' });
  const idRows = await executeRead(driver, database, { cypher: 'MATCH (n) RETURN labels(n)[0] + ":" + n.id AS id ORDER BY id' });
  return {
    labels: Object.fromEntries(labelRows.map((r) => [r.label as string, r.n as number])),
    relationships: Object.fromEntries(relRows.map((r) => [r.type as string, r.n as number])),
    ids: idRows.map((r) => r.id as string),
  };
}

/** Runs a read query and returns its rows. */
export function query(driver: Driver, database: string, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return executeRead(driver, database, { cypher, params });
}

/** Imports paths into the test graph. */
export function importInto(driver: Driver, database: string, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  return importPaths({ driver, database }, paths, options);
}
