/**
 * Helpers of the import integration tests: a graph snapshot (counts per label and relationship type, ids per label)
 * and a one-line import into the test graph.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphHandle } from '../../graph/index.ts';
import { resetGraph } from '../support/neo4j.ts';
import { CORPUS_DIR, importPaths, LAWS_DIR, type ImportOptions, type ImportSummary } from '../../import/index.ts';

/** Counts per label and per relationship type, and the sorted ids of every node. */
export interface GraphSnapshot {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  ids: string[];
}

/** Reads a snapshot of the whole graph. */
export async function snapshotGraph(graph: GraphHandle): Promise<GraphSnapshot> {
  const labelRows = await graph.read({
    cypher: 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  });
  const relRows = await graph.read({ cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type' });
  const idRows = await graph.read({ cypher: 'MATCH (n) RETURN labels(n)[0] + ":" + n.id AS id ORDER BY id' });
  return {
    labels: Object.fromEntries(labelRows.map((r) => [r.label as string, r.n as number])),
    relationships: Object.fromEntries(relRows.map((r) => [r.type as string, r.n as number])),
    ids: idRows.map((r) => r.id as string),
  };
}

/** Runs a read query and returns its rows. */
export function query(
  graph: GraphHandle,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  return graph.read({ cypher, params });
}

/** Imports paths into the test graph. */
export function importInto(graph: GraphHandle, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  return importPaths(graph, paths, options);
}

/** An empty graph, then `paths` imported: the import's summary and the graph's snapshot after it (a re-import's base). */
export async function importFresh(
  graph: GraphHandle,
  paths: string[],
): Promise<{ summary: ImportSummary; first: GraphSnapshot }> {
  await resetGraph(graph);
  const summary = await importInto(graph, paths);
  return { summary, first: await snapshotGraph(graph) };
}

/** The five documents of the first bundled corpus (corpus/*.txt, without the statutes of corpus/laws): tests whose
 *  exact counts were read off these texts import them by name, since the default bundled import now takes laws too. */
export const FIRST_CORPUS_FILES: readonly string[] = [
  'guangxi-hitech-measures.txt',
  'liuzhou-hitech-measures-interpretation.txt',
  'liuzhou-hitech-measures.txt',
  'most-hitech-zone-plan-14th.txt',
  'state-council-hitech-opinions.txt',
].map((f) => `${CORPUS_DIR}${f}`);

/** The statutes of the bundled legislative chain (corpus/laws/*.md, copied unchanged from lawrefbook), sorted. */
export const LAW_FILES: readonly string[] = readdirSync(LAWS_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => join(LAWS_DIR, f));
