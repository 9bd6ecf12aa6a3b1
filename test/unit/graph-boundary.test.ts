// The graph boundary: only graph/ imports neo4j-driver (everyone else holds a GraphHandle), and no production file
// carries a test failure hook (tests wrap the handle instead: test/support/failing-graph.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.data', 'generated']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });
}

const files = sourceFiles(ROOT);
const IMPORTS_DRIVER = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]neo4j-driver(?:\/[^'"]*)?['"]/;
/** Tests that build driver errors or driver objects to check graph/'s translation of them (and this one, which names the import). */
const DRIVER_TESTS = new Set([
  'test/unit/graph-boundary.test.ts',
  'test/unit/graph-errors.test.ts',
  'test/unit/graph-local-engine.test.ts',
  'test/unit/api-http.test.ts',
]);

describe('the graph boundary', () => {
  test('the scan sees the project (guards against an empty file list)', () => {
    expect(files).toContain('graph/graph-handle.ts');
    expect(files).toContain('api/server.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  test('nothing outside graph/ imports neo4j-driver', () => {
    const offenders = files.filter(
      (f) =>
        !f.startsWith('graph/') && !DRIVER_TESTS.has(f) && IMPORTS_DRIVER.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  test('the rule itself catches an import', () => {
    expect(IMPORTS_DRIVER.test("import type { Driver } from 'neo4j-driver';")).toBe(true);
    expect(IMPORTS_DRIVER.test("const neo4j = require('neo4j-driver')")).toBe(true);
    expect(IMPORTS_DRIVER.test('// talks to neo4j-driver through graph/')).toBe(false);
  });

  test('no production file mentions a test failure hook', () => {
    const production = files.filter((f) => !f.startsWith('test/'));
    const offenders = production.filter((f) =>
      /failWrite|failAfterStatement|injectedFailure/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
