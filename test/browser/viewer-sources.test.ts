/**
 * Where a text comes from, in the viewer on the bundled corpus (issue 15's sources, likelyParents and reuse): a
 * selected document lists its likely parents and its peers' reuse, an article its sources, each asked for with its
 * Find button; a listed line selects what it names. In workshop mode at 1280×720, as on a projector.
 * Screenshots: test-artifacts/viewer-s*.png.
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signToken } from '../../api/index.ts';
import { BUNDLED_PATHS } from '../../import/index.ts';
import { saveScreenshot, watchPageErrors } from '../support/browser.ts';
import { clickNode } from './click-node.ts';
import { startViewerServer, type ViewerServer } from './start-viewer-server.ts';

type Cy = import('cytoscape').Core;
let running: ViewerServer;

beforeAll(async () => {
  running = await startViewerServer(SECRET, BUNDLED_PATHS);
}, 600_000);

afterAll(async () => {
  await running?.close();
});

const BEIJING = 't:北京市|促进科技成果转化条例@2019-11-27';
const LAW = 't:中华人民共和国|促进科技成果转化法@2015-08-29';
const LIUZHOU = '柳政规〔2021〕18号';
const LIUZHOU_FIRST = `${LIUZHOU}#p1/a1`;
const LIUZHOU_EIGHTH = `${LIUZHOU}#p2/a8`;
const STATE_COUNCIL = '国发〔2020〕7号';
const STATE_COUNCIL_TITLE = '国务院关于促进国家高新技术产业开发区高质量发展的若干意见';
const SECRET = 'viewer-sources-test-secret';
/** The sources of 柳州's (八) 加快传统产业转型升级 in the bundled graph: two in its likely parent, the law's not. */
const EIGHTH_SOURCES = [
  {
    link: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见 (十一)做大做强特色主导产业',
    meta: '相似度 0.07 · 部分相关 · 上级',
    mark: '属可能的上位文件',
    text: '产业',
  },
  {
    link: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见 (十)大力培育发展新兴产业',
    meta: '相似度 0.07 · 部分相关 · 上级',
    mark: '属可能的上位文件',
    text: '产业',
  },
  { link: '中华人民共和国科学技术进步法 第三条', meta: '相似度 0.12 · 部分相关 · 上级', text: '传统产业' },
];

/** A section of the details panel by its channel, once it has an answer (or failed). */
const section = (page: Page, channel: string) => page.locator(`#tab-details [data-sources="${channel}"]`);

/** Clicks a section's Find button and waits for its answer. */
async function find(page: Page, channel: string, state = 'done'): Promise<void> {
  await section(page, channel).locator('[data-action=find]').click();
  await page.waitForSelector(`#tab-details [data-sources="${channel}"][data-state=${state}]`, { timeout: 120_000 });
}

/**
 * Each listed line: its link, its figures (with the document they name, `via`, a link of its own), its mark (a source
 * in a likely parent), and its text (evidence or folded passages). `via` and `mark` are left out when absent.
 */
const lines = (page: Page, channel: string) =>
  section(page, channel)
    .locator('li[data-policy]')
    .evaluateAll((items) =>
      items.map((li) => {
        const meta = li.querySelector('.meta')!.cloneNode(true) as HTMLElement;
        const mark = meta.querySelector('[data-mark]');
        mark?.remove();
        return {
          link: li.querySelector(':scope > a')!.textContent,
          meta: meta.textContent!.trim(),
          via: li.querySelector('.meta a[data-via]')?.textContent ?? undefined,
          mark: mark?.textContent ?? undefined,
          text: (li.querySelector(':scope > .counterpart-text') as HTMLElement | null)?.innerText ?? null,
        };
      }),
    );

const selectedIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { cy: Cy }).cy.$(':selected').map((n) => n.id()));

/** Selects a document by clicking its node, and waits for its panel. */
async function selectDocument(page: Page, policyId: string): Promise<void> {
  await clickNode(page, `policy:${policyId}`, 150);
  await page.waitForSelector('#tab-details [data-sources="sources:parents"]', { timeout: 60_000 });
  await page.waitForFunction(
    (id) => (window as unknown as { cy: Cy }).cy.getElementById(`policy:${id}`).children().length > 0,
    policyId,
    { timeout: 60_000 },
  );
}

