/**
 * `policygraph import` as a user runs it, in a child process against the test Neo4j: a progress line per document,
 * a summary, and exit code 1 naming the file that failed while the other file still imports.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestGraph, resetGraph, testGraphEnv } from '../support/neo4j.ts';
import { query } from './import-support.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { graph } = openTestGraph();
let dir: string;

beforeAll(async () => {
  await resetGraph(graph);
  dir = await mkdtemp(join(tmpdir(), 'policygraph-import-cli-'));
  await writeFile(join(dir, 'empty.txt'), '');
});
afterAll(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

test('one good and one empty file: the good one imports, the exit code is 1 and the empty one is named', async () => {
  const result = await run(
    'node',
    ['bin/policygraph.mjs', 'import', 'corpus/guangxi-hitech-measures.txt', join(dir, 'empty.txt')],
    {
      cwd: ROOT,
      env: { ...process.env, ...testGraphEnv() },
    },
  ).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(result.code).toBe(1);
  // 11 agencies: the lead unit 自治区科技厅, eight cooperating units, the issuing General Office and the approving government.
  expect(result.stdout.split('\n')).toEqual([
    '[1/2] corpus/guangxi-hitech-measures.txt  《关于促进广西高新技术产业开发区高质量发展的若干措施》  3 articles, 0 issues',
    'imported 1 documents: 3 articles, 11 agencies, citations 0 resolved / 1 cited-only, 0 issues',
    '1 file(s) failed, nothing of them was written:',
    `  empty.txt: [EMPTY_FILE] ${join(dir, 'empty.txt')}: the file is empty`,
    '',
  ]);
  expect(result.stderr).toContain(`[2/2] FAILED ${join(dir, 'empty.txt')}: [EMPTY_FILE]`);
  expect(await query(graph, `MATCH (p:Policy {status: 'full'}) RETURN p.file AS file`)).toEqual([
    { file: 'guangxi-hitech-measures.txt' },
  ]);
});

test('a bad option exits 2 with the usage', async () => {
  const result = await run('node', ['bin/policygraph.mjs', 'import', '--max-bytes', '0'], {
    cwd: ROOT,
    env: { ...process.env, ...testGraphEnv() },
  }).catch((e: { code: number; stderr: string }) => e);
  expect(result).toMatchObject({ code: 2 });
  expect((result as { stderr: string }).stderr).toBe(
    'policygraph import: --max-bytes needs a positive whole number of bytes, got "0"\nusage: policygraph import [PATH…] [--max-bytes N] [--issues] [--json]\n',
  );
});
