// Makes the PDF fixtures of this folder from real files of test/data (not run by the tests; see README.md).
// Run from the project folder: node test/data/pdf/make-fixtures.mjs
// Chromium prints a page as a reader prints it (A4, background off); LibreOffice converts a text as an office user
// exports it. Needs /usr/bin/chromium, soffice, and a CJK font (fc-list :lang=zh).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const out = resolve('test/data/pdf');

/** Prints a saved page as Chromium's "Save as PDF" does; requests off this machine are refused (no internet here). */
async function printPage(browser, source, target) {
  const page = await browser.newPage();
  await page.route(/^(?!file:)/, (route) => route.abort());
  await page.goto(`file://${resolve(source)}`, { waitUntil: 'load' });
  // Chromium's print dialog by default: A4, 1 cm margins, the date and title above each page, address and n/N below.
  const small = 'font-size:8px;width:100%;margin:0 1cm;display:flex;justify-content:space-between';
  await page.pdf({
    path: join(out, target),
    format: 'A4',
    margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}"><span class="date"></span><span class="title"></span><span></span></div>`,
    footerTemplate: `<div style="${small}"><span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
    printBackground: false,
  });
  await page.close();
}

/**
 * A scan: Chromium prints a page that shows only a PNG screenshot of the document's first lines, so the PDF's one page
 * holds an image and no text, as a scanner's PDF does.
 */
async function printScan(browser, source, target) {
  const lines = readFileSync(source, 'utf8').split('\n').slice(0, 24);
  const page = await browser.newPage({ viewport: { width: 560, height: 640 } });
  const escape = (line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await page.setContent(
    `<body style="margin:24px;font:15px 'WenQuanYi Micro Hei';line-height:1.6">${lines.map((l) => `<div>${escape(l)}</div>`).join('')}</body>`,
  );
  const png = await page.screenshot({ type: 'png' });
  await page.setContent(`<body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png.toString('base64')}"></body>`);
  await page.pdf({ path: join(out, target), format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  await page.close();
}

/**
 * Converts a text to PDF with LibreOffice Writer (the text's lines are its paragraphs); with a password, the PDF is
 * encrypted and opens only with it (File ▸ Export as PDF ▸ Security ▸ Set passwords).
 */
function convertText(source, target, password) {
  const work = mkdtempSync(join(tmpdir(), 'pdf-fixture-'));
  const input = join(work, target.replace(/\.pdf$/, '.txt'));
  copyFileSync(source, input);
  execFileSync('soffice', [
    '-env:UserInstallation=file:///tmp/lo-profile-pdf',
    '--headless',
    '--infilter=Text (encoded):UTF8,,,',
    '--convert-to',
    password === undefined
      ? 'pdf'
      : `pdf:writer_pdf_Export:${JSON.stringify({
          EncryptFile: { type: 'boolean', value: 'true' },
          DocumentOpenPassword: { type: 'string', value: password },
        })}`,
    '--outdir',
    work,
    input,
  ]);
  copyFileSync(join(work, basename(target)), join(out, target));
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
await printPage(browser, 'test/data/html-heldout/zj-lishui-veterans-placement-2023.html', 'zj-lishui-veterans-placement-2023.pdf');
await printPage(browser, 'test/data/html-heldout/gs-fgw-equipment-renewal-2025.html', 'gs-fgw-equipment-renewal-2025.pdf');
await printPage(
  browser,
  'test/data/saved-pages/jx-jiangxi-stats-bulletin-2022-on-yichun.html',
  'jx-jiangxi-stats-bulletin-2022-on-yichun.pdf',
);
await printScan(browser, 'test/data/statute-heldout3/sn-organ-support-2025.txt', 'scan-sn-organ-support-2025.pdf');
await browser.close();
convertText('test/data/statute-heldout3/sn-organ-support-2025.txt', 'sn-organ-support-2025.pdf');
convertText('test/data/policy-heldout/gd-dongguan-jiuye-2021-trad.txt', 'gd-dongguan-jiuye-2021-trad.pdf');
convertText('test/data/statute-heldout3/sn-organ-support-2025.txt', 'password-sn-organ-support-2025.pdf', 'policygraph');
