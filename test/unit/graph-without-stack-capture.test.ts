import { describe, expect, test } from 'vitest';
import { withoutStackCapture } from '../../graph/without-stack-capture.ts';

describe('withoutStackCapture', () => {
  test('an error made inside carries no frames, and the limit is back afterwards', () => {
    const before = Error.stackTraceLimit;
    const inside = withoutStackCapture(() => new Error('x'));
    expect(inside.stack?.split('\n').filter((line) => line.trim().startsWith('at '))).toEqual([]);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('y').stack).toMatch(/\n\s+at /);
  });

  test('the limit is restored when the call throws', () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutStackCapture(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Error.stackTraceLimit).toBe(before);
  });

  test('the value of the call is returned as it is', () => {
    const value = { rows: [1] };
    expect(withoutStackCapture(() => value)).toBe(value);
  });
});
