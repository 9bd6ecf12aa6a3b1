/**
 * Fault tests of `policygraph start` on its OWN local engine (a dedicated JVM on a free port and a temporary data
 * folder; no other engine is ever signalled): a frozen engine (SIGSTOP) gives time-outs, not hangs, and serving
 * resumes after SIGCONT; a killed engine (kill -9) gives SERVICE_UNAVAILABLE (503, Retry-After) at once, the
 * supervisor starts it again, and the same API process serves again without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findFreePort } from '../../graph/index.ts';

let child: ChildProcess | undefined;
let enginePid: number | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'pg-faults-neo4j-'));

afterAll(async () => {
  if (enginePid) {
    try {
      process.kill(enginePid, 'SIGCONT');
    } catch {
      // already gone
    }
  }
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

async function ask(url: string) {
  const started = performance.now();
  const response = await fetch(`${url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ policies(limit: 1) { id } }' }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
    ms: performance.now() - started,
  };
}

/** A process's state letter from /proc (T: stopped), or why it could not be read. */
function processState(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? 'unknown';
  } catch (error) {
    return `unreadable: ${(error as Error).message}`;
  }
}

async function untilServing(url: string, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await ask(url);
    if (answer.status === 200) return answer;
    if (Date.now() > deadline) throw new Error(`not serving again after ${ms} ms: ${JSON.stringify(answer)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

describe('policygraph start with its own engine', () => {
  test('frozen engine → time-outs, then serves again; killed engine → 503 fast, restarted, serves again', async () => {
    const [port, boltPort] = [await findFreePort(), await findFreePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      JWT_SECRET: 'fault-test-secret',
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: process.env.NEO4J_TEST_HEAP ?? '512m',
      NEO4J_PAGECACHE: '64m',
      DB_TIMEOUT_MS: '2000',
    };
    for (const name of ['NEO4J_URI', 'NEO4J_PASSWORD', 'NEO4J_USERNAME', 'NEO4J_DATABASE', 'HOST']) delete env[name];
    child = spawn(process.execPath, ['bin/policygraph.mjs', 'start', '--no-import'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const seen = (pattern: RegExp, ms: number) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`no ${pattern} within ${ms} ms:\n${output.slice(-3000)}`)),
          ms,
        );
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            clearTimeout(deadline);
            resolve(match);
          } else setTimeout(check, 200);
        };
        check();
      });
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const url = (await seen(/PolicyGraph is running: viewer (\S+)/, 600_000))[1]!;
    enginePid = Number((await seen(/local Neo4j running \(pid (\d+)\)/, 1000))[1]);
    expect((await ask(url)).status).toBe(200);

    // Frozen: no answer from the engine at all. Time-outs (DB_TIMEOUT_MS 2 s + 2 s grace), not hangs.
    process.kill(enginePid, 'SIGSTOP');
    const frozen = await ask(url);
    // Once (2026-12-05) this got 200: say what came back and whether the engine was stopped, for the next time.
    const seenFrozen = JSON.stringify({ ...frozen, engineState: processState(enginePid) });
    expect([503, 504], seenFrozen).toContain(frozen.status);
    expect(['DATABASE_TIMEOUT', 'SERVICE_UNAVAILABLE'], seenFrozen).toContain(frozen.code);
    expect(frozen.ms).toBeLessThan(8_000);
    process.kill(enginePid, 'SIGCONT');
    await untilServing(url, 60_000);

    // Killed: the supervisor knows the engine is down, so the API answers SERVICE_UNAVAILABLE at once (not after the
    // driver's time-outs, which made this ~3 s), then the supervisor brings it back on the same port.
    process.kill(enginePid, 'SIGKILL');
    await seen(/local Neo4j \(pid \d+\) exited unexpectedly/, 10_000);
    const gone = await ask(url);
    expect(gone).toMatchObject({ status: 503, retryAfter: '5', code: 'SERVICE_UNAVAILABLE' });
    expect(gone.message).toMatch(/restarting/);
    expect(gone.ms).toBeLessThan(3_000);
    enginePid = Number((await seen(/local Neo4j is back \(pid (\d+)\)/, 400_000))[1]);
    expect((await untilServing(url, 60_000)).status).toBe(200);
    expect(child.exitCode).toBeNull();
  }, 900_000);
});
