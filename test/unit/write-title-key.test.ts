import { describe, expect, test } from 'vitest';
import { buildTitleKey, normalizeTitle } from '../../import/write/build-title-key.ts';
import { titleKeysMatch } from '../../import/write/match-title-key.ts';

describe('buildTitleKey', () => {
  test.each([
    // The corpus case: the Guangxi measures under their own title and as the Liuzhou interpretation cites them.
    [
      '关于促进广西高新技术产业开发区高质量发展的若干措施',
      '广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施',
    ],
    [
      '《广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施》',
      '广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施',
    ],
    [
      '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
      '中华人民共和国|关于促进国家高新技术产业开发区高质量发展的若干意见',
    ],
    ['柳州市关于促进高新技术产业开发区高质量发展的若干措施', '柳州市|关于促进高新技术产业开发区高质量发展的若干措施'],
    [
      '柳州市人民政府关于促进高新技术产业开发区高质量发展的若干措施',
      '柳州市|关于促进高新技术产业开发区高质量发展的若干措施',
    ],
    ['中华人民共和国科学技术进步法', '中华人民共和国|科学技术进步法'],
    ['科技强桂三年行动方案(2021—2023年)', '|科技强桂三年行动方案(2021-2023年)'],
    ['科技强桂三年行动方案（2021-2023年）', '|科技强桂三年行动方案(2021-2023年)'],
    ['“十四五”国家高新技术产业开发区发展规划', '|十四五国家高新技术产业开发区发展规划'],
    [
      '科技部关于印发《“十四五”国家高新技术产业开发区发展规划》的通知',
      '中华人民共和国|十四五国家高新技术产业开发区发展规划',
    ],
    ['广西壮族自治区人民政府办公厅关于印发科技强桂三年行动方案的通知', '广西壮族自治区|科技强桂三年行动方案'],
    ['自治区人民政府关于加快创新的意见', '|关于加快创新的意见'],
    ['科技部 财政部关于加快创新的通知', '中华人民共和国|关于加快创新的通知'],
    // A city-like word that is not a jurisdiction stays in the title.
    ['推进城市更新行动方案', '|推进城市更新行动方案'],
    ['关\u3000于促进广西高新区发展的意见', '广西壮族自治区|关于促进高新区发展的意见'],
    // Issuing notices written without 关于 key as the document they issue, as those written with it do
    // (cni.top/html/2017/pioneerpolicy_1028/26711.html, pingjiang.gov.cn/…/content_1202379.html).
    [
      '天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知',
      '天津市|关于促进我市开发区改革和创新发展实施方案',
    ],
    [
      '天津市人民政府办公厅关于印发关于促进我市开发区改革和创新发展实施方案的通知',
      '天津市|关于促进我市开发区改革和创新发展实施方案',
    ],
    [
      '苏州市政府印发关于进一步做好新形势下创业就业工作的实施意见的通知',
      '苏州市|关于进一步做好新形势下创业就业工作的实施意见',
    ],
    // A local party committee's place stands after 中共.
    [
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知',
      '岳阳市|关于全面推进政务公开工作的实施意见',
    ],
    [
      '中共湖南省委办公厅湖南省人民政府办公厅印发〈关于全面推进政务公开工作的实施意见〉的通知',
      '湖南省|关于全面推进政务公开工作的实施意见',
    ],
    // ASCII or single guillemet brackets for the title inside a title fold as 〈〉 do (a Wuhan district's interpretation,
    // http://www.kakawan.net/fbjd_33/zcwj_17652/zcjd/202410/t20241012_2467894.html: 《…关于印发<湖北省提升行政执法质量实施方案>的通知》).
    ['湖北省人民政府办公厅关于印发<湖北省提升行政执法质量实施方案>的通知', '湖北省|提升行政执法质量实施方案'],
    ['湖北省人民政府办公厅关于印发‹湖北省提升行政执法质量实施方案>的通知', '湖北省|提升行政执法质量实施方案'],
    ['湖北省人民政府办公厅关于印发‹湖北省提升行政执法质量实施方案›的通知', '湖北省|提升行政执法质量实施方案'],
    ['湖北省人民政府办公厅关于印发＜湖北省提升行政执法质量实施方案＞的通知', '湖北省|提升行政执法质量实施方案'],
    // A notice that transmits another document (转发) is a document of its own.
    [
      '山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知',
      '山东省|转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知',
    ],
  ])('%s → %s', (title, key) => {
    expect(buildTitleKey(title).key).toBe(key);
  });

  test('reports the dropped issuer and the two halves', () => {
    expect(buildTitleKey('国务院关于促进国家高新技术产业开发区高质量发展的若干意见')).toEqual({
      key: '中华人民共和国|关于促进国家高新技术产业开发区高质量发展的若干意见',
      jurisdiction: '中华人民共和国',
      rest: '关于促进国家高新技术产业开发区高质量发展的若干意见',
      droppedIssuer: '国务院',
    });
  });

  test('normalizeTitle folds width, spaces, quotes and dash variants', () => {
    expect(normalizeTitle('《“十四五” 规划（2021－2025年）》')).toBe('十四五规划(2021-2025年)');
  });
});

describe('titleKeysMatch', () => {
  const plan = buildTitleKey('“十四五”国家高新技术产业开发区发展规划');
  test.each([
    [plan, '|十四五国家高新技术产业开发区发展规划', 'exact'],
    [plan, '中华人民共和国|十四五国家高新技术产业开发区发展规划', 'loose'],
    [
      buildTitleKey('科技部关于印发《“十四五”国家高新技术产业开发区发展规划》的通知'),
      '|十四五国家高新技术产业开发区发展规划',
      'loose',
    ],
    [
      buildTitleKey('柳州市关于促进高新技术产业开发区高质量发展的若干措施'),
      '广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施',
      'none',
    ],
    [plan, undefined, 'none'],
  ] as const)('%# %s', (key, stored, expected) => {
    expect(titleKeysMatch(key, stored)).toBe(expected);
  });
});
