import { describe, expect, test } from 'vitest';
import { textHashOf } from '../../import/write/text-hash.ts';

const doc = (title: string, ...texts: string[]) => ({
  title,
  articles: texts.map((text) => ({ text })) as Parameters<typeof textHashOf>[0]['articles'],
});

describe('textHashOf', () => {
  test('copies differing only in layout hash alike (lawrefbook 广告法 in 行政法/ and 经济法/)', () => {
    expect(textHashOf(doc('中华人民共和国广告法', '第一条 为了规范广告活动，', '第二条 在中华人民共和国境内'))).toBe(
      textHashOf(doc('中华人民共和国 广告法', '第一条  为了规范广告活动，\n', '第二条 在中华人民共和国境内 ')),
    );
  });

  test('another article text, another article order or another title hash apart', () => {
    const base = textHashOf(doc('某条例', '第一条 甲', '第二条 乙'));
    expect(textHashOf(doc('某条例', '第一条 甲', '第二条 丙'))).not.toBe(base);
    expect(textHashOf(doc('某条例', '第二条 乙', '第一条 甲'))).not.toBe(base);
    expect(textHashOf(doc('某规定', '第一条 甲', '第二条 乙'))).not.toBe(base);
    // Article boundaries count: the same characters cut elsewhere are another text.
    expect(textHashOf(doc('某条例', '第一条 甲第二条', ' 乙'))).not.toBe(base);
  });
});
