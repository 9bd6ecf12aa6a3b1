// PDF files: a page a browser printed, a text an office suite exported. Each must read as the document it was made
// from; a scan, a password and a broken file are refused with what to do. Fixtures: test/data/pdf/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPolicyFile } from '../../import/index.ts';
import { cutPageFurniture } from '../../import/parse/formats/cut-page-furniture.ts';
import { joinWrappedLines, markBlankLines } from '../../import/parse/formats/join-wrapped-lines.ts';
import { joinTableRows } from '../../import/parse/formats/join-table-rows.ts';
import { type PrintedLine, printedLines, type TextPiece } from '../../import/parse/formats/printed-lines.ts';
import { printedPageTitle } from '../../import/parse/formats/read-pdf.ts';
import { listPolicyFiles } from '../../import/run/list-policy-files.ts';
import { caughtInputError, readerView, scratchFolder } from '../support/file-formats.ts';

const { dir } = scratchFolder('policygraph-pdf-');

describe('a PDF reads as the document it was made from', () => {
  test.each([
    ['zj-lishui-veterans-placement-2023.pdf', 'html-heldout/zj-lishui-veterans-placement-2023.html', 3],
    ['gs-fgw-equipment-renewal-2025.pdf', 'html-heldout/gs-fgw-equipment-renewal-2025.html', 0],
    // A page saved whole with its site's header: its title is the one the page's <title> names, which the browser
    // wrote into the PDF, and what stands above it on the page is the site's.
    ['jx-jiangxi-stats-bulletin-2022-on-yichun.pdf', 'saved-pages/jx-jiangxi-stats-bulletin-2022-on-yichun.html', 0],
    ['sn-organ-support-2025.pdf', 'statute-heldout3/sn-organ-support-2025.txt', 1],
    ['gd-dongguan-jiuye-2021-trad.pdf', 'policy-heldout/gd-dongguan-jiuye-2021-trad.txt', 1],
  ])('%s reads as %s', async (pdf, source, pages) => {
    const fromPdf = await readPolicyFile(`test/data/pdf/${pdf}`);
    const fromSource = await readPolicyFile(`test/data/${source}`);
    expect(fromPdf.title).not.toBe('');
    expect(readerView(fromPdf, { spaces: false })).toEqual(readerView(fromSource, { spaces: false }));
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
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('NO_TEXT');
    expect(error.message).toBe(`${path}: the PDF has 1 page and no text layer (a scan): recognise it with OCR first`);
  });

  test('a PDF locked by a password is named so', async () => {
    const path = 'test/data/pdf/password-sn-organ-support-2025.pdf';
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('PASSWORD_PROTECTED');
    expect(error.message).toBe(
      `${path}: the PDF is locked by a password: open it with the password, print it to a new PDF and import that`,
    );
  });

  test('a truncated download is damaged, with the reason pdf.js gives', async () => {
    const whole = readFileSync('test/data/pdf/sn-organ-support-2025.pdf');
    const path = join(dir, 'truncated.pdf');
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toMatch(new RegExp(`^${path}: the PDF is damaged \\(.+\\): download or export it again$`));
  });

  test('a file of a PDF header and nothing else is damaged', async () => {
    const path = join(dir, 'header-only.pdf');
    writeFileSync(path, '%PDF-1.7\n');
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toContain(`${path}: the PDF is damaged`);
  });
});

