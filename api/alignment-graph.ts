/**
 * The graph as the alignment engine sees it, for `sources`, `likelyParents` and `reuse`, kept between requests while
 * the graph does not change. On lawrefbook (2,808 documents, 120,823 articles) each request used to read the whole
 * graph (6 s) and, for `sources`, prepare every article of the scope again (20–60 s, the server blocked); now each
 * request reads only a stamp of the graph (graph/build-graph-stamp-query.ts, about 40 ms there), the documents are
 * read again, in pages, only when the stamp differs, and the source index (align/source-index.ts) and likelyParents'
 * whole-text bags (align/whole-text-index.ts) are built once per graph, on first use, in steps that let other
 * requests run. Requests that find the same new stamp share one read.
 * Example: const alignmentGraph = createAlignmentGraphCache(runner); (await alignmentGraph()).sourceIndex() → the
 * index of every article; a second call with the graph unchanged returns the same object.
 */
import { createHash } from 'node:crypto';
import {
  createSourceIndexAsync,
  createWholeTextIndexAsync,
  inferLikelyParents,
  parentContext,
  peerSiblings,
  type LikelyParent,
  toAlignDocuments,
  type AlignDocument,
  type DocumentRow,
  type SourceIndex,
  type WholeTextIndex,
} from '../align/index.ts';
import { buildGraphStampQuery, buildReadDocumentsQuery } from '../graph/index.ts';
import { ARGUMENT_RANGES } from './argument-ranges.ts';
import { inTurn } from './engine-turns.ts';
import type { CypherRunner } from './run-cypher.ts';

/** The documents of the graph, their article ids and, on first use, the source index. */
export interface AlignmentGraph {
  docs: AlignDocument[];
  /** `${policyId}\n${path}` → article id. */
  articleId: Map<string, string>;
  /** Article id → its policy and path. */
  articleAt: Map<string, { policyId: string; path: string }>;
  /** Built on first use, in steps that let other requests run; then kept with the graph. */
  sourceIndex(): Promise<SourceIndex>;
  /** The whole-text bags of likelyParents' shortlist, built and kept the same way. */
  wholeTexts(): Promise<WholeTextIndex>;
  /** A policy's likely parents (inferLikelyParents), as many as `likelyParents` may list; kept per policy. */
  likelyParentsOf(policyId: string): Promise<LikelyParent[]>;
  /** The documents a policy most likely implements, as `sources` ranks by them (parentContext of likelyParentsOf). */
  parentsOf(policyId: string): Promise<string[]>;
  /** The peers resting on those documents, as `sources` (scope PEER) ranks by them (peerSiblings); kept per policy. */
  siblingsOf(policyId: string): Promise<string[]>;
}

/** Likely parents kept per policy: the most `likelyParents` lists. */
const PARENTS_KEPT = ARGUMENT_RANGES.likelyParents!.limit!.max;

/** `compute` per policy, each answer kept while the graph lasts; a failure is not kept (the next request tries again). */
function keptPerPolicy<T>(compute: (policyId: string) => Promise<T>): (policyId: string) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (policyId) => {
    const found = kept.get(policyId);
    if (found) return found;
    const answer = compute(policyId);
    kept.set(policyId, answer);
    answer.catch(() => {
      if (kept.get(policyId) === answer) kept.delete(policyId);
    });
    return answer;
  };
}

/** Policies read per query: each page stays well inside the transaction timeout on statute books. */
export const READ_PAGE = 250;

async function readAlignmentGraph(runner: CypherRunner, ids: readonly string[]): Promise<AlignmentGraph> {
  const rows: DocumentRow[] = [];
  for (let from = 0; from < ids.length; from += READ_PAGE)
    rows.push(
      ...((await runner.read(buildReadDocumentsQuery(ids.slice(from, from + READ_PAGE)))) as unknown as DocumentRow[]),
    );
  const { docs, articleIds: articleId } = toAlignDocuments(rows);
  const articleAt = new Map<string, { policyId: string; path: string }>();
  for (const [key, id] of articleId) {
    const [policyId, path] = key.split('\n') as [string, string];
    articleAt.set(id, { policyId, path });
  }
  let index: Promise<SourceIndex> | undefined;
  let bags: Promise<WholeTextIndex> | undefined;
  const wholeTexts = () => (bags ??= createWholeTextIndexAsync(docs));
  // Each policy's likely parents, ranked once as long as the graph lasts: `likelyParents` lists them (any limit is a
  // cut of the longest list), `sources` ranks by the first of them (parentContext).
  const likelyParentsOf = keptPerPolicy((policyId) =>
    wholeTexts().then((bags) =>
      // In the engine's turn, as the other rankings run: a long ranking never overlaps another.
      inTurn(() => inferLikelyParents(docs, policyId, { wholeTexts: bags, limit: PARENTS_KEPT })),
    ),
  );
  const parentsOf = async (policyId: string) => parentContext(await likelyParentsOf(policyId));
  // Each policy's siblings, read off its parents once (a pass over every document's citations).
  const siblingsOf = keptPerPolicy(async (policyId) => peerSiblings(docs, policyId, await parentsOf(policyId)));
  return {
    docs,
    articleId,
    articleAt,
    sourceIndex: () => (index ??= createSourceIndexAsync(docs)),
    wholeTexts,
    likelyParentsOf,
    parentsOf,
    siblingsOf,
  };
}

/** Returns the function resolvers call for the current alignment graph. */
export function createAlignmentGraphCache(runner: CypherRunner): () => Promise<AlignmentGraph> {
  let kept: { stamp: string; graph: Promise<AlignmentGraph> } | undefined;
  return async () => {
    const [row] = (await runner.read(buildGraphStampQuery())) as { ids: string[]; facts: string[]; counts: number[] }[];
    const stamp = createHash('sha256')
      .update(JSON.stringify(row ?? null))
      .digest('hex');
    if (kept?.stamp !== stamp) {
      const graph = readAlignmentGraph(runner, row?.ids ?? []);
      kept = { stamp, graph };
      // A failed read is not kept: the next request tries again.
      graph.catch(() => {
        if (kept?.graph === graph) kept = undefined;
      });
    }
    return kept.graph;
  };
}
