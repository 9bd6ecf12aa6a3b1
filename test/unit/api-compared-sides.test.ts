/** What compare refuses (check-compared-sides.ts) and why a day finds no version (read-policy-side.ts), pure. */
import { describe, expect, test } from 'vitest';
import { comparedSidesProblem, type ComparedSide } from '../../api/resolvers/check-compared-sides.ts';
import { notInForceMessage, todayInChina } from '../../api/resolvers/read-policy-side.ts';

const side = (argument: string, id: string, tier: string | null, workId: string | null = null): ComparedSide => ({
  argument,
  given: id,
  id,
  tier,
  workId,
});

describe('comparedSidesProblem', () => {
  test.each([
    ['a city below a province', 'municipal', 'provincial', undefined],
    ['two peers', 'provincial', 'provincial', undefined],
    ['a tier unknown', null, 'municipal', undefined],
    [
      'a law below a city',
      'national',
      'municipal',
      'lowerPolicyId "l" is national and upperPolicyId "u" is municipal: the sides look swapped (the lower document goes in lowerPolicyId)',
    ],
  ])('%s', (_name, lowerTier, upperTier, expected) => {
    expect(comparedSidesProblem(side('lowerPolicyId', 'l', lowerTier), side('upperPolicyId', 'u', upperTier))).toBe(
      expected,
    );
  });

  test('one document twice, and two versions of one work', () => {
    expect(comparedSidesProblem(side('lowerPolicyId', 'x', null), side('upperPolicyId', 'x', null))).toBe(
      'lowerPolicyId "x" and upperPolicyId "x" are the same document: compare needs two',
    );
    expect(
      comparedSidesProblem(
        side('lowerPolicyId', 'a', 'provincial', 'w:a'),
        side('upperPolicyId', 'b', 'provincial', 'w:a'),
      ),
    ).toBe('lowerPolicyId "a" and upperPolicyId "b" are two versions of one work: versionDiff compares them');
  });
});

describe('notInForceMessage', () => {
  const versions = [
    { id: 'v1', validFrom: '2010-11-01', validTo: '2024-06-01' },
    { id: 'v2', validFrom: '2024-06-01', validTo: '2025-01-01' },
  ];
  test.each([
    ['v1', '2010-01-01', 'a: no version of "v1" was in force on 2010-01-01: "v1" takes effect on 2010-11-01'],
    [
      'w:x',
      '2010-01-01',
      'a: no version of "w:x" was in force on 2010-01-01: its first version "v1" takes effect on 2010-11-01',
    ],
    [
      'w:x',
      '2025-02-01',
      'a: no version of "w:x" was in force on 2025-02-01: its last version "v2" was in force until 2025-01-01',
    ],
  ])('%s on %s', (id, day, expected) => {
    expect(notInForceMessage('a', id, day, versions)).toBe(expected);
  });
});

test("today is China's date", () => {
  expect(todayInChina(new Date('2026-12-05T17:00:00Z'))).toBe('2026-12-06');
});
