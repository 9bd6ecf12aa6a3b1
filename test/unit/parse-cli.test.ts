// `policygraph parse`: the JSON array's shape per file, readable summaries, exit codes and error reports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { readParseArgs, run } from '../../cli/commands/parse.ts';
import { captureCli } from './capture-cli.ts';

const capture = (args: string[]) => captureCli(run, args);

const corpus = (name: string): string => fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'policygraph-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('policygraph parse --json', () => {
  test('one object per file with the fields of the issue', async () => {
    const { code, out } = await capture([
      '--json',
      corpus('state-council-hitech-opinions.txt'),
      corpus('most-hitech-zone-plan-14th.txt'),
    ]);
    expect(code).toBe(0);
    const docs = JSON.parse(out);
    expect(docs).toHaveLength(2);
    const [sc, most] = docs;
    expect(sc).toMatchObject({
      file: corpus('state-council-hitech-opinions.txt'),
      title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
      docNumber: '国发〔2020〕7号',
      issuer: '国务院',
      tier: 'national',
      kind: 'opinions',
      issuedOn: '2020-07-13',
      citations: [],
      goals: [],
      events: [],
      issues: [],
    });
    expect(sc.parts[1]).toMatchObject({ number: 2, heading: '着力提升自主创新能力' });
    expect(sc.parts[1].articles.map((a: { number: number }) => a.number)).toEqual([4, 5, 6]);
    expect(sc.articles[3]).toMatchObject({
      number: 4,
      heading: '大力集聚高端创新资源',
      text: '',
      partNumber: 2,
      leadAgencies: [],
      cooperatingAgencies: [],
    });
    expect(most.issues.slice(-1)).toEqual([
      {
        file: corpus('most-hitech-zone-plan-14th.txt'),
        line: 31,
        severity: 'warning',
        code: 'WEB_DEBRIS',
        message: 'web-page debris left out of the text: "点击查看作者最近其他文章"',
      },
    ]);
  });

  test('bad files become error objects naming the file; the others still parse; exit code 1', async () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'binary.bin');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00])); // a program (ELF), no container it opens
    const { code, out } = await capture([
      '--json',
      empty,
      corpus('guangxi-hitech-measures.txt'),
      binary,
      join(dir, 'missing.txt'),
    ]);
    expect(code).toBe(1);
    const results = JSON.parse(out);
    expect(results.map((r: { file: string; error?: { code: string } }) => [r.file, r.error?.code])).toEqual([
      [empty, 'EMPTY_FILE'],
      [corpus('guangxi-hitech-measures.txt'), undefined],
      [binary, 'BINARY_FILE'],
      [join(dir, 'missing.txt'), 'NOT_FOUND'],
    ]);
    expect(results[0].error.message).toBe(`${empty}: the file is empty`);
    expect(results[2].error).toEqual({
      code: 'BINARY_FILE',
      message: `${binary}:1: binary file: NUL byte at offset 4`,
      line: 1,
    });
  });

  test('--tier overrides the tier', async () => {
    const { out } = await capture(['--json', '--tier', 'county', corpus('liuzhou-hitech-measures.txt')]);
    expect(JSON.parse(out)[0].tier).toBe('county');
  });

  test('--gazetteer merges a user file: a new alias is expanded', async () => {
    const gazetteer = join(dir, 'extra.json');
    const text = join(dir, 'doc.txt');
    writeFileSync(
      gazetteer,
      JSON.stringify({ agencies: [{ name: '柳州市大数据发展局', jurisdiction: '柳州市', aliases: ['市大数据局'] }] }),
    );
    writeFileSync(
      text,
      '柳州市关于测试的若干措施\n（一）测试条目。支持企业。（牵头单位：市大数据局；配合单位：市科技局）\n',
    );
    const { out } = await capture(['--json', '--gazetteer', gazetteer, text]);
    const [doc] = JSON.parse(out);
    expect(doc.articles[0].leadAgencies.map((a: { name: string }) => a.name)).toEqual(['柳州市大数据发展局']);
    expect(doc.articles[0].cooperatingAgencies.map((a: { name: string }) => a.name)).toEqual(['柳州市科学技术局']);
  });
});

describe('policygraph parse (readable)', () => {
  test('prints a summary per file', async () => {
    const { code, out } = await capture([corpus('guangxi-hitech-measures.txt')]);
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 5)).toEqual([
      corpus('guangxi-hitech-measures.txt'),
      '  关于促进广西高新技术产业开发区高质量发展的若干措施',
      '  no number · issuer 广西壮族自治区人民政府办公厅 · provincial · measures · issued 2021-08-04',
      '  2 parts, 3 articles · 1 citations · 1 goals · 1 events · 0 issues',
      '    p1/a1     (一)加快创建国家高新区  [广西壮族自治区科学技术厅 + 8]',
    ]);
  });

  test('an error names the file on stderr', async () => {
    const { code, err } = await capture([join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    expect(err).toBe(`policygraph parse: ${join(dir, 'missing.txt')}: no such file [NOT_FOUND]\n`);
  });
});

describe('arguments', () => {
  test.each([
    [[], 'no FILE given'],
    [['--tier', 'city', 'a.txt'], '--tier must be one of national, provincial, municipal, county'],
    [['--max-bytes', '-5', 'a.txt'], '--max-bytes needs a positive whole number of bytes'],
    [['--retrieved-on', '26/11/2026', 'a.txt'], '--retrieved-on needs a date YYYY-MM-DD'],
    [['--bogus', 'a.txt'], 'unknown option --bogus'],
  ])('%j → %s', (args, message) => {
    expect(readParseArgs(args)).toBe(message);
  });

  test('bad arguments exit 2 with the usage', async () => {
    const { code, err } = await capture(['--tier', 'city', 'a.txt']);
    expect(code).toBe(2);
    expect(err).toMatch(/^policygraph parse: --tier must be one of/);
    expect(err).toContain('usage: policygraph parse');
  });

  test('options are read', () => {
    expect(readParseArgs(['--json', '--max-bytes', '2048', '--retrieved-on', '2026-11-26', 'a.txt', 'b.txt'])).toEqual({
      json: true,
      maxBytes: 2048,
      retrievedOn: '2026-11-26',
      files: ['a.txt', 'b.txt'],
    });
  });
});
