/**
 * The walk along counterparts that lineage(counterpartsOnly: true) and the viewer's folded chain share
 * (align/follow-counterparts.ts).
 */
import { describe, expect, test } from 'vitest';
import { followCounterparts } from '../../align/follow-counterparts.ts';

describe('followCounterparts', () => {
  const step = (fromId: string, toId: string, depth: number, counterpart: boolean, score = 0.5) => ({
    fromId,
    toId,
    depth,
    counterpart,
    score,
  });
  const names = (steps: { fromId: string; toId: string; depth: number }[]) =>
    steps.map((s) => `${s.fromId}>${s.toId}@${s.depth}`);

  test('a weak step and everything reached only through it are left out', () => {
    const steps = [step('A', 'B', 1, false), step('A', 'C', 1, true), step('B', 'D', 2, true), step('C', 'E', 2, true)];
    expect(names(followCounterparts('A', steps, 'UP', 5))).toEqual(['A>C@1', 'C>E@2']);
  });

  test('a step reached by a longer counterpart path takes that distance, and maxDepth still bounds it', () => {
    // D is one weak step from A, three counterpart steps away: D>F is at depth 2 in the whole lineage, 4 along counterparts.
    const steps = [
      step('A', 'D', 1, false),
      step('A', 'B', 1, true),
      step('B', 'C', 2, true),
      step('D', 'F', 2, true),
      step('C', 'D', 3, true),
    ];
    expect(names(followCounterparts('A', steps, 'UP', 5))).toEqual(['A>B@1', 'B>C@2', 'C>D@3', 'D>F@4']);
    expect(names(followCounterparts('A', steps, 'UP', 3))).toEqual(['A>B@1', 'B>C@2', 'C>D@3']);
  });

  test('DOWN walks from upper to lower, BOTH is the union, and the order is depth, best first, ids', () => {
    const steps = [
      step('L1', 'A', 1, true, 0.3),
      step('L2', 'A', 1, true, 0.6),
      step('L3', 'A', 1, false, 0.9),
      step('A', 'U', 1, true),
    ];
    expect(names(followCounterparts('A', steps, 'DOWN', 5))).toEqual(['L2>A@1', 'L1>A@1']);
    expect(names(followCounterparts('A', steps, 'BOTH', 5))).toEqual(['L2>A@1', 'A>U@1', 'L1>A@1']);
  });
});
