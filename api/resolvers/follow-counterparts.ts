/**
 * A lineage along counterparts only (pure). Given every ALIGNS_WITH step within maxDepth of a start article, each
 * marked as a counterpart or not (carriesArticle), it finds the steps reached from the start through counterpart
 * steps only, each at its distance along them: UP from a step's lower article, DOWN from its upper one, BOTH the
 * smaller of the two. A step further than maxDepth along counterparts is not reached; every counterpart path within
 * maxDepth is among the steps given, since those are all within it. `lineage` answers each step's distance as
 * `counterpartDepth` (null when not reached), and `counterpartsOnly` keeps the steps reached, at that distance.
 * Example: start A, UP, steps A→B (weak), A→C, B→D, C→E → A→C 1, C→E 2 (A→B and B→D not reached).
 */

/** What the walk reads of a step. */
export interface WalkedStep {
  fromId: string;
  toId: string;
  counterpart: boolean;
}

/** Each step reached from `startId` through counterpart steps, with its distance along them. */
export function counterpartDepths<S extends WalkedStep>(
  startId: string,
  steps: readonly S[],
  direction: 'UP' | 'DOWN' | 'BOTH',
  maxDepth: number,
): Map<S, number> {
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
  return depthOf;
}
