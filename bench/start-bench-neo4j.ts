/**
 * The benchmark's own Neo4j: the local engine (graph/local-neo4j) on a free port with its own data folder under
 * bench/out/, so it never meets another engineer's database; kill() SIGKILLs the JVM for the fault tests.
 * Example: const neo = await startBenchNeo4j({ dataDir: 'bench/out/neo4j' }); …; await neo.stop();
 */
import { openGraph, type GraphHandle } from '../graph/index.ts';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../graph/local-neo4j/index.ts';

/** A running bench engine with a graph handle; restart() brings it back on the same port and data. */
export interface BenchNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  graph: GraphHandle;
  pid(): number;
  /** SIGKILL of the JVM: no clean shutdown, as in a crash. */
  kill(): Promise<void>;
  /** Clean stop of the JVM (the handle stays, requests fail until restart). */
  stopEngine(): Promise<void>;
  restart(): Promise<void>;
  /** Closes the handle and stops the JVM. */
  stop(): Promise<void>;
}

/** Engine options; heap and page cache default to NEO4J_HEAP / NEO4J_PAGECACHE or 2g / 1g. */
export interface BenchNeo4jOptions {
  dataDir: string;
  heap?: string;
  pageCache?: string;
  log?: (line: string) => void;
}

const PASSWORD = 'policygraph-bench';

/** Starts the engine and a graph handle for it. */
export async function startBenchNeo4j(options: BenchNeo4jOptions): Promise<BenchNeo4j> {
  const boltPort = await findFreePort();
  const engineConfig = {
    boltPort,
    dataDir: options.dataDir,
    heap: options.heap ?? process.env.NEO4J_HEAP ?? '2g',
    pageCache: options.pageCache ?? process.env.NEO4J_PAGECACHE ?? '1g',
  };
  const start = () =>
    startLocalNeo4j(engineConfig, { password: PASSWORD, ...(options.log ? { log: options.log } : {}) });
  let engine: LocalNeo4j | undefined = await start();
  const uri = engine.uri;
  const graph = openGraph({ uri, username: 'neo4j', password: PASSWORD, database: 'neo4j' });
  const exited = (pid: number) =>
    new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        try {
          process.kill(pid, 0);
        } catch {
          clearInterval(poll);
          resolve();
        }
      }, 100);
    });
  return {
    uri,
    username: 'neo4j',
    password: PASSWORD,
    database: 'neo4j',
    graph,
    pid: () => engine?.pid ?? -1,
    kill: async () => {
      if (!engine) return;
      const { pid } = engine;
      process.kill(pid, 'SIGKILL');
      await exited(pid);
      engine = undefined;
    },
    stopEngine: async () => {
      await engine?.stop();
      engine = undefined;
    },
    restart: async () => {
      await engine?.stop();
      engine = await start();
    },
    stop: async () => {
      await graph.close();
      await engine?.stop();
      engine = undefined;
    },
  };
}
