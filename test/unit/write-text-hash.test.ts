import { describe, expect, test } from 'vitest';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { resolvePolicyIdentity } from '../../import/write/resolve-policy-identity.ts';
import { sameHashForm, textHashOf } from '../../import/write/text-hash.ts';

const doc = (title: string, ...texts: string[]) => ({
  title,
  preamble: undefined as string | undefined,
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

  test('copies whose opening paragraph differs hash apart (a portal copy with a spam line kept in the preamble)', () => {
    const clean = { ...doc('清远市推进政务新媒体健康有序发展的实施意见', '一、总体要求'), preamble: '为进一步推进…' };
    const spam = { ...clean, preamble: '久热国产VS视频在线观看,为进一步推进…' };
    expect(textHashOf(spam)).not.toBe(textHashOf(clean));
    expect(textHashOf({ ...clean, preamble: ' 为进一步\n推进… ' })).toBe(textHashOf(clean));
  });
});

describe('hashes of two forms', () => {
  test('a hash of the older form (no form named) tells nothing: another text is not refused for it', () => {
    expect(sameHashForm('v2:ab', 'v2:cd')).toBe(true);
    expect(sameHashForm('ab', 'v2:ab')).toBe(false);
    const title = '国务院关于…意见';
    const known = {
      id: '国发〔2020〕7号',
      docNumber: '国发〔2020〕7号',
      titleKey: buildTitleKey(title).key,
      status: 'full' as const,
      file: 'a.txt',
      textHash: 'e3b0',
    };
    const incoming = { file: 'b.txt', title, titleKey: buildTitleKey(title), docNumber: '国发〔2020〕7号' };
    expect(resolvePolicyIdentity({ ...incoming, textHash: 'v2:ff' }, [known])).toMatchObject({ outcome: 'existing' });
    expect(resolvePolicyIdentity({ ...incoming, textHash: 'v2:ff' }, [{ ...known, textHash: 'v2:ee' }])).toMatchObject({
      code: 'SAME_IDENTITY_OTHER_TEXT',
    });
  });
});
