/**
 * Renders one run's results as the Markdown block of BENCHMARKS.md (command, machine, floors, every figure), and
 * splices it between the results markers so the prose around it stays. Pure.
 * Example: renderResults(results) → '## Latest run\n\nCommand: `npm run bench -- --size medium` …'.
 */
import type { FloorCheck } from './check-floors.ts';

/** Markers around the generated block in BENCHMARKS.md. */
export const RESULTS_START = '<!-- bench:results:start -->';
export const RESULTS_END = '<!-- bench:results:end -->';

type Results = Record<string, unknown> & { command: string; machine: Record<string, unknown>; floors: FloorCheck[] };

const fmt = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number')
    return Number.isInteger(v) ? v.toLocaleString('en-US') : String(Math.round(v * 1000) / 1000);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string') return v.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return JSON.stringify(v).replace(/\|/g, '\\|');
};

function flatten(value: unknown, prefix: string, out: [string, unknown][]): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.push([prefix, value]);
}

/** The Markdown block for one run. */
export function renderResults(results: Results): string {
  const m = results.machine;
  const lines = [
    '## Latest run',
    '',
    `Command: \`${results.command}\``,
    '',
    `Machine: ${fmt(m.nproc)} cores (${fmt(m.cpu)}), ${fmt(m.memoryGB)} GB RAM, Node ${fmt(m.node)}, Java ${fmt(m.java)}, ` +
      `load average ${fmt(m.loadAverage)} at start (shared machine), ${fmt(m.date)}.`,
    '',
    '### Floors',
    '',
    '| figure | measured | floor | pass |',
    '|---|---|---|---|',
    ...results.floors.map(
      (f) =>
        `| \`${f.name}\` | ${fmt(f.value)} | ${f.floor} | ${f.pass === null ? 'not measured' : f.pass ? 'yes' : '**no**'} |`,
    ),
    '',
  ];
  for (const section of ['corpus', 'import', 'align', 'api', 'viewer', 'importer', 'faults']) {
    const value = results[section];
    if (value === undefined) continue;
    const rows: [string, unknown][] = [];
    flatten(value, '', rows);
    // Seeds are identifiers, not quantities: no thousands separators.
    lines.push(
      `### ${section}`,
      '',
      '| figure | value |',
      '|---|---|',
      ...rows.map(([k, v]) => `| \`${section}.${k}\` | ${k.endsWith('seed') ? String(v) : fmt(v)} |`),
      '',
    );
  }
  return lines.join('\n');
}

/** Replaces the block between the markers (or appends it with markers). */
export function spliceResults(markdown: string, block: string): string {
  const start = markdown.indexOf(RESULTS_START);
  const end = markdown.indexOf(RESULTS_END);
  const wrapped = `${RESULTS_START}\n${block}\n${RESULTS_END}`;
  if (start < 0 || end < start) return `${markdown.trimEnd()}\n\n${wrapped}\n`;
  return markdown.slice(0, start) + wrapped + markdown.slice(end + RESULTS_END.length);
}
