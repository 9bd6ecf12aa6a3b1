// Documents copied from provincial, city and county portals and from the mirror sites that repost them: the page's
// furniture (breadcrumbs, account prompts, banners, table borders), its metadata in other layouts, input forms and
// damaged dates and numbers. Each excerpt is trimmed from a real page; the address stands above it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { isHtmlFile, parsePolicyBytes, parsePolicyText } from '../../import/index.ts';
import { normalizeLine } from '../../text/index.ts';
import { prepareDocument } from '../../import/run/decide-policy-document.ts';
import { createRunRegistry } from '../../import/write/run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';
import { readWebPage } from '../support/web-pages.ts';

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

describe("a law site's bar of bookmarks", () => {
  test('收藏本站| 设为首页| 首页 above the title is debris (law231.infoeach.com/view-MjMxfDExNDI2NQ==.html)', () => {
    const d = parse([
      '热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛',
      '收藏本站| 设为首页| 首页',
      '',
      '德宏州州级储备菜籽油管理办法(试行)',
      '',
      '作者:法律资料网 时间:2024-07-07 00:08:29  浏览:8435   来源:法律资料网',
      '',
      '德宏州州级储备菜籽油管理办法(试行)',
      '',
      '云南省德宏傣族景颇族自治州人民政府办公室',
      '',
      '第一章 总 则',
      '',
      '第一条 为了切实加强对州级储备食用菜籽油的管理,结合本州实际,制定本办法。',
    ]);
    expect(d.title).toBe('德宏州州级储备菜籽油管理办法(试行)');
    expect(codesAt(d, 'WEB_DEBRIS')).toContain(2);
  });
});

