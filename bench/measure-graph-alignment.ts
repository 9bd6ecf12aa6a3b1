/**
 * Measures the alignment users get: every document of an align input dumped by `time-align-graph.ts --dump` (all of
 * lawrefbook, as `align --graph` reads it) aligned in one call, as alignGraph aligns them; then each labelled real set
 * of `npm run eval:align` (development and held-out, on the reading) scored on the pairs its lower document has into
 * the set's upper documents, ranked by score as the compare table shows them, beside eval:align's figures for the set
 * aligned alone. Prints precision@1 / recall@3 over pairs per set, then per group overall.
 * Example: npx tsx bench/measure-graph-alignment.ts --input /tmp/lawrefbook-input.json
 *   → "development  beijing-sme.tsv  alone 81.0 / 83.1  graph 81.0 / 83.1" … "held-out overall (6)  alone …  graph …".
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  combineEvaluations,
  evaluateAlignment,
  parseLabelledPairs,
  toAlignmentLabels,
  type AlignDocument,
  type AlignmentEvaluation,
} from '../align/index.ts';
import { evaluateSuite, heldOutSuites, realSuites } from '../cli/commands/eval-align.ts';
import { buildTitleKey, readDocumentVersion, readPolicyFile, toAlignDocuments } from '../import/index.ts';
import { newPolicyId } from '../import/write/index.ts';
import { versionPolicyId } from '../import/versions/index.ts';
import { alignInWorkers } from '../import/run/align-in-workers.ts';
import type { AlignmentPair } from '../model/index.ts';
import { argsOf } from './timing-args.ts';

/**
 * The graph id of a lawrefbook statute, named as the importer names a new document (lookup-known-policies.ts): its
 * version's id when it is dated (versionPolicyId), else its number or title key (newPolicyId). It must be among the
 * input's documents. Example: graphIdOf(root, '经济法/中小企业促进法(2017-09-01).md', ids) →
 * 't:中华人民共和国|中小企业促进法@2017-09-01'; an undated 上海市统计条例 → 't:上海市|统计条例'.
 */
async function graphIdOf(root: string, file: string, known: ReadonlySet<string>): Promise<string> {
  const doc = await readPolicyFile(join(root, file));
  const version = readDocumentVersion(doc);
  const id = version ? versionPolicyId(version) : newPolicyId(doc.docNumber, buildTitleKey(doc.title));
  if (!known.has(id)) throw new Error(`${file}: ${id} is not a document of the input`);
  return id;
}

/**
 * The pairs of `lowerId` into `upperIds` among `pairs`, ranked again by score within each lower article (ties in their
 * first order), named by their lawrefbook files (`fileOf`) so that evaluateAlignment matches them to the labels.
 */
function pairsIntoSet(
  pairs: readonly AlignmentPair[],
  lowerId: string,
  upperIds: ReadonlySet<string>,
  fileOf: ReadonlyMap<string, string>,
): AlignmentPair[] {
  const byArticle = new Map<number, AlignmentPair[]>();
  for (const p of pairs)
    if (p.lower.file === lowerId && upperIds.has(p.upper.file))
      byArticle.set(p.lower.article, [...(byArticle.get(p.lower.article) ?? []), p]);
  return [...byArticle.values()].flatMap((list) =>
    [...list]
      .sort((x, y) => y.score - x.score || x.rank - y.rank)
      .map((p, i) => ({
        ...p,
        rank: i + 1,
        lower: { ...p.lower, file: fileOf.get(p.lower.file)! },
        upper: { ...p.upper, file: fileOf.get(p.upper.file)! },
      })),
  );
}

const figures = (e: Pick<AlignmentEvaluation, 'precisionAt1' | 'recallAt3'>) =>
  `${(100 * e.precisionAt1).toFixed(1)} / ${(100 * e.recallAt3).toFixed(1)}`;

async function main(): Promise<void> {
  const args = argsOf(process.argv.slice(2));
  const input = args.get('input');
  if (!input)
    throw new Error('usage: measure-graph-alignment.ts --input FILE (time-align-graph.ts --dump) [--threads N]');
  const rows = JSON.parse(await readFile(input, 'utf8')) as { policy: { id: string } }[];
  const known = new Set(rows.map((r) => r.policy.id));
  const groups = [
    { name: 'development', suites: (await realSuites()).reading },
    { name: 'held-out', suites: (await heldOutSuites()).reading },
  ];
  const { docs } = toAlignDocuments(rows as never) as { docs: AlignDocument[] };
  const t = performance.now();
  const pairs = await alignInWorkers(docs, {}, { threads: Number(args.get('threads') ?? 2) });
  console.log(
    `aligned ${docs.length} documents: ${pairs.length} pairs in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  for (const group of groups) {
    const alone: AlignmentEvaluation[] = [];
    const graph: AlignmentEvaluation[] = [];
    for (const suite of group.suites) {
      const labelled = parseLabelledPairs(await readFile(suite.labels, 'utf8'), suite.labels);
      const files = [...new Set(labelled.flatMap((p) => (p.upperFile ? [p.lowerFile, p.upperFile] : [p.lowerFile])))];
      const fileOf = new Map<string, string>();
      for (const file of files) fileOf.set(await graphIdOf(suite.docs, file, known), file);
      const idOf = new Map([...fileOf].map(([id, file]) => [file, id]));
      const lowerId = idOf.get(labelled[0]!.lowerFile)!;
      const upperIds = new Set(files.filter((f) => f !== labelled[0]!.lowerFile).map((f) => idOf.get(f)!));
      const scored = evaluateAlignment(
        pairsIntoSet(pairs, lowerId, upperIds, fileOf),
        toAlignmentLabels(labelled, suite.labels),
      );
      const own = (await evaluateSuite(suite, () => {})).evaluations.engine;
      alone.push(own);
      graph.push(scored);
      console.log(`${group.name}  ${basename(suite.labels)}  alone ${figures(own)}  graph ${figures(scored)}`);
    }
    console.log(
      `${group.name} overall (${group.suites.length})  alone ${figures(combineEvaluations(alone))}  graph ${figures(combineEvaluations(graph))}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
