/**
 * Aligns what is in the graph: reads every document with articles back from Neo4j (with the policies it cites),
 * runs the pure engine (on worker threads when the graph is large: align-in-workers.ts), and writes ALIGNS_WITH (refreshing suggestions, keeping human decisions) and inferred
 * IMPLEMENTS. Example: await alignGraph(graph) → { documents: 5, pairs: 87, swept: 0,
 * inferred: [{ lowerId: '柳政规〔2021〕18号', upperId: '国发〔2020〕7号', alignedArticles: 10 }] }.
 */
import { buildReadDocumentsQuery, type GraphHandle } from '../../graph/index.ts';
import {
  inferImplements,
  isAlignable,
  toAlignDocuments,
  selectUpperDocuments,
  type AlignOptions,
  type DocumentRow,
} from '../../align/index.ts';
import type { AlignmentPair } from '../../model/index.ts';
import {
  buildInferredImplementsQueries,
  buildReadAlignmentStatusQuery,
  buildSetAlignedInputQuery,
  buildSweepAlignmentsQuery,
  chunk,
  type AlignmentRow,
  type InferredRow,
} from '../write/build-alignment-queries.ts';
import { alignFingerprints } from './align-fingerprints.ts';
import { alignInWorkers } from './align-in-workers.ts';
import { createAlignmentWriter } from './create-alignment-writer.ts';

/** Where to align: the graph handle (graph/connectGraph gives one). */
export type GraphTarget = Pick<GraphHandle, 'read' | 'write'>;

/** What a run did. */
export interface AlignGraphResult {
  documents: number;
  /** Documents aligned by this run: those whose own text or upper documents changed since their last alignment. */
  realigned: number;
  /** Alignable documents left as they were: unchanged since their last alignment. */
  unchanged: number;
  pairs: number;
  swept: number;
  inferred: InferredRow[];
}

/**
 * Documents whose stale suggestions one transaction sweeps. A document keeps up to five pairs an article (and three
 * more in each document it rests on: engine 1.9, 22 % more pairs on lawrefbook), so 50 of lawrefbook's longest
 * statutes are about 300,000 deletions; the whole large corpus in one transaction went over
 * Neo4j's transaction memory (2.1 GB under a 3 GB heap) once an engine change made most of its pairs stale.
 */
export const SWEEP_DOCUMENTS = 50;

/**
 * Runs alignment over the graph and writes its results, `batchSize` rows per transaction, each group's pairs while the
 * worker threads rank the rest (create-alignment-writer.ts). Incremental: a document whose fingerprint (its and its
 * upper documents' texts, titles and dates, align-fingerprints.ts) is the one recorded at its last alignment keeps its
 * alignments untouched; `full` re-aligns every document. The fingerprints are written last, so a
 * run stopped half-way re-aligns those documents next time.
 */
export async function alignGraph(
  graph: GraphTarget,
  options: AlignOptions & { batchSize?: number; sweepDocuments?: number; now?: () => Date; full?: boolean } = {},
): Promise<AlignGraphResult> {
  const {
    batchSize = 1000,
    sweepDocuments = SWEEP_DOCUMENTS,
    now = () => new Date(),
    full = false,
    ...alignOptions
  } = options;
  const records = (await graph.read(buildReadDocumentsQuery())) as unknown as DocumentRow[];
  const { docs, articleIds } = toAlignDocuments(records);
  const selection = alignOptions.selection ?? selectUpperDocuments(docs);
  const alignableFiles = docs.filter(isAlignable).map((d) => d.file);
  const fingerprints = alignFingerprints(docs, selection, alignableFiles);
  const recorded = new Map(records.map((r) => [r.policy.id, r.policy.alignedInput]));
  const alignable = alignableFiles.filter((file) => full || recorded.get(file) !== fingerprints.get(file));
  const idOf = (policyId: string, path: string) => articleIds.get(`${policyId}\n${path}`)!;
  const toRow = (p: AlignmentPair): AlignmentRow => {
    const lowerId = idOf(p.lower.file, p.lower.path);
    const upperId = idOf(p.upper.file, p.upper.path);
    return {
      id: `${lowerId}->${upperId}`,
      lowerId,
      upperId,
      score: p.score,
      class: p.class,
      rank: p.rank,
      cited: p.cited === true,
      evidence: JSON.stringify(p.evidence),
      method: p.method,
      version: p.version,
    };
  };
  const stamp = now().toISOString();
  // The statuses are read while the threads start; each group's pairs are written while the threads rank the rest.
  const statuses = alignable.length === 0 ? Promise.resolve([]) : graph.read(buildReadAlignmentStatusQuery(alignable));
  const writer = createAlignmentWriter(graph, {
    stamp,
    batchSize,
    statuses: statuses.then((rows) => new Map(rows.map((r) => [String(r.id), String(r.status)]))),
  });
  let pairs: AlignmentPair[];
  try {
    pairs = await alignInWorkers(
      docs,
      { ...alignOptions, selection, only: new Set(alignable) },
      { onGroupPairs: (group) => writer.add(group.map(toRow)) },
    );
  } catch (error) {
    // Lets the writes end first, so nothing writes after alignGraph has thrown.
    await writer.finish().catch(() => undefined);
    throw error;
  }
  await writer.finish();
  // Stale suggestions go a few documents per transaction (SWEEP_DOCUMENTS), after every new pair is written.
  let swept = 0;
  for (const part of chunk(alignable, sweepDocuments)) {
    const [sweep] = await graph.write([buildSweepAlignmentsQuery(part, stamp)]);
    swept += Number(sweep?.[0]?.deleted ?? 0);
  }
  const inferred = inferImplements(docs, pairs).map((i) => ({
    lowerId: i.lowerFile,
    upperId: i.upperFile,
    alignedArticles: i.alignedArticles,
  }));
  await graph.write(buildInferredImplementsQueries(alignable, inferred));
  for (const part of chunk(alignable, batchSize)) {
    await graph.write([buildSetAlignedInputQuery(part.map((id) => ({ id, fingerprint: fingerprints.get(id)! })))]);
  }
  return {
    documents: docs.length,
    realigned: alignable.length,
    unchanged: alignableFiles.length - alignable.length,
    pairs: pairs.length,
    swept,
    inferred,
  };
}
