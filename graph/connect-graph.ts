/**
 * One call from configuration to a usable graph handle. With NEO4J_URI set it connects there; without, it uses the
 * local engine: reuses one already listening on the port (e.g. under `npm start`), else starts it and stops it on stop().
 *
 * Example: const graph = await connectGraph(readGraphConfig(process.env)); await graph.read(…); await graph.stop();
 */
import type { GraphConfig } from './config.ts';
import { createDriver } from './create-driver.ts';
import { GraphError, toGraphError } from './errors.ts';
import { createGraphHandle, type GraphHandle } from './graph-handle.ts';
import { startLocalNeo4j, superviseLocalNeo4j } from './local-neo4j/index.ts';
import { probeBolt } from './probe-bolt.ts';

/** A connected graph: the handle, where it points, and how it was obtained. */
export interface ConnectedGraph extends GraphHandle {
  uri: string;
  /** 'remote' (NEO4J_URI), 'local-reused' (a local engine was already running), 'local-started' (we started it). */
  origin: 'remote' | 'local-reused' | 'local-started';
  /** Closes the handle and, if this call started the local engine, shuts it down. */
  stop(): Promise<void>;
  /** Only on a supervised local engine: true while it is down and being restarted. */
  engineDown?: () => boolean;
}

/** Connects to the configured Neo4j (starting the local engine when needed) and verifies the connection. */
export async function connectGraph(
  config: GraphConfig,
  options: { log?: (line: string) => void; verbose?: boolean; supervise?: boolean } = {},
): Promise<ConnectedGraph> {
  if (config.local === undefined) {
    const driver = createDriver(config);
    try {
      await driver.verifyAuthentication();
    } catch (error) {
      await driver.close();
      throw toGraphError(error);
    }
    const graph = createGraphHandle(driver, config.database);
    return { ...graph, uri: config.uri, origin: 'remote', stop: () => graph.close() };
  }
  const probe = await probeBolt(config);
  if (probe === 'auth') {
    throw new GraphError(
      'NEO4J_AUTH',
      `a Neo4j on ${config.uri} rejected the configured password; ` +
        'set NEO4J_PASSWORD to its password or NEO4J_BOLT_PORT to another port',
    );
  }
  if (probe === 'ok') {
    const graph = createGraphHandle(createDriver(config), config.database);
    return { ...graph, uri: config.uri, origin: 'local-reused', stop: () => graph.close() };
  }
  const local = config.local;
  const start = () =>
    startLocalNeo4j(local, {
      password: config.password,
      ...(options.log ? { log: options.log } : {}),
      ...(options.verbose ? { verbose: true } : {}),
    });
  const engine = await start();
  // Supervised (npm start): restarted on the same port and data when it dies; the drivers reconnect by themselves.
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  if (options.supervise) log(`local Neo4j running (pid ${engine.pid}), restarted if it dies`);
  const supervised = options.supervise ? superviseLocalNeo4j(engine, start, { log }) : undefined;
  const graph = createGraphHandle(createDriver({ ...config, uri: engine.uri }), config.database);
  return {
    ...graph,
    uri: engine.uri,
    origin: 'local-started',
    ...(supervised ? { engineDown: () => supervised.current() === undefined } : {}),
    stop: async () => {
      await graph.close();
      await (supervised ? supervised.stop() : engine.stop());
    },
  };
}
