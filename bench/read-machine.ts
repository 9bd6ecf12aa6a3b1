/**
 * Describes the machine a benchmark ran on: cores, memory, CPU, Node and Java versions, date.
 * Example: await readMachine() → { nproc: 2, memoryGB: 23.5, cpu: 'AMD EPYC …', node: 'v20.20.2', java: '17.0.15', … }.
 */
import { execFile } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** Machine facts recorded with every result. */
export interface MachineInfo {
  nproc: number;
  memoryGB: number;
  cpu: string;
  node: string;
  java: string;
  date: string;
  /** 1-minute load average at the start: the machine is shared, so figures depend on it. */
  loadAverage: number;
}

function javaVersion(): Promise<string> {
  return new Promise((resolve) => {
    execFile('java', ['-version'], (error, stdout, stderr) => {
      const line = `${stdout}${stderr}`.split('\n')[0] ?? '';
      resolve(error ? 'unavailable' : (/"([^"]+)"/.exec(line)?.[1] ?? line.trim()));
    });
  });
}

/** Reads the machine facts. */
export async function readMachine(now = new Date()): Promise<MachineInfo> {
  return {
    nproc: availableParallelism(),
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    java: await javaVersion(),
    date: now.toISOString(),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
