import { describe, expect, test } from 'vitest';
import { checkFloors, countFloors } from '../../align/index.ts';

const figures = (precisionAt1: number, recallAt3: number, cappedRecallAt3 = recallAt3) => ({
  precisionAt1,
  recallAt3,
  cappedRecallAt3,
});

describe('checkFloors: issue 15 floors on one labelled set', () => {
  test.each([
    // 北京 审计 (eval:align, engine 1.9): over 0.8, under TF-IDF at rank 1, recall@3 short over pairs and capped.
    [
      'under a baseline at rank 1',
      figures(25 / 31, 37 / 52, 0.849),
      [figures(26 / 31, 38 / 52, 0.866), figures(24 / 31, 38 / 52, 0.882)],
      { precisionAt1: true, precisionAboveBaselines: false, recallAt3: false, cappedRecallAt3: false },
    ],
    // 上海 转化 (engine 1.9): every floor holds.
    [
      'every floor',
      figures(31 / 35, 46 / 47, 0.971),
      [figures(29 / 35, 45 / 47, 0.943), figures(30 / 35, 40 / 47, 0.876)],
      { precisionAt1: true, precisionAboveBaselines: true, recallAt3: true, cappedRecallAt3: true },
    ],
    [
      'a tie with a baseline holds; exactly 0.8 and 0.9 hold',
      figures(0.8, 0.9),
      [figures(0.8, 0.9), figures(0.7, 0.9)],
      { precisionAt1: true, precisionAboveBaselines: true, recallAt3: true, cappedRecallAt3: true },
    ],
    [
      'capped recall can hold where recall over pairs cannot',
      figures(0.9, 0.85, 0.93),
      [figures(0.8, 0.8, 0.9)],
      { precisionAt1: true, precisionAboveBaselines: true, recallAt3: false, cappedRecallAt3: true },
    ],
  ])('%s', (_, engine, baselines, expected) => {
    const check = checkFloors(engine, baselines);
    expect(check).toMatchObject(expected);
    expect(check.all).toBe(expected.precisionAt1 && expected.precisionAboveBaselines && expected.recallAt3);
  });

  test('recall under a baseline fails that floor alone', () => {
    const check = checkFloors(figures(0.95, 0.92), [figures(0.9, 0.95)]);
    expect(check).toEqual({
      precisionAt1: true,
      precisionAboveBaselines: true,
      recallAt3: true,
      cappedRecallAt3: true,
      recallAboveBaselines: false,
      all: false,
    });
  });

  test('countFloors counts the sets each floor holds on', () => {
    const checks = [
      checkFloors(figures(0.9, 0.95), [figures(0.8, 0.9)]),
      checkFloors(figures(0.75, 0.95), [figures(0.8, 0.9)]),
      checkFloors(figures(0.85, 0.8, 0.92), [figures(0.8, 0.9)]),
    ];
    expect(countFloors(checks)).toEqual({
      precisionAt1: 2,
      precisionAboveBaselines: 2,
      recallAt3: 2,
      cappedRecallAt3: 3,
      recallAboveBaselines: 2,
      all: 1,
    });
  });
});
