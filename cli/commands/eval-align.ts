/**
 * `policygraph eval-align [--json] [--labels TSV --docs DIR]…`: scores the alignment engine against hand-checked
 * pairs and prints precision@1 and recall@3 per label set and overall. Built-in sets: test/data/alignment-dev.tsv
 * on corpus/ (the shared dev labels) and test/data/alignment-docs-align.tsv on test/data/docs-align/ (pairs checked
 * by hand on the test documents). Each set is aligned on its own folder. Exit code 0 whatever the figures.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { evaluateAlignment, parseAlignmentLabels, type AlignmentEvaluation, type AlignmentLabel } from '../../align/index.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { alignFiles } from './align.ts';

export const summary = 'score the alignment engine on hand-checked pairs (precision@1, recall@3)';

const USAGE = `usage: policygraph eval-align [--json] [--labels TSV --docs DIR]…
  without --labels: test/data/alignment-dev.tsv on corpus/, test/data/alignment-docs-align.tsv on test/data/docs-align/
`;

const DEFAULT_SUITES = [
  { labels: 'test/data/alignment-dev.tsv', docs: 'corpus' },
  { labels: 'test/data/alignment-docs-align.tsv', docs: 'test/data/docs-align' },
];

interface SuiteResult {
  labels: string;
  docs: string;
  evaluation: AlignmentEvaluation;
}

/** Reads `--labels X --docs Y` pairs; undefined args give the built-in suites; a string is an error. */
export function readSuites(args: readonly string[]): { labels: string; docs: string }[] | string {
  const suites: { labels: string; docs: string }[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') continue;
    if (arg === '--labels' && args[i + 2] === '--docs' && args[i + 1] && args[i + 3]) {
      suites.push({ labels: args[i + 1]!, docs: args[i + 3]! });
      i += 3;
    } else return `unexpected argument ${arg}`;
  }
  return suites.length > 0 ? suites : DEFAULT_SUITES.map((s) => ({ labels: join(PROJECT_ROOT, s.labels), docs: join(PROJECT_ROOT, s.docs) }));
}

function table(results: readonly SuiteResult[]): string {
  const lines: string[] = [];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  for (const { labels, docs, evaluation } of results) {
    lines.push(`${labels.replace(`${PROJECT_ROOT}/`, '')} on ${docs.replace(`${PROJECT_ROOT}/`, '')}`);
    lines.push('  lower                                         upper                                    rank  top-1 (score)');
    for (const o of evaluation.outcomes) {
      const l = o.label;
      const top = o.top ? `${o.top.file} (${o.top.article}) ${o.top.heading} (${o.top.score.toFixed(3)})` : '—';
      lines.push(`  ${`${l.lowerFile} (${l.lowerArticle})`.padEnd(45)} ${`${l.upperFile} (${l.upperArticle})`.padEnd(40)} ${String(o.rank ?? '—').padStart(4)}  ${o.rank === 1 ? '' : top}`);
    }
    lines.push(`  precision@1 ${pct(evaluation.precisionAt1)} (${evaluation.lowerArticles} lower articles)   recall@3 ${pct(evaluation.recallAt3)} (${evaluation.outcomes.length} pairs)`, '');
  }
  const all = results.flatMap((r) => r.evaluation.outcomes);
  const lowers = results.reduce((n, r) => n + r.evaluation.lowerArticles, 0);
  const p1 = results.reduce((n, r) => n + r.evaluation.precisionAt1 * r.evaluation.lowerArticles, 0) / (lowers || 1);
  const r3 = all.filter((o) => o.rank !== undefined && o.rank <= 3).length / (all.length || 1);
  lines.push(`overall: precision@1 ${pct(p1)} over ${lowers} lower articles, recall@3 ${pct(r3)} over ${all.length} pairs`);
  return `${lines.join('\n')}\n`;
}

/** Runs the evaluation; 0 on success, 1 when a file cannot be read, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) { process.stdout.write(USAGE); return 0; }
  const suites = readSuites(args);
  if (typeof suites === 'string') { process.stderr.write(`policygraph eval-align: ${suites}\n${USAGE}`); return 2; }
  const results: SuiteResult[] = [];
  try {
    for (const suite of suites) {
      const labels: AlignmentLabel[] = parseAlignmentLabels(await readFile(suite.labels, 'utf8'), suite.labels);
      const pairs = await alignFiles([suite.docs], (line) => process.stderr.write(`policygraph eval-align: ${line}\n`));
      results.push({ ...suite, evaluation: evaluateAlignment(pairs, labels) });
    }
  } catch (error) {
    process.stderr.write(`policygraph eval-align: ${(error as Error).message}\n`);
    return 1;
  }
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(table(results));
  return 0;
}
