/**
 * What the side-by-side timing scripts (time-align-engine.ts, time-align-graph.ts) share: their `--name value`
 * arguments and the load average they print beside each figure. Pure apart from reading the load.
 * Example: argsOf(['--input', 'a.json', '--threads', '2']) → Map { 'input' → 'a.json', 'threads' → '2' }.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Reads `--name value` pairs. */
export function argsOf(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) out.set(argv[i]!.replace(/^--/, ''), argv[i + 1] ?? '');
  return out;
}

/** The 1, 5 and 15 minute load averages, e.g. "2.3 1.8 1.1". */
export const loadAverage = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** CPU seconds (user + system) another process has used so far, from /proc/PID/stat (Linux; clock ticks of 1/100 s). */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, hence the last ')'): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
