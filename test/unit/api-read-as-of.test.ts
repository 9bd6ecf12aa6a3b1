import { describe, expect, test } from 'vitest';
import { isDay, readAsOf } from '../../api/resolvers/read-as-of.ts';

describe('asOf and every other day argument', () => {
  test.each(['2019-01-01', '2020-02-29', '2000-02-29', '2019-12-31'])('%s is a day of the calendar', (day) => {
    expect(isDay(day)).toBe(true);
    expect(readAsOf(` ${day} `)).toBe(day);
  });

  // Before, only the shape was checked: 2019-02-30 passed (and was compared as a string), 2019-13-45 did not.
  test.each([
    '2019-02-30',
    '2019-02-29',
    '1900-02-29',
    '2019-04-31',
    '2019-13-45',
    '2019-00-10',
    '2019-01-00',
    '2015',
    '2019-1-1',
  ])('%s is refused, naming the argument and the value', (day) => {
    expect(isDay(day)).toBe(false);
    expect(() => readAsOf(day)).toThrow(`asOf must be a day of the calendar as YYYY-MM-DD, got "${day}"`);
    expect(() => readAsOf(day, 'filter.asOf')).toThrow(`filter.asOf must be a day of the calendar`);
  });

  test('no asOf is no day', () => {
    expect(readAsOf(undefined)).toBeUndefined();
    expect(readAsOf(null)).toBeUndefined();
  });
});
