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

describe('resolvePolicyIdentity: a title naming its place against a national text naming none', () => {
  // 上海市征兵工作条例 (undated) and the State Council's 征兵工作条例, whose key names no place: written after it, the
  // Shanghai text was refused as an undated version of the national one.
  const national = {
    id: 't:中华人民共和国|征兵工作条例@2001-09-05',
    status: 'full' as const,
    titleKey: '|征兵工作条例',
    title: '征兵工作条例',
    jurisdiction: '中华人民共和国',
    file: '征兵工作条例(2001-09-05).md',
    textHash: 'v2:aa',
    workId: 'w:中华人民共和国|征兵工作条例',
    versionDate: '2001-09-05',
  };
  const title = '上海市征兵工作条例';
  const shanghai = { file: '上海市征兵工作条例.md', title, titleKey: buildTitleKey(title), textHash: 'v2:bb' };

  test('is a new document of its own place, not a version of the national text', () => {
    expect(resolvePolicyIdentity(shanghai, [national])).toEqual({ outcome: 'new', id: 't:上海市|征兵工作条例' });
  });

  test('still finds its own node of its place', () => {
    const own = { ...national, id: 't:上海市|征兵工作条例', titleKey: '上海市|征兵工作条例', jurisdiction: '上海市' };
    expect(resolvePolicyIdentity(shanghai, [national, { ...own, file: shanghai.file }])).toMatchObject({
      outcome: 'existing',
      id: 't:上海市|征兵工作条例',
    });
  });
});

describe('resolvePolicyIdentity: an undated text against a dated version of its work', () => {
  const version = {
    id: 't:上海市|实施中华人民共和国义务教育法办法@2024-09-27',
    status: 'full' as const,
    titleKey: '上海市|实施中华人民共和国义务教育法办法',
    jurisdiction: '上海市',
    file: '上海市实施《义务教育法》办法(2024-09-27).md',
    textHash: 'v2:aa',
  };
  const title = '上海市实施《中华人民共和国义务教育法》办法';
  const older = { title, titleKey: buildTitleKey(title), textHash: 'v2:bb' };

  test('a file name with a date, on a text that does not read as a statute, is not said to carry none', () => {
    const refused = resolvePolicyIdentity({ ...older, file: '上海市实施《义务教育法》办法(2009-02-24).md' }, [version]);
    expect(refused).toMatchObject({ outcome: 'refused', code: 'UNDATED_VERSION' });
    expect((refused as { message: string }).message).toContain('has no head lines and does not read as a statute');
    const undated = resolvePolicyIdentity({ ...older, file: '上海市实施《义务教育法》办法.md' }, [version]);
    expect((undated as { message: string }).message).toContain(
      'carries no date (no head lines, none in its file name)',
    );
  });
});
