import { describe, expect, test } from 'vitest';
import { inTurn } from '../../api/engine-turns.ts';

describe('engine work in turns', () => {
  test('a callback scheduled during one job runs before the next job', async () => {
    const order: string[] = [];
    const first = inTurn(() => {
      order.push('first');
      setImmediate(() => order.push('another request'));
    });
    const second = inTurn(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'another request', 'second']);
  });

  test('a failed job rejects its caller only; the next job runs', async () => {
    const failed = inTurn(() => {
      throw new Error('no such article');
    });
    const next = inTurn(() => 'ranked');
    await expect(failed).rejects.toThrow('no such article');
    await expect(next).resolves.toBe('ranked');
  });
});
