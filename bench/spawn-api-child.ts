/**
 * Starts bench/serve-api-child.ts in its own Node process and waits until it listens, so the API is measured as it
 * is deployed: one process serving, another (the benchmark) generating load. Example:
 * const api = await spawnApiChild({ uri, password, database: 'neo4j' }); api.url → 'http://127.0.0.1:41234/';
 * await api.stats() → { cpuSeconds: 21.3, gcMaxMs: 14.2, … } (since the previous call); await api.close().
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './load-piece.ts';

/** CPU and GC of the server process over one interval. */
export interface ApiProcessStats {
  wallSeconds: number;
  cpuSeconds: number;
  gcCount: number;
  gcTotalMs: number;
  gcMaxMs: number;
  heapUsedMB: number;
}

/** A running API child. */
export interface ApiChild {
  url: string;
  pid: number;
  /** Server CPU and GC since the previous call (or since it started listening). */
  stats(): Promise<ApiProcessStats>;
  /** SIGTERM, then SIGKILL after 10 s; resolves when the process is gone. */
  close(): Promise<void>;
}

/** Spawns the child; rejects with its stderr tail if it exits or stays silent for `readyMs` before listening. */
export async function spawnApiChild(
  spec: { uri: string; username?: string; password: string; database: string },
  readyMs = 120_000,
): Promise<ApiChild> {
  // BENCH_API_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it exits (open it in Chrome DevTools).
  const profile = process.env.BENCH_API_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx/esm', join(PROJECT_ROOT, 'bench', 'serve-api-child.ts'), JSON.stringify(spec)],
    {
      cwd: PROJECT_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr = (stderr + c).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waiters: Array<(line: string) => void> = [];
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      for (const waiter of waiters.splice(0)) waiter(line);
    }
  });
  const nextLine = (prefix: string, ms: number) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`API child: no "${prefix}" line within ${ms} ms\n${stderr}`)),
        ms,
      );
      const wait = (line: string) => {
        if (line.startsWith(prefix)) {
          clearTimeout(timer);
          resolve(line.slice(prefix.length).trim());
        } else waiters.push(wait);
      };
      waiters.push(wait);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`API child exited before "${prefix}"\n${stderr}`));
      });
    });

  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(kill);
  };
  let url: string;
  try {
    url = await nextLine('BENCH_API_LISTENING ', readyMs);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    url,
    pid: child.pid ?? -1,
    stats: async () => {
      const line = nextLine('BENCH_API_STATS ', 10_000);
      child.stdin.write('stats\n');
      return JSON.parse(await line) as ApiProcessStats;
    },
    close,
  };
}
