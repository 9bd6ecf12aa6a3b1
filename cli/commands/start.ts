/**
 * `policygraph start` (what `npm start` runs): Neo4j (NEO4J_URI, or the local engine started from Maven artifacts),
 * schema, import of the bundled corpus (idempotent, every start), alignment, the viewer built when stale, and the
 * API + viewer on one port. Prints the URL, serves until Ctrl-C / SIGTERM, then stops what it started.
 *   $ npm start
 *   … imported 5 documents: 59 articles …
 *   PolicyGraph is running: viewer http://127.0.0.1:4000/  GraphQL http://127.0.0.1:4000/graphql
 */
import { ApiListenError } from '../../api/index.ts';
import { connectGraph, GraphError } from '../../graph/index.ts';
import { alignGraph, BUNDLED_PATHS, importPaths } from '../../import/index.ts';
import { checkApiPort } from '../check-api-port.ts';
import { ensureViewerBuilt } from '../ensure-viewer-built.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { readServerConfig, serveUntilSignal } from '../serve-api.ts';
import { formatProgress, formatSummary } from './import.ts';

export const summary = 'start Neo4j if needed, import the bundled corpus, align, serve API and viewer (npm start)';

const USAGE = 'usage: policygraph start [--no-import]   (settings come from the environment: PORT, NEO4J_URI, …)\n';

/** Runs until a signal; exit code 2 on bad configuration, 1 when the port is taken, Neo4j cannot be reached or the import fails. */
export async function run(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== '--no-import');
  if (unknown.length > 0) {
    process.stderr.write(`policygraph start: unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  const config = readServerConfig(process.env, log);
  if ('error' in config) {
    log(`policygraph start: ${config.error}`);
    return 2;
  }
  const portProblem = await checkApiPort(config.apiConfig);
  if (portProblem) {
    log(`policygraph start: ${portProblem}`);
    return 1;
  }

  // Stop the signal from killing us before the local engine is up: it is stopped cleanly below.
  let stopRequested = false;
  const onSignal = () => void (stopRequested = true);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let graph;
  try {
    graph = await connectGraph(config.graphConfig, { log, supervise: true });
  } catch (error) {
    if (error instanceof GraphError) {
      log(`policygraph start: ${error.message}`);
      return 1;
    }
    throw error;
  }
  try {
    if (!args.includes('--no-import')) {
      log('importing the bundled corpus…');
      const result = await importPaths(graph, BUNDLED_PATHS, { onProgress: (p) => log(formatProgress(p)) });
      log(formatSummary(result).trimEnd());
      const aligned = await alignGraph(graph);
      log(
        `aligned ${aligned.realigned} documents (${aligned.unchanged} unchanged since their last alignment kept as they were): ${aligned.pairs} suggested article pairs, ${aligned.inferred.length} inferred implements edges`,
      );
    }
    const viewerDir = await ensureViewerBuilt(PROJECT_ROOT, log);
    await serveUntilSignal({
      graph,
      ...config,
      viewerDir,
      stopNow: () => stopRequested,
      announce: (url) => `PolicyGraph is running: viewer ${url}  GraphQL ${url}graphql  (Ctrl-C stops)`,
    });
    log('stopped.');
    return 0;
  } catch (error) {
    if (error instanceof GraphError || error instanceof ApiListenError) {
      log(`policygraph start: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await graph.stop();
  }
}
