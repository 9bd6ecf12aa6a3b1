import { describe, expect, test } from 'vitest';
import { connectedSteps, startNotInForceMessage } from '../../api/resolvers/lineage-start-as-of.ts';
import { nationalTitles } from '../../api/resolvers/policy-as-of.ts';

const step = (fromId: string, toId: string, score = 0.5, counterpart = true) => ({
  fromId,
  toId,
  score,
  counterpart,
  depth: 9,
  counterpartDepth: null,
});

describe('lineage on a day', () => {
  test('only steps connected to the start are kept, at their distance on the day', () => {
    // 临沂 → 山东 dropped (临沂's text not in force): 山东 → law is no step of a chain from 临沂.
    const steps = [step('A', 'B'), step('B', 'C', 0.4, false), step('X', 'Y'), step('C', 'D')];
    expect(connectedSteps('A', steps, 'UP', 5).map((s) => [s.fromId, s.toId, s.depth, s.counterpartDepth])).toEqual([
      ['A', 'B', 1, 1],
      ['B', 'C', 2, null],
      ['C', 'D', 3, null],
    ]);
    expect(connectedSteps('A', steps, 'UP', 2).map((s) => s.toId)).toEqual(['B', 'C']);
    expect(connectedSteps('D', steps, 'DOWN', 5).map((s) => [s.fromId, s.depth])).toEqual([
      ['C', 1],
      ['B', 2],
      ['A', 3],
    ]);
    expect(connectedSteps('Q', steps, 'BOTH', 5)).toEqual([]);
  });

  test.each([
    [
      'before it takes effect',
      '2019-06-01',
      [{ id: 'P', validFrom: '2021-01-01', validTo: null }],
      'asOf: the document of articleId "P#a4", "P", was not in force on 2019-06-01: it takes effect on 2021-01-01',
    ],
    [
      'before its first version',
      '2000-01-01',
      [
        { id: 'P0', validFrom: '2010-11-01', validTo: '2024-06-01' },
        { id: 'P', validFrom: '2024-06-01', validTo: null },
      ],
      'asOf: the document of articleId "P#a4", "P", was not in force on 2000-01-01: its first version "P0" takes effect on 2010-11-01',
    ],
    [
      'after its repeal',
      '2030-01-01',
      [{ id: 'P', validFrom: '2021-01-01', validTo: '2025-01-01' }],
      'asOf: the document of articleId "P#a4", "P", was not in force on 2030-01-01: it was in force until 2025-01-01',
    ],
  ])('a start not in force %s is told so', (_name, day, versions, message) => {
    expect(startNotInForceMessage('P#a4', 'P', day, versions)).toBe(message);
  });
});

describe('a title matching nothing as given', () => {
  test.each([
    ['科学技术进步法', ['中华人民共和国科学技术进步法']],
    [
      '河南省实施《城乡规划法》办法',
      ['中华人民共和国河南省实施《城乡规划法》办法', '河南省实施《中华人民共和国城乡规划法》办法'],
    ],
    ['河南省实施《中华人民共和国城乡规划法》办法', ['中华人民共和国河南省实施《中华人民共和国城乡规划法》办法']],
    ['中华人民共和国科学技术进步法', []],
  ])('%s is also looked for as %j', (title, tried) => {
    expect(nationalTitles(title)).toEqual(tried);
  });
});
