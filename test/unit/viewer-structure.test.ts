/**
 * The viewer's shape (issue 18 item 3): no import cycles in viewer/src, Cytoscape used by graph-view.ts alone, and
 * the view state's update/subscribe contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createViewState } from '../../viewer/src/view-state.ts';

const SRC = join(process.cwd(), 'viewer/src');
const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));

/** Local imports of each file (type-only imports included: they tie the files together just the same). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'\.\/([\w.-]+\.ts)'/gms)].map((m) => m[1]!);
}

/** A cycle through the import graph, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('viewer/src structure', () => {
  test('has files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test('no import cycles', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    expect(findCycle(graph)).toBeNull();
  });

  test('the cycle finder finds a planted cycle', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  test('only graph-view.ts imports Cytoscape itself (others may import its types)', () => {
    const users = files.filter((f) =>
      /^import\s+(?!type\b)[^;]*from\s+'cytoscape'/m.test(readFileSync(join(SRC, f), 'utf8')),
    );
    expect(users).toEqual(['graph-view.ts']);
  });

  test('no file reaches into the Cytoscape instance of the view', () => {
    const reaching = files.filter((f) => /\b(view|app|this\.view)\.cy\b/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(reaching).toEqual([]);
  });
});

describe('view state', () => {
  test('update notifies subscribers with the changed fields only', () => {
    const state = createViewState();
    const seen: string[][] = [];
    const stop = state.subscribe((_, changed) => seen.push([...changed]));
    state.update({ deckIndex: 2 });
    state.update({ deckIndex: 2 });
    state.update((s) => ({ deckIndex: s.deckIndex + 1, loadedAll: true }));
    stop();
    state.update({ deckIndex: 9 });
    expect(seen).toEqual([['deckIndex'], ['deckIndex', 'loadedAll']]);
    expect(state.get().deckIndex).toBe(9);
  });

  test('update replaces the state object instead of mutating it', () => {
    const state = createViewState();
    const before = state.get();
    state.update({ deckIndex: 1 });
    expect(before.deckIndex).toBe(0);
    expect(state.get()).not.toBe(before);
  });
});
