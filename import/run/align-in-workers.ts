/**
 * alignDocuments on several cores: the groups of lower articles (planGroups) are independent, so they are shared
 * out among worker threads, largest first, each to the thread with the least work so far; the pairs are then
 * assembled exactly as alignDocuments assembles them (same pairs, scores, ranks and order). Small inputs, options
 * that carry functions (which cannot cross threads) and one-core machines run in this thread.
 * Example: await alignInWorkers(docs, {}, { threads: 2 }) → the same array as alignDocuments(docs).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  pairsOfPlan,
  planGroups,
  prepareSlots,
  rankGroup,
  type AlignmentGroup,
  type AlignOptions,
  type GroupMatches,
} from '../../align/align-documents.ts';
import { selectUpperDocuments, type AlignDocument } from '../../align/index.ts';
import type { AlignmentPair } from '../../model/index.ts';
import type { RankGroupsInput } from './rank-groups-worker.ts';

/** Below this many lower articles the threads cost more than they save (each plans and prepares on its own). */
export const MIN_LOWER_ARTICLES_FOR_THREADS = 5_000;

/** How to spread the work; `threads` defaults to the cores available. */
export interface ThreadOptions {
  threads?: number;
  minLowerArticles?: number;
}

/** Estimated cost of ranking a group: every lower article walks the postings of the group's uppers, then scores a few. */
function groupCost(group: AlignmentGroup): number {
  return group.lowerIds.length * (group.upperIds.length + 200);
}

/** Shares groups out among `count` threads: largest first, each to the least loaded (deterministic). Pure. */
export function shareGroups(groups: readonly AlignmentGroup[], count: number): number[][] {
  const shares = Array.from({ length: count }, () => ({ load: 0, groups: [] as number[] }));
  const order = groups.map((_, i) => i).sort((x, y) => groupCost(groups[y]!) - groupCost(groups[x]!) || x - y);
  for (const g of order) {
    const least = shares.reduce((best, share) => (share.load < best.load ? share : best));
    least.groups.push(g);
    least.load += groupCost(groups[g]!);
  }
  return shares.map((share) => share.groups).filter((share) => share.length > 0);
}

function runWorker(input: RankGroupsInput, ranked: GroupMatches[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./align-worker.mjs', import.meta.url), { workerData: input, execArgv: [] });
    let left = input.groups.length;
    worker.on('message', (message: { group: number; matches: GroupMatches }) => {
      ranked[message.group] = message.matches;
      left -= 1;
    });
    worker.once('error', (error) => reject(new Error(`alignment worker failed: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => {
      if (left === 0) resolve();
      else reject(new Error(`alignment worker stopped (exit code ${code}) with ${left} groups not ranked`));
    });
  });
}

/** Scored candidate pairs, as alignDocuments returns them, computed on worker threads when that pays. */
export async function alignInWorkers(
  docs: readonly AlignDocument[],
  options: AlignOptions = {},
  threadOptions: ThreadOptions = {},
): Promise<AlignmentPair[]> {
  const threads = threadOptions.threads ?? availableParallelism();
  const crossesThreads = options.onBudgetCut === undefined && options.corpusWeight === undefined;
  // Selected once here and passed on, so no thread selects the upper documents again.
  const selection = options.selection ?? selectUpperDocuments(docs);
  const plan = planGroups(docs, { ...options, selection });
  const lowerArticles = plan.groups.reduce((sum, group) => sum + group.lowerIds.length, 0);
  if (
    threads < 2 ||
    !crossesThreads ||
    lowerArticles < (threadOptions.minLowerArticles ?? MIN_LOWER_ARTICLES_FOR_THREADS)
  ) {
    // In this thread: the plan above is prepared and ranked, not made again.
    const prepared = prepareSlots(plan.slots, options);
    return pairsOfPlan(
      plan,
      plan.groups.map((group) => rankGroup(prepared, group, options)),
    );
  }
  const ranked: GroupMatches[] = [];
  const shares = shareGroups(plan.groups, threads);
  await Promise.all(
    shares.map((groups) => runWorker({ docs: [...docs], options: { ...options, selection }, groups }, ranked)),
  );
  return pairsOfPlan(plan, ranked);
}
