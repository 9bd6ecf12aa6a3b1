/**
 * `policygraph neo4j`: runs the local Neo4j (no Docker) in the foreground until Ctrl-C.
 * `--resolve-only` downloads and compiles what it needs (for CI and first-time setup) and exits.
 */
import {
  GraphError,
  probeBolt,
  readGraphConfig,
  resolveLocalNeo4j,
  startLocalNeo4j,
  LOCAL_DEFAULT_PASSWORD,
} from '../../graph/index.ts';

export const summary = 'run the local Neo4j 5.26 (no Docker) in the foreground; --resolve-only to just fetch it';

const USAGE = `usage: policygraph neo4j [--resolve-only] [--verbose]
  Starts Neo4j Community 5.26 + APOC on 127.0.0.1:$NEO4J_BOLT_PORT (default 7687) with data in $NEO4J_DATA_DIR
  (default .data/neo4j). First use downloads it from Maven Central with mvn. Ctrl-C stops it cleanly.
  --resolve-only  fetch and compile only, then exit (used by .ci/run)
  --verbose       print the database's own output`;

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const unknown = args.filter((a) => !['--resolve-only', '--verbose'].includes(a));
  if (args.includes('--help') || unknown.length > 0) {
    process.stderr.write(
      `${unknown.length > 0 && !args.includes('--help') ? `unknown option ${unknown[0]}\n` : ''}${USAGE}\n`,
    );
    return args.includes('--help') ? 0 : 2;
  }
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  try {
    if (args.includes('--resolve-only')) {
      const started = Date.now();
      const resolved = await resolveLocalNeo4j({ log });
      log(`local Neo4j: ${resolved.resolved ? 'resolved' : 'already resolved'} in ${Date.now() - started} ms`);
      return 0;
    }
    const config = readGraphConfig(process.env);
    if (config.local === undefined) {
      log(
        `NEO4J_URI is set (${config.uri}): that server is used and the local engine is not needed. Unset NEO4J_URI to run it.`,
      );
      return 2;
    }
    if ((await probeBolt(config)) === 'ok') {
      log(`a Neo4j already answers at ${config.uri} with the configured credentials: nothing to start.`);
      return 0;
    }
    const started = Date.now();
    const engine = await startLocalNeo4j(config.local, {
      password: config.password,
      log,
      verbose: args.includes('--verbose'),
    });
    const shown = config.password === LOCAL_DEFAULT_PASSWORD ? LOCAL_DEFAULT_PASSWORD : '(from NEO4J_PASSWORD)';
    process.stdout.write(
      `Neo4j ready at ${engine.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s — user ${engine.username}, ` +
        `password ${shown}, data in ${engine.dataDir}. Ctrl-C to stop.\n`,
    );
    const signal = await new Promise<string | number | null>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
      void engine.exited.then(resolve);
    });
    if (typeof signal !== 'string') {
      log(`local Neo4j exited unexpectedly (code ${signal}); see ${engine.dataDir}/logs/debug.log`);
      return 1;
    }
    log('stopping Neo4j…');
    await engine.stop();
    log('Neo4j stopped.');
    return 0;
  } catch (error) {
    if (error instanceof GraphError) {
      log(`policygraph neo4j: [${error.code}] ${error.message}`);
      return 1;
    }
    throw error;
  }
}
