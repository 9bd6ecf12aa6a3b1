import { describe, expect, test } from 'vitest';
import { escapePattern } from '../../text/index.ts';

describe('words from a document stand in a pattern as themselves', () => {
  test.each(['1+N', '1+N(方案', '“十四五”[试行]', 'a.b*c?', '\\d{2}'])('%s', (words) => {
    const pattern = new RegExp(`^${escapePattern(words)}$`);
    expect(pattern.test(words)).toBe(true);
    expect(pattern.test(`${words}x`)).toBe(false);
  });
});
