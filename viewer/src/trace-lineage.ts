/**
 * Turns `lineage` steps into what to highlight (pure). Example: start A, steps [A→B (depth 1), B→C (depth 2)] →
 * nodes article:A, article:B, article:C and the alignment edges A→B, B→C found in the store, with
 * upperIds [B, C] (the chain up) and lowerIds [] (nothing carries A). Unless `weakShown`, a step whose pair is no
 * counterpart (`counterpart: false`, the engine's weak candidates) is left out, with whatever is reached only
 * through it, as `lineage(counterpartsOnly: true)` leaves them out; `hidden` counts the articles so left out.
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
  /** Articles reached only through weak candidates, left out (0 when they are shown). */
  hidden: number;
}

/** Computes the highlight of the lineage of `startId` from the API's steps and the alignments in the store. */
export function traceLineage(
  startId: string,
  steps: LineageStep[],
  store: GraphStore,
  weakShown = false,
): LineageHighlight {
  const nodes = new Set<string>([articleNodeId(startId)]);
  const edges = new Set<string>();
  // Walk outward from the start so direction is known: an article reached through a `to` end lies above. Along
  // counterparts only, an article can lie further out than the depth the API gives (reached there through a weak
  // step), so the walk goes round until no step joins.
  let pending = [...steps].sort((a, b) => a.depth - b.depth).filter((s) => weakShown || s.counterpart !== false);
  const above = new Set<string>([startId]);
  const below = new Set<string>([startId]);
  const upperIds: string[] = [];
  const lowerIds: string[] = [];
  for (let joined = true; joined; ) {
    joined = false;
    const rest: LineageStep[] = [];
    for (const step of pending) {
      if (above.has(step.from.id)) {
        if (!above.has(step.to.id)) upperIds.push(step.to.id);
        above.add(step.to.id);
      } else if (below.has(step.to.id)) {
        if (!below.has(step.from.id)) lowerIds.push(step.from.id);
        below.add(step.from.id);
      } else {
        rest.push(step);
        continue;
      }
      joined = true;
      nodes.add(articleNodeId(step.from.id));
      nodes.add(articleNodeId(step.to.id));
      const alignment = Object.values(store.alignments).find(
        (a) => a.lowerId === step.from.id && a.upperId === step.to.id,
      );
      edges.add(alignmentEdgeId(alignment?.id ?? `${step.from.id}->${step.to.id}`));
    }
    pending = rest;
  }
  const reached = new Set(steps.flatMap((s) => [s.from.id, s.to.id]));
  reached.delete(startId);
  const hidden = reached.size - new Set([...upperIds, ...lowerIds]).size;
  return { nodeIds: [...nodes], edgeIds: [...edges], upperIds, lowerIds, hidden };
}
