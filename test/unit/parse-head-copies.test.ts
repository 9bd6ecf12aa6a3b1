// Heads as users copy them from a page: a notice copied from its addressee line down, and a title the page broke
// over two lines. Both came out wrong on generated city and county documents (the addressee line taken for the
// title of a "statute", a 若干政策 title cut in half), and a real copy can start or break the same way.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';

const FROM_ADDRESSEES = [
  '各乡镇人民政府，县直各单位：',
  '《融水苗族自治县促进茶产业发展办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
  '2024年3月8日',
  '（此件公开发布）',
  '融水苗族自治县促进茶产业发展办法',
  '第一章　总则',
  '第一条　为促进本县茶产业高质量发展，制定本办法。',
  '第二条　县农业农村局负责全县茶产业发展的统筹协调。',
  '第二章　扶持措施',
  '第三条　对新建标准化茶园，每亩给予一次性补助500元。',
].join('\n');

const BROKEN_TITLE = [
  '柳州市关于支持新能源汽车产',
  '业发展的若干政策',
  '柳政规〔2024〕3号',
  '各县、区人民政府，市直各委、办、局：',
  '为加快新能源汽车产业发展，结合我市实际，制定如下政策。',
  '一、支持整车企业扩大产能。对年产量增长20%以上的企业给予奖励。',
  '二、支持零部件本地配套。对本地配套率提高的企业给予补助。',
].join('\n');

describe('heads copied from a page', () => {
  test('a notice copied from its addressees: the title is the document after 此件公开发布, not the addressee line', () => {
    const d = parsePolicyText(FROM_ADDRESSEES, { file: 'rongshui-tea.txt' });
    expect(d.title).toBe('融水苗族自治县促进茶产业发展办法');
    expect(d.kind).toBe('measures');
    // (此件公开发布) tells that the text may be published, not that a legislature passed it: no statute.
    expect(d.authorityLevel).toBeUndefined();
    expect(d.articles.map((a) => a.number)).toEqual([1, 2, 3]);
  });

  test('a 若干政策 title broken over two lines is joined, and its kind is measures', () => {
    const d = parsePolicyText(BROKEN_TITLE, { file: 'liuzhou-nev.txt' });
    expect(d.title).toBe('柳州市关于支持新能源汽车产业发展的若干政策');
    expect(d.kind).toBe('measures');
    expect(d.docNumber).toBe('柳政规〔2024〕3号');
    expect(d.issues.map((i) => i.code)).toContain('TITLE_JOINED');
  });
});
