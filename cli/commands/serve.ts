/**
 * `policygraph serve`: starts the GraphQL API and the built viewer on one port against the configured Neo4j
 * (NEO4J_URI), or the local engine (started when not running). It imports nothing. Example:
 * `PORT=4100 policygraph serve` → `PolicyGraph API at http://127.0.0.1:4100/graphql, viewer at http://127.0.0.1:4100/`.
 */
import { fileURLToPath } from 'node:url';
import { ApiListenError } from '../../api/index.ts';
import { GraphError, connectGraph } from '../../graph/index.ts';
import { readServerConfig, serveUntilSignal } from '../serve-api.ts';

export const summary = 'serve the GraphQL API at /graphql and the built viewer at / (no import)';

/** Where `npm run build:viewer` writes the viewer. */
export const VIEWER_DIST = fileURLToPath(new URL('../../viewer/dist', import.meta.url));

/** Serves until SIGINT/SIGTERM; exit code 2 on bad configuration, 1 when Neo4j cannot be reached or the port is taken. */
export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write('usage: policygraph serve   (settings come from the environment: PORT, NEO4J_URI, …)\n');
    return 2;
  }
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  const config = readServerConfig(process.env, log);
  if ('error' in config) {
    log(`policygraph serve: ${config.error}`);
    return 2;
  }
  let graph;
  try {
    graph = await connectGraph(config.graphConfig, { log });
  } catch (error) {
    if (error instanceof GraphError) {
      log(`policygraph serve: ${error.message}`);
      return 1;
    }
    throw error;
  }
  try {
    await serveUntilSignal({
      graph,
      ...config,
      viewerDir: VIEWER_DIST,
      announce: (url) => `PolicyGraph API at ${url}graphql, viewer at ${url}`,
    });
  } catch (error) {
    if (error instanceof ApiListenError) {
      log(`policygraph serve: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await graph.stop();
  }
  return 0;
}
