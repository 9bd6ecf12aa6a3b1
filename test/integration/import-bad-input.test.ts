/**
 * Bad input in one run: each bad file is refused with a coded message naming it, nothing of it lands, and the
 * good files of the same run still import. A citation cycle imports; a document citing itself drops that citation.
 */
import { copyFile, mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ImportProgress, ImportSummary } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { importInto, query } from './import-support.ts';

const { graph } = openTestGraph();
const FIXTURES = new URL('../data/import/', import.meta.url);
let dir: string;
let summary: ImportSummary;
const progress: ImportProgress[] = [];

beforeAll(async () => {
  await resetGraph(graph);
  dir = await mkdtemp(join(tmpdir(), 'policygraph-bad-input-'));
  for (const name of await readdir(FIXTURES)) await copyFile(new URL(name, FIXTURES), join(dir, name));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(
    join(dir, 'binary.txt'),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xe5, 0x85]),
  );
  await writeFile(join(dir, 'big.txt'), '');
  await truncate(join(dir, 'big.txt'), 50 * 1024 * 1024);
  summary = await importInto(graph, [dir], { onProgress: (p) => progress.push(p) });
});
afterAll(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

test('each bad file fails with its code and a message naming it; the good files import', () => {
  expect(summary.failed.map((f) => [f.file, f.code])).toEqual([
    ['big.txt', 'FILE_TOO_LARGE'],
    ['binary.txt', 'BINARY_FILE'],
    ['conflict-second.txt', 'CONFLICTING_NUMBER'],
    ['empty.txt', 'EMPTY_FILE'],
    ['no-structure.txt', 'NO_STRUCTURE'],
    ['no-title.txt', 'UNIDENTIFIABLE'],
  ]);
  for (const failure of summary.failed) expect(failure.message).toContain(failure.file);
  expect(progress.filter((p) => p.status === 'imported').map((p) => p.file.split('/').pop())).toEqual([
    'conflict-first.txt',
    'cycle-a.txt',
    'cycle-b.txt',
    'mixed-encoding.txt',
    'self-citing.txt',
  ]);
  expect(summary.documents).toBe(5);
});

test('a second file with the same number and another title is refused naming both files; the first stays as it was', async () => {
  const conflict = summary.failed.find((f) => f.code === 'CONFLICTING_NUMBER')!;
  expect(conflict.message).toBe(
    'conflict-second.txt: number 柳政发〔2021〕4号 already belongs to 《柳州市关于丁事项的若干措施》 imported from conflict-first.txt, ' +
      'while this file is titled 《柳州市关于戊事项的实施意见》; refused, nothing written',
  );
  const rows = await query(
    graph,
    `MATCH (p:Policy {docNumber: '柳政发〔2021〕4号'}) RETURN p.file AS file, p.title AS title, COUNT { (p)-[:HAS_ARTICLE]->() } AS articles`,
  );
  expect(rows).toEqual([{ file: 'conflict-first.txt', title: '柳州市关于丁事项的若干措施', articles: 1 }]);
});

test('nothing of a refused file is in the graph', async () => {
  const rows = await query(
    graph,
    `MATCH (n) WHERE n.file IN $files OR n.title CONTAINS '戊' OR n.text CONTAINS '戊' RETURN count(n) AS n`,
    {
      files: summary.failed.map((f) => f.file),
    },
  );
  expect(rows).toEqual([{ n: 0 }]);
  expect(await query(graph, `MATCH (p:Policy) RETURN count(p) AS n`)).toEqual([{ n: 5 }]);
});

test('a citation cycle (A implements B implements A) imports both documents, each linked once to the other', async () => {
  const rows = await query(
    graph,
    `MATCH (a:Policy)-[r:IMPLEMENTS]->(b:Policy) WHERE a.file STARTS WITH 'cycle' RETURN a.file AS from, b.file AS to, b.status AS status ORDER BY from`,
  );
  expect(rows).toEqual([
    { from: 'cycle-a.txt', to: 'cycle-b.txt', status: 'full' },
    { from: 'cycle-b.txt', to: 'cycle-a.txt', status: 'full' },
  ]);
});

test('a document citing itself under another form of its title drops the citation with an issue', async () => {
  const self = progress.find((p) => p.file.endsWith('self-citing.txt'))!;
  expect(self.issueList?.filter((i) => i.code === 'SELF_CITATION')).toEqual([
    {
      file: 'self-citing.txt',
      line: 4,
      severity: 'warning',
      code: 'SELF_CITATION',
      message: 'the document cites itself (《柳州市人民政府关于丙事项的若干措施》): ignored',
    },
  ]);
  expect(await query(graph, `MATCH (p:Policy {file: 'self-citing.txt'})-[r]->(:Policy) RETURN count(r) AS n`)).toEqual([
    { n: 0 },
  ]);
});

test('a UTF-8 file with a GBK line imports whole, the line recovered and reported', async () => {
  const mixed = progress.find((p) => p.file.endsWith('mixed-encoding.txt'))!;
  expect(mixed.issueList?.map((i) => [i.code, i.line])).toContainEqual(['MIXED_ENCODING', 5]);
  const rows = await query(
    graph,
    `MATCH (:Policy {file: 'mixed-encoding.txt'})-[:HAS_ARTICLE]->(a:Article) RETURN a.heading AS heading, a.text AS text`,
  );
  expect(rows).toEqual([{ heading: '加强己事项', text: '支持己事项发展。' }]);
});