describe("a portal's metadata in other layouts", () => {
  // zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html (Anhui's disclosure platform)
  const taihu = parse([
    '首页 > 太湖县人民政府办公室信息公开 > 信息浏览',
    '索引号: 003129766/201901-00336 组配分类: 规范性文件发布',
    '信息分类: 通知   发布机构: 太湖县人民政府办公室',
    '生成日期: 2019-01-23 文号:',
    '发文日期: 2019-01-23 生效时间: 2019-01-23',
    '废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知',
    '信息来源: 关键词:',
    '浏览次数: 590 内容概述:',
    '',
    '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知',
    '',
    '各乡、镇人民政府,县政府各部门、各直属机构:',
    '  《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。',
    '太湖县人民政府',
    '2019年1月17日',
    '太湖县人民政府工作规则',
    '第一章  总  则',
    '一、根据《中华人民共和国宪法》《国务院工作规则》和《安庆市人民政府工作规则》,制定本规则。',
    '二、县政府工作的准则是,执政为民,依法行政,实事求是,民主公开,务实清廉。',
  ]);

  test('生成日期, 废止时间 and 名称 are labels: the title is the notice, not the record', () => {
    expect([taihu.title, taihu.noticeTitle]).toEqual([
      '太湖县人民政府工作规则',
      '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知',
    ]);
    expect(taihu.provenance).toMatchObject({ indexNumber: '003129766/201901-00336', topic: '通知' });
    expect(taihu.effectiveOn).toBe('2019-01-23');
    expect(everyText(taihu)).not.toMatch(/生成日期|废止时间|名称:|组配分类/);
  });

  test("the unit that posted the page is not the issuer; the signature's date wins over the portal's 发文日期", () => {
    expect([taihu.issuer, taihu.jurisdiction, taihu.tier]).toEqual(['太湖县人民政府', '太湖县', 'county']);
    expect(taihu.issuedOn).toBe('2019-01-17');
    expect(taihu.issues.filter((i) => i.code === 'METADATA_CONFLICT').map((i) => [i.line, i.message])).toEqual([
      [
        5,
        'the page\'s 发文日期 "2019-01-23" disagrees with the document\'s date "2019-01-17"; the document\'s value is kept',
      ],
    ]);
  });

  test('labels after bullets, each value after a blank line (zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml)', () => {
    const d = parse([
      '返回顶部',
      '',
      '镇巴县人民政府工作规则',
      '',
      '  • 索引号:',
      '',
      '    6107280000/2024-001005',
      '  • 主题分类:',
      '',
      '  • 来源:',
      '',
      '  • 发文机构:',
      '',
      '    县政府网站',
      '  • 发文字号:',
      '',
      '    镇政发〔2024〕7号',
      '  • 发文日期:',
      '',
      '    2024年04月06日 16:40',
      '  • 有效性:',
      '',
      '  • 发布日期:',
      '',
      '    2024年04月06日 16:34',
      '  • 内容概述:',
      '',
      '镇巴县人民政府工作规则',
      '',
      '第一章总则',
      '一、根据《中华人民共和国宪法》,结合本县实际,制定本规则。',
      '二、县政府工作的指导思想是,以习近平新时代中国特色社会主义思想为指导。',
    ]);
    expect(d).toMatchObject({
      title: '镇巴县人民政府工作规则',
      docNumber: '镇政发〔2024〕7号',
      jurisdiction: '镇巴县',
      publishedOn: '2024-04-06',
    });
    expect(d.provenance.indexNumber).toBe('6107280000/2024-001005');
    // The site named where the issuer belongs, and a stamp with its time of day, tell neither issuer nor date of writing;
    // the number does: 镇政发 is 镇巴县人民政府's.
    expect([d.issuer, d.issuedOn]).toEqual(['镇巴县人民政府', undefined]);
    expect(d.issues.filter((i) => i.code === 'BAD_PAGE_FIELD').map((i) => [i.line, i.message])).toEqual([
      [12, 'the page\'s 发文机构 "县政府网站" is not an agency (it names a website)'],
    ]);
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE')).toEqual([]);
    expect(d.articles.map((a) => a.label)).toEqual(['一、', '二、']);
  });

  test('a table copied with bars between its cells (275167.com/OpennessContent/download/1832411.html)', () => {
    const d = parse([
      '索引号 | 123417020032559063/202001-00048 | 组配分类 | 部门文件 |',
      '发布机构 | 宁国市气象局 | 发文日期 | 2020-01-13 09:23 |',
      '发布文号 | 国办发〔2018〕129号 | 关键词 | 贫困地区,扶贫,农产品,消费 |',
      '信息来源 | 宁国市气象局 | 主题导航 | 综合政务 |',
      '信息名称 | 国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见 | 内容概述 |',
      '国务院办公厅关于深入开展消费扶贫',
      '助力打赢脱贫攻坚战的指导意见',
      '国办发〔2018〕129号',
      '各省、自治区、直辖市人民政府,国务院各部委、各直属机构:',
      '消费扶贫是社会各界通过消费来自贫困地区和贫困人口的产品与服务,帮助贫困人口增收脱贫的一种扶贫方式。',
      '一、总体要求',
      '(一)指导思想。以习近平新时代中国特色社会主义思想为指导。',
    ]);
    expect(d).toMatchObject({
      title: '国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见',
      docNumber: '国办发〔2018〕129号',
      issuer: '国务院办公厅',
      tier: 'national',
      publishedOn: '2020-01-13',
      preamble: '消费扶贫是社会各界通过消费来自贫困地区和贫困人口的产品与服务,帮助贫困人口增收脱贫的一种扶贫方式。',
    });
    expect(d.issuedOn).toBeUndefined();
    expect(d.provenance).toMatchObject({ indexNumber: '123417020032559063/202001-00048', topic: '综合政务' });
    expect(codesAt(d, 'PAGE_METADATA')).toEqual([1]);
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS')).toEqual([]);
  });

  test('only the unit that posted the page names an issuer: it is taken, and said', () => {
    const d = parse([
      '发布机构 | 宁国市气象局 | 发文日期 | 2020-01-13 |',
      '关于做好汛期气象服务的通知',
      '一、加强监测',
      '二、及时预警',
    ]);
    expect([d.issuer, d.jurisdiction, d.issuedOn]).toEqual(['宁国市气象局', '宁国市', '2020-01-13']);
    expect(codesAt(d, 'ISSUER_FROM_PUBLISHER')).toEqual([1]);
  });

  test('a date whose 日 the page left off is read (laodongfa.com/stadata/bmgz/7504.html)', () => {
    const d = parse([
      '发文机关:山西省人民政府',
      '发布日期:2018年03月27',
      '生效日期:2018年03月27',
      '时效性 :现行有效',
      '文号 :晋政发〔2018〕13号',
      '山西省激发重点群体活力带动城乡居民增收的实施方案',
      '一、指导思想',
    ]);
    expect([d.publishedOn, d.effectiveOn, d.docNumber]).toEqual(['2018-03-27', '2018-03-27', '晋政发〔2018〕13号']);
    expect(d.issues.filter((i) => i.code === 'BAD_PAGE_FIELD')).toEqual([]);
  });

  test("a site's summary above its copy is no preamble (cni.top/html/2017/pioneerpolicy_1028/26711.html)", () => {
    const d = parse([
      '天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知',
      '导读:加强新形势下开发区的改革和创新发展,对于我市紧紧抓住重要历史性窗口期、全面建成高质量小康社会、建设社会主义现代化大都市具有重要意义。',
      '津政办函〔2017〕103号',
      '各区人民政府,各委、局,各直属单位:',
      '为贯彻落实《国务院办公厅关于促进开发区改革和创新发展的若干意见》(国办发〔2017〕7号),制定本方案。',
      '一、总体要求',
      '(一)指导思想。全面贯彻党的十九大精神。',
    ]);
    expect(d.preamble).toBe(
      '为贯彻落实《国务院办公厅关于促进开发区改革和创新发展的若干意见》(国办发〔2017〕7号),制定本方案。',
    );
    expect(codesAt(d, 'PAGE_METADATA')).toEqual([2]);
  });

  test('名称 alone on a line of the text is no label', () => {
    const d = parse(['某市人民政府关于促进就业的意见', '一、总体要求', '名称:某某产业园区']);
    expect(d.title).toBe('某市人民政府关于促进就业的意见');
    expect(d.issues.filter((i) => i.code === 'PAGE_METADATA')).toEqual([]);
  });

  test('归档时间 above the title is metadata, the widgets are debris (pingjiang.gov.cn/…/content_1202379.html)', () => {
    const d = parse([
      '归档时间:2018-11-21',
      '当前位置: 首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规',
      '',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)',
      '',
      '来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【',
      '视力保护色:',
      '浏览量:',
      '',
      '各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:',
      '《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。',
      '中共岳阳市委办公室',
      '岳阳市人民政府办公室',
      '2017年1月10日',
      '关于全面推进政务公开工作的实施意见',
      '一、把握总体要求,明确工作目标',
      '(一)总体要求。坚持以公开为常态、不公开为例外。',
    ]);
    expect(everyText(d)).not.toMatch(/归档时间|2018-11-21|视力保护色|浏览量/);
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE').map((i) => i.message)).not.toContainEqual(
      expect.stringMatching(/视力保护色|浏览量/),
    );
    expect(d.issuedOn).toBe('2017-01-10');
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

describe("a text file holding a page's markup", () => {
  // laodongfa.com/stadata/bmgz/7504.html, saved as .txt: labelled lines, then the page's source in one line.
  const copied = [
    '发文机关:山西省人民政府',
    '发布日期:2018年03月27',
    '生效日期:2018年03月27',
    '时效性 :现行有效',
    '文号 :晋政发〔2018〕13号',
    '<p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p> 现将《山西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们,请认真组织实施。</p><p style="text-align: right;"> 山西省人民政府</p><p style="text-align: right;"> 2018年3月27日</p><p style="text-align: right;"> (此件公开发布)</p><p><br/></p><p style="text-align: center;"><strong>山西省激发重点群体活力带动城乡居民增收的实施方案</strong></p><p><br/></p><p> 根据《国务院关于激发重点群体活力带动城乡居民增收的实施意见》(国发〔2016〕56号)精神,结合我省实际,制定本实施方案。</p><p><br/></p><p><strong> 一、指导思想</strong></p><p> 以习近平新时代中国特色社会主义思想为指导。</p><p><strong> 二、总体目标</strong></p><p> 到2020年,城镇就业规模逐步扩大。</p>',
  ].join('\n');

  test('is read as a page: its lines stay lines, its paragraphs become lines, no tag reaches the text', () => {
    const d = parsePolicyBytes(new TextEncoder().encode(copied), { file: 'shanxi.txt' });
    expect(d).toMatchObject({
      title: '山西省激发重点群体活力带动城乡居民增收的实施方案',
      docNumber: '晋政发〔2018〕13号',
      issuer: '山西省人民政府',
      issuedOn: '2018-03-27',
      publishedOn: '2018-03-27',
      publicRelease: true,
    });
    expect(d.articles.map((a) => [a.label, a.heading])).toEqual([
      ['一、', '指导思想'],
      ['二、', '总体目标'],
    ]);
    expect(everyText(d)).not.toMatch(/<|>/);
    expect(codesAt(d, 'PAGE_METADATA')).toEqual([1]);
    expect(d.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a plain text with 《》 written as <>, or quoting a tag or two, is no page', () => {
    expect(isHtmlFile('shanxi.txt', copied)).toBe(true);
    expect(isHtmlFile('plain.txt', '某市人民政府办公室关于印发<某市实施方案>的通知\n一、总体要求')).toBe(false);
    expect(isHtmlFile('plain.txt', '一、网页中的<br>和</p>标记不得出现在正文中。')).toBe(false);
    // A Markdown post carries tags in its paragraphs: it is the Markdown reader's.
    const post = '---\ntitle: 某市办法\n---\n<p>第一条 为了…</p>\n<p>第二条 …</p>\n<p>第三条 …</p>';
    expect(isHtmlFile('post.md', post)).toBe(false);
    expect(isHtmlFile('post.txt', post)).toBe(false);
  });

  test('a Markdown post with tags in its paragraphs stays Markdown (test/data/statute-copies)', () => {
    const name = 'gd-turang-banfa-vuepress.md';
    const bytes = readFileSync(fileURLToPath(new URL(`../data/statute-copies/${name}`, import.meta.url)));
    const viaBytes = parsePolicyBytes(bytes, { file: name });
    const viaText = parsePolicyText(new TextDecoder().decode(bytes), { file: name });
    expect(viaBytes.title).toBe('广东省实施《中华人民共和国土壤污染防治法》办法');
    expect(viaBytes.articles.map((a) => a.label)).toEqual(viaText.articles.map((a) => a.label));
  });

  test('a document without a title is never imported, even with a number', () => {
    const untitled = parsePolicyText('晋政发〔2018〕13号\n一、指导思想\n(一)坚持就业优先。', { file: 'untitled.txt' });
    expect(untitled.title).toBe('');
    expect(() => prepareDocument(untitled, createRunRegistry())).toThrow(
      'untitled.txt: no title was found (only the number 晋政发〔2018〕13号): the document is not imported; check that the file holds the title',
    );
  });
});

describe('pinyin injected by mirror sites', () => {
  test.each([
    // mlzzcz.com/contents/16/569.html: syllables without tone marks, one group or several after a character
    ['桂(gui)農廳發〔2022〕149號', '桂农厅发〔2022〕149号', 1],
    ['經自治(zhi)區(qu)(qu)人民政(zheng)府同意', '经自治区人民政府同意', 4],
    ['深入實(shi)施“藏(zang)糧(liang)(liang)于地”戰略(lve)', '深入实施“藏粮于地”战略', 5],
    // jumpstarthappiness.com/policy/74206.html: a tone mark and a stray space
    ['中國特色社會(huì )主義', '中国特色社会主义', 1],
    // never pinyin: numbering, years, Chinese in brackets, letters that are no syllable, one-letter items
    ['第(一)条', '第(一)条', 0],
    ['行动方案(2023—2025年)', '行动方案(2023—2025年)', 0],
    ['管理办法(试行)', '管理办法(试行)', 0],
    ['来源(qq)', '来源(qq)', 0],
    ['情形(a)', '情形(a)', 0],
    ['单位(kg)', '单位(kg)', 0],
    ['计划(gui)(xyz)', '计划(gui)(xyz)', 0],
  ])('%s → %s', (raw, text, removed) => {
    expect(normalizeLine(raw)).toMatchObject({ text, pinyinRemoved: removed });
  });

  test('the number reads right once the pinyin is gone, and the joint signature names both issuers', () => {
    const d = parse([
      '歡(huan)迎訪(fang)問廣(guang)西方略土地(di)房地(di)產(chan)評(ping)估有限公司官(guan)方網站',
      '桂(gui)農廳發〔2022〕149號',
      '各市、縣人民政(zheng)府(fu),自治區人民政(zheng)府(fu)各組成部門、各直屬機構(gou):',
      '經自治(zhi)區(qu)(qu)人民政(zheng)府同意,現將《廣西(xi)壯(zhuang)族自治(zhi)區(qu)(qu)高標準農田建設提升(sheng)行動方案》印發(fa)給(gei)你們,請認真組織實(shi)施。',
      '廣西(xi)壯族自治區農(nong)業農(nong)村廳 廣西(xi)壯族自治區財政廳',
      '2022年11月22日',
      '廣西壯族自治區高標準農田建設提升(sheng)行動方案',
      '一、總體要(yao)求',
      '(一)指導(dao)思想。以習(xi)(xi)近平新時代(dai)(dai)中(zhong)國特色社會主(zhu)義思想為指導。',
    ]);
    expect(d).toMatchObject({
      title: '广西壮族自治区高标准农田建设提升行动方案',
      docNumber: '桂农厅发〔2022〕149号',
      issuer: '广西壮族自治区农业农村厅、广西壮族自治区财政厅',
      jurisdiction: '广西壮族自治区',
      tier: 'provincial',
      issuedOn: '2022-11-22',
    });
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([1]);
    expect(d.citations.map((c) => c.docNumber)).not.toContain('农厅发〔2022〕149号');
    expect(everyText(d)).not.toMatch(/\([a-z]+\)/);
  });
});

describe('damaged dates and numbers are read when only one reading exists, and named either way', () => {
  test('a date of writing run together, 20151214 (nanning.gov.cn/…/t172298.html)', () => {
    const d = parse([
      '南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》等四项行政执法制度的通知',
      '各县、区人民政府,市政府各部门:',
      '  《南宁市行政执法公示制度》等四项行政执法制度已经市十三届人民政府第110次常务会议审议通过,现印发给你们,请结合实际,认真贯彻执行。',
      '                               20151214',
      '  南宁市行政执法公示制度',
      '  第一条   为规范行政执法行为,结合本市实际,制定本制度。',
      '  第二条   本市各级行政执法机关应当按照本制度规定做好行政执法公示工作。',
    ]);
    expect(d.issuedOn).toBe('2015-12-14');
    expect(d.issues.filter((i) => i.code === 'DAMAGED_DATE').map((i) => [i.line, i.severity, i.message])).toEqual([
      [4, 'info', 'damaged date "20151214" read as 2015-12-14'],
    ]);
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE').map((i) => i.message)).not.toContainEqual(
      expect.stringContaining('20151214'),
    );
  });

  test.each([
    ['{ 2017 6 23', '2017-06-23'],
    ['2017 6 3', '2017-06-03'],
  ])('a date of writing that lost 年月日 but kept its digits apart, %s, is %s (mdx.gov.cn)', (line, day) => {
    const d = parse([
      '某某县人民政府办公室关于印发某某县应急预案的通知',
      '各乡镇人民政府,县级有关部门:',
      '经县人民政府同意,现将《某某县应急预案》印发给你们,请认真贯彻执行。',
      '某某县人民政府办公室',
      line,
      '某某县应急预案',
      '一、总则',
      '二、组织体系',
    ]);
    expect(d.issuedOn).toBe(day);
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE').map((i) => i.message)).toEqual([]);
  });

  // nnxn.gov.cn/zwdt/ztzl/fgfzl/t4549538.html: 〔2020〕58号 lost its 〕 and 号, 2020年9月1日 its 年月日.
  const xingning = parse([
    '南兴府办函〔202058',
    '',
    '南宁市兴宁区人民政府办公室',
    '关于印发2020年兴宁区优化营商环境',
    '实施方案的通知',
    '',
    '各镇人民政府,各街道办事处,政府机关各部门:',
    '经兴宁区人民政府同意,现将2020年兴宁区优化营商环境实施方案》印发给你们,请结合实际,认真组织实施',
    '',
    '南宁市兴宁区人民政府办公室',
    '202091',
    '',
    '2020年兴宁区优化营商环境实施方案',
    '一、总体要求',
    '二、目标任务',
  ]);

  test('a number whose closing bracket and 号 were lost is read, with a warning naming the line', () => {
    expect(xingning.docNumber).toBe('南兴府办函〔2020〕58号');
    expect(
      xingning.issues.filter((i) => i.code === 'DAMAGED_NUMBER').map((i) => [i.line, i.severity, i.message]),
    ).toEqual([
      [
        1,
        'warning',
        'damaged document number "南兴府办函〔202058" read as 南兴府办函〔2020〕58号; check it against the source',
      ],
    ]);
    expect(xingning.noticeTitle).toBe('南宁市兴宁区人民政府办公室关于印发2020年兴宁区优化营商环境实施方案的通知');
  });

  // A number read from a form that lost a bracket is named too, as one that lost its 号 is (it was read silently, so a
  // reader could not tell a repaired number from a written one).
  test('a number that lost a bracket, under the title or in a portal field, is read with a warning naming the line', () => {
    const underTitle = parse([
      '广西壮族自治区人民政府办公厅关于印发某某实施方案的通知',
      '桂政办发〔2018 46号',
      '各市、县人民政府：',
      '现将《某某实施方案》印发给你们，请认真贯彻执行。',
      '广西壮族自治区人民政府办公厅',
      '2018年5月2日',
    ]);
    expect(underTitle.docNumber).toBe('桂政办发〔2018〕46号');
    expect(underTitle.issues.filter((i) => i.code === 'DAMAGED_NUMBER').map((i) => [i.line, i.severity])).toEqual([
      [2, 'warning'],
    ]);
    const field = parse([
      '发文字号：桂政办发2018〕46号',
      '标题：广西壮族自治区人民政府办公厅关于印发某某实施方案的通知',
      '广西壮族自治区人民政府办公厅关于印发某某实施方案的通知',
      '各市、县人民政府：',
      '现将《某某实施方案》印发给你们，请认真贯彻执行。',
      '广西壮族自治区人民政府办公厅',
      '2018年5月2日',
    ]);
    expect(field.docNumber).toBe('桂政办发〔2018〕46号');
    expect(codesAt(field, 'DAMAGED_NUMBER')).toEqual([1]);
    // Written whole, in any bracket, it is not named.
    const whole = parse([
      '桂政办发［2018］46号',
      '广西壮族自治区人民政府办公厅关于印发某某实施方案的通知',
      '各市、县人民政府：',
      '现将方案印发给你们。',
    ]);
    expect(whole.docNumber).toBe('桂政办发〔2018〕46号');
    expect(codesAt(whole, 'DAMAGED_NUMBER')).toEqual([]);
  });

  test('a date whose digits may be read more than one way is not read, with a warning naming the line', () => {
    expect(xingning.issuedOn).toBeUndefined();
    expect(
      xingning.issues.filter((i) => i.code === 'DAMAGED_DATE').map((i) => [i.line, i.severity, i.message]),
    ).toEqual([
      [
        11,
        'warning',
        'damaged date "202091" not read: 年, 月 or 日 and perhaps digits were lost (2020-09-01?); check it against the source',
      ],
    ]);
  });

  test.each([
    ['2020111', '2020-01-11 or 2020-11-01'],
    ['20209', '2020-09'],
  ])('%s is named with its readings (%s)', (digits, readings) => {
    const d = parse(['某市人民政府关于促进就业的意见', '一、总体要求', '某市人民政府', digits]);
    expect(d.issuedOn).toBeUndefined();
    expect(d.issues.find((i) => i.code === 'DAMAGED_DATE')?.message).toContain(`(${readings}?)`);
  });

  // Seven digits whose every reading, also with a digit lost beside 年月日, is one date: 2015917 (2015年9月17日;
  // 20150917 is the same day, and 91 is no month) is read; 202091 (9月1日, 9月1X日 or 9月X1日) is not.
  test('a date of seven digits with one reading even if a digit was lost, 2015917 (ganzhou.gov.cn), is read', async () => {
    const d = parse(['某市人民政府关于促进就业的意见', '一、总体要求', '某市人民政府', '2015917']);
    expect(d.issuedOn).toBe('2015-09-17');
    expect(d.issues.filter((i) => i.code === 'DAMAGED_DATE').map((i) => [i.line, i.severity, i.message])).toEqual([
      [4, 'info', 'damaged date "2015917" read as 2015-09-17'],
    ]);
    expect((await readWebPage('jx-ganzhou-2015-118.txt')).issuedOn).toBe('2015-09-17');
  });

  test('digits naming a day its month lacks (2015931, 20190230) are no sure date: named, not read', () => {
    for (const digits of ['2015931', '20190230']) {
      const d = parse(['某市人民政府关于促进就业的意见', '一、总体要求', '某市人民政府', digits]);
      expect(d.issuedOn).toBeUndefined();
      expect(d.issues.filter((i) => i.code === 'DAMAGED_DATE').map((i) => i.severity)).toEqual(['warning']);
    }
  });

  test('a number of eight digits that is no date is left alone', () => {
    const d = parse(['某市人民政府关于促进就业的意见', '一、总体要求', '某市人民政府', '20151399']);
    expect(d.issues.filter((i) => i.code === 'DAMAGED_DATE')).toEqual([]);
  });
});

describe("a number's short code does not lift a city's document to its province", () => {
  // szjgzx.jsszhrss.gov.cn/zcfg/2412.html, with the title's head left off: 苏 (Jiangsu) also opens 苏府, Suzhou's code.
  test('the signature names the city inside the province the code names', () => {
    const d = parse([
      '关于进一步做好新形势下创业就业工作的实施意见',
      '苏府[2015]139号',
      '各市、区人民政府,苏州工业园区、苏州高新区;市各委办局,各直属单位:',
      '一、积极鼓励创新创业带动就业',
      '(一)放宽市场准入条件。免收企业注册登记费。',
      '苏州市人民政府',
      '2015年9月28日',
    ]);
    expect([d.jurisdiction, d.tier, d.issuer]).toEqual(['苏州市', 'municipal', '苏州市人民政府']);
  });

  test("the province's own document keeps its province", () => {
    const d = parse([
      '关于进一步做好新形势下就业创业工作的实施意见',
      '苏政发〔2015〕90号',
      '一、总体要求',
      '(一)指导思想。坚持就业优先。',
      '江苏省人民政府',
      '2015年7月1日',
    ]);
    expect([d.jurisdiction, d.tier]).toEqual(['江苏省', 'provincial']);
  });
});

describe("a number's code that every place the text names contradicts does not decide the place", () => {
  // seebrin.com/zwgk/zcfg/zcwj/content/post_370933.html: a 韶关 county's (新丰县) work rules, the county's name blanked
  // in this copy. 新 is Xinjiang's short code, but 新府 is a county's form, and the text cites 广东省 and 韶关市 documents.
  const XINFENG = [
    '首页 > 政务公开 > 政策法规 > 政策文件',
    '关于印发《 工作规则》的通知',
    '来源:本站原创   作者:本站编辑   发布时间:2017-01-16 11:29:24   查看次数:-   字体: 默认   ',
    '新府〔2016〕2号',
    '关于印发《 工作规则》的通知',
    '各镇(街)政府(办事处),县直(含市属)各单位:',
    '《 工作规则》已经2015年11月27日第十四届33次县政府常务会审议通过,现予印发。',
    '2016年1月11日',
    '工作规则',
    '第一章  总   则',
    '一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《国务院工作规则》《广东省人民政府工作规则》和《韶关市人民政府工作规则》,结合我县政府工作实际,制定本规则。',
    '二、县政府工作的准则是,执政为民,依法行政,实事求是,民主公开,务实清廉。',
  ];

  test('新府〔2016〕2号 citing 广东省 and 韶关市 rules: no province, the county its words tell', () => {
    const d = parse(XINFENG);
    expect([d.docNumber, d.jurisdiction, d.tier]).toEqual(['新府〔2016〕2号', undefined, 'county']);
    expect(d.jurisdictions ?? []).not.toContainEqual(expect.objectContaining({ name: '新疆维吾尔自治区' }));
  });

  // per-better.com/rule/47841.html (寧政辦發〔2018〕47號, 南京市人民政府辦公廳), its title line left off: 宁 is 宁夏's code
  // and 南京's; the documents it cites are national and 江苏's (蘇政辦發).
  test("宁政办发 citing 江苏's 苏政办发 is no 宁夏 document", () => {
    const d = parse([
      '寧政辦發〔2018〕47號',
      '各區人民政府,市府各委辦局,市各直屬單位:',
      '為進一步加強和改進學校安全工作,根據《國務院辦公廳關于加強中小學幼兒園安全風險防控體系建設的意見》(國辦發〔2017〕35號)、《省政府辦公廳關于加強中小學幼兒園安全風險防控體系建設的實施意見》(蘇政辦發〔2017〕138號)等文件要求,經市政府同意,制定如下實施意見:',
      '一、總體要求',
      '(一)指導思想',
      '以習近平新時代中國特色社會主義思想為指引,認真貫徹黨的十九大精神和黨的教育方針。',
    ]);
    expect(d.docNumber).toBe('宁政办发〔2018〕47号');
    expect(d.jurisdiction).not.toBe('宁夏回族自治区');
    expect(d.tier).not.toBe('provincial');
  });

  test("a province's document citing its own and national documents keeps its province", () => {
    const d = parse([
      '关于进一步做好就业工作的通知',
      '新政发〔2016〕2号',
      '为贯彻落实《国务院关于做好当前和今后一段时期就业创业工作的意见》(国发〔2017〕28号)和《新疆维吾尔自治区就业促进条例》,现通知如下:',
      '一、总体要求',
      '(一)指导思想。坚持就业优先。',
    ]);
    expect([d.jurisdiction, d.tier]).toEqual(['新疆维吾尔自治区', 'provincial']);
  });
});

describe('titles and numbers from the right lines', () => {
  test("a column's word above a title headed by a place is no part of it (aqrd.gov.cn/plus/view.php?aid=2185)", () => {
    const d = parse([
      '当前位置: 主页 > 机关工作 > 调查研究 >',
      '调查研究',
      '',
      '安庆市人民政府工作规则',
      '',
      '发布时间:2014-05-05     阅读次数:',
      '第一章 总 则',
      '  一、根据《中华人民共和国宪法》、《国务院工作规则》和《安徽省人民政府工作规则》,结合本市实际,制定本规则。',
      '二、市政府工作的准则是,执政为民,依法行政,实事求是,民主公开,务实清廉。',
    ]);
    expect([d.title, d.jurisdiction, d.tier]).toEqual(['安庆市人民政府工作规则', '安庆市', 'municipal']);
    expect(codesAt(d, 'COLUMN_NAME')).toEqual([2]);
    expect(codesAt(d, 'TITLE_JOINED')).toEqual([]);
  });

  test('a title broken before its place-headed rest is still joined when its first line names no column', () => {
    const d = parse(['关于印发', '安庆市人民政府工作规则的通知', '一、总体要求', '(一)指导思想。坚持依法行政。']);
    expect(d.noticeTitle).toBe('关于印发安庆市人民政府工作规则的通知');
  });

  test("a law site's 【label】:value fields are page fields (lawfaq.cn/law/17-1431-1.html)", () => {
    const d = parse([
      '2019最新国务院工作规则全文',
      '',
      '【颁布单位】:国务院',
      '',
      '【颁布文号】:国发[2018]21号',
      '',
      '【效力级别】:中央其他规范性文件',
      '',
      '【时  效  性】:现行有效',
      '',
      '【颁布时间】:2018-06-24',
      '',
      '【执行时间】:2018-06-24',
      '',
      '第一章 总 则',
      '',
      '一、第十三届全国人民代表大会第一次会议产生的新一届中央人民政府,根据《中华人民共和国宪法》和《中华人民共和国国务院组织法》,制定本规则。',
      '',
      '二、国务院工作的准则是,执政为民,依法行政,实事求是,民主公开,务实清廉。',
    ]);
    expect([d.title, d.docNumber, d.docNumberOriginal, d.issuer, d.tier]).toEqual([
      '国务院工作规则',
      '国发〔2018〕21号',
      '国发[2018]21号',
      '国务院',
      'national',
    ]);
    expect([d.publishedOn, d.effectiveOn, d.provenance.validity]).toEqual(['2018-06-24', '2018-06-24', '现行有效']);
    expect(d.citations.map((c) => c.docNumber ?? c.title)).toEqual([
      '中华人民共和国宪法',
      '中华人民共和国国务院组织法',
    ]);
    expect(codesAt(d, 'PAGE_METADATA')).toEqual([3]);
    expect(codesAt(d, 'EXTRA_TITLE_LINE')).toEqual([]);
  });

  test("a line of the page's date, source and counter is no title (jilintou.com/news/newsshow654.aspx)", () => {
    const d = parse([
      '2017-08-07 来源:本站 | 阅读量:3126',
      '为深入贯彻落实《中共中央办公厅、国务院办公厅印发〈关于全面推行河长制的意见〉的通知》(厅字〔2016〕42号)精神,结合长春市实际,制定本工作方案。',
      '一、总体要求',
      '(一)指导思想',
      '全面贯彻党的十八大和十八届三中、四中、五中、六中全会精神。',
    ]);
    expect(d.title).toBe('');
    expect(codesAt(d, 'NO_TITLE')).toEqual([1]);
    expect(codesAt(d, 'PAGE_METADATA')).toEqual([1]);
    expect(d.publishedOn).toBe('2017-08-07');
    expect(everyText(d)).not.toMatch(/阅读量|来源/);
  });
});
