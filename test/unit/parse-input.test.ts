// Bad and unusual input: each fatal case a PolicyInputError with a code and the file (and line) in the message;
// odd lines inside a readable file become issues.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  decodePolicyBytes,
  decodePolicyText,
  PARSER_VERSION,
  PolicyInputError,
  parsePolicyText,
  readPolicyFile,
} from '../../import/index.ts';
import { cleanLine, normalizeLine } from '../../text/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'policygraph-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function caught(run: () => unknown): PolicyInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error('expected a PolicyInputError');
}

describe('decoding', () => {
  test('UTF-8 with and without BOM', () => {
    expect(decodePolicyBytes(utf8('关于'), 'a.txt')).toBe('关于');
    expect(decodePolicyBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('关于')]), 'a.txt')).toBe('关于');
  });

  test('GB18030/GBK detected', () => {
    const gbk = new Uint8Array([0xb9, 0xd8, 0xd3, 0xda, 0x0a, 0xb4, 0xcb, 0xbc, 0xfe]); // 关于\n此件
    expect(decodePolicyText(gbk, 'g.txt')).toEqual({ text: '关于\n此件', encoding: 'gb18030', issues: [] });
  });

  test('UTF-16 with BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x73, 0x51, 0x8e, 0x4e]); // 关于 in UTF-16LE
    expect(decodePolicyBytes(bytes, 'u.txt')).toBe('关于');
  });

  test.each([
    ['an empty file', new Uint8Array(), 'EMPTY_FILE', undefined, 'e.txt: the file is empty'],
    ['a file of blanks', utf8(' \n\r\n\t'), 'EMPTY_FILE', undefined, 'e.txt: the file is empty'],
    ['NUL bytes', utf8('关于\n\u0000\u0001PK'), 'BINARY_FILE', 2, 'e.txt:2: binary file: NUL byte at offset 7'],
    [
      'neither UTF-8 nor GB18030',
      new Uint8Array([0xff, 0xff, 0x0a, 0xff, 0x80]),
      'UNDECODABLE',
      undefined,
      'e.txt: the file is neither UTF-8 nor GB18030/GBK text',
    ],
    [
      'control characters',
      utf8('a\u0002b\u0003c\u0004d\u0005'),
      'BINARY_FILE',
      undefined,
      'e.txt: binary file: 4 control characters',
    ],
  ])('%s is refused', (_name, bytes, code, line, message) => {
    const error = caught(() => decodePolicyBytes(bytes, 'e.txt'));
    expect([error.code, error.file, error.line, error.message]).toEqual([code, 'e.txt', line, message]);
  });

  test('a file above the limit is refused; the limit is configurable', () => {
    const error = caught(() => decodePolicyBytes(utf8('关于促进'), 'big.txt', 5));
    expect([error.code, error.message]).toEqual([
      'FILE_TOO_LARGE',
      'big.txt: the file has 12 bytes, above the limit of 5 bytes (raise it with --max-bytes)',
    ]);
    expect(decodePolicyBytes(utf8('关于促进'), 'big.txt', 12)).toBe('关于促进');
  });

  test('a UTF-8 file with a GBK line: the line decoded as GBK, reported with its number', () => {
    const bytes = new Uint8Array([...utf8('第一行\n'), 0xb9, 0xd8, 0xd3, 0xda, ...utf8('\n第三行')]);
    const decoded = decodePolicyText(bytes, 'm.txt');
    expect(decoded.text).toBe('第一行\n关于\n第三行');
    expect(decoded.encoding).toBe('utf-8+gb18030');
    expect(decoded.issues.map((i) => [i.line, i.code, i.severity])).toEqual([[2, 'MIXED_ENCODING', 'warning']]);
  });
});

