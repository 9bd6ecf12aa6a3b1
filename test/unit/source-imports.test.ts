// The flow of STYLE.md, enforced on the source: which top-level folder may import which, and no import cycles.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findImportCycles, readImportGraph, topFolder, type ImportGraph } from '../support/read-import-graph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_FOLDERS = ['align', 'api', 'bench', 'cli', 'graph', 'import', 'model', 'text', 'viewer', 'test'] as const;

/**
 * Top-level folder → the other top-level folders it may import. The data flows text file → import (parse, align,
 * write) → graph → api → HTTP → viewer: the importer never imports the API or the viewer, the API does not reach into
 * the importer, the viewer imports nothing of the server (it talks HTTP only), and the model and text helpers import
 * nothing. `test/` may import anything.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  text: [],
  graph: ['model'],
  align: ['model', 'text'],
  import: ['align', 'graph', 'model', 'text'],
  api: ['align', 'graph', 'model', 'text'],
  viewer: [],
  // bench serves the API exactly as `policygraph serve` does (bench/serve-api-child.ts → cli/serve-api.ts).
  bench: ['align', 'api', 'cli', 'graph', 'import', 'model', 'text'],
  cli: ['align', 'api', 'bench', 'graph', 'import', 'model', 'text'],
};

/** Every import that crosses from one top-level folder into one it may not import, as `from → to`. */
function folderViolations(graph: ImportGraph): string[] {
  const violations: string[] = [];
  for (const [file, targets] of graph) {
    const allowed = MAY_IMPORT[topFolder(file)];
    if (allowed === undefined) continue;
    for (const target of targets) {
      const folder = topFolder(target);
      if (folder !== topFolder(file) && !allowed.includes(folder)) violations.push(`${file} → ${target}`);
    }
  }
  return violations.sort();
}

const graph = readImportGraph(ROOT, SOURCE_FOLDERS);

describe('the import graph of the source tree', () => {
  test('is read from every source folder (a guard: an empty graph would pass every rule)', () => {
    for (const folder of SOURCE_FOLDERS) {
      expect([...graph.keys()].filter((file) => topFolder(file) === folder).length, folder).toBeGreaterThan(0);
    }
    const importToModel = [...graph].filter(
      ([file, targets]) => file.startsWith('import/') && targets.includes('model/index.ts'),
    );
    expect(importToModel.length).toBeGreaterThan(0);
  });

  test('every top-level folder imports only the folders it may', () => {
    expect(folderViolations(graph)).toEqual([]);
  });

  test('has no import cycles (the viewer included: its features see the page through page-context.ts)', () => {
    expect(findImportCycles(graph)).toEqual([]);
  });
});

describe('the checks themselves fail on a bad graph', () => {
  test('an importer file reaching into the API is a violation', () => {
    const bad: ImportGraph = new Map([
      ['import/run/run.ts', ['api/server.ts', 'model/index.ts']],
      ['viewer/src/app.ts', ['model/index.ts']],
      ['test/unit/x.test.ts', ['api/server.ts']],
    ]);
    expect(folderViolations(bad)).toEqual(['import/run/run.ts → api/server.ts', 'viewer/src/app.ts → model/index.ts']);
  });

  test.each([
    [
      'two files importing each other',
      [
        ['a.ts', ['b.ts']],
        ['b.ts', ['a.ts']],
      ],
      [['a.ts', 'b.ts']],
    ],
    [
      'a longer ring beside a tail',
      [
        ['a.ts', ['b.ts']],
        ['b.ts', ['c.ts']],
        ['c.ts', ['a.ts']],
        ['d.ts', ['a.ts']],
      ],
      [['a.ts', 'b.ts', 'c.ts']],
    ],
    ['a file importing itself', [['a.ts', ['a.ts']]], [['a.ts']]],
    [
      'a diamond (no cycle)',
      [
        ['a.ts', ['b.ts', 'c.ts']],
        ['b.ts', ['d.ts']],
        ['c.ts', ['d.ts']],
        ['d.ts', []],
      ],
      [],
    ],
  ] as const)('%s', (_name, edges, cycles) => {
    const small: ImportGraph = new Map(edges.map(([file, targets]) => [file, [...targets]]));
    expect(findImportCycles(small)).toEqual(cycles);
  });
});
