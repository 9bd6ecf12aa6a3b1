/**
 * Times the engine's part of alignGraph (alignInWorkers: plan, prepare, rank, assemble) on an align input dumped by
 * time-align-graph.ts --dump, without Neo4j; each round runs one checkout's engine and prints wall time, this
 * process's CPU (worker threads included), the load average and a sha-1 of the pairs. `--threads 1` runs in this
 * thread (for node --cpu-prof).
 * Example: npx tsx bench/time-align-engine.ts --input /tmp/medium-input.json --roots ../alignbase,. --threads 2
 *   → one line per round: root, seconds, CPU seconds, pairs, sha-1.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { argsOf, loadAverage } from './timing-args.ts';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface EngineModules {
  toAlignDocuments: (records: unknown[]) => { docs: unknown[] };
  alignInWorkers: (docs: unknown[], options: object, threads: { threads: number }) => Promise<unknown[]>;
}

async function main(): Promise<void> {
  const args = argsOf(process.argv.slice(2));
  const input = args.get('input');
  if (!input) throw new Error('usage: time-align-engine.ts --input FILE [--roots A,B] [--threads N] [--rounds N]');
  const records = JSON.parse(await readFile(input, 'utf8')) as unknown[];
  const limit = Number(args.get('documents') ?? records.length);
  const roots = (args.get('roots') ?? '.').split(',').map((r) => resolve(r));
  const threads = Number(args.get('threads') ?? 2);
  const rounds = Number(args.get('rounds') ?? 1);
  for (let round = 0; round < rounds; round++) {
    for (const root of roots) {
      const graphModule = (await import(pathToFileURL(join(root, 'import', 'index.ts')).href)) as EngineModules;
      const workers = (await import(
        pathToFileURL(join(root, 'import', 'run', 'align-in-workers.ts')).href
      )) as EngineModules;
      const { docs } = graphModule.toAlignDocuments(records.slice(0, limit));
      const before = loadAverage();
      const cpu = process.cpuUsage();
      const t = performance.now();
      const pairs = await workers.alignInWorkers(docs, {}, { threads });
      const seconds = (performance.now() - t) / 1000;
      const used = process.cpuUsage(cpu);
      const hash = createHash('sha1');
      for (const pair of pairs) hash.update(`${JSON.stringify(pair)}\n`);
      console.log(
        [
          `round ${round + 1} ${root}`,
          `engine ${seconds.toFixed(1)} s`,
          `CPU ${((used.user + used.system) / 1e6).toFixed(1)} s`,
          `pairs ${pairs.length}`,
          `sha-1 ${hash.digest('hex')}`,
          `load ${before} → ${loadAverage()}`,
        ].join(' | '),
      );
    }
  }
}

await main();
