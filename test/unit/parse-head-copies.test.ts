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

  test.each([
    ['关于进一步落实稳就业政策', '促进高质量充分就业的通知'],
    ['关于调整城乡居民养老保险缴费标准', '和待遇水平的通知'],
    ['关于加强政务服务事项清单', '及办理流程管理的通知'],
  ])('a title broken after a word that also ends titles (%s / %s) is still joined', (first, second) => {
    const text = [
      first,
      second,
      '桂人社发〔2024〕9号',
      '各市人力资源社会保障局：',
      '一、总体要求。做好相关工作。',
    ].join('\n');
    expect(parsePolicyText(text, { file: 'broken.txt' }).title).toBe(first + second);
  });

  test('an addressee line is no statute title even when a line telling an adoption follows it', () => {
    const text = [
      '各乡镇人民政府，县直各单位：',
      '2024年2月20日县人民政府第12次常务会议通过',
      '三江侗族自治县油茶产业扶持办法',
      '第一条　为扶持油茶产业，制定本办法。',
      '第二条　县林业局负责组织实施。',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'sanjiang-oil-tea.txt' });
    expect(d.title).toBe('三江侗族自治县油茶产业扶持办法');
    expect(d.authorityLevel).toBeUndefined();
  });

  test('(此件公开发布) under a title does not make the text a statute', () => {
    const text = [
      '柳州市科技创新券管理办法',
      '（此件公开发布）',
      '第一条　为规范科技创新券管理，制定本办法。',
      '第二条　市科技局负责创新券的发放和兑付。',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'liuzhou-vouchers.txt' });
    expect(d.title).toBe('柳州市科技创新券管理办法');
    expect(d.authorityLevel).toBeUndefined();
    expect(d.publicRelease).toBe(true);
  });

  test('a 条例 a gov.cn page publishes under 国令第N号 is an administrative regulation; numbered 若干政策 get no level', () => {
    const decree = [
      '发文机关：\t国务院\t成文日期：\t2023年5月10日',
      '标\u3000\u3000题：\t某某事业管理条例',
      '发文字号：\t国令第761号\t发布日期：\t2023年5月20日',
      '中华人民共和国国务院令',
      '第761号',
      '《某某事业管理条例》已经2023年4月28日国务院第5次常务会议通过，现予公布，自2023年7月1日起施行。',
      '某某事业管理条例',
      '第一条　为了规范某某事业管理，制定本条例。',
      '第二条　国务院有关部门按照职责分工负责某某事业管理工作。',
    ].join('\n');
    const d = parsePolicyText(decree, { file: 'decree.txt' });
    expect(d).toMatchObject({
      title: '某某事业管理条例',
      docNumber: '国令第761号',
      authorityLevel: 'administrative_regulation',
    });
    const notice = parsePolicyText(BROKEN_TITLE, { file: 'liuzhou-nev.txt' });
    expect(notice.authorityLevel).toBeUndefined();
  });
});
