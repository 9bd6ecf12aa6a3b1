// `policygraph eval-parse`: the accuracy table per corpus and field, the failure list, bad truth refused; and
// `policygraph parse` on a saved web page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { run as runEval, readTruthEntries } from '../../cli/commands/eval-parse.ts';
import { run as runParse } from '../../cli/commands/parse.ts';
import { captureCli as capture } from './capture-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'policygraph-eval-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('policygraph eval-parse', () => {
  const truthDir = join(dir, 'mini');
  mkdirSync(truthDir);
  writeFileSync(
    join(truthDir, 'a.json'),
    JSON.stringify([
      {
        file: 'corpus/state-council-hitech-opinions.txt',
        title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
        docNumber: '国发〔2020〕7号',
        parts: 7,
        articles: 20,
      },
      { file: 'corpus/no-such-file.txt', title: 'x' },
    ]),
  );

  test('a table of right/judged per field, and each wrong field listed with --failures', async () => {
    const { code, out } = await capture(runEval, ['--failures', truthDir]);
    expect(code).toBe(0);
    expect(out).toContain('| field ');
    expect(out).toMatch(/\| title\s+\| 1\/1 100\.0%/);
    expect(out).toMatch(/\| articles\s+\| 0\/1 0\.0%/);
    expect(out).toMatch(/\| \(not parsed\)\s+\| 1/);
    expect(out).toContain('corpus/state-council-hitech-opinions.txt: articles: expected 20, got 21');
    expect(out).toContain('corpus/no-such-file.txt: not parsed: file not found');
  });

  test('a truth entry without a file is refused with its place', () => {
    expect(() => readTruthEntries('[{"title":"x"}]', 't.json')).toThrow('t.json: entry 1 has no "file"');
    expect(readTruthEntries('{"file":"a.txt"}', 't.json')).toEqual([{ file: 'a.txt' }]);
  });
});

describe('policygraph parse on a saved web page', () => {
  test('the page is read as HTML, its metadata table as metadata', async () => {
    const page = fileURLToPath(new URL('../data/web/saved-page.html', import.meta.url));
    const { code, out } = await capture(runParse, ['--json', page]);
    expect(code).toBe(0);
    expect(JSON.parse(out)[0]).toMatchObject({
      title: '国务院办公厅关于推进政务新媒体健康有序发展的意见',
      docNumber: '国办发〔2018〕123号',
      issuer: '国务院办公厅',
      provenance: { indexNumber: '000014349/2018-00221' },
    });
  });
});
