/**
 * The one place the benchmark calls the importer (import/run-import.ts importPaths), so its signature is adapted
 * here only. Example: await importCorpus(['bench/out/small'], { driver, database: 'neo4j' }) → { documents: 100, … }.
 */
import type { Driver } from 'neo4j-driver';
import { loadPiece } from './load-piece.ts';

/** The graph the importer writes to. */
export interface ImportTarget {
  driver: Driver;
  database: string;
}

type ImportPaths = (paths: string[], graph: ImportTarget, options?: Record<string, unknown>) => Promise<unknown>;

/** Imports the given files or folders; resolves with the importer's own summary. */
export async function importCorpus(paths: string[], target: ImportTarget): Promise<unknown> {
  const importPaths = await loadPiece<ImportPaths>('import/run-import.ts', 'importPaths');
  return importPaths(paths, target);
}
