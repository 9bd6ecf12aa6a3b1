import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProgress, formatSummary, parseImportArgs } from '../../cli/commands/import.ts';
import type { PolicyDocument } from '../../model/index.ts';
import { listPolicyFiles } from '../../import/run/list-policy-files.ts';
import { parseSourceIndex, parseSourceTable } from '../../import/run/read-source-index.ts';
import { registryEntryOf } from '../../import/run/scan-run-registry.ts';
import { citationsOf } from '../../import/write/resolve-citations.ts';

describe('parseSourceIndex', () => {
  test('reads file → address rows of a README table, skipping rows without a host and path', () => {
    const markdown = [
      '| file | document | source |',
      '|---|---|---|',
      '| a.txt | A | Liuzhou website (tzcjj.liuzhou.gov.cn/jdhy/x.shtml) |',
      '| b.txt | B | published on the central government portal (gov.cn), 2020-07-17 |',
      '| c.txt | C | repost at https://redian.news/wxnews/139865 |',
      '| notes.md | D | (example.com/x) |',
    ].join('\n');
    expect([...parseSourceIndex(markdown)]).toEqual([
      ['a.txt', 'tzcjj.liuzhou.gov.cn/jdhy/x.shtml'],
      ['c.txt', 'https://redian.news/wxnews/139865'],
    ]);
  });
});

describe('parseSourceTable', () => {
  test('reads file → page address from a metadata.tsv of saved pages; comment and address-less rows skipped', () => {
    const tsv = [
      '# file\tpage address\t索引号',
      '01.html\thttp://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm\t000014349/2019-00007',
      '03.html\t\t000014349/2019-00005',
      'notes.md\thttp://example.com/x',
    ].join('\n');
    expect([...parseSourceTable(tsv)]).toEqual([
      ['01.html', 'http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm'],
    ]);
  });
});

