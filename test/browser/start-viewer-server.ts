/**
 * The browser tests' server: a fresh test graph with the given corpus files imported and aligned, the viewer built in
 * test mode and served by the real API on a free port, and Chromium launched.
 * Example: const s = await startViewerServer('secret'); await s.browser.newPage() … ; await s.close().
 */
import type { Browser } from 'playwright-core';
import { readApiConfig, startApiServer, type RunningApiServer } from '../../api/index.ts';
import { alignGraph } from '../../import/index.ts';
import { importPaths } from '../../import/run-import.ts';
import { FIRST_CORPUS_FILES } from '../integration/import-support.ts';
import { buildTestViewer, launchBrowser } from '../support/browser.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';

/** What a browser test talks to. */
export interface ViewerServer {
  graph: ReturnType<typeof openTestGraph>['graph'];
  server: RunningApiServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Imports and aligns `paths` (default: the five first corpus texts) into a reset test graph and serves the viewer. */
export async function startViewerServer(
  secret: string,
  paths: readonly string[] = FIRST_CORPUS_FILES,
): Promise<ViewerServer> {
  const { graph } = openTestGraph();
  await resetGraph(graph);
  await importPaths(graph, [...paths]);
  await alignGraph(graph);
  const viewerDir = await buildTestViewer();
  const server = await startApiServer({
    graph,
    config: readApiConfig({ JWT_SECRET: secret, PORT: '0' }),
    viewerDir,
    log: () => {},
  });
  const browser = await launchBrowser();
  return {
    graph,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await graph.close();
    },
  };
}
