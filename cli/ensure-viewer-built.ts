/**
 * Builds the viewer with Vite when viewer/dist is missing or older than its sources, so `npm start` serves the
 * current viewer without a separate build step. Returns the directory to serve.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of the files below `dir`, skipping `skip` folders. */
function newestMtime(dir: string, skip: Set<string>): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path, skip) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Builds viewer/ into viewer/dist when needed; `log` receives one line saying what happened. */
export async function ensureViewerBuilt(projectRoot: string, log: (line: string) => void): Promise<string> {
  const viewerDir = join(projectRoot, 'viewer');
  const distDir = join(viewerDir, 'dist');
  const indexFile = join(distDir, 'index.html');
  const sourcesChanged = existsSync(indexFile)
    ? newestMtime(viewerDir, new Set(['dist', 'node_modules'])) > statSync(indexFile).mtimeMs
    : true;
  if (!sourcesChanged) return distDir;
  log('building the viewer (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: join(viewerDir, 'vite.config.ts'), logLevel: 'error' });
  return distDir;
}
