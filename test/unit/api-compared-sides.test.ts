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

describe('comparedSidesProblem: the upper document must stand above the lower one, as the engine reads it', () => {
  const COUNTRY = { name: '中华人民共和国', parent: null };
  const placedSide = (
    argument: string,
    id: string,
    tier: string,
    jurisdiction: string,
    chain: string[],
    authorityLevel: string | null = null,
  ): ComparedSide => ({
    ...side(argument, id, tier),
    jurisdiction,
    authorityLevel,
    places: [...chain.map((name, i) => ({ name, parent: chain[i + 1] ?? '中华人民共和国' })), COUNTRY],
  });
  const ADVICE =
    'compare pairs a lower document with one above it — for texts of one tier use reuse or sources(scope: PEER)';
  const law = (argument: string, id: string) => placedSide(argument, id, 'national', '中华人民共和国', [], 'law');
  const stateCouncil = (argument: string, id: string) =>
    placedSide(argument, id, 'national', '中华人民共和国', [], 'administrative_regulation');
  const shandong = (argument: string) =>
    placedSide(argument, 'sd', 'provincial', '山东省', ['山东省'], 'local_regulation');
  const henan = (argument: string) =>
    placedSide(argument, 'hn', 'provincial', '河南省', ['河南省'], 'local_regulation');
  const zhengzhou = (argument: string) =>
    placedSide(argument, 'zz', 'municipal', '郑州市', ['郑州市', '河南省'], 'local_regulation');

  // Before, each of these answered pairs: [] and no word: the engine never aligns such sides.
  test.each([
    [
      'a law below a State Council regulation (城乡规划法 under 物业管理条例)',
      law('lowerPolicyId', 'cx'),
      stateCouncil('upperPolicyId', 'wy'),
      'upperPolicyId "wy" is not above lowerPolicyId "cx": both are national, and lowerPolicyId is of greater legal force (law over administrative_regulation): the sides look swapped (the lower document goes in lowerPolicyId)',
    ],
    [
      'a city below another province (郑州 under 山东)',
      zhengzhou('lowerPolicyId'),
      shandong('upperPolicyId'),
      `upperPolicyId "sd" is not above lowerPolicyId "zz": 山东省 is not on 郑州市's chain of places (郑州市 → 河南省 → 中华人民共和国); ${ADVICE}`,
    ],
    [
      'two provinces (山东 and 河南)',
      shandong('lowerPolicyId'),
      henan('upperPolicyId'),
      `upperPolicyId "hn" is not above lowerPolicyId "sd": both are provincial, and 河南省 is not on 山东省's chain of places (山东省 → 中华人民共和国); ${ADVICE}`,
    ],
    [
      'two regulations of one province',
      henan('lowerPolicyId'),
      { ...henan('upperPolicyId'), id: 'hn2', given: 'hn2' },
      `upperPolicyId "hn2" is not above lowerPolicyId "hn": both are provincial, and neither is of greater legal force (local_regulation, local_regulation); ${ADVICE}`,
    ],
  ])('%s is refused, naming both arguments and why', (_name, lower, upper, message) => {
    expect(comparedSidesProblem(lower, upper)).toBe(message);
  });

  test.each([
    ['a city below its province', zhengzhou('lowerPolicyId'), henan('upperPolicyId')],
    ['a province below a law', henan('lowerPolicyId'), law('upperPolicyId', 'l')],
    ['a State Council regulation below a law', stateCouncil('lowerPolicyId', 'wy'), law('upperPolicyId', 'cx')],
    [
      'a legal force not known',
      { ...henan('lowerPolicyId'), authorityLevel: null },
      { ...henan('upperPolicyId'), id: 'hn2', given: 'hn2' },
    ],
  ])('%s can be compared', (_name, lower, upper) => {
    expect(comparedSidesProblem(lower, upper)).toBeUndefined();
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
