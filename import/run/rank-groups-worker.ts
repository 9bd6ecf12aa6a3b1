/**
 * One alignment worker thread: plans the alignment of the documents it is given (the same plan as its parent's: the
 * engine is deterministic) and ranks the groups its parent sends one at a time, each prepared over its own articles
 * (prepareGroup: the term maps would cost more to copy between threads than to compute). Posts each group's
 * candidates; a negative group number ends the thread. A group that throws is reported, not thrown: the parent names
 * its documents.
 * Example: workerData { docs, options } → posts { ready: true }; receives 3 → posts { group: 3, matches: […] }; -1 → exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planGroups, rankGroup, type AlignOptions } from '../../align/align-documents.ts';
import type { AlignDocument } from '../../align/index.ts';

/** What the parent sends when it starts the thread. */
export interface RankGroupsInput {
  docs: AlignDocument[];
  options: AlignOptions;
}

const { docs, options } = workerData as RankGroupsInput;
const plan = planGroups(docs, options);
const port = parentPort!;
port.on('message', (group: number) => {
  if (group < 0) {
    port.close();
    return;
  }
  try {
    port.postMessage({ group, matches: rankGroup(plan.slots, plan.groups[group]!, options) });
  } catch (error) {
    port.postMessage({ group, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
port.postMessage({ ready: true });
