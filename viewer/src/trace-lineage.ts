/**
 * Turns `lineage` steps into what to highlight (pure). Example: start A, steps [A→B (depth 1), B→C (depth 2)] →
 * nodes article:A, article:B, article:C and the alignment edges A→B, B→C found in the store, with
 * upperIds [B, C] (the chain up) and lowerIds [] (nothing carries A).
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
}

/** Computes the highlight of the lineage of `startId` from the API's steps and the alignments in the store. */
export function traceLineage(startId: string, steps: LineageStep[], store: GraphStore): LineageHighlight {
  const nodes = new Set<string>([articleNodeId(startId)]);
  const edges = new Set<string>();
  const sorted = [...steps].sort((a, b) => a.depth - b.depth);
  // Walk outward from the start so direction is known: an article reached through a `to` end lies above.
  const above = new Set<string>([startId]);
  const below = new Set<string>([startId]);
  const upperIds: string[] = [];
  const lowerIds: string[] = [];
  for (const step of sorted) {
    nodes.add(articleNodeId(step.from.id));
    nodes.add(articleNodeId(step.to.id));
    const alignment = Object.values(store.alignments).find(
      (a) => a.lowerId === step.from.id && a.upperId === step.to.id,
    );
    edges.add(alignmentEdgeId(alignment?.id ?? `${step.from.id}->${step.to.id}`));
    if (above.has(step.from.id) && !above.has(step.to.id)) {
      above.add(step.to.id);
      upperIds.push(step.to.id);
    } else if (below.has(step.to.id) && !below.has(step.from.id)) {
      below.add(step.from.id);
      lowerIds.push(step.from.id);
    }
  }
  return { nodeIds: [...nodes], edgeIds: [...edges], upperIds, lowerIds };
}
