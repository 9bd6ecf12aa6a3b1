/**
 * Browser-test support: builds the viewer in test mode (window.cy exposed) into a scratch folder, launches Debian's
 * Chromium through playwright-core, and saves screenshots under test-artifacts/ (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
// The bench's headless flags: tests and bench draw in the same Chromium setup.
import { CHROMIUM_FLAGS } from '../../bench/measures/measure-viewer-page.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where screenshots and other artifacts of browser tests go. */
export const ARTIFACTS_DIR = join(root, 'test-artifacts');

/** Builds the viewer with `vite build --mode test` into `outDir` (default test-artifacts/viewer-dist) and returns it. */
export async function buildTestViewer(outDir = join(ARTIFACTS_DIR, 'viewer-dist')): Promise<string> {
  const { build } = await import('vite');
  await build({
    configFile: join(root, 'viewer/vite.config.ts'),
    mode: 'test',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Launches Chromium (CHROMIUM_PATH or /usr/bin/chromium). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** Saves a full-page screenshot as test-artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Collects page errors and failed console messages so a test can assert there were none. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
