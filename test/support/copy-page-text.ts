/**
 * Writes the text a browser shows for each saved page, as a user who copies it gets it: real Chromium,
 * `document.body.innerText`, scripts off, every request blocked (a page is data). Run once to make the fixtures:
 *   npx tsx test/support/copy-page-text.ts ../shared/corpora/govcn test/data/govcn-text
 * → test/data/govcn-text/01.txt … one per .html file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  process.stderr.write('usage: npx tsx test/support/copy-page-text.ts HTML_FOLDER TEXT_FOLDER\n');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  for (const name of readdirSync(from)
    .filter((n) => /\.html?$/i.test(n))
    .sort()) {
    const html = readFileSync(join(from, name), 'utf8');
    await page.setContent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`, {
      waitUntil: 'domcontentloaded',
    });
    const text = await page.evaluate(() => document.body.innerText);
    writeFileSync(join(to, name.replace(/\.html?$/i, '.txt')), `${text}\n`);
  }
} finally {
  await browser.close();
}
