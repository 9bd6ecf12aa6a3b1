// Whole pages saved with a browser's Ctrl+S from government portals built on the 政府网站发展指引 (国办发〔2017〕47号)
// template: <head> meta tags (ArticleTitle, SiteName…), a header with the site's logo, accessibility links and a clock,
// menus, a breadcrumb, the 索引号 field table, the content and the footer. The real ones are test/data/saved-pages/
// (README there); the hand-made ones below follow the same template with another site, another layout and a policy
// document, to show the reading is the template's, not one portal's.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText, parsePolicyBytes, parsePolicyText, readPolicyFile } from '../../import/index.ts';
import { pageFooterLines } from '../../import/parse/html/cut-page-header.ts';
import type { PolicyDocument } from '../../model/index.ts';

const SAVED = join(import.meta.dirname, '..', 'data', 'saved-pages');
const readSaved = (name: string): Promise<PolicyDocument> => readPolicyFile(join(SAVED, name), { file: name });
const parseHtml = (html: string): PolicyDocument =>
  parsePolicyBytes(new TextEncoder().encode(html), { file: 'page.html' });

/** A 47号-style page of a city portal: a notice of the city government's office, its field table a <table>. */
function cityPage(head: string, NUMBER = '株政办发〔2023〕12号'): string {
  return `<!DOCTYPE html>
<!-- saved from url=(0061)https://www.zhuzhou.gov.cn/c1/20230605/i1234567.html -->
<html><head><meta charset="utf-8">
${head}
<meta name="SiteName" content="株洲市人民政府门户网站">
<meta name="SiteDomain" content="www.zhuzhou.gov.cn">
<meta name="SiteIDCode" content="4302000001">
<meta name="ColumnName" content="市政府办文件">
<meta name="PubDate" content="2024-03-05 09:12:44">
<meta name="ContentSource" content="市政府办">
<style>.top{color:red}</style>
</head>
<body>
<div class="top"><div class="logo"><h1>株洲市人民政府门户网站</h1></div>
<div class="tools"><a href="#">长者模式</a> | <a href="#">读屏</a> <span>2024年3月5日 星期二</span></div></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bs">办事服务</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 市政府办文件</div>
<table class="xxgk">
<tr><td>索引号：</td><td>4302000001/2023-01234</td><td>发布机构：</td><td>株洲市人民政府办公室</td></tr>
<tr><td>发文字号：</td><td>${NUMBER}</td><td>成文日期：</td><td>2023年6月1日</td></tr>
<tr><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>面向全社会</td></tr>
</table>
<div class="article">
<h2 class="title">株洲市人民政府办公室关于进一步加强城市燃气安全管理的通知</h2>
<div class="info">发布时间：2023-06-05　浏览次数：1024</div>
<div id="content">
<p>株政办发〔2023〕12号</p>
<p>各县市区人民政府，市政府各局委办、各直属机构：</p>
<p>为进一步加强城市燃气安全管理，经市人民政府同意，现就有关事项通知如下。</p>
<p>一、压实安全责任</p>
<p>各县市区人民政府对本行政区域内燃气安全负属地管理责任。</p>
<p>二、强化隐患排查</p>
<p>市城市管理局会同有关部门每季度开展一次燃气安全隐患排查。</p>
<p>株洲市人民政府办公室</p>
<p>2023年6月1日</p>
</div></div>
<div class="share">扫一扫在手机打开当前页</div>
<div class="footer"><p>主办：株洲市人民政府办公室　承办：株洲市数据资源局</p><p>湘ICP备05004390号　网站标识码：4302000001</p></div>
</body></html>`;
}
const TITLE = '株洲市人民政府办公室关于进一步加强城市燃气安全管理的通知';

