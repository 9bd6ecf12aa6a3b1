/**
 * One alignment worker thread: plans the alignment of the documents it is given (the same plan as its parent's: the
 * engine is deterministic), learns the term weights over every involved article, and ranks the groups its parent
 * sends one at a time, preparing only the articles those groups hold (the others' term maps would cost more to
 * copy between threads than to compute, and most of them this thread never needs). Posts each group's candidates;
 * a negative group number ends the thread. A group that throws is reported, not thrown: the parent names its documents.
 * Example: workerData { docs, options } → posts { ready: true }; receives 3 → posts { group: 3, matches: […] }; -1 → exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSlotPreparer, planGroups, rankGroupPreparing, type AlignOptions } from '../../align/align-documents.ts';
import type { AlignDocument } from '../../align/index.ts';

/** What the parent sends when it starts the thread. */
export interface RankGroupsInput {
  docs: AlignDocument[];
  options: AlignOptions;
}

const { docs, options } = workerData as RankGroupsInput;
const plan = planGroups(docs, options);
const preparer = createSlotPreparer(plan.slots, options);
const port = parentPort!;
port.on('message', (group: number) => {
  if (group < 0) {
    port.close();
    return;
  }
  try {
    port.postMessage({ group, matches: rankGroupPreparing(plan.slots, preparer, plan.groups[group]!, options) });
  } catch (error) {
    port.postMessage({ group, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
port.postMessage({ ready: true });
