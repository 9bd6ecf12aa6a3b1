// Word files (.docx, .doc) made by LibreOffice from real documents of the project's sets: each must read as the
// document it was made from. Also what a Word file loses (numbers Word writes itself) and how a bad one is refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import { listPolicyFiles } from '../../import/run/list-policy-files.ts';
import { caughtInputError, fullView, scratchFolder } from '../support/file-formats.ts';

const { dir, write } = scratchFolder('policygraph-word-');

describe('a Word file reads as the document it was made from', () => {
  test.each([
    ['sn-organ-support-2025.docx', 'statute-heldout3/sn-organ-support-2025.txt'],
    ['zj-lishui-veterans-placement-2023.docx', 'html-heldout/zj-lishui-veterans-placement-2023.html'],
    ['jx-yichun-stats-bulletin-2022.docx', 'saved-pages/jx-yichun-stats-bulletin-2022.html'],
    ['xz-ali-work-rules-2021.doc', 'policy-heldout/xz-ali-work-rules-2021.txt'],
  ])('%s', async (word, source) => {
    const fromWord = await readPolicyFile(`test/data/word/${word}`);
    const fromSource = await readPolicyFile(`test/data/${source}`);
    expect(fromWord.title).not.toBe('');
    expect(fullView(fromWord)).toEqual(fullView(fromSource));
  });

  test('the statute keeps its chapters and articles', async () => {
    const document = await readPolicyFile('test/data/word/sn-organ-support-2025.docx');
    expect(document.title).toBe('陕西省机关运行保障条例');
    expect(document.parts.map((part) => part.heading)).toEqual(['总 则']);
    expect(document.parts[0]!.articles.map((article) => article.label)).toEqual([
      '第一条',
      '第二条',
      '第三条',
      '第四条',
      '第五条',
    ]);
  });

  test.each([
    [
      'sn-organ-support-2025.docx',
      'a Word document (.docx): its paragraphs and tables are read; lines are those of the text read from it',
    ],
    [
      'xz-ali-work-rules-2021.doc',
      'a Word 97–2003 document (.doc): its body text is read; lines are those of the text read from it',
    ],
  ])('%s says how it was read, and its issues point at lines of the text read', async (word, message) => {
    const document = await readPolicyFile(`test/data/word/${word}`);
    expect(document.issues[0]).toEqual({
      file: `test/data/word/${word}`,
      line: 1,
      severity: 'info',
      code: 'FILE_FORMAT',
      message,
    });
  });

  test('the table of tasks in a notice’s 附件 keeps each row on one line, its cells apart', async () => {
    const document = await readPolicyFile('test/data/word/zj-lishui-veterans-placement-2023.docx');
    const [attachment] = document.attachments ?? [];
    expect(attachment?.title).toBe('2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务');
    const rows = attachment!.text.split('\n');
    expect(rows.slice(0, 3)).toEqual([
      '序号 安置单位名称 安置任务 岗位类别',
      '1 丽水国家粮食储备库 1 事业',
      '2 市建筑工程施工管理中心 1 事业',
    ]);
    expect(rows.at(-1)).toBe('合计 29');
    expect(rows).toHaveLength(31);
  });
});

test('the rows of a 附件’s table (cells apart by tabs, as a Word table reads) are no title lines', () => {
  const text = [
    '丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知',
    '莲都区人民政府，市直各单位：',
    '现将安置任务下达给你们，请按规定做好接收安置等各项工作。',
    '丽水市人民政府',
    '2023年10月16日',
    '附件',
    '2023年市区符合政府安排工作条件',
    '退役士兵和退出消防员安置任务',
    '序号\t安置单位名称\t安置任务\t岗位类别',
    '1\t丽水国家粮食储备库\t1\t事业',
    '2\t市建筑工程施工管理中心\t1\t事业',
  ].join('\n');
  const [attachment] = parsePolicyText(text, { file: 'notice.txt' }).attachments ?? [];
  expect(attachment?.title).toBe('2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务');
  expect(attachment?.text).toBe(
    '序号 安置单位名称 安置任务 岗位类别\n1 丽水国家粮食储备库 1 事业\n2 市建筑工程施工管理中心 1 事业',
  );
});

