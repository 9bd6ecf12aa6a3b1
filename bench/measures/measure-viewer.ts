/**
 * Viewer rendering: first render and pan frame time at 500 and 5,000 elements, from the viewer's own bench page
 * (viewer/bench.html → window.runViewerBench(n)) served by a Vite dev server on a free 127.0.0.1 port and driven by
 * headless /usr/bin/chromium through playwright-core.
 * Example: await measureViewer() → { n500: { firstRenderMs: 180, panFrameMs: { mean: 16.7, p95: 17.1 } }, n5000: { … } }.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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

/** Runs the bench page at each size; returns the page's own figures per size. */
export async function measureViewer(sizes: number[] = [500, 5_000]) {
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
      () => typeof (window as unknown as { runViewerBench?: unknown }).runViewerBench === 'function',
      undefined,
      { timeout: 120_000 },
    );
    const out: Record<string, unknown> = {};
    for (const n of sizes) {
      const result = await page.evaluate(async (count) => {
        const run = (window as unknown as { runViewerBench: (n: number) => Promise<Record<string, unknown>> })
          .runViewerBench;
        return run(count);
      }, n);
      out[`n${n}`] = roundAll(result);
    }
    return {
      ...out,
      notes: [
        'headless Chromium with --disable-gpu (software rendering) on a shared 2-core machine; frame times are bounded below by the display refresh (~16.7 ms)',
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function roundAll(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 10) / 10;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v)]));
  return value;
}
