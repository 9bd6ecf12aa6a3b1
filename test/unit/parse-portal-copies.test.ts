// Documents copied from provincial, city and county portals and from the mirror sites that repost them: the page's
// furniture (breadcrumbs, account prompts, banners, table borders), its metadata in other layouts, input forms and
// damaged dates and numbers. Each excerpt is trimmed from a real page; the address stands above it.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const codesAt = (d: PolicyDocument, code: string): number[] =>
  d.issues.filter((i) => i.code === code).map((i) => i.line);
const everyText = (d: PolicyDocument): string =>
  [
    d.title,
    d.noticeTitle ?? '',
    d.preamble ?? '',
    ...d.parts.map((p) => `${p.heading}${p.text ?? ''}`),
    ...d.articles.map((a) => `${a.heading}${a.text}`),
  ].join('\n');

describe('breadcrumbs and page labels are debris, never the title', () => {
  test('您现在的位置 before a city notice (szjgzx.jsszhrss.gov.cn/zcfg/2412.html)', () => {
    const d = parse([
      '政策法规',
      '您现在的位置:首页 > 政策法规 > 正文',
      '发布时间:2016-09-18    信息来源:未知',
      '苏州市政府印发关于进一步做好新形势下创业就业工作的实施意见的通知',
      '苏府[2015]139号',
      '各市、区人民政府,苏州工业园区、苏州高新区、太仓港口管委会;市各委办局,各直属单位:',
      '《关于进一步做好新形势下创业就业工作的实施意见》已经市政府第43次常务会议讨论通过,现印发给你们,请结合实际,认真贯彻落实。',
      '苏州市人民政府',
      '2015年9月28日',
      '一、积极鼓励创新创业带动就业',
      '(一)放宽市场准入条件。严格执行有关规定,免收企业注册登记费。',
    ]);
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([1, 2]);
    expect(everyText(d)).not.toMatch(/位置|首页/);
    expect([d.jurisdiction, d.tier, d.issuer]).toEqual(['苏州市', 'municipal', '苏州市人民政府']);
  });

  test.each([
    // zyrhbw.com/gdqy/newxxgk/fgwj/szfbgswj/content/post_1078912.html (traditional characters)
    ['您當前的位置:首頁 > 政務公開 > 法規文件 > 市政府辦公室文件'],
    // vcd666.com/news/gn/szxw/201812/27/1679091.shtml
    ['您現在的位置:海峽網>新聞中心>國內頻道>時政新聞'],
    ['你的位置：首页 > 信息公开'],
    ['所在位置：首页 > 通知公告'],
    // pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html: page widgets
    ['视力保护色:'],
    ['浏览量:'],
    // vcd666.com: a share button on its own line
    ['分享'],
    // nanning.gov.cn/zwgk/fdzdgknr/zcwj/nnzb/nnzb2015n/2015ndesyq/t172298.html: the site's banner
    [
      '社会主义核心价值观:  富强、  民主、  文明、  和谐,  自由、  平等、  公正、  法治,  爱国、  敬业、  诚信、  友善。',
    ],
    // gecc.net.cn/guangxi/201503/710.html: account prompts, social accounts and the site's sections
    ['没有账号?'],
    ['注册 |'],
    ['登录 |'],
    ['微信'],
    ['gecc微信公众号'],
    ['国家政策'],
    ['部委文件'],
    ['广西文件'],
    // wenshang.gov.cn/art/2017/12/12/art_101404_808424.html: borders of an empty table
    ['||||'],
    ['|'],
  ])('%s is debris', (line) => {
    const d = parse([line, '某市人民政府关于促进就业的意见', '一、总体要求', '(一)指导思想。坚持就业优先。']);
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([1]);
    expect(d.title).toBe('某市人民政府关于促进就业的意见');
  });

  test.each([
    '位置:本项目位于高新区',
    '若干政策',
    '规范性文件',
    '关于推进政务微信',
    '社会主义核心价值观是当代中国精神的集中体现。',
    '(三)规范政务微信公众号',
  ])('%s is no debris', (line) => {
    const d = parse(['某市人民政府关于促进就业的意见', '一、总体要求', line]);
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS')).toEqual([]);
  });

  test('a title line closed by a table border, after lines of borders (wenshang.gov.cn/…/art_101404_808424.html)', () => {
    const d = parse([
      '首页 |',
      '|',
      '济宁市人民政府关于进一步做好新形势下就业创业工作的意见 |',
      '||||',
      '|',
      '||||',
      '各县(市、区)人民政府,济宁高新区、太白湖新区、济宁经济技术开发区管委会,市政府各部门:',
      '一、深入实施就业优先战略',
      '1.坚持就业优先发展战略。各级政府要把稳定和扩大就业作为优先选项。',
    ]);
    expect(d.title).toBe('济宁市人民政府关于进一步做好新形势下就业创业工作的意见');
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([1, 2, 4, 5, 6]);
    expect(everyText(d)).not.toContain('|');
  });
});

describe('spam lines', () => {
  test('a line of porn-site keywords above the title is spam (zyrhbw.com/…/post_1078912.html)', () => {
    const d = parse([
      '久热国产VS视频在线观看,国产放荡对白视频在线观看,99精品热这里只有精品,国产国产人免费人成免费视频',
      '',
      '清遠市人民政府辦公室關于印發清遠市推進政務新媒體健康有序發展實施意見的通知',
      '各縣(市、區)人民政府,市政府各部門、各直屬機構:',
      '一、職責分工',
      '(一)市政府辦公室負責主管全市政務新媒體工作。',
    ]);
    expect(codesAt(d, 'SPAM_LINE')).toEqual([1]);
    expect(everyText(d)).not.toMatch(/在线观看|精品/);
  });

  test('a sentence or heading of the text that names lotteries or online lending is no spam', () => {
    const d = parse([
      '某市人民政府关于加快发展体育产业的若干意见',
      '一、加大投入',
      '(一)加大彩票公益金支持力度。将体育彩票公益金的一定比例用于全民健身。',
      '(二)规范网贷平台。开展网贷风险专项整治,打击刷单炒信。',
      '(三)整治棋牌室和网贷广告',
      '关于规范彩票公益金使用管理的通知',
    ]);
    expect(d.issues.filter((i) => i.code === 'SPAM_LINE')).toEqual([]);
    expect(d.articles.map((a) => a.heading)).toEqual([
      '加大彩票公益金支持力度',
      '规范网贷平台',
      '整治棋牌室和网贷广告',
    ]);
  });

  test('an advertisement with a contact is spam however short', () => {
    const d = parse([
      '某市人民政府关于促进就业的意见',
      '一、总体要求',
      '加微信 lz8888 领取高额补贴',
      '威尼斯人娱乐城 注册送88元',
    ]);
    expect(codesAt(d, 'SPAM_LINE')).toEqual([3, 4]);
  });
});