test('paragraphs Word numbers itself are named in a warning, as their numbers are not in the text', async () => {
  const document = await readPolicyFile('test/data/word/sn-organ-support-2025-numbered.docx');
  const warnings = document.issues.filter((issue) => issue.code === 'WORD_NUMBERING');
  expect(warnings).toEqual([
    {
      file: 'test/data/word/sn-organ-support-2025-numbered.docx',
      line: 11,
      severity: 'warning',
      code: 'WORD_NUMBERING',
      message:
        '5 paragraph(s) numbered by Word’s automatic numbering (line(s) 11–12, 14–15, 17): their numbers (第一条, 一、, ' +
        '（一）…) are not in the text read, so no article opens there; save the document as plain text (.txt) from ' +
        'Word, WPS or LibreOffice, which write the numbers, and import that',
    },
  ]);
  expect(document.parts.flatMap((part) => part.articles)).toEqual([]);
});

describe('a Word file that cannot be read is refused, naming the file', () => {
  test('a .docx cut short (an unfinished download) is damaged, with the reason mammoth gives', async () => {
    const whole = readFileSync('test/data/word/sn-organ-support-2025.docx');
    const path = write('cut.docx', whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toBe(
      `${path}: not a readable Word document (.docx): Corrupted zip: can't find end of central directory`,
    );
  });

  test('a .doc cut short is damaged', async () => {
    const whole = readFileSync('test/data/word/xz-ali-work-rules-2021.doc');
    const path = write('cut.doc', whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toContain(`${path}: a Word 97–2003 file (.doc) whose text stream cannot be found`);
  });

  test('a .doc whose sectors were overwritten is damaged, with the reason word-extractor gives', async () => {
    const broken = Buffer.from(readFileSync('test/data/word/xz-ali-work-rules-2021.doc'));
    // Its directory (at the end, naming WordDocument) kept, the first sectors after the header zeroed.
    broken.fill(0, 512, 4608);
    const path = write('broken.doc', broken);
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toBe(
      `${path}: not a readable Word 97–2003 document (.doc): Invalid Short Sector Allocation Table`,
    );
  });

  test.each([
    ['empty.docx', 'EMPTY_FILE', 'the Word document holds no text'],
    ['empty.doc', 'EMPTY_FILE', 'the Word 97–2003 document holds no text (or only images: a scan?)'],
    [
      'scanned-page.docx',
      'NO_TEXT',
      'the Word document holds 1 image(s) and no text: a scan? Recognise its text (OCR) and import that',
    ],
  ])('%s, without text, is refused', async (word, code, why) => {
    const error = await caughtInputError(() => readPolicyFile(`test/data/word/${word}`));
    expect([error.code, error.message]).toEqual([code, `test/data/word/${word}: ${why}`]);
  });

  test('a document saved with a password is refused with how to remove it', async () => {
    // Word writes a protected .docx as a Compound File whose streams are EncryptionInfo and EncryptedPackage.
    const streams = ['EncryptionInfo', 'EncryptedPackage'].flatMap((name) => [...Buffer.from(name, 'utf16le'), 0, 0]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...streams]);
    const path = write('protected.docx', ole);
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('PASSWORD_PROTECTED');
    expect(error.message).toBe(
      `${path}: the Office document is protected by a password (its content is encrypted): open it in Word or WPS, remove the password (文件 › 信息 › 保护文档 › 用密码进行加密) and save it again`,
    );
  });

  test('a .doc saved with a password (its FIB flagged encrypted) is refused with how to remove it', async () => {
    const doc = Buffer.from(readFileSync('test/data/word/xz-ali-work-rules-2021.doc'));
    // The WordDocument stream opens with the FIB (0xA5EC); Word sets fEncrypted (0x0100) in its flags at 0x0A.
    const fib = doc.indexOf(Buffer.from([0xec, 0xa5]), 512);
    doc.writeUInt16LE(doc.readUInt16LE(fib + 0x0a) | 0x0100, fib + 0x0a);
    const path = write('protected.doc', doc);
    const error = await caughtInputError(() => readPolicyFile(path));
    expect([error.code, error.message]).toEqual([
      'PASSWORD_PROTECTED',
      `${path}: the Office document is protected by a password (its content is encrypted): open it in Word or WPS, remove the password (文件 › 信息 › 保护文档 › 用密码进行加密) and save it again`,
    ]);
  });
});

test('a folder’s Word files are imported with its texts', async () => {
  const listed = await listPolicyFiles(['test/data/word']);
  expect(listed.files).toEqual([
    'test/data/word/empty.doc',
    'test/data/word/empty.docx',
    'test/data/word/jx-yichun-stats-bulletin-2022.docx',
    'test/data/word/scanned-page.docx',
    'test/data/word/sd-yanzhou-xinxi-gongkai-2011.docx',
    'test/data/word/sn-organ-support-2025-numbered.docx',
    'test/data/word/sn-organ-support-2025.docx',
    'test/data/word/xz-ali-work-rules-2021.doc',
    'test/data/word/zj-lishui-veterans-placement-2023.docx',
  ]);
});

describe('a Word file of a kind not read is refused by its bytes, whatever its name', () => {
  test.each([
    [
      'w2003-named.doc',
      'a Word 2003 XML document (Word’s “XML 文档”) is not read: open it in Word, WPS or LibreOffice and save it as .docx (另存为 › Word 文档)',
    ],
    [
      'rtf-named.doc',
      'an RTF document is not read: open it in Word, WPS or LibreOffice and save it as .docx (另存为 › Word 文档)',
    ],
  ])('%s', async (name, why) => {
    const path = `test/data/word-mend/${name}`;
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe(`${path}: ${why}`);
  });
});

describe('a ZIP is told by the members its central directory names, not by the bytes it holds', () => {
  test('a .docx whose main part is word/document2.xml (Word for the web) reads as the same document', async () => {
    const renamed = await readPolicyFile('test/data/word-mend/document2.docx');
    expect(fullView(renamed)).toEqual(fullView(await readPolicyFile('test/data/word/sn-organ-support-2025.docx')));
  });

  test('a spreadsheet (.xlsx) is refused as one', async () => {
    const path = 'test/data/word-mend/sheet.xlsx';
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe(
      `${path}: an Excel workbook (.xlsx) is no Word document: save the policy as .docx, PDF or text`,
    );
  });

  test('a ZIP of .docx files stored uncompressed (zip -0) is an archive to unpack, not a broken .docx', async () => {
    const path = 'test/data/word-mend/docs-bundle.zip';
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe(
      `${path}: a ZIP archive that is no Word document (.docx): unpack it and import the files it holds`,
    );
  });
});

describe('a .docx that unpacks to far more than the file limit is refused before it is unpacked', () => {
  test('bomb-5mb.docx (21 KB, word/document.xml of 5 MiB), with a limit of 200,000 bytes', async () => {
    const path = 'test/data/word-mend/bomb-5mb.docx';
    const error = await caughtInputError(() => readPolicyFile(path, { maxBytes: 200_000 }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe(
      `${path}: the Word document unpacks to 5194731 bytes, above 20 × the limit of 200000 bytes (raise it with --max-bytes)`,
    );
  });

  test('the same file is read under the default limit', async () => {
    const { openPolicyContainer } = await import('../../import/parse/formats/open-policy-file.ts');
    const opened = await openPolicyContainer(readFileSync('test/data/word-mend/bomb-5mb.docx'), 'bomb-5mb.docx');
    expect(opened?.text.split('\n')[0]).toBe('第一条 为了规范和加强机关运行保障工作。');
  });
});

describe('tables nested in tables', () => {
  test('100 deep read, the innermost cell’s text in the line of the outer row', async () => {
    const document = await readPolicyFile('test/data/word-mend/nested-100.docx');
    expect(document.title).toBe('关于测试的通知');
    expect(document.articles.map((article) => article.text)).toEqual(['测试。']);
  });

  test('3,000 deep in mammoth’s HTML are walked without running out of stack, the deep ones read as their text', async () => {
    const { wordLinesOf } = await import('../../import/parse/formats/read-word.ts');
    const html = `<p>关于测试的通知</p>${'<table><tr><td><p>层</p>'.repeat(3000)}深${'</td></tr></table>'.repeat(3000)}`;
    expect(wordLinesOf(html).lines).toEqual(['关于测试的通知', `${'层'.repeat(3000)}深`]);
  });

  test('1,000 deep, past what mammoth’s XML reader can nest, are refused saying so, not as damaged', async () => {
    const path = 'test/data/word-mend/nested-1000.docx';
    const error = await caughtInputError(() => readPolicyFile(path));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe(
      `${path}: the Word document nests its tables (or other parts) too deep to be read (mammoth’s XML reader ran out of stack): save it as text (.txt) from Word, WPS or LibreOffice and import that`,
    );
  });
});

test('Word’s owner file (~$…, left beside a document open in Word) is skipped by a folder import, saying why', async () => {
  const folder = join(dir, 'open-in-word');
  mkdirSync(folder);
  writeFileSync(join(folder, '57.docx'), readFileSync('test/data/word/sn-organ-support-2025.docx'));
  writeFileSync(join(folder, '~$57.docx'), new Uint8Array(162));
  const listed = await listPolicyFiles([folder]);
  expect(listed.files).toEqual([join(folder, '57.docx')]);
  expect(listed.skipped).toEqual([
    { file: join(folder, '~$57.docx'), reason: 'Word’s lock file (its owner file, left while the document is open)' },
  ]);
});
