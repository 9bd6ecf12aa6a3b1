/**
 * The one place the benchmark calls the importer (import/index.ts importPaths) and the graph aligner (alignGraph),
 * so their signatures are adapted here only. A corpus folder's gazetteer.json (its synthetic jurisdictions) is
 * (next to the given folder or files) is merged over the bundled gazetteer, as `policygraph import --gazetteer` does.
 * Example: await importCorpus(['bench/out/small'], neo.graph) → { documents: 100, articles: 2417, failed: [] }.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GraphHandle } from '../graph/index.ts';
import { loadPiece } from './load-piece.ts';

/** The graph the importer writes to. */
export type ImportTarget = GraphHandle;

/** The importer's totals, as far as the benchmark reads them. */
export interface ImportTotals {
  documents: number;
  articles: number;
  failed: { file: string; code: string; message: string }[];
}

type ImportPaths = (
  graph: ImportTarget,
  paths: readonly string[],
  options?: { readDocument?: (file: string) => Promise<unknown> },
) => Promise<ImportTotals>;
type ReadPolicyFile = (path: string, options?: { gazetteer?: unknown }) => Promise<unknown>;
type LoadGazetteer = (file: string) => Promise<unknown>;
type AlignGraph = (graph: ImportTarget) => Promise<{ documents: number; pairs: number }>;

/** Imports the given files or folders; resolves with the importer's own summary. */
export async function importCorpus(paths: string[], target: ImportTarget): Promise<ImportTotals> {
  const importPaths = await loadPiece<ImportPaths>('import/index.ts', 'importPaths');
  // A corpus folder, or files of one (the bench's warm-up): the gazetteer sits in the folder.
  const gazetteerFile = paths
    .flatMap((p) => [join(p, 'gazetteer.json'), join(dirname(p), 'gazetteer.json')])
    .find((f) => existsSync(f));
  if (!gazetteerFile) return importPaths(target, paths);
  const gazetteer = await (await loadPiece<LoadGazetteer>('import/index.ts', 'loadGazetteer'))(gazetteerFile);
  const readPolicyFile = await loadPiece<ReadPolicyFile>('import/index.ts', 'readPolicyFile');
  return importPaths(target, paths, { readDocument: (file) => readPolicyFile(file, { gazetteer }) });
}

/** Aligns every imported document against the documents above it and writes ALIGNS_WITH (import/index.ts alignGraph). */
export async function alignImportedGraph(target: ImportTarget): Promise<{ documents: number; pairs: number }> {
  const alignGraph = await loadPiece<AlignGraph>('import/index.ts', 'alignGraph');
  return alignGraph(target);
}
