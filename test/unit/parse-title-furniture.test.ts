// Titles of real pages that carried the page's furniture into the title, its id and its level: a site's name, a
// wiki's infobox, a portal's bulleted fields, '?' for lost spaces, a site's edition note, a decree's bracketed number.
// Each excerpt is trimmed from a real page (saved by testers D and E); the address stands above it.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import { prepareDocument } from '../../import/run/decide-policy-document.ts';
import { createRunRegistry } from '../../import/write/run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';
import { readWebPage } from '../support/web-pages.ts';

const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });

describe('page furniture is never the title', () => {
  test("a site's name and slogan above a city decree; the decree's number in brackets (fymate.net/html/text/lar/167814/16781431.html)", () => {
    const d = parse([
      '法搜网--中国法律信息搜索网',
      '杭州市机关档案工作管理规定',
      '*注:本篇法规已被:杭州市人民政府关于修改《杭州市外商投资企业投诉及处理办法》等32件市政府规章部分条款的决定(发布日期:2011年2月1日,实施日期:2011年2月1日)修改',
      '',
      '杭州市人民政府令',
      ' (第79号)',
      '',
      '  《杭州市机关档案工作管理规定》已经市人民政府审议通过,现予发布,自发布之日起施行。',
      '                            市长 王永明',
      '                         一九九四年十二月十七日',
      '            杭州市机关档案工作管理规定',
      '',
      '第一章 总则',
      '',
      '  第一条 为了进一步提高全市机关档案工作水平,更好地维护机关历史的真实面貌,有效地保护和利用档案,为机关的各项工作服务,根据《中华人民共和国档案法》及国家有关法律、法规,结合本市实际情况,制定本规定。',
      '  第二条 本规定适用于杭州市市区范围内各级机关和人民团体(以下统称机关)的档案管理工作。',
    ]);
    expect(d.title).toBe('杭州市机关档案工作管理规定');
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS').map((i) => i.line)).toEqual([1]);
    expect([d.docNumber, d.issuer, d.authorityLevel, d.jurisdiction]).toEqual([
      '杭州市人民政府令第79号',
      '杭州市人民政府',
      'local_government_rule',
      '杭州市',
    ]);
  });

  test("a document-sharing site's prompt to add it to the desktop (xiaomilidoc.com/p-15166489.html)", async () => {
    const d = await readWebPage('nmg-keji-jinbu-regulation-doc.txt');
    expect(d.title).toBe('内蒙古自治区科学技术进步条例');
    expect([d.tier, d.jurisdiction]).toEqual(['provincial', '内蒙古自治区']);
    const lines = parse([
      '手机桌面',
      '添加某某文档网到手机桌面',
      '安装后可以在桌面快捷访问',
      '下载APP',
      '',
      '广西壮族自治区水资源管理条例',
      '第一条 为了加强水资源管理,制定本条例。',
      '第二条 本条例自公布之日起施行。',
    ]);
    expect(lines.title).toBe('广西壮族自治区水资源管理条例');
    // Read as the statute it is, the four lines of the site's prompt set aside as the page's.
    expect(lines.issues.find((i) => i.code === 'PAGE_FURNITURE')?.message).toMatch(/^4 line\(s\) of the page/);
  });

  test("a site's edition note after the title in 《》 (jumpstarthappiness.com/policy/32086.html, traditional)", () => {
    const d = parse([
      '《黑龍江省促進(jìn)科技成果轉化條例》2016年修訂版(全文)',
      '黑龍江省第十二屆人民代表大會(huì )常務(wù)委員會(huì )公告第45號',
      '《黑龍江省促進(jìn)科技成果轉化條例》已由黑龍江省第十二屆人民代表大會(huì )常務(wù)委員會(huì )第三十次會(huì )議于2016年12月16日通過(guò),現予公布,自2017年2月1日起施行。',
      '黑龍江省人民代表大會(huì )常務(wù)委員會(huì )',
      '2016年12月16日',
      '(2016年12月16日黑龍江省第十二屆人民代表大會(huì )常務(wù)委員會(huì )第三十次會(huì )議通過(guò))',
      '第一章 總則',
      '第一條 為了促進(jìn)科技成果轉化為現實(shí)生產(chǎn)力,規范科技成果轉化活動(dòng),根據《中華人民共和國促進(jìn)科技成果轉化法》等有關(guān)法律、行政法規,結合本省實(shí)際,制定本條例。',
      '第二條 本省行政區域內科技成果轉化及相關(guān)活動(dòng),適用本條例。',
    ]);
    expect([d.title, d.kind, d.jurisdiction]).toEqual(['黑龙江省促进科技成果转化条例', 'regulation', '黑龙江省']);
    // A 条例 its standing committee announces and signs: a local regulation (the general reader reads the announcement).
    expect(d.authorityLevel).toBe('local_regulation');
  });

  test("a site's category over a page of one chapter (economiclaws.net/big5/fagui_207722, traditional)", () => {
    const d = parse([
      '新疆自治區條例',
      '1. 新疆維吾爾自治區環境保護條例的第一章 總 則',
      '第一條 為保護和改善環境,防治污染和其他公害,保障人體健康和環境安全,根據《中華人民共和國環境保護法》和有關法律、法規,結合自治區實際,制定本條例。',
      '第二條 本條例所稱環境,是指影響人類生存和發展的各種天然的和經過人工改造的自然因素的總體。',
      '第三條 本條例適用於自治區行政區域內的環境保護以及相關管理活動。',
    ]);
    expect([d.title, d.jurisdiction, d.authorityLevel]).toEqual([
      '新疆维吾尔自治区环境保护条例',
      '新疆维吾尔自治区',
      'local_regulation',
    ]);
    expect(d.articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条']);
  });

  test.each([
    ['《黑龙江省促进科技成果转化条例》2016年修订版(全文)', '黑龙江省促进科技成果转化条例'],
    ['四川省体育条例(全文内容)', '四川省体育条例'],
    ['《X省Y条例》最新版', 'X省Y条例'],
    // Not an edition: a title's own bracketed note stays.
    ['关于加强档案工作的意见(试行)', '关于加强档案工作的意见(试行)'],
    ['《甲》和《乙》', '《甲》和《乙》'],
  ])('edition note of %s', async (written, title) => {
    const { withoutEditionNote } = await import('../../import/parse/read-title.ts');
    expect(withoutEditionNote(written)).toBe(title);
  });

  test("a wiki's infobox (基本介绍•中文名:…) above the notice (newton.com.tw/wiki/安徽省大氣污染防治行動計畫實施方案, traditional)", () => {
    const d = parse([
      '安徽省大氣污染防治行動計畫實施方案',
      '',
      '2013年12月30日,安徽省人民政府以皖政〔2013〕89號印發《安徽省大氣污染防治行動計畫實施方案》。該《實施方案》分總體目標、主要任務、保障機制3部分40條。',
      '',
      '基本介紹',
      '',
      '  • 中文名:安徽省大氣污染防治行動計畫實施方案',
      '  • 印發機關:安徽省人民政府',
      '  • 文號:皖政〔2013〕89號',
      '  • 印發時間:2013年12月30日',
      '通知,實施方案,一、總體目標,二、主要任務,三、保障機制,附屬檔案,',
      '',
      '通知',
      '',
      '安徽省人民政府關於印發安徽省大氣污染防治行動計畫實施方案的通知',
      '皖政〔2013〕89號',
      '各市、縣人民政府,省政府各部門、各直屬機構:',
      '現將《安徽省大氣污染防治行動計畫實施方案》印發給你們,請結合實際,認真貫徹執行。',
      '2013年12月30日',
      '',
      '實施方案',
      '',
      '安徽省大氣污染防治行動計畫實施方案',
      '為貫徹落實《國務院關於印發大氣污染防治行動計畫的通知》(國發〔2013〕37號)精神,切實加強大氣污染防治,結合我省實際,制訂本實施方案。',
      '',
      '一、總體目標',
      '',
      '到2017年,全省空氣品質總體改善,重污染天氣較大幅度減少,優良天數逐年提高。',
      '',
      '二、主要任務',
      '',
      '(一)加強工業大氣污染治理',
    ]);
    expect(d.title).toBe('安徽省大气污染防治行动计画实施方案');
    expect(d.title).not.toMatch(/[•:]/);
    expect([d.docNumber, d.issuer, d.tier]).toEqual(['皖政〔2013〕89号', '安徽省人民政府', 'provincial']);
  });

  test("a portal's bulleted fields and '?' for lost spaces (findgay.net/…/art_baf3a8f403d94a31b2e0701a9e28746d.html, traditional)", () => {
    const d = parse([
      '- 信息來源:市政府',
      '- 發布日期:2019-01-18 16:13',
      '- 瀏覽次數:',
      '各市(區)人民政府,泰州醫藥高新區管委會,市各委、辦、局,市各直屬單位:',
      '《泰州市打贏藍天保衛戰三年行動計劃實施方案》已經市政府第21次常務會議審議通過,現印發給你們,請認真遵照執行。',
      '?',
      '????????????????????????? ?泰州市人民政府',
      '????????????????????? 2018年12月24日',
      '(此件公開發布)',
      '?',
      '泰州市打贏藍天保衛戰三年行動計劃實施方案',
      '?',
      '為加快改善環境空氣質量,根據國務院《打贏藍天保衛戰三年行動計劃》和省政府《江蘇省打贏藍天保衛戰三年行動計劃實施方案》等文件要求,結合本市實際,制定本實施方案。',
      '一、總體要求',
      '(一)指導思想。以習近平新時代中國特色社會主義思想為指導,堅決打贏藍天保衛戰。',
      '(二)目標指標。經過三年努力,大幅減少主要大氣污染物排放總量。',
    ]);
    expect(d.title).toBe('泰州市打赢蓝天保卫战三年行动计划实施方案');
    expect([d.issuer, d.tier, d.jurisdiction, d.issuedOn]).toEqual([
      '泰州市人民政府',
      'municipal',
      '泰州市',
      '2018-12-24',
    ]);
  });
});

describe("a wiki's copy of a city's rules that lost its 一、 headings (newton.com.tw/wiki/六安市大氣污染防治行動計畫實施細則/16017392, traditional)", () => {
  const lines = [
    '檔案通知',
    '六安市人民政府關於印發六安市大氣污染防治行動計畫實施細則的通知',
    '六政〔2014〕23號',
    '各縣區人民政府,開發區、試驗區、示範園區管委,市政府各部門、各直屬機構:',
    '現將《六安市大氣污染防治行動計畫實施細則》印發給你們,請結合實際,認真貫徹執行。',
    '六安市人民政府',
    '2014年3月30日',
    '實施細則',
    '六安市大氣污染防治行動計畫實施細則',
    '為貫徹落實《安徽省大氣污染防治行動計畫實施方案》(皖政〔2013〕89號),努力改善空氣品質,結合我市實際,制定本細則。',
    '主要任務',
    '加快產業結構調整',
    '1.最佳化產業布局。堅定不移實施主體功能區制度,劃定生態紅線。',
    '2.嚴格環境準入。嚴格實施主要污染物排放總量控制。',
  ];

  test("a site's tag (檔案通知) is no title when an organ's notice follows", () => {
    const d = parse(lines);
    expect([d.title, d.noticeTitle, d.docNumber]).toEqual([
      '六安市大气污染防治行动计画实施细则',
      '六安市人民政府关于印发六安市大气污染防治行动计画实施细则的通知',
      '六政〔2014〕23号',
    ]);
  });

  test('its 1. 2. sentences, the only numbering left, are its articles', () => {
    const d = parse(lines);
    expect(d.articles.map((a) => a.label)).toEqual(['1.', '2.']);
  });

  test('headings numbered 1、 2、 3、 alone on their lines, each over its paragraph, are its articles', () => {
    const d = parse([
      '某某市乡村建设行动推进方案',
      '重点任务',
      '1、加强乡村建设规划管理',
      '科学有序编制实用性村庄规划。',
      '2、扎实推进农村厕所革命',
      '到2025年,卫生厕所普及率达到81%',
      '3、提升农村养老服务能力',
      '到2025年,提档升级互助照料中心125个。',
    ]);
    expect(d.articles.map((a) => [a.label, a.heading])).toEqual([
      ['1、', '加强乡村建设规划管理'],
      ['2、', '扎实推进农村厕所革命'],
      ['3、', '提升农村养老服务能力'],
    ]);
  });

  test('hb-shiyan: 1、 to 7、 over their paragraphs (the page cut in 7、)', async () => {
    const d = await readPolicyFile(
      join(import.meta.dirname, '..', 'data', 'plan-pages-heldout', 'hb-shiyan-rural-construction-2023.txt'),
      { file: 'hb-shiyan.txt' },
    );
    expect(d.articles.map((a) => a.heading).slice(0, 2)).toEqual(['加强乡村建设规划管理', '扎实推进农村厕所革命']);
  });

  test('a list of attachments numbered 1. 2. (titles, no sentences) makes no articles', () => {
    const d = parse([
      '国务院办公厅关于某事的复函',
      '国办函〔2004〕80号',
      '湖北省人民政府:',
      '你省《关于某事的请示》收悉。经国务院同意,现函复如下。',
      '附件:',
      '1.某某专家组意见',
      '2.某某调查报告',
    ]);
    expect(d.articles).toEqual([]);
  });
});

describe('texts refused for no structure are read, or refused for the real reason', () => {
  test('marks injected between words are removed and the announcement names the statute (nemahaia.com/policy/312321.htm)', () => {
    const d = parse([
      '《甘肃省促进中小企业发展条例@@》已由甘肃省第@@十三@@届人民代表大会常务委员会第@@二@@十六@@次会议于@@2021年@@9月@@29日@@修订通过@@,现将修订后的@@《甘肃省促进中小企业发展条例@@》公布@@,自@@2021年@@11月@@1日@@起施行@@。',
      '',
      '  甘肃省人民代表大会常务委员会@@',
      '',
      '  2021年@@9月@@29日@@',
      '',
      '  第@@一@@章@@ 总则@@',
      '',
      '  第@@一@@条@@ 为了优化中小企业经营环境@@,保障中小企业公平参与市@@场@@竞争@@,根据@@《中华人民共和国中小企业促进法@@》等有关法律@@@@、行政法规@@@@,结合本省实际@@,制定本条例@@。',
      '',
      '  第@@二@@条@@ 本条例适用于本省行政区@@域内促进中小企业发展的活动@@。',
    ]);
    expect([d.title, d.kind, d.authorityLevel, d.issuedOn, d.effectiveOn]).toEqual([
      '甘肃省促进中小企业发展条例',
      'regulation',
      'local_regulation',
      '2021-09-29',
      '2021-11-01',
    ]);
    expect(d.articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
    expect(d.articles.map((a) => a.text).join('')).not.toContain('@');
    expect(d.issues.find((i) => i.code === 'INJECTED_MARKS_REMOVED')?.line).toBe(1);
  });

  test('a statute run into one line after its page labels: its chapter and articles are cut apart (moumounj.com/post/41096.html)', () => {
    const d = parse([
      '首页 未命名 正文',
      '',
      '四川省体育条例(全文内容)',
      '',
      '法律效力位阶:地方性法规 制定机关:四川省人民代表大会常务委员会 时效性:有效 施行日期:2004-06-03 公布日期:2004-06-03 四川省体育条例 (1997年8月19日四川省第八届人民代表大会常务委员会第二十八次会议通过 根据2004年6月3日四川省第十届人民代表大会常务委员会第九次会议《关于修改<四川省体育条例>的决定》修正) 第一章 总 则 第一条 为了发展我省体育事业,增强人民体质,结合我省实际,制定本条例。 第二条 本条例适用于四川省行政区域内的各项体育事业。',
    ]);
    expect(d.title).toBe('四川省体育条例');
    expect(d.parts.map((p) => p.label)).toEqual(['第一章']);
    expect(d.articles.map((a) => a.text)).toEqual([
      '为了发展我省体育事业,增强人民体质,结合我省实际,制定本条例。',
      '本条例适用于四川省行政区域内的各项体育事业。',
    ]);
    expect(() => prepareDocument(d, createRunRegistry())).not.toThrow();
  });
});

describe('a site’s links above a notice are no piece of its title', () => {
  const notice = (top: string) =>
    parse([
      top,
      '',
      '某某市人民政府办公室关于做好春节期间安全生产工作的通知',
      '',
      '各区人民政府:',
      '',
      '一、加强领导。各区要高度重视。',
      '',
      '二、落实责任。',
      '',
      '某某市人民政府办公室',
      '2024年1月5日',
    ]);

  test.each(['免责声明| 联系我们| 网站地图', '机构概况 | 政务公开 | 办事服务'])('%s', (top) => {
    expect(notice(top).title).toBe('某某市人民政府办公室关于做好春节期间安全生产工作的通知');
  });
});

describe('a portal’s column name before 丨 or | on the title’s line is no part of the title', () => {
  test.each(['政务服务丨', '通知公告 | ', '政策文件｜'])('%s before the title', (column) => {
    const d = parse([
      `${column}某某市人民政府关于持续深化“放管服”改革的实施意见`,
      '- 发布日期:2021-07-19',
      '各县(市、区)人民政府,市政府各部门:',
      '一、目标要求',
      '做好工作。',
    ]);
    expect([d.title, d.issuer]).toEqual(['某某市人民政府关于持续深化“放管服”改革的实施意见', '某某市人民政府']);
  });

  test('jiaxiang.gov.cn: 政务服务丨济宁市人民政府关于持续深化“市县同权”改革的实施意见', async () => {
    const name = 'sd-jining-shixian-tongquan-2021.txt';
    const d = await readPolicyFile(join(import.meta.dirname, '..', 'data', 'blind4-policies', name), { file: name });
    expect([d.title, d.issuer]).toEqual(['济宁市人民政府关于持续深化“市县同权”改革的实施意见', '济宁市人民政府']);
  });
});

describe('a title’s genre typeset alone on the line under it', () => {
  test('…项目封闭施工的 / 通     告 is one title, its issuer before 关于 (巧家新闻网)', async () => {
    const name = 'yn-qiaojia-fengbi-tonggao-2020.txt';
    const d = await readPolicyFile(join(import.meta.dirname, '..', 'data', 'blind4-policies', name), { file: name });
    expect(d.title).toBe('巧家县县城开发建设指挥部关于棚户区改造“水韵金沙”项目封闭施工的通告');
  });

  test('a headline without the issuer yields to the typeset title that names it', () => {
    const d = parse([
      '关于某某项目封闭施工的通告',
      '',
      '某某县县城开发建设指挥部关于某某项目封闭施工的',
      '',
      '通     告',
      '',
      '因施工需要,现就有关事宜通告如下:',
      '',
      '一、自本通告发布之日起封闭。',
      '',
      '二、请绕行。',
    ]);
    expect(d.title).toBe('某某县县城开发建设指挥部关于某某项目封闭施工的通告');
  });
});
