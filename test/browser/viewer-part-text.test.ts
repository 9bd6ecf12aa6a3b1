/**
 * The 对照表 in real Chromium shows the targets a plan states under a part's heading (Part.text): 阜阳's 一、总体要求
 * in its column, and the row comparing it with 国发〔2018〕22号's 一、总体要求 (test/data/part-targets/README.md).
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { saveScreenshot, watchPageErrors } from '../support/browser.ts';
import { startViewerServer, type ViewerServer } from './start-viewer-server.ts';

const DIR = fileURLToPath(new URL('../data/part-targets/', import.meta.url));
const FUYANG_ID = 't:|阜阳市打赢蓝天保卫战三年行动计划实施方案';
let running: ViewerServer | undefined;
let page: Page;
let errors: string[];

beforeAll(async () => {
  running = await startViewerServer('part-text-secret', [
    `${DIR}fuyang-lantian-fangan.txt`,
    `${DIR}guofa-2018-22-lantian.txt`,
  ]);
  page = await running.browser.newPage({ viewport: { width: 1600, height: 900 } });
  errors = watchPageErrors(page);
  await page.goto(running.server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
});

afterAll(async () => {
  await running?.close();
});

test("阜阳 ↔ 国发〔2018〕22号: the part's targets in its column and a row of their changes", async () => {
  await page.click('[data-tab="compare"]');
  await page.selectOption('#compare-lower', FUYANG_ID);
  await page.selectOption('#compare-upper', '国发〔2018〕22号');
  await page.click('#compare-run');
  await page.waitForSelector('[data-testid="compare-table"]');
  const card = page.locator(`.compare-col .art.part[data-side="lower"][data-part="${FUYANG_ID}#p1"]`);
  expect(await card.locator('b').innerText()).toBe('一、总体要求');
  expect(await card.locator('mark').allInnerTexts()).toEqual(['到2020年', '11.2%', '14.4%', '18%']);
  const row = page.locator('[data-testid="compare-table"] tbody tr[data-part-pair="HEADING"]');
  expect(await row.locator('td').allInnerTexts()).toEqual([
    '一、总体要求',
    '一、总体要求',
    '',
    '部分正文 · 同一标题',
    '比例 新增（11.2% / —）\n比例 新增（14.4% / —）\n比例 新增（18% / —）\n目标年份 新增（到2020年 / —）',
  ]);
  await saveScreenshot(page, 'viewer-part-text-compare');
  expect(errors).toEqual([]);
});