/** A PDF written by hand: one page per content (text-showing operators), each stream compressed, as a bomb is. */
function handMadePdf(contents: string[]): Buffer {
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(
      `<< /Type /Pages /Count ${contents.length} /Kids [${contents.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] >>`,
    ),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  for (const [i, content] of contents.entries()) {
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
      ),
    );
    const data = deflateSync(content);
    objects.push(
      Buffer.concat([
        Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  for (const [i, object] of objects.entries()) {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), object, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  }
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.concat([...parts, Buffer.from(xref.join(''))]);
}

describe('a PDF whose text would pass the file limit is refused, not read without end', () => {
  const line = (y: number, text: string) => `BT /F1 10 Tf 57 ${y} Td (${text}) Tj ET\n`;
  const paragraph = 'Article of a long regulation, a line of text as a page holds it.';

  test('the text read passes the limit after a page: refused, naming the page and the limit', async () => {
    // 40 pages of 60 lines of 64 characters (3,840 bytes a page: 13 pages hold 49,920), in a file of a few KB.
    const page = Array.from({ length: 60 }, (_, i) => line(800 - 12 * i, paragraph)).join('');
    const path = join(dir, 'compressed-text.pdf');
    writeFileSync(path, handMadePdf(Array.from({ length: 40 }, () => page)));
    const error = await caughtInputError(() => readPolicyFile(path, { maxBytes: 50_000 }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe(
      `${path}: the PDF’s text passes the limit of 50000 bytes on page 14 (raise it with --max-bytes)`,
    );
  });

  test('a page drawing more pieces than any printed page holds is refused', async () => {
    const path = join(dir, 'many-pieces.pdf');
    writeFileSync(path, handMadePdf(['BT /F1 10 Tf 57 700 Td (x) Tj ET\n'.repeat(60_000)]));
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe(
      `${path}: page 1 of the PDF draws more than 50000 pieces of text, more than a printed page holds: it is no text to import`,
    );
  });

  test('a PDF of more pages than a policy document runs to is refused before its pages are read', async () => {
    const path = join(dir, 'many-pages.pdf');
    writeFileSync(path, handMadePdf(Array.from({ length: 2001 }, () => line(700, 'page'))));
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe(
      `${path}: the PDF has 2001 pages, more than the 2000 this reads: split it, or import the text of the part you need`,
    );
  });
});

describe('page furniture is no text', () => {
  const line = (text: string, page: number, y: number): PrintedLine => ({
    text,
    page,
    pageWidth: 595,
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

describe('printed lines back to the paragraphs of the text', () => {
  // A4 as LibreOffice sets a text: 10 pt characters between x 56.8 and 538.5, a line every 11.7 pt.
  const at = (text: string, n: number, x = 56.8, width = text.length * 10): PrintedLine => ({
    text,
    page: 1,
    pageWidth: 595.3,
    x,
    right: x + width,
    y: 760 - 11.7 * n,
    size: 10,
  });
  const read = (lines: PrintedLine[]) =>
    joinWrappedLines(markBlankLines(lines)).map((l) => '\n'.repeat(l.blankAbove ?? 0) + l.text);

  test('a line whose next word would not have fitted is joined; a paragraph’s last line is not', () => {
    const full = '第一条为了规范和加强机关运行保障工作，提升保障服务效能，建设节约型机关，根据有关法律、行政法规，结';
    expect(read([at(full, 0, 56.8, 478), at('合本省实际，制定本条例。', 1), at('第二条本条例所称…', 2)])).toEqual([
      `${full}合本省实际，制定本条例。`,
      '第二条本条例所称…',
    ]);
  });

  test('in a text of short lines, the longest line is no full one (a title over a number)', () => {
    const lines = [at('浙江省人民政府关于修改等14件规章的决定', 0), at('浙江省人民政府令第374号', 1), at('省长', 2)];
    expect(read(lines)).toEqual(['浙江省人民政府关于修改等14件规章的决定', '浙江省人民政府令第374号', '省长']);
  });

  test('a number in brackets kept whole for the next line joins, though the line ends short', () => {
    const line = '为贯彻落实《关于印发广东省进一步稳定和扩大就业若干政策措施的通知》（粤府';
    expect(read([at(line, 0, 56.8, 426), at('〔2021〕13号），强化就业优先政策。', 1)])).toEqual([
      `${line}〔2021〕13号），强化就业优先政策。`,
    ]);
  });

  test('a signature set to the right does not join the date below it', () => {
    expect(read([at('丽水市人民政府', 0, 468.5), at('2023年10月16日', 1, 428.5), at('正文。', 2)])).toEqual([
      '丽水市人民政府',
      '2023年10月16日',
      '正文。',
    ]);
  });

  test('blank lines of the text come back, as many as the space holds', () => {
    const lines = [at('当前位置：首页', 0), at('> 政府信息公开制度', 1), at('视力保护色：', 4), at('关于…的通知', 6)];
    const body = ['各镇人民政府：', '现将有关事项通知如下。', '一、总体要求', '二、重点任务'].map((t, i) =>
      at(t, 7 + i),
    );
    expect(read([...lines, ...body])).toEqual([
      '当前位置：首页',
      '> 政府信息公开制度',
      '\n\n视力保护色：',
      '\n关于…的通知',
      ...body.map((l) => l.text),
    ]);
  });

  test('a text whose paragraphs all stand between blank lines keeps them', () => {
    const full = '第一条为了加强省人民代表大会常务委员会的工作和建设，发挥地方国家权力机关的作用，根据宪';
    const lines = [at('江苏省人民代表大会常务委员会工作条例', 0), at('出处：汇编第360页', 2), at(full, 4, 56.8, 478)];
    const rest = [at('法，制定本条例。', 5), at('第二条常务委员会…', 7), at('第三条常务委员会…', 9)];
    expect(read([...lines, ...rest])).toEqual([
      '江苏省人民代表大会常务委员会工作条例',
      '\n出处：汇编第360页',
      `\n${full}法，制定本条例。`,
      '\n第二条常务委员会…',
      '\n第三条常务委员会…',
    ]);
  });

  // Measures end with who leads them in brackets, a line that may reach the margin (57.txt, the Guangxi measures).
  test('a line ending in a closing bracket at the margin does not join the next item or heading', () => {
    const item = '（三十二）进一步加大对西安航空物流发展的支持力度。（负责部门：民航局，适用范围：陕西自贸试验区）';
    const measure = '型数据中心电能利用效率不高于1.3。(牵头单位:自治区大数据局;配合单位:自治区发展改革委、能源局)';
    const next = '（三十三）支持利用中欧班列开展邮件快件进出口常态化运输。';
    expect(read([at(item, 0, 56.8, 480), at(next, 1)])).toEqual([item, next]);
    expect(read([at(measure, 0, 56.8, 478), at('二、培育壮大数字产业', 1)])).toEqual([measure, '二、培育壮大数字产业']);
  });

  test('a title filling its line does not join the document number below it', () => {
    const title = '關(guān)于促進高新技術(shù)產(chǎn)業(yè)開發(fā)(園)區(qū)高質(zhì)量發(fā)展的實施意見';
    const lines = [at('四川省人民政府', 0), at(title, 1, 56.8, 480.7), at('川府發(fā)〔2021〕28號', 2, 56.8, 122)];
    expect(read(lines)).toEqual(['四川省人民政府', title, '川府發(fā)〔2021〕28號']);
  });

  test('Western words wrapped at a space get their space back', () => {
    const english = `${'Shantou Office forwards the notice to all the counties and '.repeat(1)}the`;
    expect(read([at(english, 0, 56.8, 480), at('municipal departments.', 1, 56.8, 110)])).toEqual([
      `${english} municipal departments.`,
    ]);
  });

  test('Western words in a typewriter face are measured by the line’s own characters', () => {
    // Writer sets a text's English in Liberation Mono: six points a character at 10 pt, wider than half an em.
    const mono = (text: string, n: number) => at(text, n, 56.8, 6 * text.length);
    const first = 'Forward the General Office of the Department of Customs and a Provincial';
    const second = 'Capitals and Municipalities (Yuefu Office [2015] No. 22) is forwarded to you.';
    expect(read([mono(first, 0), mono(second, 1)])).toEqual([`${first} ${second}`]);
  });
});

describe('a justified line’s spread characters are closed up', () => {
  // pdf.js writes the gaps a justified line spreads between characters as spaces, inside its strings.
  const line = (str: string): TextPiece[] => [
    { str, transform: [10, 0, 0, 10, 56.8, 700], width: 480, height: 10, hasEOL: true },
  ];
  test.each([
    ['全 年 规 模 以 上 工 业 中 ， 化 学 原 料', '全年规模以上工业中，化学原料'],
    ['城镇 常 住 人 口2810.52万 人 ， 占', '城镇常住人口2810.52万人，占'],
    ['实际使用外商直 接 投 资 [7] 金 额21.7亿 美 元', '实际使用外商直接投资[7]金额21.7亿美元'],
    // One or two spaces between Chinese characters are the text's own.
    ['第一条 为了规范和加强机关运行保障工作', '第一条 为了规范和加强机关运行保障工作'],
    ['签发人：张 三', '签发人：张 三'],
  ])('%s', (printed, text) => {
    expect(printedLines(line(printed), 1, 595.3).map((l) => l.text)).toEqual([text]);
  });

  test('a page a browser printed with justified paragraphs keeps no spread characters', async () => {
    const printed = await readPolicyFile('test/data/pdf/jx-jiangxi-stats-bulletin-2022-on-yichun.pdf');
    const texts = printed.articles.map((article) => article.text).join('\n');
    expect(texts).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });
});

describe('a page of very many pieces or lines is read, not overflowing the stack', () => {
  // A valid page may draw hundreds of thousands of pieces on one line (a 20 MB content stream of one-character
  // strings): too many to spread into one call's arguments.
  const count = 300_000;

  test('one line of very many pieces', () => {
    const pieces: TextPiece[] = Array.from({ length: count }, (_, i) => ({
      str: '字',
      transform: [10, 0, 0, 10, 56.8 + i * 0.001, 700],
      width: 10,
      height: 10,
      hasEOL: false,
    }));
    const lines = printedLines(pieces, 1, 595.3);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.size).toBe(10);
  });

  test('a page of very many lines, and a table row of very many cells', () => {
    const lines: PrintedLine[] = Array.from({ length: count }, (_, i) => ({
      text: `第${i}行。`,
      page: 1,
      pageWidth: 595.3,
      x: 56.8,
      right: 120,
      y: 700 - i * 0.01,
      size: 10,
    }));
    expect(joinWrappedLines(markBlankLines(lines))).toHaveLength(count);
    // Each cell drawn higher up again and right of the one before: one row.
    const cells: PrintedLine[] = Array.from({ length: count }, (_, i) => ({
      text: '格',
      page: 1,
      pageWidth: 595.3,
      x: 50 + i * 20,
      right: 60 + i * 20,
      y: 700 + 4 * i,
      size: 10,
    }));
    expect(joinTableRows(cells)).toHaveLength(1);
  });
});

describe('a page a browser printed is known by the browser’s user agent', () => {
  const title = '甘肃省发展和改革委员会等部门关于印发《若干措施》的通知';
  test('Chrome writes its user agent as the creator and Skia/PDF as the producer', () => {
    const chrome =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';
    expect(printedPageTitle({ Title: title, Creator: chrome, Producer: 'Skia/PDF m156' })).toBe(title);
  });

  test('a Google Docs export, made by Skia/PDF too, is no printed page', () => {
    expect(printedPageTitle({ Title: title, Producer: 'Skia/PDF m156' })).toBeUndefined();
    expect(printedPageTitle({ Title: title, Creator: 'Google Docs', Producer: 'Skia/PDF m156' })).toBeUndefined();
  });
});

test('a folder’s PDF files are imported with its texts', async () => {
  const listed = await listPolicyFiles(['test/data/pdf']);
  expect(listed.files).toContain('test/data/pdf/sn-organ-support-2025.pdf');
});
