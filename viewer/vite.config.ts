import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the viewer (index.html) and the benchmark page (bench.html) into viewer/dist.
 * `vite build --mode test` defines __POLICYGRAPH_TEST__ = true so the page exposes `window.cy` to browser tests;
 * every other mode leaves it out of the bundle. VITE_GRAPHQL_URL points the dev server at another API.
 */
export default defineConfig(({ mode }) => ({
  root,
  base: './',
  define: { __POLICYGRAPH_TEST__: JSON.stringify(mode === 'test') },
  server: { port: Number(process.env.VIEWER_PORT ?? 0) || undefined, strictPort: false },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { input: { main: resolve(root, 'index.html'), bench: resolve(root, 'bench.html') } },
  },
}));
