/**
 * The walk along counterparts behind LineageStep.counterpartDepth and lineage(counterpartsOnly: true)
 * (api/resolvers/follow-counterparts.ts), and how the resolver keeps and orders what it reaches.
 */
import { describe, expect, test } from 'vitest';
import { counterpartDepths } from '../../api/resolvers/follow-counterparts.ts';
import { keepCounterparts, type LineageStepRow, mergeStepsAsOf } from '../../api/resolvers/lineage.ts';

const step = (fromId: string, toId: string, counterpart: boolean) => ({ fromId, toId, counterpart });
type Step = ReturnType<typeof step>;
/** The steps reached, as from>to@depth, in the order given. */
const reached = (steps: Step[], depths: Map<Step, number>) =>
  steps.filter((s) => depths.has(s)).map((s) => `${s.fromId}>${s.toId}@${depths.get(s)}`);

describe('counterpartDepths', () => {
  test('a weak step and everything reached only through it are not reached', () => {
    const steps = [step('A', 'B', false), step('A', 'C', true), step('B', 'D', true), step('C', 'E', true)];
    expect(reached(steps, counterpartDepths('A', steps, 'UP', 5))).toEqual(['A>C@1', 'C>E@2']);
  });

  test('a step reached by a longer counterpart path takes that distance, and maxDepth still bounds it', () => {
    // D is one weak step from A and three counterpart steps away: D>F is 2 from A in the whole lineage, 4 along counterparts.
    const steps = [
      step('A', 'D', false),
      step('A', 'B', true),
      step('B', 'C', true),
      step('D', 'F', true),
      step('C', 'D', true),
    ];
    expect(reached(steps, counterpartDepths('A', steps, 'UP', 5))).toEqual(['A>B@1', 'B>C@2', 'D>F@4', 'C>D@3']);
    expect(reached(steps, counterpartDepths('A', steps, 'UP', 3))).toEqual(['A>B@1', 'B>C@2', 'C>D@3']);
  });

  test('DOWN walks from upper to lower, and BOTH is the union of the two walks', () => {
    const steps = [step('L1', 'A', true), step('L2', 'A', true), step('L3', 'A', false), step('A', 'U', true)];
    expect(reached(steps, counterpartDepths('A', steps, 'DOWN', 5))).toEqual(['L1>A@1', 'L2>A@1']);
    expect(reached(steps, counterpartDepths('A', steps, 'BOTH', 5))).toEqual(['L1>A@1', 'L2>A@1', 'A>U@1']);
  });
});

describe('keepCounterparts', () => {
  test('keeps the steps reached along counterparts at that distance, by depth, best first, then ids', () => {
    const row = (fromId: string, depth: number, score: number, counterpartDepth: number | null) => ({
      fromId,
      toId: 'U',
      depth,
      score,
      counterpartDepth,
    });
    const kept = keepCounterparts([
      row('B', 1, 0.9, null),
      row('C', 1, 0.3, 3),
      row('D', 2, 0.2, 2),
      row('E', 2, 0.4, 2),
    ]);
    expect(kept.map((s) => `${s.fromId}@${s.depth}`)).toEqual(['E@2', 'D@2', 'C@3']);
  });
});

describe('mergeStepsAsOf', () => {
  const row = (fromId: string, toId: string, counterpartDepth: number | null): LineageStepRow => ({
    depth: 1,
    relation: 'ALIGNS_WITH',
    fromId,
    toId,
    alignmentId: `${fromId}->${toId}`,
    score: 0.2,
    alignmentClass: 'related',
    class: 'related',
    status: 'suggested',
    counterpart: counterpartDepth !== null,
    counterpartDepth,
    evidenceJson: null,
    fromNode: { id: fromId },
    toNode: { id: toId },
  });
  const inForce = (pairs: [string, string][]) =>
    new Map(pairs.map(([id, now]) => [id, { id: now, node: { id: now } }]));

  test('two steps that become one pair on the day: a counterpart if either is, at the nearer distance', () => {
    // A (2010) and A2 (2024) are one article; both versions are aligned with U, the old one weakly.
    const merged = mergeStepsAsOf(
      [row('A', 'U', null), row('A2', 'U', 3), row('A2', 'U2', 2), row('B', 'U', 1)],
      inForce([
        ['A', 'A2'],
        ['A2', 'A2'],
        ['U', 'U'],
        ['U2', 'U'],
        ['B', 'B'],
      ]),
    );
    expect(merged.map((s) => `${s.fromId}>${s.toId}:${s.counterpart}@${s.counterpartDepth}`)).toEqual([
      'A2>U:true@2',
      'B>U:true@1',
    ]);
    expect(merged[0]!.fromNode).toEqual({ id: 'A2' });
  });

  test('a step whose end is not in force on the day is left out', () => {
    expect(mergeStepsAsOf([row('A', 'U', 1)], inForce([['A', 'A']]))).toEqual([]);
  });
});
