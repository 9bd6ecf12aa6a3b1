import { describe, expect, test } from 'vitest';
import { readChineseNumber } from '../../text/index.ts';

describe('readChineseNumber', () => {
  test.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['一百零五', 105],
    ['百', 100],
    ['两', 2],
    ['18', 18],
    ['2.5', 2.5],
    ['一万', 1e4],
    ['二十万', 2e5],
    ['一亿二千万', 1.2e8],
    ['一万亿', 1e12],
    ['三千五百万零五', 35_000_005],
    ['一点五', 1.5],
    ['二〇二一', 2021],
    ['一九九七', 1997],
  ])('%s → %d', (input, expected) => {
    expect(readChineseNumber(input)).toBe(expected);
  });

  test.each(['', '第一', 'abc', '甲', '一点', '点五', '一点五点', '一点十'])('%s is no numeral', (input) => {
    expect(readChineseNumber(input)).toBeUndefined();
  });
});
