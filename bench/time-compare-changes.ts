/**
 * Times the changes of one compared pair (compareProvisions: numbers, obligation, subjects) on the real pairs of
 * every blind reading of changes (both samples of obligation, numbers and subjects: eval-align's CHANGE_READINGS), each
 * checkout's in turn in one process, so two versions are measured side by side on the same machine load.
 * Example: npx tsx bench/time-compare-changes.ts --roots /tmp/alignbase,. --repeat 20 --rounds 3
 *   → one line per round and root: milliseconds a pair, pairs, load average.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANGE_READINGS } from '../cli/commands/eval-align.ts';
import { readLawrefbookDocument } from '../cli/read-lawrefbook.ts';
import { argsOf, loadAverage } from './timing-args.ts';

const READINGS = Object.values(CHANGE_READINGS).flatMap((samples) => Object.values(samples));

type Compare = (lower: string, upper: string) => unknown[];

/** The two texts of each distinct pair of the readings (lower file, article, upper file, article: the first columns). */
async function readPairs(root: string): Promise<[string, string][]> {
  const keys = new Set<string>();
  for (const tsv of READINGS)
    for (const line of (await readFile(tsv, 'utf8')).split('\n'))
      if (line && !line.startsWith('#')) keys.add(line.split('\t').slice(0, 4).join('\t'));
  const documents = new Map<string, Awaited<ReturnType<typeof readLawrefbookDocument>>>();
  const textOf = async (file: string, article: number) => {
    if (!documents.has(file)) documents.set(file, await readLawrefbookDocument(root, file));
    const found = documents.get(file)!.articles.find((a) => a.number === article);
    if (!found) throw new Error(`${file} has no article ${article}`);
    return found.text;
  };
  const pairs: [string, string][] = [];
  for (const key of keys) {
    const [lf, la, uf, ua] = key.split('\t');
    pairs.push([await textOf(lf!, Number(la)), await textOf(uf!, Number(ua))]);
  }
  return pairs;
}

async function main(): Promise<void> {
  const args = argsOf(process.argv.slice(2));
  const corpus = args.get('corpus') ?? '../shared/corpora/lawrefbook';
  const roots = (args.get('roots') ?? '.').split(',').map((r) => resolve(r));
  const repeat = Number(args.get('repeat') ?? 20);
  const rounds = Number(args.get('rounds') ?? 3);
  const pairs = await readPairs(corpus);
  const compares = new Map<string, Compare>();
  for (const root of roots) {
    const module = (await import(pathToFileURL(join(root, 'align', 'compare-provisions.ts')).href)) as {
      compareProvisions: Compare;
    };
    compares.set(root, module.compareProvisions);
    for (const [lower, upper] of pairs) module.compareProvisions(lower, upper); // warm up: jieba's dictionary, JIT
  }
  for (let round = 1; round <= rounds; round++)
    for (const root of roots) {
      const compare = compares.get(root)!;
      const t = performance.now();
      for (let i = 0; i < repeat; i++) for (const [lower, upper] of pairs) compare(lower, upper);
      const ms = (performance.now() - t) / (repeat * pairs.length);
      console.log(
        `round ${round}  ${root}  ${ms.toFixed(3)} ms a pair  (${pairs.length} pairs)  load ${loadAverage()}`,
      );
    }
}

await main();
