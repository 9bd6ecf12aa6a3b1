/**
 * Starts the local Neo4j (graph/local-neo4j/LocalNeo4j.java) as a child JVM and waits until Bolt accepts the
 * configured password. The JVM exits cleanly on stop(), on SIGTERM/SIGINT, and when this process dies (stdin EOF).
 *
 * Example: const neo = await startLocalNeo4j({ boltPort: 7687, dataDir: '.data/neo4j', heap: '2g',
 *   pageCache: '512m', password: 'policygraph-local' }); … await neo.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { LocalEngineConfig } from '../config.ts';
import { GraphError } from '../errors.ts';
import { probeBolt } from '../probe-bolt.ts';
import { isPortFree } from './check-port.ts';
import { PROJECT_ROOT, resolveLocalNeo4j } from './resolve-local-neo4j.ts';

/** A running local engine. */
export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  /** Neo4j home directory in use (absolute). */
  dataDir: string;
  /** Process id of the JVM. */
  pid: number;
  /** Settles with the JVM's exit code when it exits, for whatever reason. */
  exited: Promise<number | null>;
  /** Shuts the database down cleanly and waits for the JVM to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options beyond the engine config. */
export interface StartOptions {
  password: string;
  /** Progress and, with verbose, every JVM line. Defaults to stderr. */
  log?: (line: string) => void;
  verbose?: boolean;
  readyTimeoutMs?: number;
}

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** Resolves (first use), starts and awaits the local engine; throws NEO4J_PORT_BUSY / NEO4J_ENGINE on failure. */
export async function startLocalNeo4j(engine: LocalEngineConfig, options: StartOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dataDir = isAbsolute(engine.dataDir) ? engine.dataDir : join(PROJECT_ROOT, engine.dataDir);
  if (!(await isPortFree(engine.boltPort))) {
    throw new GraphError(
      'NEO4J_PORT_BUSY',
      `port ${engine.boltPort} on 127.0.0.1 is already in use by another program; ` +
        'set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that server',
    );
  }
  const { classpath, pluginsDir } = await resolveLocalNeo4j({ log });
  await mkdir(dataDir, { recursive: true });

  const args = [
    `-Xmx${engine.heap}`,
    ...JVM_FLAGS,
    '-cp',
    classpath,
    'LocalNeo4j',
    '--home',
    dataDir,
    '--port',
    String(engine.boltPort),
    '--plugins',
    pluginsDir,
    '--pagecache',
    engine.pageCache,
    '--exit-on-stdin-eof',
  ];
  const child = spawn('java', args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_LOCAL_PASSWORD: options.password },
    // Own process group: a terminal's Ctrl-C reaches only us, and we stop the engine in order (drivers first).
    // If we die without stopping it, its stdin closes and it shuts itself down.
    detached: true,
  });
  const uri = `bolt://127.0.0.1:${engine.boltPort}`;
  const tail = collectOutput(child, options.verbose ? log : undefined);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      tail.push(`could not run java: ${error.message}`);
      resolve(-1);
    });
  });

  try {
    await waitForReady(child, exited, tail, options.readyTimeoutMs ?? 180_000);
    // The READY line is printed after the password is set; confirm over Bolt, as clients will connect.
    const probe = await probeBolt({ uri, username: 'neo4j', password: options.password });
    if (probe !== 'ok')
      throw new GraphError('NEO4J_ENGINE', `local Neo4j printed ready but Bolt probe gave "${probe}"`);
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    uri,
    username: 'neo4j',
    password: options.password,
    dataDir,
    pid: child.pid ?? -1,
    exited,
    stop: () => (stopping ??= stopChild(child, exited)),
  };
}

/** Keeps the last lines of the JVM's output for error messages; forwards them when verbose. */
function collectOutput(child: ChildProcess, forward: ((line: string) => void) | undefined): string[] {
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.trim() === '') continue;
        tail.push(line);
        if (tail.length > 60) tail.shift();
        forward?.(line);
      }
    });
  }
  return tail;
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  tail: string[],
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new GraphError('NEO4J_ENGINE', `local Neo4j not ready after ${timeoutMs} ms:\n${tail.join('\n')}`)),
      timeoutMs,
    );
    let seen = '';
    const onData = (chunk: string): void => {
      seen = (seen + chunk).slice(-200);
      if (seen.includes('LOCAL_NEO4J_READY')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      const locked = tail.some((line) => /FileLockException|Unable to get lock|store is locked/i.test(line));
      const hint = locked ? ' (the data directory is locked: is another local Neo4j using it?)' : '';
      reject(
        new GraphError(
          'NEO4J_ENGINE',
          `local Neo4j exited with code ${code} before it was ready${hint}:\n${tail
            .filter((line) => !/^\s+at |^\s+\.\.\. \d+ more/.test(line))
            .slice(-15)
            .join('\n')}`,
        ),
      );
    });
  });
}

/** SIGTERM (clean shutdown, store lock released), then SIGKILL if the JVM has not exited after 60 s. */
async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
  child.stdin?.destroy();
}
