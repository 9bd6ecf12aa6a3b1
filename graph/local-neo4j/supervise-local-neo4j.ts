/**
 * Keeps the local engine running: when its JVM exits without being asked to (kill -9, a crash, the OOM killer), it is
 * started again on the same port and data folder after a back-off (1 s, doubling up to 30 s, back to 1 s once an
 * engine has stayed up a minute), with a log line each time. Drivers pointing at the port reconnect by themselves,
 * so the API serves again without a restart.
 *
 * Example: const supervised = superviseLocalNeo4j(engine, () => startLocalNeo4j(config, options), { log });
 *   … kill -9 of the JVM → "local Neo4j (pid 4242) exited unexpectedly (signal); restarting in 1 s (restart 1)"
 *   → "local Neo4j is back (pid 4310) after 41.2 s"; await supervised.stop() stops the engine of the moment.
 */
import type { LocalNeo4j } from './start-local-neo4j.ts';

/** A supervised engine. */
export interface SupervisedNeo4j {
  /** The engine running now (undefined while restarting). */
  current(): LocalNeo4j | undefined;
  /** How many times it was restarted. */
  restarts(): number;
  /** Stops supervising and shuts the current engine down. */
  stop(): Promise<void>;
}

/** Back-off settings (ms); tests shorten them. */
export interface SuperviseOptions {
  log: (line: string) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** An engine that stayed up this long resets the back-off. */
  stableMs?: number;
}

/** Supervises `first`, restarting through `start` whenever it exits unasked. */
export function superviseLocalNeo4j(
  first: LocalNeo4j,
  start: () => Promise<LocalNeo4j>,
  options: SuperviseOptions,
): SupervisedNeo4j {
  const firstDelay = options.firstDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const stable = options.stableMs ?? 60_000;
  let engine: LocalNeo4j | undefined = first;
  let stopping = false;
  let restarts = 0;
  let delay = firstDelay;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async (running: LocalNeo4j, since: number): Promise<void> => {
    const code = await running.exited;
    if (stopping) return;
    engine = undefined;
    if (Date.now() - since >= stable) delay = firstDelay;
    const lostAt = Date.now();
    options.log(
      `local Neo4j (pid ${running.pid}) exited unexpectedly (${code === null ? 'signal' : `code ${code}`}); restarting in ${Math.round(delay / 100) / 10} s (restart ${restarts + 1})`,
    );
    for (;;) {
      await sleep(delay);
      if (stopping) return;
      restarts += 1;
      try {
        const next = await start();
        if (stopping) {
          await next.stop();
          return;
        }
        engine = next;
        options.log(`local Neo4j is back (pid ${next.pid}) after ${Math.round((Date.now() - lostAt) / 100) / 10} s`);
        delay = Math.min(delay * 2, maxDelay);
        void watch(next, Date.now());
        return;
      } catch (error) {
        delay = Math.min(delay * 2, maxDelay);
        options.log(
          `local Neo4j did not start again (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); next try in ${Math.round(delay / 100) / 10} s`,
        );
      }
    }
  };
  void watch(first, Date.now());

  return {
    current: () => engine,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      wake?.();
      await engine?.stop();
    },
  };
}