/**
 * Selects a document through the search box (an opened document's node is covered by its articles, so a click on it
 * selects an article), and waits for its panel.
 */
async function searchDocument(page: Page, policyId: string, title: string): Promise<void> {
  await page.fill('#search-input', title);
  await page.press('#search-input', 'Enter');
  await page.click(`#search-results .hit[data-kind="Policy"][data-policy="${policyId}"]`, { timeout: 30_000 });
  await page.waitForFunction((t) => document.querySelector('#tab-details h2')?.textContent === t, title, {
    timeout: 60_000,
  });
}

describe('where a text comes from, in workshop mode', () => {
  let page: Page;
  let errors: string[];

  test('北京市促进科技成果转化条例: its likely parents and the peers sharing its wording, 上海 first', {
    timeout: 240_000,
  }, async () => {
    page = await running.browser.newPage({ viewport: { width: 1280, height: 720 } });
    errors = watchPageErrors(page);
    await page.goto(running.server.url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 150_000 });
    await page.check('#workshop-toggle');
    await selectDocument(page, BEIJING);
    // Nothing is asked for until the reader asks: the overview and the selection stay as fast as before.
    expect(await section(page, 'sources:parents').getAttribute('data-state')).toBe('idle');
    expect(await section(page, 'sources:reuse').getAttribute('data-state')).toBe('idle');
    await find(page, 'sources:parents');
    await find(page, 'sources:reuse');
    expect(await lines(page, 'sources:parents')).toEqual([
      { link: '中华人民共和国促进科技成果转化法', meta: '相似度 0.24 · 已引用', text: null },
      { link: '中华人民共和国科学技术进步法', meta: '相似度 0.15 · 后出版本', text: null },
    ]);
    const reuse = await lines(page, 'sources:reuse');
    expect(reuse.map((l) => [l.link, l.meta])).toEqual([
      ['上海市促进科技成果转化条例', '相同文字 10.7% · 另有 210 字同出上位文件'],
      ['河南省促进科技成果转化条例', '相同文字 3.0% · 另有 218 字同出上位文件'],
      ['上海市科学技术进步条例（2024-05-10）', '相同文字 2.1% · 另有 24 字同出上位文件'],
      ['山东省促进科技成果转化条例', '相同文字 1.9% · 另有 265 字同出上位文件'],
    ]);
    // The copied passages are folded until asked for: the three longest, longest first.
    const first = section(page, 'sources:reuse').locator('li').first();
    await first.locator('summary').click();
    const passages = await first.locator('details li').allInnerTexts();
    expect(passages.length).toBe(3);
    expect(passages.map((p) => p.length)).toEqual([...passages.map((p) => p.length)].sort((a, b) => b - a));
    await section(page, 'sources:reuse').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'viewer-s1-document-sources');
    // Workshop mode: the figures are as large as the panel's other small print (17 px), read from the back of a room.
    const metaPx = await section(page, 'sources:reuse')
      .locator('.meta')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(metaPx).toBe(17);
  });

  test('the panel speaks English after a language switch, answers kept', async () => {
    await page.click('#btn-lang');
    expect(await section(page, 'sources:parents').locator('h3').innerText()).toBe('Likely parents');
    expect((await lines(page, 'sources:parents')).map((l) => l.meta)).toEqual([
      'score 0.24 · cited',
      'score 0.15 · later version',
    ]);
    expect((await lines(page, 'sources:reuse'))[0]!.meta).toBe(
      '10.7% shared wording · plus 210 characters both take from above',
    );
    await page.click('#btn-lang');
  });

  test('a likely parent clicked is selected in the graph', async () => {
    await section(page, 'sources:parents').locator('li a').first().click();
    await page.waitForFunction(
      (title) => document.querySelector('#tab-details h2')?.textContent === title,
      '中华人民共和国促进科技成果转化法',
      { timeout: 60_000 },
    );
    expect(await selectedIds(page)).toEqual([`policy:${LAW}`]);
  });

  test('an article of 柳政规〔2021〕18号 lists its sources, its likely parent’s first; one clicked is selected, its document opened', {
    timeout: 180_000,
  }, async () => {
    await selectDocument(page, LIUZHOU);
    await clickNode(page, `article:${LIUZHOU_FIRST}`, 200);
    await page.waitForSelector('#tab-details [data-sources="sources:article"]', { timeout: 60_000 });
    await find(page, 'sources:article');
    // The State Council opinions are the measures' likely parent: their articles come first (rank-sources.ts), and
    // each says so (inLikelyParent), as `policygraph trace` prints [UPPER, likely parent].
    expect(await lines(page, 'sources:article')).toEqual([
      {
        link: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见 (六)加强关键核心技术创新和成果转移转化',
        meta: '相似度 0.29 · 部分相关 · 上级',
        mark: '属可能的上位文件',
        text: '加强关键核心技术 … 创新 … 成果转移转化',
      },
      {
        link: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见 (七)支持高新技术企业发展壮大',
        meta: '相似度 0.14 · 部分相关 · 上级',
        mark: '属可能的上位文件',
        text: '技术 … 支持高新 … 企业',
      },
      {
        link: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见 (九)加强对科技创新创业的服务支持',
        meta: '相似度 0.06 · 部分相关 · 上级',
        mark: '属可能的上位文件',
        text: '加强 … 创新',
      },
    ]);
    // Workshop mode: the mark is as large as the figures beside it (17 px), read from the back of a room.
    const markPx = await section(page, 'sources:article')
      .locator('[data-mark]')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(markPx).toBe(17);
    await section(page, 'sources:article').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'viewer-s2-article-sources');
    await section(page, 'sources:article').locator('li a').nth(1).click();
    const seventh = 'article:国发〔2020〕7号#p3/a7';
    await page.waitForFunction((id) => (window as unknown as { cy: Cy }).cy.$(':selected').id() === id, seventh, {
      timeout: 60_000,
    });
    expect(await page.locator('#tab-details h2').innerText()).toBe('(七)支持高新技术企业发展壮大');
    // Its document came in whole (21 articles), as a search hit's does.
    expect(
      await page.evaluate(
        () => (window as unknown as { cy: Cy }).cy.getElementById('policy:国发〔2020〕7号').children().length,
      ),
    ).toBe(21);
  });

  test('a newer selection drops the older answer; the first request shows a loading line', async () => {
    // likelyParents held back 3 s, as the first request on a large graph is (the API builds its index).
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = async (route: Route) => {
      if (route.request().postData()?.includes('LikelyParents')) {
        await held;
        await route.continue().catch(() => {});
      } else await route.continue();
    };
    const dropped: string[] = [];
    const onFailed = (request: import('playwright-core').Request) => {
      if (request.postData()?.includes('LikelyParents')) dropped.push(request.failure()?.errorText ?? '');
    };
    page.on('requestfailed', onFailed);
    await page.route('**/graphql', hold);
    await searchDocument(page, BEIJING, '北京市促进科技成果转化条例');
    await section(page, 'sources:parents').locator('[data-action=find]').click();
    expect(await section(page, 'sources:parents').locator('[data-busy]').innerText()).toBe(
      '正在查找…服务器首次查找时要先建立索引，大的图谱约需 30 秒。',
    );
    await searchDocument(page, LIUZHOU, '柳州市关于促进高新技术产业开发区高质量发展的若干措施');
    release();
    await page.waitForTimeout(1000);
    await page.unroute('**/graphql', hold);
    page.off('requestfailed', onFailed);
    // The older request was cancelled, not merely ignored: the server's work on it is not awaited.
    expect(dropped).toEqual(['net::ERR_ABORTED']);
    expect(await page.locator('#tab-details h2').innerText()).toBe(
      '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
    );
    expect(await section(page, 'sources:parents').getAttribute('data-state')).toBe('idle');
    expect(await page.locator('#tab-details li[data-policy]').count()).toBe(0);
  });

  test('a failed request says which section failed', async () => {
    const fail = (route: Route) =>
      route.request().postData()?.includes('query Reuse')
        ? route.fulfill({ status: 503, body: 'unavailable' })
        : route.continue();
    await page.route('**/graphql', fail);
    await find(page, 'sources:reuse', 'error');
    await page.unroute('**/graphql', fail);
    expect(await section(page, 'sources:reuse').locator('[data-error]').innerText()).toMatch(
      /^未能读取相似的同级文件：服务器暂时不可用（HTTP 503）/,
    );
    // The section can be asked again; no peer shares 柳州's wording, and the panel says so in the API's meaning.
    await find(page, 'sources:reuse');
    expect(await section(page, 'sources:reuse').locator('[data-empty]').innerText()).toBe(
      '没有同级文件与它共有成段的自有文字。',
    );
    expect(errors.filter((e) => !e.includes('503'))).toEqual([]);
  });

  test('the sources of an article of two documents mark only those lying in its likely parent', {
    timeout: 120_000,
  }, async () => {
    await clickNode(page, `article:${LIUZHOU_EIGHTH}`, 200);
    await page.waitForSelector('#tab-details [data-sources="sources:article"]', { timeout: 60_000 });
    await find(page, 'sources:article');
    // The State Council's two articles lie in the measures' likely parent; the law's 第三条 scores more, but does not.
    expect(await lines(page, 'sources:article')).toEqual(EIGHTH_SOURCES);
    await section(page, 'sources:article').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'viewer-s3-sources-marked');
    // The English panel marks them too.
    await page.click('#btn-lang');
    expect((await lines(page, 'sources:article')).map((l) => l.mark)).toEqual([
      'in a likely parent',
      'in a likely parent',
      undefined,
    ]);
    await page.click('#btn-lang');
  });

  test('sources found stay after signing in and after a review, both of which draw the panel again', {
    timeout: 120_000,
  }, async () => {
    // Saving a token selects the article again (its alignments get review buttons): what was found stays.
    await page.click('[data-tab="signin"]');
    await page.fill('#token-input', signToken({ sub: 'curator-wang', roles: ['curator'] }, SECRET));
    await page.click('#token-save');
    await page.waitForSelector('#tab-details [data-alignment] [data-review="confirm"]', { timeout: 60_000 });
    expect(await page.locator('#tab-details h2').innerText()).toBe('(八)加快传统产业转型升级');
    expect(await lines(page, 'sources:article')).toEqual(EIGHTH_SOURCES);
    // A review selects the article again to show the new status: the sources stay, no second Find needed.
    const box = page.locator('#tab-details [data-alignment]').first();
    const id = await box.getAttribute('data-alignment');
    await box.locator('[data-review="confirm"]').click();
    await page.waitForSelector(`#tab-details [data-alignment="${id}"] [data-status="confirmed"]`, { timeout: 60_000 });
    expect(await section(page, 'sources:article').getAttribute('data-state')).toBe('done');
    expect(await lines(page, 'sources:article')).toEqual(EIGHTH_SOURCES);
  });

  test('an article reached from the sources list is what a review selects again, its sources kept', {
    timeout: 120_000,
  }, async () => {
    await section(page, 'sources:article').locator('li a').first().click();
    const eleventh = '(十一)做大做强特色主导产业';
    await page.waitForFunction((title) => document.querySelector('#tab-details h2')?.textContent === title, eleventh, {
      timeout: 60_000,
    });
    await page.waitForSelector('#tab-details [data-alignment] [data-review="confirm"]', { timeout: 60_000 });
    await find(page, 'sources:article');
    const found = await lines(page, 'sources:article');
    expect(found.length).toBe(3);
    const box = page.locator('#tab-details [data-alignment]').first();
    const id = await box.getAttribute('data-alignment');
    await box.locator('[data-review="reject"]').click();
    // Drawn again: the rejection shown, or another item in the panel.
    await page.waitForFunction(
      ([alignment, title]) =>
        document.querySelector('#tab-details h2')?.textContent !== title ||
        document.querySelector(`#tab-details [data-alignment="${alignment}"] [data-status="rejected"]`) !== null,
      [id, eleventh] as const,
      { timeout: 60_000 },
    );
    // Not 柳州's (八), clicked in the graph before: the article shown stays, with what was found for it.
    expect(await page.locator('#tab-details h2').innerText()).toBe(eleventh);
    expect(await selectedIds(page)).toEqual(['article:国发〔2020〕7号#p4/a11']);
    expect(await lines(page, 'sources:article')).toEqual(found);
  });

  test("a likely parent's via is a link: clicked, it selects the document the parent's score is carried from", {
    timeout: 120_000,
  }, async () => {
    // No text of the bundled corpus rests on a document of its own tier above another text (every likelyParents
    // answer on it has via null), so the API's answer for 北京 is lent one: its second parent carries the score of the
    // State Council's opinions, a document in the graph.
    const lend = async (route: Route) => {
      if (!route.request().postData()?.includes('LikelyParents')) return route.continue();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { likelyParents: { via: unknown }[] } };
      body.data.likelyParents[1]!.via = {
        id: STATE_COUNCIL,
        title: STATE_COUNCIL_TITLE,
        docNumber: STATE_COUNCIL,
        tier: 'national',
      };
      return route.fulfill({ response, json: body });
    };
    await page.route('**/graphql', lend);
    await searchDocument(page, BEIJING, '北京市促进科技成果转化条例');
    await find(page, 'sources:parents');
    await page.unroute('**/graphql', lend);
    expect(await lines(page, 'sources:parents')).toEqual([
      { link: '中华人民共和国促进科技成果转化法', meta: '相似度 0.24 · 已引用', text: null },
      {
        link: '中华人民共和国科学技术进步法',
        meta: `相似度 0.15 · 后出版本 · 经由${STATE_COUNCIL_TITLE}`,
        via: STATE_COUNCIL_TITLE,
        text: null,
      },
    ]);
    await section(page, 'sources:parents').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'viewer-s4-parent-via');
    await section(page, 'sources:parents').locator('a[data-via]').click();
    await page.waitForFunction(
      (title) => document.querySelector('#tab-details h2')?.textContent === title,
      STATE_COUNCIL_TITLE,
      {
        timeout: 60_000,
      },
    );
    expect(await selectedIds(page)).toEqual([`policy:${STATE_COUNCIL}`]);
    expect(errors.filter((e) => !e.includes('503'))).toEqual([]);
  });

  test('an article lists where else it appears apart from where it comes from: the peers resting on its law, marked', {
    timeout: 180_000,
  }, async () => {
    await searchDocument(page, BEIJING, '北京市促进科技成果转化条例');
    await clickNode(page, `article:${BEIJING}#p2/a10`, 200);
    await page.waitForSelector('#tab-details [data-sources="sources:peers"]', { timeout: 60_000 });
    expect(await section(page, 'sources:peers').locator('h3').innerText()).toBe('其他地方的相似条款');
    await find(page, 'sources:article');
    await find(page, 'sources:peers');
    // Where it comes from: the law it implements. Where else: each other province's regulation of the law
    // (peer-siblings.ts), which would crowd the law out of a single list of three.
    expect((await lines(page, 'sources:article')).map((l) => [l.link.split(' ')[0], l.mark])).toEqual([
      ['中华人民共和国促进科技成果转化法', '属可能的上位文件'],
      ['中华人民共和国促进科技成果转化法', '属可能的上位文件'],
      ['中华人民共和国促进科技成果转化法', '属可能的上位文件'],
    ]);
    const peerLine = (link: string, meta: string, text: string) => ({ link, meta, mark: '同据可能的上位文件', text });
    expect(await lines(page, 'sources:peers')).toEqual([
      peerLine(
        '山东省促进科技成果转化条例 第十三条',
        '相似度 0.46 · 相关 · 同级',
        '政府设立的科学技术研究开发机构、高等学校对其持有的科技成果，可以自主决定 … 实施、转 … 除涉及国家秘密、国家安全外 … 审批或者备案',
      ),
      peerLine(
        '上海市促进科技成果转化条例 第四条',
        '相似度 0.42 · 相关 · 同级',
        '对其持有的科技成果，可以自主决定 … 实施转化。除涉及国家秘密、国家安全外，不需 … 审批或者备案 … 可以 … 自主 … 科技成果转化收入',
      ),
      peerLine(
        '河南省促进科技成果转化条例 第二十条',
        '相似度 0.21 · 部分相关 · 同级',
        '设立的研究开发机构、高等院校对其持有的科技成果，可以自主决定 … 进行 … 评估 … 科技成果转化 … 本单位',
      ),
    ]);
    await section(page, 'sources:peers').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'viewer-s5-peer-sources');
    expect(errors.filter((e) => !e.includes('503'))).toEqual([]);
  });
});
