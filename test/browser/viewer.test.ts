/**
 * The viewer in real Chromium against the real server over the imported, aligned corpus: lanes, one-click
 * lineage from Liuzhou (一) to the State Council, the comparison table and its CSV, PNG and SVG exports, workshop
 * scenes stepped with the keyboard and shared through the URL, curation, and the API-down state.
 * Screenshots go to test-artifacts/ (look at them).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signToken, type RunningApiServer } from '../../api/index.ts';
import { ARTIFACTS_DIR, saveScreenshot, watchPageErrors } from '../support/browser.ts';
import { startViewerServer, type ViewerServer } from './start-viewer-server.ts';

const SECRET = 'viewer-browser-test-secret';
let server: RunningApiServer;
let browser: Browser;
let running: ViewerServer | undefined;
let page: Page;
let errors: string[];

beforeAll(async () => {
  running = await startViewerServer(SECRET);
  ({ server, browser } = running);
  page = await browser.newPage({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
  errors = watchPageErrors(page);
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
});

afterAll(async () => {
  await running?.close();
});

/** Tiers of the article nodes, the lanes drawn, and where each article sits against its lane band. */
function readLanes(p: Page) {
  return p.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const lanes = cy
      .nodes('.lane')
      .map((l) => ({ tier: l.data('tier') as string, y1: l.boundingBox().y1, y2: l.boundingBox().y2 }));
    const articles = cy.nodes('[kind = "policy"]').map((n) => ({ tier: n.data('lane') as string, y: n.position('y') }));
    const inOwnLane = articles.every((a) => {
      const lane = lanes.find((l) => l.tier === a.tier);
      return lane !== undefined && a.y > lane.y1 && a.y < lane.y2;
    });
    return {
      lanes: lanes.map((l) => l.tier),
      tiers: [...new Set(articles.map((a) => a.tier))].sort(),
      inOwnLane,
      articles: articles.length,
    };
  });
}

/** Clicks an article node where it is drawn, as a user would. */
async function clickArticle(p: Page, nodeId: string): Promise<string> {
  const box = (await p.locator('#cy').boundingBox())!;
  const target = await p.evaluate((id) => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const node = cy.getElementById(id);
    cy.fit(node.parent().union(node), 120);
    return { id: node.id(), ...node.renderedPosition() };
  }, nodeId);
  await p.mouse.click(box.x + target.x, box.y + target.y);
  return target.id;
}

/** Clicks a document where it is drawn (it opens: its articles come in) and waits for its articles. */
async function openDocument(p: Page, policyId: string): Promise<void> {
  const box = (await p.locator('#cy').boundingBox())!;
  const target = await p.evaluate((id) => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const node = cy.getElementById(`policy:${id}`);
    if (node.children().nonempty()) return null;
    cy.fit(node, 150);
    return node.renderedPosition();
  }, policyId);
  if (target) await p.mouse.click(box.x + target.x, box.y + target.y);
  await p.waitForFunction(
    (id) =>
      (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById(`policy:${id}`).children().length > 0,
    policyId,
    { timeout: 20_000 },
  );
}

/** Node id of the first article of the Liuzhou measures (柳政规〔2021〕18号, not its interpretation), opened first. */
async function liuzhouFirst(p: Page): Promise<string> {
  await openDocument(p, '柳政规〔2021〕18号');
  return p.evaluate(() => {
    const app = (
      window as unknown as {
        pgApp: {
          state: {
            get(): {
              store: {
                policies: Record<string, { tier?: string; docNumber?: string; title: string; articleIds: string[] }>;
              };
            };
          };
        };
      }
    ).pgApp.state.get();
    const measures = Object.values(app.store.policies).find(
      (x) =>
        x.tier === 'municipal' &&
        x.articleIds.length > 0 &&
        !x.title.includes('解读') &&
        x.docNumber === '柳政规〔2021〕18号',
    );
    return `article:${measures!.articleIds[0]}`;
  });
}

