/**
 * Loads a module another engineer owns, by path, and picks one export from it; a missing file or export becomes a
 * MissingPieceError naming what is absent, so the benchmark reports it instead of crashing.
 * Example: await loadPiece('import/run-import.ts', 'importPaths') → the function, or throws BENCH_MISSING_PIECE.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MissingPieceError } from './measure-result.ts';

/** The project root (bench/..). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Imports `relativePath` (from the project root) and returns its export `name`. */
export async function loadPiece<T>(relativePath: string, name: string): Promise<T> {
  const file = join(PROJECT_ROOT, relativePath);
  if (!existsSync(file)) throw new MissingPieceError(`${relativePath} does not exist yet`);
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  if (!(name in mod)) throw new MissingPieceError(`${relativePath} does not export ${name} yet`);
  return mod[name] as T;
}
