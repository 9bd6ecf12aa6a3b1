/**
 * A lineage along counterparts only (pure, no imports: the API's `lineage(counterpartsOnly: true)` and the viewer's
 * folded chain both walk with it). Given every ALIGNS_WITH step within maxDepth of a start article, each marked as a
 * counterpart or not (carriesArticle), it keeps the steps reached from the start through counterpart steps only, each
 * at its distance along them: UP from a step's lower article, DOWN from its upper one, BOTH the union of the two. A
 * step further than maxDepth along counterparts is left out; every counterpart path within maxDepth is among the
 * steps given, since those are all within it. Order: depth, best score first, then ids.
 * Example: start A, UP, steps A→B (weak), A→C, B→D, C→E → A→C (depth 1), C→E (depth 2).
 */

/** What the walk reads of a step. */
export interface WalkedStep {
  fromId: string;
  toId: string;
  counterpart: boolean;
  depth: number;
  score: number;
}

/** The steps reached from `startId` through counterpart steps, each with its depth along them. */
export function followCounterparts<S extends WalkedStep>(
  startId: string,
  steps: readonly S[],
  direction: 'UP' | 'DOWN' | 'BOTH',
  maxDepth: number,
): S[] {
  const depthOf = new Map<S, number>();
  const walk = (up: boolean) => {
    const reached = new Map<string, number>([[startId, 0]]);
    let frontier = [startId];
    for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const step of steps) {
        const [near, far] = up ? [step.fromId, step.toId] : [step.toId, step.fromId];
        if (!step.counterpart || reached.get(near) !== depth - 1) continue;
        depthOf.set(step, Math.min(depthOf.get(step) ?? depth, depth));
        if (!reached.has(far)) {
          reached.set(far, depth);
          next.push(far);
        }
      }
      frontier = next;
    }
  };
  if (direction !== 'DOWN') walk(true);
  if (direction !== 'UP') walk(false);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return steps
    .filter((s) => depthOf.has(s))
    .map((s) => ({ ...s, depth: depthOf.get(s)! }))
    .sort((a, b) => a.depth - b.depth || b.score - a.score || byText(a.fromId, b.fromId) || byText(a.toId, b.toId));
}