describe('files', () => {
  test('a 50 MB file is refused before it is read', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    await expect(readPolicyFile(path, { file: 'huge.txt' })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      file: 'huge.txt',
      message: 'huge.txt: the file has 52428800 bytes, above the limit of 10485760 bytes (raise it with --max-bytes)',
    });
  });

  test('--max-bytes lets a larger file through', async () => {
    const path = join(dir, 'ok.txt');
    writeFileSync(path, '柳州市关于测试的若干措施\n（一）测试条目。支持企业。\n');
    await expect(readPolicyFile(path, { maxBytes: 10 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    await expect(readPolicyFile(path, { maxBytes: 1000 })).resolves.toMatchObject({
      title: '柳州市关于测试的若干措施',
      file: path,
    });
  });

  test('a missing file', async () => {
    await expect(readPolicyFile(join(dir, 'none.txt'), { file: 'none.txt' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'none.txt: no such file',
    });
  });

  test('provenance: sha256 of the text, parser version, retrieval date', () => {
    const d = parsePolicyText('关于\n', { file: 'p.txt', retrievedOn: '2026-11-26' });
    const sha256 = createHash('sha256').update('关于\n').digest('hex');
    expect(d.provenance).toEqual({ file: 'p.txt', sha256, importerVersion: PARSER_VERSION, retrievedOn: '2026-11-26' });
    expect(parsePolicyText('关于\n', { file: 'q.txt' }).provenance.sha256).toBe(d.provenance.sha256);
    expect(parsePolicyText('关于。\n', { file: 'q.txt' }).provenance.sha256).not.toBe(d.provenance.sha256);
  });
});

describe('text without recognisable structure', () => {
  test('an error issue, not an exception', () => {
    const d = parsePolicyText('今天天气很好，我们去公园散步，看到很多人在锻炼身体。\n然后回家吃饭。', {
      file: 'x.txt',
    });
    expect(d.articles).toEqual([]);
    expect(d.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.line, i.code])).toEqual([
      ['x.txt', 1, 'NO_TITLE'],
      ['x.txt', 1, 'NO_STRUCTURE'],
    ]);
  });

  test('a title without articles still reports NO_STRUCTURE', () => {
    const d = parsePolicyText('柳州市关于测试的通知\n请各单位认真执行。', { file: 'y.txt' });
    expect(d.title).toBe('柳州市关于测试的通知');
    expect(d.issues.map((i) => i.code)).toEqual(['NO_STRUCTURE']);
  });
});

describe('line cleaning (§6)', () => {
  test.each([
    ['關(guān)于印發', '关于印发', 1],
    ['現(xiàn)印发（gěi）给你们', '现印发给你们', 2],
    ['\u3000\u3000为贯彻落实\u00a0精神', '为贯彻落实 精神', 0],
    ['发展(2021—2023年)', '发展(2021—2023年)', 0],
    ['来源(qq)', '来源(qq)', 0],
  ])('%s → %s', (raw, text, pinyin) => {
    expect(normalizeLine(raw)).toMatchObject({ text, pinyinRemoved: pinyin });
  });

  test('matching form folds full-width ASCII and keeps the length', () => {
    const line = normalizeLine('（一）指导思想：２０２１');
    expect(line.match).toBe('(一)指导思想:2021');
    expect(line.match.length).toBe(line.text.length);
    expect(cleanLine('號').cleaned).toBe('號');
    expect(normalizeLine('號').text).toBe('号');
  });
});

describe('GBK fragments inside a UTF-8 line', () => {
  test('each fragment decoded with its own encoding, the line reported', () => {
    const gbk = [0xb7, 0xfe, 0xce, 0xf1, 0xcc, 0xe5, 0xcf, 0xb5]; // 服务体系
    const bytes = new Uint8Array([...utf8('标题\n（二）完善'), ...gbk, ...utf8('。市科技局负责。')]);
    const decoded = decodePolicyText(bytes, 'f.txt');
    expect(decoded.text).toBe('标题\n（二）完善服务体系。市科技局负责。');
    expect(decoded.issues.map((i) => [i.line, i.code, i.message])).toEqual([
      [2, 'MIXED_ENCODING', 'line mixes UTF-8 and GB18030/GBK fragments; each decoded with its own encoding'],
    ]);
  });
});