describe('listPolicyFiles', () => {
  test('a folder gives its policy texts recursively and sorted, a file itself; missing paths and skipped files are reported', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policygraph-list-'));
    try {
      await mkdir(join(dir, 'sub'));
      await mkdir(join(dir, '.git'));
      // Pages saved whole: their resource folders hold frames saved as .html, which are no documents.
      await mkdir(join(dir, 'e_files'));
      await mkdir(join(dir, 'f.files'));
      await mkdir(join(dir, 'orphan_files'));
      for (const name of [
        'b.txt',
        'a.txt',
        'README.md',
        'sub/c.txt',
        'sub/d.md',
        'sub/_index.md',
        'e.html',
        'f.HTM',
        'g.xlsx',
        'h',
        '.hidden.txt',
        'e_files/saved_resource.html',
        'f.files/frame.htm',
        'orphan_files/notice.txt',
      ])
        await writeFile(join(dir, name), 'x');
      const list = await listPolicyFiles([dir, join(dir, 'sub/c.txt'), join(dir, 'g.xlsx'), join(dir, 'nope.txt')]);
      expect(list.files).toEqual([
        join(dir, 'a.txt'),
        join(dir, 'b.txt'),
        join(dir, 'e.html'),
        join(dir, 'f.HTM'),
        join(dir, 'orphan_files/notice.txt'),
        join(dir, 'sub/c.txt'),
        join(dir, 'sub/d.md'),
        join(dir, 'g.xlsx'),
      ]);
      expect(list.missing).toEqual([join(dir, 'nope.txt')]);
      expect(list.skipped.map((s) => [s.file.slice(dir.length + 1), s.reason.split(' (')[0]])).toEqual([
        ['.git', 'hidden or dependency folder'],
        ['.hidden.txt', 'hidden file'],
        ['README.md', 'a folder index or readme, not a document'],
        ['e_files', 'the resources of the saved page e.html'],
        ['f.files', 'the resources of the saved page f.HTM'],
        ['g.xlsx', 'not a policy text'],
        ['h', 'not a policy text'],
        ['sub/_index.md', 'a folder index or readme, not a document'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('registry entries and citations of a document', () => {
  const doc = {
    title: '《柳州市关于促进高新技术产业开发区高质量发展的若干措施》政策解读',
    citations: [
      { title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见', relation: 'cites', line: 14 },
      { title: '高新区措施', docNumber: '柳政规〔2021〕99号', relation: 'cites', line: 20 },
    ],
    interprets: { title: '柳州市关于促进高新技术产业开发区高质量发展的若干措施', docNumber: '柳政规〔2021〕18号' },
    shortTitles: [{ short: '高新区措施', full: '柳州市关于促进高新技术产业开发区高质量发展的若干措施' }],
    kind: 'interpretation',
  } as unknown as PolicyDocument;

  test('the document interpreted is added as an interprets citation when the parser left it out', () => {
    expect(citationsOf(doc).map((c) => [c.relation, c.line, c.docNumber])).toEqual([
      ['interprets', 1, '柳政规〔2021〕18号'],
      ['cites', 14, undefined],
      ['cites', 20, '柳政规〔2021〕99号'],
    ]);
  });

  test('the registry keeps the own title key, the numbers given and every cited key once, short titles expanded', () => {
    expect(registryEntryOf(doc)).toEqual({
      titleKey: '柳州市|关于促进高新技术产业开发区高质量发展的若干措施政策解读',
      given: [
        { titleKey: '柳州市|关于促进高新技术产业开发区高质量发展的若干措施', docNumber: '柳政规〔2021〕18号' },
        { titleKey: '柳州市|关于促进高新技术产业开发区高质量发展的若干措施', docNumber: '柳政规〔2021〕99号' },
      ],
      cited: [
        '柳州市|关于促进高新技术产业开发区高质量发展的若干措施',
        '中华人民共和国|关于促进国家高新技术产业开发区高质量发展的若干意见',
      ],
    });
  });
});

describe('policygraph import: arguments and output', () => {
  test.each([
    [[], { paths: [], json: false, issues: false }],
    [['a.txt', 'dir', '--json', '--issues'], { paths: ['a.txt', 'dir'], json: true, issues: true }],
    [['--max-bytes', '1024', 'a.txt'], { paths: ['a.txt'], json: false, issues: false, maxBytes: 1024 }],
    [['--max-bytes=2048'], { paths: [], json: false, issues: false, maxBytes: 2048 }],
    [['--max-bytes', 'lots'], { error: '--max-bytes needs a positive whole number of bytes, got "lots"' }],
    [['--force'], { error: 'unknown option --force' }],
  ])('%j', (args, expected) => {
    expect(parseImportArgs(args)).toEqual(expected);
  });

  test('progress lines for an imported and a failed file', () => {
    expect(
      formatProgress(
        {
          index: 0,
          total: 2,
          file: 'corpus/a.txt',
          status: 'imported',
          title: '关于某事的意见',
          articles: 3,
          issues: 1,
          issueList: [{ file: 'a.txt', line: 4, severity: 'warning', code: 'SELF_CITATION', message: 'ignored' }],
        },
        true,
      ),
    ).toBe('[1/2] corpus/a.txt  《关于某事的意见》  3 articles, 1 issues\n    warning a.txt:4 [SELF_CITATION] ignored');
    expect(
      formatProgress({
        index: 0,
        total: 1,
        file: 'c.txt',
        status: 'imported',
        title: '《某措施》政策解读',
        articles: 3,
        issues: 0,
      }),
    ).toBe('[1/1] c.txt  《某措施》政策解读  3 articles, 0 issues');
    expect(
      formatProgress({
        index: 0,
        total: 1,
        file: 'd.txt',
        status: 'imported',
        title: '关于《某措施》的政策解读',
        articles: 0,
        issues: 0,
      }),
    ).toBe('[1/1] d.txt  关于《某措施》的政策解读  0 articles, 0 issues');
    expect(
      formatProgress({
        index: 1,
        total: 2,
        file: 'b.txt',
        status: 'failed',
        code: 'EMPTY_FILE',
        message: 'b.txt: the file is empty',
      }),
    ).toBe('[2/2] FAILED b.txt: [EMPTY_FILE] b.txt: the file is empty');
  });

  test('the summary names each failed file', () => {
    expect(
      formatSummary({
        documents: 4,
        articles: 64,
        agencies: 20,
        citations: { resolved: 3, unresolved: 2 },
        issues: 7,
        failed: [{ file: 'b.txt', code: 'EMPTY_FILE', message: 'b.txt: the file is empty' }],
      }),
    ).toBe(
      'imported 4 documents: 64 articles, 20 agencies, citations 3 resolved / 2 cited-only, 7 issues\n' +
        '1 file(s) failed, nothing of them was written:\n  b.txt: [EMPTY_FILE] b.txt: the file is empty\n',
    );
  });
});
