// The local engine's supervisor with stand-in engines (no JVM): restart after an unasked exit with back-off and a log
// line, retries when a start fails, and stop() ends supervision and the engine of the moment.
import { describe, expect, test } from 'vitest';
import { superviseLocalNeo4j, type LocalNeo4j } from '../../graph/local-neo4j/index.ts';

function fakeEngine(pid: number) {
  let exit!: (code: number | null) => void;
  const exited = new Promise<number | null>((resolve) => (exit = resolve));
  let stopped = false;
  const engine: LocalNeo4j = {
    uri: 'bolt://127.0.0.1:1',
    username: 'neo4j',
    password: 'x',
    dataDir: '/tmp/x',
    pid,
    exited,
    stop: async () => {
      stopped = true;
      exit(0);
    },
  };
  return { engine, crash: () => exit(null), stopped: () => stopped };
}

const until = async (check: () => boolean, ms = 2000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('superviseLocalNeo4j', () => {
  test('an engine that dies is started again after the back-off, with a log line; a failed start is retried later', async () => {
    const first = fakeEngine(100);
    const second = fakeEngine(200);
    const lines: string[] = [];
    let attempts = 0;
    const supervised = superviseLocalNeo4j(
      first.engine,
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('port busy');
        return second.engine;
      },
      { log: (l) => lines.push(l), firstDelayMs: 10, maxDelayMs: 40 },
    );
    first.crash();
    await until(() => supervised.current() === second.engine);
    expect(supervised.restarts()).toBe(2);
    expect(lines[0]).toBe('local Neo4j (pid 100) exited unexpectedly (signal); restarting in 0 s (restart 1)');
    expect(lines[1]).toMatch(/^local Neo4j did not start again \(port busy\); next try in 0 s$/);
    expect(lines[2]).toMatch(/^local Neo4j is back \(pid 200\) after [\d.]+ s$/);
    await supervised.stop();
    expect(second.stopped()).toBe(true);
  });

  test('a requested stop is not restarted', async () => {
    const first = fakeEngine(1);
    let started = 0;
    const supervised = superviseLocalNeo4j(
      first.engine,
      async () => {
        started += 1;
        return fakeEngine(2).engine;
      },
      { log: () => {}, firstDelayMs: 1 },
    );
    await supervised.stop();
    await new Promise((r) => setTimeout(r, 30));
    expect(first.stopped()).toBe(true);
    expect(started).toBe(0);
  });
});
