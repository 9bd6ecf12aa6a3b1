// Files users bring that are not plain text: a page saved as one file (MHTML), and the containers the importer refuses
// with what to do instead. Each saved file must read as the page it was saved from.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPolicyFile } from '../../import/index.ts';
import { sniffFormat } from '../../import/parse/formats/sniff-format.ts';
import { listPolicyFiles } from '../../import/run/list-policy-files.ts';
import { caughtInputError, readerView, scratchFolder } from '../support/file-formats.ts';

const { write } = scratchFolder('policygraph-formats-');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('a web page saved as one file (MHTML)', () => {
  test.each([
    ['zj-lishui-veterans-placement-2023.mhtml', 'html-heldout/zj-lishui-veterans-placement-2023.html'],
    ['gs-fgw-equipment-renewal-2025.mhtml', 'html-heldout/gs-fgw-equipment-renewal-2025.html'],
    ['jx-wanzai-stats-bulletin-2022.mht', 'saved-pages/jx-wanzai-stats-bulletin-2022.html'],
  ])('%s reads as the page it was saved from', async (saved, page) => {
    const fromSaved = await readPolicyFile(`test/data/saved-one-file/${saved}`);
    const fromPage = await readPolicyFile(`test/data/${page}`);
    expect(fromSaved.title).not.toBe('');
    expect(readerView(fromSaved)).toEqual(readerView(fromPage));
    expect(fromSaved.issues[0]).toMatchObject({ line: 1, severity: 'info', code: 'FILE_FORMAT' });
  });

  test('IE’s .mht in GB2312: the text is decoded by its part’s charset, and its address is the source', async () => {
    const document = await readPolicyFile('test/data/saved-one-file/jx-wanzai-stats-bulletin-2022.mht');
    expect(document.title).toBe('万载县2022年国民经济和社会发展统计公报');
    expect(document.sourceUrl).toBe(
      'http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml',
    );
  });

  test('a saved page named .html is still opened as MHTML', async () => {
    const page =
      '<html><body><p>关于加强科技创新的意见</p><p>一、总体要求</p><p>坚持创新驱动。</p><p>二、重点任务</p><p>培育创新主体。</p></body></html>';
    // Quoted-printable: bytes outside ASCII as =XX, lines of at most 76 characters joined by soft breaks (=).
    const pieces = [...new TextEncoder().encode(page)].map((b) =>
      b < 0x80 && b !== 0x3d ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    );
    const lines: string[] = [''];
    for (const piece of pieces) {
      if (lines.at(-1)!.length + piece.length > 72) lines.push('');
      lines[lines.length - 1] += piece;
    }
    const saved = write(
      'renamed.html',
      [
        'From: <Saved by Blink>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; type="text/html"; boundary="b"',
        '',
        '--b',
        'Content-Type: text/html',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        lines.join('=\r\n'),
        '--b--',
        '',
      ].join('\r\n'),
    );
    const document = await readPolicyFile(saved);
    expect(document.title).toBe('关于加强科技创新的意见');
    expect(readerView(document)).toEqual(readerView(await readPolicyFile(write('page.html', page))));
  });

  test('a page saved with a frame reads as the page alone, as its .html does: the frame’s text is no part of it', async () => {
    const part = (id: string, html: string): string =>
      [
        `Content-Type: text/html`,
        `Content-ID: <${id}@mhtml.blink>`,
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(html).toString('base64'),
      ].join('\r\n');
    const page =
      '<html><body><h1>某市科技创新促进办法</h1><p>第一条 为了促进科技创新，制定本办法。</p><p>第二条 本办法自公布之日起施行。</p><iframe src="cid:frame-2@mhtml.blink"></iframe></body></html>';
    const saved = write(
      'framed.mhtml',
      [
        'From: <Saved by Blink>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--x----"',
        '',
        '------MultipartBoundary--x----',
        part('frame-1', page),
        '------MultipartBoundary--x----',
        part('frame-2', '<html><body><p>第三条 欢迎访问本网站。</p></body></html>'),
        '------MultipartBoundary--x------',
        '',
      ].join('\r\n'),
    );
    const document = await readPolicyFile(saved);
    expect(document.articles.map((article) => article.text)).toEqual([
      '为了促进科技创新，制定本办法。',
      '本办法自公布之日起施行。',
    ]);
    expect(readerView(document)).toEqual(readerView(await readPolicyFile(write('framed.html', page))));
  });

  test('an MHTML file without a page part is refused as damaged, naming the file', async () => {
    const path = write(
      'images.mhtml',
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n',
    );
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toBe(`${path}: the saved page (MHTML) holds no HTML part`);
  });
});

