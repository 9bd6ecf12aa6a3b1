/**
 * Times the viewer's lineage trace (src/trace-lineage.ts: the chain to light and list, run on every click, toggle and
 * resize) of two checkouts side by side in one process: a store of `--documents` synthetic documents (as the viewer
 * bench builds it) and a lineage of `--steps` steps, the stored alignments themselves (a law article that many
 * regulations carry answers about as many). Each round runs every checkout in turn, alternating which goes first;
 * prints the median per checkout. A Node script beside bench.html: it uses only the viewer's own modules.
 * Example: npx tsx viewer/time-trace-lineage.ts --roots /work/alignbase,. --documents 5000 --steps 1200
 *   → "/work/alignbase 3526 ms; . 12 ms; ratio 0.003 (1200 steps, 20400 alignments in the store)".
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const roots = (args.get('roots') ?? '.').split(',').filter(Boolean);
const documents = Number(args.get('documents') ?? 5000);
const stepCount = Number(args.get('steps') ?? 1200);
const rounds = Number(args.get('rounds') ?? 5);

type Trace = (startId: string, steps: unknown[], store: unknown) => { edgeIds: string[] };
interface ViewerModule {
  emptyStore(): unknown;
  mergePolicies(
    store: unknown,
    policies: unknown[],
  ): { alignments: Record<string, { lowerId: string; upperId: string }> };
  makeSyntheticPolicies(n: number): unknown[];
}

const traces: Trace[] = [];
let store: ReturnType<ViewerModule['mergePolicies']> | undefined;
for (const root of roots) {
  const at = (path: string) => pathToFileURL(join(resolve(root), 'viewer', path)).href;
  traces.push(((await import(at('src/trace-lineage.ts'))) as { traceLineage: Trace }).traceLineage);
  const viewer = (await import(at('index.ts'))) as ViewerModule;
  store ??= viewer.mergePolicies(viewer.emptyStore(), viewer.makeSyntheticPolicies(documents));
}
const alignments = Object.values(store!.alignments);
const steps = alignments.slice(0, stepCount).map((a) => ({
  depth: 1,
  relation: 'ALIGNS_WITH',
  from: { id: a.lowerId, number: 0 },
  to: { id: a.upperId, number: 0 },
  counterpart: true,
  counterpartDepth: 1,
}));
const startId = steps[0]!.to.id;
const times = roots.map(() => [] as number[]);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? roots.map((_, i) => i) : roots.map((_, i) => roots.length - 1 - i);
  for (const i of order) {
    const t = performance.now();
    traces[i]!(startId, steps, store);
    times[i]!.push(performance.now() - t);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `${roots.map((r, i) => `${r} ${median(times[i]!).toFixed(1)} ms`).join('; ')}` +
    (roots.length === 2 ? `; ratio ${(median(times[1]!) / median(times[0]!)).toFixed(3)}` : '') +
    ` (${steps.length} steps, ${alignments.length} alignments in the store)`,
);