describe('the page’s head names the document’s title: the header above its line is the site’s', () => {
  test('htmlToText reads the head’s titles: ArticleTitle first, then <title> without the site’s name', () => {
    const page = htmlToText(
      cityPage(`<meta name="ArticleTitle" content="${TITLE}"><title>${TITLE}_株洲市人民政府门户网站</title>`),
    );
    expect(page.headTitles).toEqual([TITLE]);
    const siteFirst = htmlToText(cityPage(`<title>株洲市人民政府门户网站 - ${TITLE}</title>`));
    expect(siteFirst.headTitles).toEqual([TITLE]);
    // Without SiteName the longer part of the <title> is taken first, the other after it.
    expect(
      htmlToText(`<html><head><title>市政府文件 | ${TITLE}</title></head><body>x</body></html>`).headTitles,
    ).toEqual([TITLE, '市政府文件', `市政府文件 | ${TITLE}`]);
  });

  test.each([
    ['ArticleTitle', `<meta name="ArticleTitle" content="${TITLE}"><title>${TITLE}_株洲市人民政府门户网站</title>`],
    ['<title> with the site first', `<title>株洲市人民政府门户网站 - ${TITLE}</title>`],
  ])('a hand-made 47号 page of another portal (%s): title, number, issuer, place', (_, head) => {
    const d = parseHtml(cityPage(head));
    expect(d).toMatchObject({
      title: TITLE,
      docNumber: '株政办发〔2023〕12号',
      issuer: '株洲市人民政府办公室',
      tier: 'municipal',
      jurisdiction: '株洲市',
      issuedOn: '2023-06-01',
    });
    expect(d.articles.map((a) => a.heading)).toEqual(['压实安全责任', '强化隐患排查']);
    expect(d.issues.filter((i) => i.code === 'PAGE_HEADER')).toHaveLength(1);
  });

  test('a page whose title stands only in its content keeps the red header and number above it', () => {
    const html = cityPage(
      `<meta name="ArticleTitle" content="株洲市人民政府关于加强城市燃气安全管理的通知">`,
      '株政发〔2023〕12号',
    )
      .replace(/<h2 class="title">[^<]*<\/h2>/, '')
      .replace(
        '<p>株政办发〔2023〕12号</p>',
        '<p>株洲市人民政府文件</p><p>株政发〔2023〕12号</p><p>株洲市人民政府关于加强城市燃气安全管理的通知</p>',
      )
      .replace('<p>株洲市人民政府办公室</p>', '');
    const d = parseHtml(html);
    expect(d).toMatchObject({
      title: '株洲市人民政府关于加强城市燃气安全管理的通知',
      docNumber: '株政发〔2023〕12号',
      issuer: '株洲市人民政府',
    });
    expect(d.issues.find((i) => i.code === 'PAGE_HEADER')?.message).not.toContain('株洲市人民政府文件');
  });

  test('a <title> holding only the site’s name, which the signature repeats, cuts nothing above the signature', () => {
    const d = parseHtml(
      [
        '<html><head><meta charset="utf-8"><title>宜春市人民政府</title></head><body>',
        '<div>宜春市人民政府关于印发宜春市促进就业若干措施的通知</div>',
        '<div>宜府发〔2023〕5号</div>',
        '<p>各县（市、区）人民政府，市政府各部门：</p>',
        '<p>现将《宜春市促进就业若干措施》印发给你们，请认真贯彻执行。</p>',
        '<p>一、加大就业补贴力度。</p>',
        '<p>二、强化培训。</p>',
        '<p>宜春市人民政府</p>',
        '<p>2023年3月1日</p>',
        '<p>返回顶部</p><p>宜春市人民政府 主办</p>',
        '</body></html>',
      ].join('\n'),
    );
    expect(d).toMatchObject({ title: '宜春市促进就业若干措施', docNumber: '宜府发〔2023〕5号' });
    expect(d.articles).toHaveLength(2);
    expect(d.issues.filter((i) => i.code === 'PAGE_HEADER' || i.code === 'PAGE_FOOTER')).toEqual([]);
  });

  test.each([
    ['jx-wanzai-stats-bulletin-2022.html', '万载县2022年国民经济和社会发展统计公报'],
    ['jx-yichun-stats-bulletin-2022.html', '宜春市2022年国民经济和社会发展统计公报'],
    ['jx-wanzai-stats-bulletin-2015.html', '万载县2015年国民经济和社会发展统计公报'],
    ['jx-jiangxi-stats-bulletin-2022-on-yichun.html', '江西省2022年国民经济和社会发展统计公报'],
  ])('the real page %s is titled by its own line, not its header', async (name, title) => {
    expect((await readSaved(name)).title).toBe(title);
  });
});

describe('header furniture is debris wherever it stands', () => {
  test('accessibility links and a clock with its weekday are no title', () => {
    const d = parsePolicyText(
      [
        '网站无障碍关怀版',
        '2023年10月11日星期三',
        '长者模式 | 读屏',
        '关于做好2024年春耕生产工作的通知',
        '各乡镇人民政府：',
        '一、抓好种子供应',
        '各地要做好种子调运。',
      ].join('\n'),
      { file: 'page.txt' },
    );
    expect(d.title).toBe('关于做好2024年春耕生产工作的通知');
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS').map((i) => i.line)).toEqual([1, 2, 3]);
  });

  test('an elder-mode link beside the site’s other versions (长辈版 | 繁體版) is debris, as an accessibility link is', () => {
    const d = parsePolicyText(
      [
        '长辈版 | 繁體版',
        'English | 老年模式',
        '关于做好2024年春耕生产工作的通知',
        '各乡镇人民政府：',
        '一、抓好种子供应',
        '各地要做好种子调运。',
      ].join('\n'),
      { file: 'page.txt' },
    );
    expect(d.title).toBe('关于做好2024年春耕生产工作的通知');
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS').map((i) => i.line)).toEqual([1, 2]);
  });
});

