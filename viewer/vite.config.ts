import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the viewer (index.html) and the benchmark page (bench.html) into viewer/dist.
 * `vite build --mode test` defines __POLICYGRAPH_TEST__ = true so the page exposes `window.cy` to browser tests;
 * every other mode leaves it out of the bundle. Dev server: a free port (or VIEWER_PORT); VIEWER_API_PROXY
 * (e.g. http://127.0.0.1:4100) forwards /graphql to a running API, so no CORS setup is needed.
 */
export default defineConfig(({ mode }) => ({
  root,
  base: './',
  define: { __POLICYGRAPH_TEST__: JSON.stringify(mode === 'test') },
  // Port 0 = whatever is free: never Vite's default 5173, which other people on this machine may hold.
  server: {
    port: Number(process.env.VIEWER_PORT ?? 0),
    proxy: process.env.VIEWER_API_PROXY ? { '/graphql': process.env.VIEWER_API_PROXY } : undefined,
  },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { input: { main: resolve(root, 'index.html'), bench: resolve(root, 'bench.html') } },
  },
}));
