/**
 * Turns `lineage` steps into what to highlight (pure). Example: start A, steps [A→B (depth 1), B→C (depth 2)] →
 * nodes article:A, article:B, article:C and the alignment edges A→B, B→C found in the store, with
 * upperIds [B, C] (the chain up) and lowerIds [] (nothing carries A). Unless `weakShown`, the chain follows
 * counterpart steps only, as `lineage(counterpartsOnly: true)` does: the steps the API reached along counterparts
 * (`counterpartDepth` not null), at that depth. A weak candidate and whatever is reached only through it are left
 * out, and `hidden` counts the steps so left out.
 */
import type { LineageStep } from './api-types.ts';
import { alignmentEdgeId, articleNodeId } from './build-elements.ts';
import type { GraphStore } from './graph-store.ts';

/** Elements to highlight for a lineage. */
export interface LineageHighlight {
  nodeIds: string[];
  edgeIds: string[];
  /** Article ids above the start (it carries them), nearest first. */
  upperIds: string[];
  /** Article ids below the start (they carry it), nearest first. */
  lowerIds: string[];
  /** The steps followed, nearest first (with their depth along counterparts when weak ones are left out). */
  steps: LineageStep[];
  /** Steps left out: weak candidates and what lies only beyond them (0 when they are shown). */
  hidden: number;
}

/** The steps the chain follows, nearest first: all of them, or those reached along counterparts (a step whose query
 * did not ask `counterpartDepth` counts as one). */
function followedSteps(steps: LineageStep[], weakShown: boolean): LineageStep[] {
  const along = (s: LineageStep) => (s.counterpartDepth === undefined ? s.depth : s.counterpartDepth);
  const followed = weakShown
    ? steps
    : steps.flatMap((s) => {
        const depth = along(s);
        return depth === null ? [] : [{ ...s, depth }];
      });
  return [...followed].sort((a, b) => a.depth - b.depth);
}

/** Computes the highlight of the lineage of `startId` from the API's steps and the alignments in the store. */
export function traceLineage(
  startId: string,
  steps: LineageStep[],
  store: GraphStore,
  weakShown = false,
): LineageHighlight {
  const followed = followedSteps(steps, weakShown);
  // The stored alignment of each step, by its two ends (the first stored): one pass over the store, not one per step.
  const alignmentIds = new Map<string, string>();
  for (const a of Object.values(store.alignments)) {
    const ends = `${a.lowerId}->${a.upperId}`;
    if (!alignmentIds.has(ends)) alignmentIds.set(ends, a.id);
  }
  const nodes = new Set<string>([articleNodeId(startId)]);
  const edges = new Set<string>();
  // Walk outward from the start in depth order so direction is known: an article reached through a `to` end lies above.
  const above = new Set<string>([startId]);
  const below = new Set<string>([startId]);
  const upperIds: string[] = [];
  const lowerIds: string[] = [];
  for (const step of followed) {
    nodes.add(articleNodeId(step.from.id));
    nodes.add(articleNodeId(step.to.id));
    const ends = `${step.from.id}->${step.to.id}`;
    edges.add(alignmentEdgeId(alignmentIds.get(ends) ?? ends));
    if (above.has(step.from.id) && !above.has(step.to.id)) {
      above.add(step.to.id);
      upperIds.push(step.to.id);
    } else if (below.has(step.to.id) && !below.has(step.from.id)) {
      below.add(step.from.id);
      lowerIds.push(step.from.id);
    }
  }
  return {
    nodeIds: [...nodes],
    edgeIds: [...edges],
    upperIds,
    lowerIds,
    steps: followed,
    hidden: steps.length - followed.length,
  };
}
