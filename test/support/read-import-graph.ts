/**
 * The project's own import graph, read from the source: every `.ts` file under the given top-level folders → the
 * project files it imports (static `import`/`export … from`, `import type` included, dynamic `import('…')` too).
 * Example: readImportGraph(root, ['api']) → Map { 'api/server.ts' → ['api/context.ts', 'graph/index.ts', …], … }.
 * Packages (`neo4j-driver`, `node:fs`) are left out; paths are relative to the root with `/` separators.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** File → the project files it imports, both relative to the project root. */
export type ImportGraph = Map<string, string[]>;

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '.data', 'target']);

function listSourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(directory)) {
    if (SKIPPED_DIRECTORIES.has(name)) continue;
    const path = join(directory, name);
    if (statSync(path).isDirectory()) files.push(...listSourceFiles(path));
    else if (name.endsWith('.ts')) files.push(path);
  }
  return files;
}

function toProjectPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Resolves a relative specifier the way NodeNext does for this project (explicit `.ts`, or a folder's index). */
function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(fromFile), specifier);
  for (const candidate of [target, `${target}.ts`, target.replace(/\.js$/, '.ts'), join(target, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Reads the import graph of every `.ts` file under `folders` (relative to `root`). */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    for (const file of listSourceFiles(join(root, folder))) {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = info.importedFiles
        .map((imported) => resolveSpecifier(file, imported.fileName))
        .filter((target): target is string => target !== undefined)
        .map((target) => toProjectPath(root, target));
      graph.set(toProjectPath(root, file), [...new Set(targets)].sort());
    }
  }
  return graph;
}

/** The top-level folder of a project path (`api/resolvers/search.ts` → `api`); a root file is its own name. */
export function topFolder(path: string): string {
  return path.split('/')[0] ?? path;
}

/**
 * The import cycles of a graph: its strongly connected components of more than one file (or a file importing itself),
 * each sorted, found with Tarjan's algorithm. Example: a.ts → b.ts → a.ts gives [['a.ts', 'b.ts']].
 */
export function findImportCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  const visit = (file: string): void => {
    index.set(file, counter);
    lowLink.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(next)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };

  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
