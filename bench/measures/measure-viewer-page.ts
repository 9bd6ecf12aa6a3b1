/**
 * The viewer's bench page for the viewer measures: a Vite dev server for viewer/ on a free 127.0.0.1 port and
 * headless /usr/bin/chromium (playwright-core) at 1600×900 on bench.html, until the page's `ready` function exists.
 * Example: await withBenchPage('runViewerBench', (page) => page.evaluate(() => …)) → what the callback returns.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findFreePort } from '../../graph/local-neo4j/index.ts';
import { PROJECT_ROOT } from '../load-piece.ts';
import { MissingPieceError } from '../measure-result.ts';

/** Chromium flags the issue prescribes for the headless runs. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves the viewer, opens bench.html, waits for `window[ready]` and runs `use` on the page; closes both after. */
export async function withBenchPage<T>(ready: string, use: (page: Page) => Promise<T>): Promise<T> {
  if (!existsSync(join(PROJECT_ROOT, 'viewer', 'bench.html')))
    throw new MissingPieceError('viewer/bench.html does not exist yet');
  if (!existsSync(CHROMIUM)) throw new MissingPieceError(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const { createServer } = await import('vite');
  const { chromium } = await import('playwright-core');
  const port = await findFreePort();
  const server = await createServer({
    configFile: join(PROJECT_ROOT, 'viewer', 'vite.config.ts'),
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false },
    logLevel: 'error',
  });
  await server.listen();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/bench.html`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(
      (name) => typeof (window as unknown as Record<string, unknown>)[name] === 'function',
      ready,
      {
        timeout: 120_000,
      },
    );
    return await use(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Rounds every number in a result to one decimal. */
export function roundAll(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 10) / 10;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v)]));
  return value;
}
