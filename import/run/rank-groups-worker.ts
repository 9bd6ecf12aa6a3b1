/**
 * One alignment worker thread: plans the alignment of the documents it is given (the same plan as its parent's: the
 * engine is deterministic), prepares the articles itself — cheaper than receiving them, whose term maps cost more
 * to copy between threads than to compute — and ranks the groups it was given, posting each group's candidates.
 * Example: workerData { docs, options, groups: [3, 0] } → posts { group: 3, matches: […] }, then { group: 0, … }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planAlignment, rankGroup, type AlignOptions } from '../../align/align-documents.ts';
import type { AlignDocument } from '../../align/index.ts';

/** What the parent sends. */
export interface RankGroupsInput {
  docs: AlignDocument[];
  options: AlignOptions;
  groups: number[];
}

const { docs, options, groups } = workerData as RankGroupsInput;
const plan = planAlignment(docs, options);
for (const group of groups) {
  parentPort!.postMessage({ group, matches: rankGroup(plan.prepared, plan.groups[group]!, options) });
}
