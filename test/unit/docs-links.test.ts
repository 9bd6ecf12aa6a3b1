// Every relative link in the README and the docs leads to a file of the project: a renamed or folded page must
// take its links along (README once pointed at a docs/parsing.md that was never written).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = [
  'README.md',
  'BENCHMARKS.md',
  'corpus/README.md',
  'graph/MODEL.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Relative link targets of a Markdown page, without their #anchor. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target));
}

describe('links in the README and the docs', () => {
  test('the pages exist and have links to check', () => {
    expect(PAGES.filter((page) => existsSync(join(ROOT, page))).length).toBeGreaterThan(10);
    expect(relativeLinks(readFileSync(join(ROOT, 'README.md'), 'utf8')).length).toBeGreaterThan(10);
  });

  test.each(PAGES.filter((page) => existsSync(join(ROOT, page))))('%s links only to files that exist', (page) => {
    const broken = relativeLinks(readFileSync(join(ROOT, page), 'utf8')).filter(
      (target) => !existsSync(resolve(join(ROOT, dirname(page)), decodeURIComponent(target))),
    );
    expect(broken).toEqual([]);
  });
});