describe('viewer over the corpus', () => {
  test('loads documents as nodes with Chinese labels in the national, provincial and municipal lanes', async () => {
    const lanes = await readLanes(page);
    expect(lanes.lanes).toEqual(['national', 'provincial', 'municipal']);
    expect(lanes.tiers).toEqual(['municipal', 'national', 'provincial']);
    expect(lanes.inOwnLane).toBe(true);
    expect(lanes.articles).toBeGreaterThanOrEqual(7);
    // At the overview the documents are the nodes: no article is loaded until a document is opened.
    expect(
      await page.evaluate(
        () => (window as unknown as { cy: import('cytoscape').Core }).cy.nodes('[kind = "article"]').length,
      ),
    ).toBe(0);
    // The bundled web font is what draws the labels (the machine has no CJK font of its own).
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '柳州市科学技术局'))).toBe(true);
    await saveScreenshot(page, 'viewer-1-overview');
  });

  test('one click on Liuzhou (一) highlights its chain up to the State Council', async () => {
    const clicked = await clickArticle(page, await liuzhouFirst(page));
    expect(clicked).toMatch(/^article:柳政规〔2021〕18号#/);
    expect(
      await page.evaluate(
        (id) => (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById(id).data('label'),
        clicked,
      ),
    ).toMatch(/^[（(]一[)）]/);
    await page.waitForSelector('[data-lineage-count]', { timeout: 20_000 });
    const reached = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      return {
        tiers: [...new Set(cy.nodes('node.hl[kind = "article"]').map((n) => n.data('tier') as string))].sort(),
        stateCouncil: cy
          .nodes('node.hl[kind = "article"]')
          .filter((n) => String(n.parent().data('fullLabel')).includes('国发〔2020〕7号'))
          .nonempty(),
        start: cy.nodes('.hl-start').map((n) => n.id()),
        faded: cy.nodes('.faded[kind = "article"]').length,
      };
    });
    expect(reached.stateCouncil).toBe(true);
    expect(reached.tiers).toContain('national');
    expect(reached.start).toEqual([clicked]);
    expect(reached.faded).toBeGreaterThan(0);
    expect(await page.locator('.lineage-list li[data-tier="national"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#tab-details mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#tab-details').innerText()).toContain('柳州市科学技术局');
    await saveScreenshot(page, 'viewer-2-lineage');
  });

  test('compare Liuzhou with Guangxi: rows, alignment lines, unmatched articles, CSV with BOM', async () => {
    await page.click('[data-tab="compare"]');
    const ids = await page.evaluate(() => {
      const app = (
        window as unknown as {
          pgApp: {
            state: {
              get(): {
                store: { policies: Record<string, { id: string; tier?: string; title: string; articleIds: string[] }> };
              };
            };
          };
        }
      ).pgApp.state.get();
      const ps = Object.values(app.store.policies).filter(
        (p) => p.articleIds.length > 0 || (p as { articleCount?: number }).articleCount,
      );
      return {
        lower: ps.find((p) => p.tier === 'municipal' && !p.title.includes('解读'))!.id,
        upper: ps.find((p) => p.tier === 'provincial')!.id,
      };
    });
    await page.selectOption('#compare-lower', ids.lower);
    await page.selectOption('#compare-upper', ids.upper);
    await page.click('#compare-run');
    await page.waitForSelector('[data-testid="compare-table"]');
    const rows = await page.locator('[data-testid="compare-table"] tbody tr').count();
    const unmatched = await page.locator('[data-testid="compare-table"] tbody tr[data-unmatched]').count();
    expect(rows).toBeGreaterThan(unmatched);
    expect(unmatched).toBeGreaterThan(0);
    expect(await page.locator('.compare-col .art.unmatched').count()).toBe(unmatched);
    expect(await page.locator('.compare-lines line').count()).toBe(rows - unmatched);
    const csv = await page.evaluate(() =>
      (window as unknown as { pgApp: { compareCsv(): string } }).pgApp.compareCsv(),
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // Title, date, a blank line, the header, one line per row; then a blank line and the legend.
    const lines = csv.trimEnd().split('\r\n');
    const legendAt = lines.indexOf('', 3);
    expect(legendAt).toBe(rows + 4);
    expect(lines.length).toBeGreaterThan(legendAt + 5);
    await saveScreenshot(page, 'viewer-3-compare');
    await page.click('.compare-head button:last-child');
    expect(await page.locator('#compare-view').isHidden()).toBe(true);
  });

  test('exports a PNG at scale 3 and an SVG with the web font embedded', async () => {
    await page.click('[data-tab="workshop"]');
    await page.selectOption('#png-scale', '3');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toMatch(/^政策图谱_.+_\d{4}-\d{2}-\d{2}\.png$/);
    const pngPath = join(ARTIFACTS_DIR, 'viewer-export.png');
    await png.saveAs(pngPath);
    const bytes = await readFile(pngPath);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = bytes.readUInt32BE(16);
    expect(width).toBeGreaterThan(1600);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svgPath = join(ARTIFACTS_DIR, 'viewer-export.svg');
    await svg.saveAs(svgPath);
    const text = await readFile(svgPath, 'utf8');
    expect(text).toMatch(/@font-face\{font-family:'Noto Sans SC'[^}]*data:font\/woff2;base64,/);
    expect(text).toContain('国家级');
    // The export says what it is: title, date, legend.
    expect(svg.suggestedFilename()).toMatch(/^政策图谱_.+\.svg$/);
    expect(text).toMatch(/导出日期 \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('已确认');
    expect(text).toContain('依据');
  });

  test('workshop scenes step with the keyboard and travel in the URL', async () => {
    await page.check('#workshop-toggle');
    await page.click('[data-tab="details"]');
    await page.click('#btn-fit');
    await page.evaluate(() => (window as unknown as { pgApp: { clearLineage(): void } }).pgApp.clearLineage());
    await page.click('[data-tab="workshop"]');
    await page.fill('#scene-title', '全景');
    await page.click('#scene-save');
    await clickArticle(page, await liuzhouFirst(page));
    await page.waitForFunction(
      () => (window as unknown as { cy: import('cytoscape').Core }).cy.nodes('.hl').length > 1,
    );
    await page.click('[data-tab="workshop"]');
    await page.fill('#scene-title', '柳州（一）溯源');
    await page.click('#scene-save');
    await page.locator('#cy').focus();
    const state = () =>
      page.evaluate(() => ({
        indicator: document.getElementById('scene-indicator')!.textContent,
        highlighted: (window as unknown as { cy: import('cytoscape').Core }).cy.nodes('.hl').length,
        workshop: document.body.classList.contains('workshop'),
      }));
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.getElementById('scene-indicator')!.dataset.index === '0');
    expect(await state()).toEqual({ indicator: '场景 1 / 2', highlighted: 0, workshop: true });
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.getElementById('scene-indicator')!.dataset.index === '1');
    await page.waitForFunction(
      () => (window as unknown as { cy: import('cytoscape').Core }).cy.nodes('.hl').length > 1,
    );
    const second = await state();
    expect(second.indicator).toBe('场景 2 / 2');
    expect(second.highlighted).toBeGreaterThan(1);
    await saveScreenshot(page, 'viewer-4-workshop');
    // The address bar carries the deck: a colleague opening it gets the same scene and can step back.
    // The hash is rewritten 300 ms after the last change: wait for the one that carries both scenes at the second.
    await page.waitForFunction(() => {
      if (!location.hash.startsWith('#v1=')) return false;
      const binary = atob(location.hash.slice(4).replace(/-/g, '+').replace(/_/g, '/'));
      const state = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as {
        d: unknown[];
        i: number;
      };
      return state.d.length === 2 && state.i === 1;
    });
    const shared = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await shared.goto(page.url());
    await shared.waitForSelector('body[data-state="ready"]');
    await shared.waitForFunction(
      () => (window as unknown as { cy: import('cytoscape').Core }).cy.nodes('.hl').length > 1,
    );
    expect(await shared.evaluate(() => document.getElementById('scene-indicator')!.textContent)).toBe('场景 2 / 2');
    expect(await shared.evaluate(() => document.body.classList.contains('workshop'))).toBe(true);
    await shared.close();
    await page.uncheck('#workshop-toggle');
  });

  test('a signed-in curator confirms an alignment from the panel', async () => {
    await page.click('[data-tab="signin"]');
    await page.fill('#token-input', signToken({ sub: 'curator-zhang', roles: ['curator'] }, SECRET));
    await page.click('#token-save');
    expect(await page.locator('#signin-status').innerText()).toContain('curator-zhang');
    expect(await page.locator('#signin-status').innerText()).toContain('角色：curator');
    await clickArticle(page, await liuzhouFirst(page));
    await page.waitForSelector('#tab-details [data-alignment] [data-review="confirm"]');
    const box = page.locator('#tab-details [data-alignment]').first();
    const id = await box.getAttribute('data-alignment');
    await box.locator('[data-review="confirm"]').click();
    await page.waitForSelector(`#tab-details [data-alignment="${id}"] [data-status="confirmed"]`);
    const edge = await page.evaluate(
      (alignmentId) =>
        (window as unknown as { cy: import('cytoscape').Core }).cy
          .getElementById(`aligns:${alignmentId}`)
          .data('status'),
      id,
    );
    expect(edge).toBe('confirmed');
  });

  test('coverage colours the State Council articles by how many lower documents carry them', async () => {
    const upper = await page.evaluate(() => {
      const app = (
        window as unknown as {
          pgApp: { state: { get(): { store: { policies: Record<string, { id: string; docNumber?: string }> } } } };
        }
      ).pgApp.state.get();
      return Object.values(app.store.policies).find((p) => p.docNumber === '国发〔2020〕7号')!.id;
    });
    await page.click('[data-tab="coverage"]');
    await page.selectOption('#coverage-upper', upper);
    await page.selectOption('#coverage-lower', '');
    await page.click('#coverage-run');
    await page.waitForSelector('#coverage-result .coverage-row');
    await page.waitForFunction(
      (id) =>
        document.querySelectorAll('#coverage-result .coverage-row').length ===
        (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById(`policy:${id}`).children().length,
      upper,
    );
    const coloured = await page.evaluate((id) => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const articles = cy.getElementById(`policy:${id}`).children();
      return {
        all: articles.length,
        coloured: articles.filter((n) => n.data('coverage') !== undefined).length,
        carried: articles.filter((n) => n.data('coverage') !== '#d7301f').length,
      };
    }, upper);
    expect(coloured.coloured).toBe(coloured.all);
    expect(coloured.carried).toBeGreaterThan(0);
    expect(await page.locator('#coverage-result .coverage-row').count()).toBe(coloured.all);
    await page.click('#coverage-clear');
  });

  test('the English toggle translates the interface and the lane labels', async () => {
    await page.click('#btn-lang');
    expect(await page.locator('#hint').innerText()).toMatch(/^Click a document to open it\. Click an article/);
    expect(
      await page.evaluate(() =>
        (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById('lane:national').data('label'),
      ),
    ).toBe('National');
    await page.click('#btn-lang');
    expect(
      await page.evaluate(() =>
        (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById('lane:national').data('label'),
      ),
    ).toBe('国家级');
  });

  test('search by document number in another bracket style finds the State Council opinions; collapse and undo', async () => {
    await page.fill('#search-input', '国发[2020]7号');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#search-results .hit[data-kind]');
    const first = page.locator('#search-results .hit[data-kind]').first();
    expect(await first.getAttribute('data-kind')).toBe('Policy');
    // Kinds in the interface language, not "Policy" / "Article".
    expect(await first.locator('small').innerText()).toMatch(/^文件/);
    await first.click();
    await page.waitForFunction(() =>
      document
        .querySelector('#tab-details h2')
        ?.textContent?.includes('国务院关于促进国家高新技术产业开发区高质量发展的若干意见'),
    );
    const children = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
        const policy = cy.nodes('[kind = "policy"]:selected');
        return { id: policy[0]?.id(), articles: policy.children().length };
      });
    const before = await children();
    expect(before.id).toBe('policy:国发〔2020〕7号');
    expect(before.articles).toBeGreaterThan(10);
    await page.click('#tab-details button:has-text("折叠条款")');
    await page.waitForFunction(
      () =>
        (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById('policy:国发〔2020〕7号').children()
          .length === 0,
    );
    await page.click('#btn-undo');
    await page.waitForFunction(
      (n) =>
        (window as unknown as { cy: import('cytoscape').Core }).cy.getElementById('policy:国发〔2020〕7号').children()
          .length === n,
      before.articles,
    );
  });

  test('API down: the page says so instead of showing a blank canvas', async () => {
    const down = await browser.newPage();
    await down.goto(`${server.url}?api=${encodeURIComponent('http://127.0.0.1:9/graphql')}`);
    await down.waitForSelector('body[data-state="error"]');
    expect(await down.locator('#state').innerText()).toContain('无法连接到 API');
    expect(await down.locator('#state').innerText()).toContain('重试');
    expect(await down.locator('#state button').count()).toBe(1);
    await saveScreenshot(down, 'viewer-5-api-down');
    await down.close();
  });

  test('no page errors along the way', () => {
    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
  });
});

test('a production build leaves the test hook (window.cy) out', async () => {
  const dir = join(ARTIFACTS_DIR, 'viewer-dist-production');
  const { build } = await import('vite');
  await build({
    configFile: join(process.cwd(), 'viewer/vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true },
  });
  const { readdir } = await import('node:fs/promises');
  const scripts = (await readdir(join(dir, 'assets'))).filter((f) => f.endsWith('.js'));
  const code = (await Promise.all(scripts.map((f) => readFile(join(dir, 'assets', f), 'utf8')))).join('\n');
  expect(code).not.toContain('pgApp');
  expect(code).toContain('runViewerBench');
});
