/**
 * Runs bench/import-child.ts in its own Node process and watches its peak resident memory from outside
 * (/proc/<pid>/status VmHWM, polled) as well as from inside (the child's maxRSS report).
 * Example: const child = spawnImportChild(spec); await child.done → { exitCode: 0, result: { ok: true, maxRssMB: 412 }, vmHwmMB: 415 }.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './load-piece.ts';

/** What the child reported and what was observed. */
export interface ChildImportOutcome {
  exitCode: number | null;
  signal: string | null;
  result:
    | {
        ok: boolean;
        seconds?: number;
        maxRssMB: number;
        code?: string;
        message?: string;
        summary?: {
          documents?: number;
          articles?: number;
          failed?: number;
          failures?: { file: string; code: string; message: string }[];
        };
      }
    | undefined;
  /** Highest VmHWM read from /proc while it ran, in MB. */
  vmHwmMB: number;
  stderrTail: string;
}

/** Reads VmHWM (peak RSS) of a process in MB, or 0 when it is gone. */
export function readVmHwmMB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

let sequence = 0;

/** Starts the child; `done` settles when it exits. */
export function spawnImportChild(spec: { uri: string; password: string; database: string; paths: string[] }): {
  pid: number;
  done: Promise<ChildImportOutcome>;
} {
  // The spec travels in a file: thousands of paths exceed the kernel's limit on one argument (128 KB).
  const specFile = join(tmpdir(), `policygraph-import-child-${process.pid}-${(sequence += 1)}.json`);
  writeFileSync(specFile, JSON.stringify(spec));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'import-child.ts'), `@${specFile}`],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let vmHwmMB = 0;
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr = (stderr + c).slice(-4000);
  });
  const poll = setInterval(() => {
    vmHwmMB = Math.max(vmHwmMB, readVmHwmMB(child.pid ?? -1));
  }, 200);
  const done = new Promise<ChildImportOutcome>((resolve) => {
    child.once('exit', (exitCode, signal) => {
      clearInterval(poll);
      rmSync(specFile, { force: true });
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_CHILD_RESULT '));
      resolve({
        exitCode,
        signal,
        result: line ? JSON.parse(line.slice('BENCH_CHILD_RESULT '.length)) : undefined,
        vmHwmMB: Math.round(vmHwmMB),
        stderrTail: stderr.split('\n').slice(-8).join('\n'),
      });
    });
  });
  return { pid: child.pid ?? -1, done };
}
