/**
 * `policygraph serve`: starts the GraphQL API and the built viewer on one port against the configured Neo4j
 * (NEO4J_URI), or the local engine (started when not running). It imports nothing. Example:
 * `PORT=4100 policygraph serve` → `PolicyGraph API at http://127.0.0.1:4100/graphql, viewer at http://127.0.0.1:4100/`.
 */
import { fileURLToPath } from 'node:url';
import { ApiConfigError, describeConfigWarnings, readApiConfig, startApiServer } from '../../api/index.ts';
import { GraphError, connectGraph, createDriver, readGraphConfig } from '../../graph/index.ts';

export const summary = 'serve the GraphQL API at /graphql and the built viewer at / (no import)';

/** Where `npm run build:viewer` writes the viewer. */
export const VIEWER_DIST = fileURLToPath(new URL('../../viewer/dist', import.meta.url));

/** Serves until SIGINT/SIGTERM; exit code 2 on bad configuration, 1 when Neo4j cannot be reached. */
export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write('usage: policygraph serve   (settings come from the environment: PORT, NEO4J_URI, …)\n');
    return 2;
  }
  let apiConfig;
  let graphConfig;
  try {
    apiConfig = readApiConfig(process.env);
    graphConfig = readGraphConfig(process.env);
  } catch (error) {
    if (error instanceof ApiConfigError || error instanceof GraphError) {
      process.stderr.write(`policygraph serve: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  for (const warning of describeConfigWarnings(apiConfig)) process.stderr.write(`warning: ${warning}\n`);
  let graph;
  try {
    graph = await connectGraph(graphConfig, { log: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    if (error instanceof GraphError) {
      process.stderr.write(`policygraph serve: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  // The API's own driver: managed transactions stop retrying after DB_TIMEOUT_MS (the driver default is 30 s), so a
  // request made while Neo4j is down answers SERVICE_UNAVAILABLE promptly.
  const driver = createDriver({ ...graphConfig, uri: graph.uri }, { maxTransactionRetryTimeMs: apiConfig.dbTimeoutMs });
  const api = await startApiServer({ driver, database: graph.database, config: apiConfig, viewerDir: VIEWER_DIST });
  process.stdout.write(`PolicyGraph API at ${api.url}graphql, viewer at ${api.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await api.close();
  await driver.close();
  await graph.stop();
  return 0;
}
