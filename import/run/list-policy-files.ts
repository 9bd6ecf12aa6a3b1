/**
 * Paths given to an import → the files to import, in order: a folder gives its `.txt` files sorted by name, a file
 * gives itself; a path that does not exist is reported, not thrown. Example:
 *   await listPolicyFiles(['corpus']) → { files: ['corpus/guangxi-hitech-measures.txt', …], missing: [] }
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The files to import and the paths that were not found. */
export interface PolicyFileList {
  files: string[];
  missing: string[];
}

/** Expands folders to their `.txt` files (sorted, not recursive); keeps the given order of the paths. */
export async function listPolicyFiles(paths: readonly string[]): Promise<PolicyFileList> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}