describe('the bar closing an article is the same bar the debris reader knows', () => {
  test('【打印此页】, debris to the debris reader, ends the article: the footer is cut from it', () => {
    const lines = [
      '关于做好春耕生产工作的通知',
      '各乡镇人民政府：',
      '做好种子调运。',
      '【打印此页】【关闭窗口】',
      '某县人民政府 主办',
    ];
    expect(pageFooterLines(lines, 0)).toEqual([3, 4]);
  });
});

describe('the document’s own byline and sign-off name its issuer, not the site that posts it', () => {
  test('a byline of two bodies parted by spaces is a joint issue; a date in brackets under it is the issue date', () => {
    const d = parsePolicyText(
      [
        '株洲市2023年国民经济和社会发展统计公报',
        '株洲市统计局  国家统计局株洲调查队',
        '（2024年3月20日）',
        '2023年，全市上下坚持稳中求进工作总基调。',
        '一、综合',
        '全年地区生产总值增长5.0%。',
        '二、农业',
        '全年粮食产量稳定。',
      ].join('\n'),
      { file: 'page.txt' },
    );
    expect(d).toMatchObject({
      issuer: '株洲市统计局、国家统计局株洲调查队',
      issuedOn: '2024-03-20',
      tier: 'municipal',
      jurisdiction: '株洲市',
    });
  });

  test('a sign-off in brackets after the last section is the signature', () => {
    const d = parsePolicyText(
      [
        '醴陵市2015年国民经济和社会发展统计公报',
        '一、综合',
        '全年生产总值增长8%。',
        '二、农业',
        '粮食稳定。',
        '（醴陵市统计局）',
      ].join('\n'),
      { file: 'page.txt' },
    );
    expect(d).toMatchObject({ issuer: '醴陵市统计局', tier: 'county', jurisdiction: '醴陵市' });
    expect(d.articles.at(-1)!.text).not.toContain('醴陵市统计局');
  });

  test.each([
    ['jx-wanzai-stats-bulletin-2022.html', '万载县统计局、国家统计局万载调查队', 'county', '万载县'],
    ['jx-yichun-stats-bulletin-2022.html', '宜春市统计局、国家统计局宜春调查队', 'municipal', '宜春市'],
    ['jx-wanzai-stats-bulletin-2015.html', '万载县统计局', 'county', '万载县'],
    // A provincial bulletin reposted by a city portal: its byline, not the city's 发布机构, tells whose it is.
    ['jx-jiangxi-stats-bulletin-2022-on-yichun.html', '江西省统计局、国家统计局江西调查总队', 'provincial', '江西省'],
  ])('the real page %s: issuer %s', async (name, issuer, tier, jurisdiction) => {
    expect(await readSaved(name)).toMatchObject({ issuer, tier, jurisdiction });
  });
});

describe('sections numbered 01, 02, … run into their headings, as bulletins posted from WeChat number them', () => {
  test('01综合 … 03工业: articles headed without their numbers; a figure and a unit (12月, 10个) opens none', () => {
    const d = parsePolicyText(
      [
        '湖南省2023年国民经济和社会发展统计公报',
        '湖南省统计局  国家统计局湖南调查总队',
        '2024年3月20日',
        '01综合',
        '全年地区生产总值增长4.6%。',
        '12月末全省常住人口6568万人。',
        '02农业',
        '全年粮食产量3068万吨。',
        '03工业和建筑业',
        '全年规模以上工业增加值增长7.1%。',
      ].join('\n'),
      { file: 'page.txt' },
    );
    expect(d.articles.map((a) => [a.label, a.heading])).toEqual([
      ['01', '综合'],
      ['02', '农业'],
      ['03', '工业和建筑业'],
    ]);
    expect(d.articles[0]!.text).toContain('12月末全省常住人口');
  });

  test('the real repost of 江西省’s bulletin: 01综合 to 12资源、环境和应急管理', async () => {
    const d = await readSaved('jx-jiangxi-stats-bulletin-2022-on-yichun.html');
    expect(d.articles).toHaveLength(12);
    expect(d.articles.slice(0, 3).map((a) => a.heading)).toEqual(['综合', '农业', '工业和建筑业']);
  });
});
