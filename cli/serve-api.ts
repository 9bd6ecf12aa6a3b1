/**
 * What `policygraph start` and `policygraph serve` share: reading their configuration once from the environment,
 * and serving the API + viewer on a connected graph until Ctrl-C / SIGTERM.
 */
import {
  ApiConfigError,
  describeConfigWarnings,
  openApiGraph,
  readApiConfig,
  startApiServer,
  type ApiConfig,
} from '../api/index.ts';
import { GraphError, readGraphConfig, type ConnectedGraph, type GraphConfig } from '../graph/index.ts';

/** The API and graph configuration, or the message of the first invalid setting. Warnings go to `log`. */
export function readServerConfig(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): { apiConfig: ApiConfig; graphConfig: GraphConfig } | { error: string } {
  try {
    const apiConfig = readApiConfig(env);
    const graphConfig = readGraphConfig(env);
    for (const warning of describeConfigWarnings(apiConfig)) log(`warning: ${warning}`);
    return { apiConfig, graphConfig };
  } catch (error) {
    if (error instanceof ApiConfigError || error instanceof GraphError) return { error: error.message };
    throw error;
  }
}

/**
 * Serves the API and the viewer in `viewerDir` on the graph, prints `announce(url)`, waits for a signal (unless
 * `stopNow()` already says so), then closes the server and its driver. The caller stops the graph.
 */
export async function serveUntilSignal(options: {
  graph: ConnectedGraph;
  graphConfig: GraphConfig;
  apiConfig: ApiConfig;
  viewerDir: string;
  announce: (url: string) => string;
  stopNow?: () => boolean;
}): Promise<void> {
  const { graph, graphConfig, apiConfig } = options;
  const apiGraph = openApiGraph({ ...graphConfig, uri: graph.uri, database: graph.database }, apiConfig);
  const api = await startApiServer({
    graph: apiGraph,
    config: apiConfig,
    viewerDir: options.viewerDir,
    // A supervised local engine that died is known to be down: answer 503 at once instead of after the time-outs.
    ...(graph.engineDown ? { databaseDown: graph.engineDown } : {}),
  });
  process.stdout.write(`${options.announce(api.url)}\n`);
  if (!options.stopNow?.()) {
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
  }
  await api.close();
  await apiGraph.close();
}
