/**
 * What `policygraph start` and `policygraph serve` share: reading their configuration once from the environment,
 * and serving the API + viewer on a connected graph until Ctrl-C / SIGTERM.
 */
import { ApiConfigError, describeConfigWarnings, readApiConfig, startApiServer, type ApiConfig } from '../api/index.ts';
import { GraphError, openGraph, readGraphConfig, type ConnectedGraph, type GraphConfig } from '../graph/index.ts';

/** The API and graph configuration, or the message of the first invalid setting. Warnings go to `log`. */
export function readServerConfig(
  env: NodeJS.ProcessEnv, log: (line: string) => void,
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
 * The API's own graph handle, made to fail fast: a refused or silent engine answers within about 3 s (short connect
 * and pool-acquisition time-outs, one second of retries instead of the driver's 30), and every transaction carries
 * DB_TIMEOUT_MS with a client-side deadline shortly after it, so a frozen engine gives time-outs, not hangs.
 */
export function openApiGraph(config: Pick<GraphConfig, 'uri' | 'username' | 'password' | 'database'>, apiConfig: ApiConfig) {
  return openGraph(config, {
    connectionTimeoutMs: 2_000,
    connectionAcquisitionTimeoutMs: 3_000,
    maxTransactionRetryTimeMs: 1_000,
    timeoutMs: apiConfig.dbTimeoutMs,
  });
}

/**
 * Serves the API and the viewer in `viewerDir` on the graph, prints `announce(url)`, waits for a signal (unless
 * `stopNow()` already says so), then closes the server and its driver. The caller stops the graph.
 */
export async function serveUntilSignal(options: {
  graph: ConnectedGraph; graphConfig: GraphConfig; apiConfig: ApiConfig; viewerDir: string;
  announce: (url: string) => string; stopNow?: () => boolean;
}): Promise<void> {
  const { graph, graphConfig, apiConfig } = options;
  const apiGraph = openApiGraph({ ...graphConfig, uri: graph.uri, database: graph.database }, apiConfig);
  const api = await startApiServer({ graph: apiGraph, config: apiConfig, viewerDir: options.viewerDir });
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