describe('what a file is, by its bytes', () => {
  /** A ZIP of empty members stored (names apart by spaces): local headers, the central directory, its end record. */
  const zip = (members: string): Uint8Array => {
    const u16 = (n: number) => [n & 0xff, n >> 8];
    const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
    const names = members.split(' ').map((name) => [...bytes(name)]);
    const locals: number[] = [];
    const central: number[] = [];
    for (const name of names) {
      central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0));
      central.push(...u32(0), ...u32(0), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
      central.push(...u32(0), ...u32(locals.length), ...name);
      locals.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0), ...u32(0));
      locals.push(...u16(name.length), ...u16(0), ...name);
    }
    const end = [...u32(0x06054b50), 0, 0, 0, 0, ...u16(names.length), ...u16(names.length)];
    return new Uint8Array([...locals, ...central, ...end, ...u32(central.length), ...u32(locals.length), 0, 0]);
  };
  const ole = (stream: string): Uint8Array =>
    new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      0,
      ...[...stream].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
  test.each([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a PDF behind a few bytes of junk', bytes('\r\n\r\n%PDF-1.4\n'), 'pdf'],
    ['a text that speaks of a PDF', bytes('附件下载（%PDF-1.4 格式）\n第一条 …'), 'text'],
    ['a Word file (.docx)', zip('[Content_Types].xml word/document.xml'), 'docx'],
    ['a Word file whose main part is word/document2.xml', zip('[Content_Types].xml word/document2.xml'), 'docx'],
    ['an Excel workbook', zip('[Content_Types].xml xl/workbook.xml'), 'xlsx'],
    ['a PowerPoint presentation', zip('[Content_Types].xml ppt/presentation.xml'), 'pptx'],
    ['another ZIP archive', zip('关于…的通知.docx 附件.docx'), 'zip'],
    ['an OFD file (版式文档)', zip('OFD.xml Doc_0/Document.xml'), 'ofd'],
    ['an OpenDocument text', zip('mimetypeapplication/vnd.oasis.opendocument.text'), 'odt'],
    ['a Word 97–2003 file (.doc)', ole('WordDocument'), 'doc'],
    ['another Office file', ole('Workbook'), 'ole'],
    [
      'a page saved by Chrome',
      bytes('From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;\n'),
      'mhtml',
    ],
    [
      'a text quoting MIME headers after its first lines',
      bytes('关于…的通知\n\nMIME-Version: 1.0\nContent-Type: multipart/related'),
      'text',
    ],
    ['a statute', bytes('# 中华人民共和国审计法\n第一条 为了…'), 'text'],
    ['an RTF document', bytes('{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl'), 'rtf'],
    [
      'Word 2003 XML (Word’s “XML 文档”)',
      bytes('\ufeff<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument'),
      'wordml',
    ],
    ['an XML file of another kind', bytes('<?xml version="1.0"?>\n<policy><title>…</title></policy>'), 'text'],
  ])('%s', (_, input, format) => {
    expect(sniffFormat(input)).toBe(format);
  });

  test('an archive or an Office file of another kind is refused with what to do, naming the file', async () => {
    const archive = write('policies.docx', zip('readme.txt notice.docx'));
    expect((await caughtInputError(() => readPolicyFile(archive))).message).toBe(
      `${archive}: a ZIP archive that is no Word document (.docx): unpack it and import the files it holds`,
    );
    const ofd = write('gazette.ofd', zip('OFD.xml Doc_0/Document.xml'));
    expect((await caughtInputError(() => readPolicyFile(ofd))).message).toBe(
      `${ofd}: an OFD file (版式文档, GB/T 33190) is not read: open it in an OFD reader and save it as PDF or text`,
    );
    const sheet = write('targets.xls', ole('Workbook'));
    const error = await caughtInputError(() => readPolicyFile(sheet));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toContain(`${sheet}: an Office file that is no Word document`);
  });
});

test('a PDF or Word file named .html is read by what its bytes are, not by its name', async () => {
  // The 兖州 notice reads otherwise through the page reader (which squeezes its spaces); the statute's PDF does not.
  for (const fixture of [
    'test/data/word/sd-yanzhou-xinxi-gongkai-2011.docx',
    'test/data/pdf/sn-organ-support-2025.pdf',
  ]) {
    const renamed = write('downloaded.html', readFileSync(fixture));
    expect(readerView(await readPolicyFile(renamed))).toEqual(readerView(await readPolicyFile(fixture)));
  }
});

test('a folder’s pages saved as one file are imported with its texts', async () => {
  const listed = await listPolicyFiles(['test/data/saved-one-file']);
  expect(listed.files).toEqual([
    'test/data/saved-one-file/gs-fgw-equipment-renewal-2025.mhtml',
    'test/data/saved-one-file/jx-wanzai-stats-bulletin-2022.mht',
    'test/data/saved-one-file/zj-lishui-veterans-placement-2023.mhtml',
  ]);
});
