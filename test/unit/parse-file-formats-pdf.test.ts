// PDF files: a page a browser printed, a text an office suite exported. Each must read as the document it was made
// from; a scan, a password and a broken file are refused with what to do. Fixtures: test/data/pdf/README.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { type PolicyDocument, PolicyInputError, readPolicyFile } from '../../import/index.ts';
import { cutPageFurniture } from '../../import/parse/formats/cut-page-furniture.ts';
import type { PrintedLine } from '../../import/parse/formats/printed-lines.ts';
import { listPolicyFiles } from '../../import/run/list-policy-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'policygraph-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a reader sees of a document: its fields and every article's text (the file's own name left out). */
const seen = (document: PolicyDocument) => ({
  title: document.title,
  docNumber: document.docNumber,
  issuer: document.issuer,
  tier: document.tier,
  jurisdiction: document.jurisdiction,
  issuedOn: document.issuedOn,
  publishedOn: document.publishedOn,
  parts: document.parts.map((part) => [part.heading, part.articles.map((article) => article.text)]),
  citations: document.citations.map((citation) => citation.title),
});

async function caught(run: () => Promise<unknown>): Promise<PolicyInputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error('expected a PolicyInputError');
}

describe('a PDF reads as the document it was made from', () => {
  test.each([
    ['zj-lishui-veterans-placement-2023.pdf', 'html-heldout/zj-lishui-veterans-placement-2023.html', 3],
    ['gs-fgw-equipment-renewal-2025.pdf', 'html-heldout/gs-fgw-equipment-renewal-2025.html', 0],
    ['sn-organ-support-2025.pdf', 'statute-heldout3/sn-organ-support-2025.txt', 1],
    ['gd-dongguan-jiuye-2021-trad.pdf', 'policy-heldout/gd-dongguan-jiuye-2021-trad.txt', 1],
  ])('%s reads as %s', async (pdf, source, pages) => {
    const fromPdf = await readPolicyFile(`test/data/pdf/${pdf}`);
    const fromSource = await readPolicyFile(`test/data/${source}`);
    expect(fromPdf.title).not.toBe('');
    expect(seen(fromPdf)).toEqual(seen(fromSource));
    expect(fromPdf.issues[0]).toMatchObject({ line: 1, severity: 'info', code: 'FILE_FORMAT' });
    if (pages > 0)
      expect(fromPdf.issues[0]?.message).toBe(
        `a PDF of ${pages} page${pages > 1 ? 's' : ''}: its text layer is read; lines are those of the text read from it`,
      );
  });
});

describe('a PDF that cannot be read is refused with what to do, naming the file', () => {
  test('a scan (pages holding only an image) asks for OCR', async () => {
    const path = 'test/data/pdf/scan-sn-organ-support-2025.pdf';
    const error = await caught(() => readPolicyFile(path));
    expect(error.code).toBe('NO_TEXT');
    expect(error.message).toBe(`${path}: the PDF has 1 page and no text layer (a scan): recognise it with OCR first`);
  });

  test('a PDF locked by a password is named so', async () => {
    const path = 'test/data/pdf/password-sn-organ-support-2025.pdf';
    const error = await caught(() => readPolicyFile(path));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe(
      `${path}: the PDF is locked by a password: open it with the password, print it to a new PDF and import that`,
    );
  });

  test('a truncated download is damaged, with the reason pdf.js gives', async () => {
    const whole = readFileSync('test/data/pdf/sn-organ-support-2025.pdf');
    const path = join(dir, 'truncated.pdf');
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await caught(() => readPolicyFile(path));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toMatch(new RegExp(`^${path}: the PDF is damaged \\(.+\\): download or export it again$`));
  });

  test('a file of a PDF header and nothing else is damaged', async () => {
    const path = join(dir, 'header-only.pdf');
    writeFileSync(path, '%PDF-1.7\n');
    const error = await caught(() => readPolicyFile(path));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toContain(`${path}: the PDF is damaged`);
  });
});

describe('page furniture is no text', () => {
  const line = (text: string, page: number, y: number): PrintedLine => ({
    text,
    page,
    x: 90,
    right: 90 + 16 * text.length,
    y,
    size: 16,
  });
  const page = (n: number, furniture: { top?: string; bottom?: string }): PrintedLine[] => [
    ...(furniture.top === undefined ? [] : [line(furniture.top, n, 800)]),
    ...text(n).map((t, i) => line(t, n, 700 - 20 * i)),
    ...(furniture.bottom === undefined ? [] : [line(furniture.bottom, n, 40)]),
  ];
  const body = (lines: PrintedLine[]) => lines.map((l) => l.text);
  // Each page's own lines: a text does not repeat itself from page to page.
  const text = (n: number): string[] => [
    `${'一二三'[n - 1]}、${['总体要求', '重点任务', '保障措施'][n - 1]}`,
    `正文第${'一二三'[n - 1]}段。`,
  ];

  test.each([
    ['— 3 —', (n: number) => `— ${n} —`],
    ['- 3 -', (n: number) => `- ${n} -`],
    ['－3－', (n: number) => `－${n}－`],
    ['第3页 共8页', (n: number) => `第${n}页 共3页`],
    ['3/8', (n: number) => `${n}/3`],
    ['a bare number', (n: number) => `${n}`],
  ])('a page number as %s', (_, number) => {
    const lines = [1, 2, 3].flatMap((n) => page(n, { bottom: number(n) }));
    expect(body(cutPageFurniture(lines))).toEqual([1, 2, 3].flatMap(text));
  });

  test('a running header repeated on most pages, and the footer holding the page’s number', () => {
    const lines = [1, 2, 3].flatMap((n) =>
      page(n, { top: n === 1 ? undefined : '丽水市人民政府文件', bottom: `file:///a/b.html ${n}/3` }),
    );
    expect(body(cutPageFurniture(lines))).toEqual([1, 2, 3].flatMap(text));
  });

  test('a number standing inside a page (a table’s 序号) is kept', () => {
    const lines = [1, 2].flatMap((n) => [...page(n, {}), line('7', n, 600), line(`末行之${'一二'[n - 1]}。`, n, 580)]);
    expect(body(cutPageFurniture(lines)).filter((l) => l === '7')).toHaveLength(2);
  });
});

test('a folder’s PDF files are imported with its texts', async () => {
  const listed = await listPolicyFiles(['test/data/pdf']);
  expect(listed.files).toContain('test/data/pdf/sn-organ-support-2025.pdf');
});
