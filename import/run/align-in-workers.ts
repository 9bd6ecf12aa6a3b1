/**
 * alignDocuments on several cores: the groups of lower articles (planGroups) are independent, so worker threads
 * take them from one queue, largest first, each the next as it finishes one (a thread that drew slow groups takes
 * fewer; a static split left one thread idle while the other finished); the pairs are then
 * assembled exactly as alignDocuments assembles them (same pairs, scores, ranks and order). Small inputs, options
 * that carry functions (which cannot cross threads) and one-core machines run in this thread.
 * Example: await alignInWorkers(docs, {}, { threads: 2 }) → the same array as alignDocuments(docs).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  pairsOfPlan,
  planGroups,
  rankGroup,
  type AlignmentGroup,
  type AlignmentPlan,
  type AlignOptions,
  type GroupMatches,
} from '../../align/align-documents.ts';
import { selectUpperDocuments, type AlignDocument } from '../../align/index.ts';
import type { AlignmentPair } from '../../model/index.ts';
import type { RankGroupsInput } from './rank-groups-worker.ts';

/** Below this many lower articles the threads cost more than they save (each plans and tokenizes on its own). */
export const MIN_LOWER_ARTICLES_FOR_THREADS = 5_000;

/** How to spread the work; `threads` defaults to the cores available. */
export interface ThreadOptions {
  threads?: number;
  minLowerArticles?: number;
  /**
   * Called with the pairs of each group as soon as it is ranked (so a caller can store them while the threads rank
   * the rest). A group holds whole lower documents and its ranks depend on nothing else, so these pairs are exactly
   * those the returned array holds for its documents; together the calls hand over every pair once, in no set order.
   */
  onGroupPairs?: (pairs: AlignmentPair[]) => void;
}

/** Estimated cost of ranking a group: every lower article walks the postings of the group's uppers, then scores a few. */
function groupCost(group: AlignmentGroup): number {
  return group.lowerIds.length * (group.upperIds.length + 200);
}

/** Hands out groups, largest first; the same order every run (the pairs do not depend on which thread ranks which). */
export function orderGroups(groups: readonly AlignmentGroup[]): number[] {
  return groups.map((_, i) => i).sort((x, y) => groupCost(groups[y]!) - groupCost(groups[x]!) || x - y);
}

/** A group and its lower document (a group is one, planGroups), for an error message. */
export function describeGroup(plan: Pick<AlignmentPlan, 'slots' | 'groups'>, group: number): string {
  return `group ${group} (lower documents ${plan.slots[plan.groups[group]!.lowerIds[0]!]!.doc.file})`;
}

/** The error of a group whose ranking failed, in this thread or in a worker. */
function groupFailure(plan: Pick<AlignmentPlan, 'slots' | 'groups'>, group: number, reason: string, cause?: unknown) {
  return new Error(`alignment of ${describeGroup(plan, group)} failed: ${reason}`, cause ? { cause } : undefined);
}

/** What the threads share: the queue of groups, the running workers, and the first failure (which stops them all). */
interface Pool {
  order: number[];
  next: number;
  workers: Set<Worker>;
  failed?: Error;
}

/** Stops every worker after the first failure, so no thread ranks (and no caller stores) anything after it. */
function fail(pool: Pool, error: Error): Error {
  pool.failed ??= error;
  for (const worker of pool.workers) void worker.terminate();
  return pool.failed;
}

/**
 * Runs one worker on the shared queue: each thread asks for the next group as it finishes one (two in hand, so it
 * never waits for the answer), so a thread that drew slow groups takes fewer of them. A failing group stops every
 * thread and rejects with the files of its lower documents.
 */
function runWorker(
  input: RankGroupsInput,
  pool: Pool,
  failed: (group: number, reason: string) => Error,
  onRanked: (group: number, matches: GroupMatches) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./align-worker.mjs', import.meta.url), { workerData: input, execArgv: [] });
    pool.workers.add(worker);
    let inHand = 0;
    const feed = () => {
      const group = pool.order[pool.next++];
      if (group !== undefined) inHand += 1;
      worker.postMessage(group ?? -1);
    };
    type Message = { ready: true } | { group: number; matches: GroupMatches } | { group: number; failure: string };
    worker.on('message', (message: Message) => {
      if (pool.failed) return;
      if ('ready' in message) {
        feed();
        feed();
        return;
      }
      if ('failure' in message) {
        reject(fail(pool, failed(message.group, message.failure)));
        return;
      }
      inHand -= 1;
      feed();
      onRanked(message.group, message.matches);
    });
    worker.once('error', (error) =>
      reject(fail(pool, new Error(`alignment worker failed: ${error.message}`, { cause: error }))),
    );
    worker.once('exit', (code) => {
      pool.workers.delete(worker);
      if (pool.failed) reject(pool.failed);
      else if (inHand === 0 && code === 0) resolve();
      else
        reject(fail(pool, new Error(`alignment worker stopped (exit code ${code}) with ${inHand} groups not ranked`)));
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
  const ranked: GroupMatches[] = [];
  const { onGroupPairs } = threadOptions;
  const onRanked = (group: number, matches: GroupMatches) => {
    ranked[group] = matches;
    onGroupPairs?.(pairsOfPlan({ slots: plan.slots, groups: [plan.groups[group]!] }, [matches]));
  };
  const lowerArticles = plan.groups.reduce((sum, group) => sum + group.lowerIds.length, 0);
  if (
    threads < 2 ||
    !crossesThreads ||
    lowerArticles < (threadOptions.minLowerArticles ?? MIN_LOWER_ARTICLES_FOR_THREADS)
  ) {
    // In this thread: the plan above is ranked, not made again.
    plan.groups.forEach((group, g) => {
      let matches: GroupMatches;
      try {
        matches = rankGroup(plan.slots, group, options);
      } catch (error) {
        throw groupFailure(plan, g, error instanceof Error ? error.message : String(error), error);
      }
      onRanked(g, matches);
    });
    return pairsOfPlan(plan, ranked);
  }
  const pool: Pool = { order: orderGroups(plan.groups), next: 0, workers: new Set() };
  const input: RankGroupsInput = { docs: [...docs], options: { ...options, selection } };
  const failed = (group: number, reason: string) => groupFailure(plan, group, reason);
  await Promise.all(
    Array.from({ length: Math.min(threads, plan.groups.length) }, () => runWorker(input, pool, failed, onRanked)),
  );
  return pairsOfPlan(plan, ranked);
}
