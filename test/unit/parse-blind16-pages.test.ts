// What blind set 16 met when it was read (2026-12-07, thirty-seventh session): a mirror's reader widgets over a
// ministry's record whose labels run into their values; a congress's announcement standing where the title should
// (a login box above it, the title line lost, the sentence told date first, a full stop before 现予公布, a title nesting
// 《》 inside 〈〉); a title opening with the verb that carries out the upper text; a portal's row of fields without labels
// or with letter-spaced ones. Each case is the general form in a short text; the real file is named beside it.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const roles = (d: PolicyDocument, role: string): string[] =>
  d.agencyRoles.filter((r) => r.role === role).map((r) => r.agency.name);

describe("a mirror's widgets over a ministry's record run into its values (cn-shengtaihuanjingbu)", () => {
  const page = [
    '关注公众号',
    '手机扫码查看',
    '喜欢作者',
    '打赏方式',
    '微信支付微信支付',
    '支付宝支付支付宝支付',
    '×',
    '',
    '关于某某矿业有限公司煤矿项目环境影响报告书的批复',
    '',
    '2024.1.26',
    '',
    '名  称',
    '',
    '关于某某矿业有限公司煤矿项目环境影响报告书的批复',
    '',
    '  索 引 号000014672/2024-00034',
    '',
    '  分  类环境影响评价管理',
    '',
    '  发布机关生态环境部',
    '',
    '  生成日期2024-01-22',
    '',
    '  文  号环审〔2024〕13号',
    '',
    '  主 题 词',
    '',
    '某某矿业有限公司:',
    '  你公司申请收悉。经研究,批复如下。',
    '  一、工程概况及总体意见',
    '  工程位于某地。',
  ];

  test('the widgets are the page, each label its field, the dotted date the copy’s posting', () => {
    const d = parse(page);
    expect([d.title, d.issuer, d.docNumber, d.provenance.indexNumber]).toEqual([
      '关于某某矿业有限公司煤矿项目环境影响报告书的批复',
      '生态环境部',
      '环审〔2024〕13号',
      '000014672/2024-00034',
    ]);
    expect([d.publishedOn, d.issuedOn]).toEqual(['2024-01-26', undefined]);
  });

  test('a date in 年月日 under a title is still the date of writing', () => {
    const d = parse(['某县人民政府关于做好防汛工作的通知', '2024年1月26日', '各乡镇人民政府:', '现通知如下。']);
    expect([d.issuedOn, d.publishedOn]).toEqual(['2024-01-26', undefined]);
  });
});

describe('a statute page whose title line is lost: its announcement names it (he-hengshui)', () => {
  const page = [
    '登录注册',
    '请使用微信扫一扫',
    '关注公众号完成登录',
    '(2018 年8 月28 日衡水市第六届人大常委会第十二次会议通过)',
    '(2018 年9 月20 日河北省十三届人民代表大会常务委员会第五次会议批准)',
    '衡水市人民代表大会常务委员会公告',
    '(第7 号)',
    '《衡水湖水质保护条例》已经2018年9月20日河北省第十三届人民代表大会常务委员会第五次会议批准,现予以公布,自2019年3月1日起施行。',
    '衡水市人大常委会',
    '2018年10月8日',
    '第一章 总则',
    '第一条为了保护和改善衡水湖水质,制定本条例。',
    '第二条本条例适用于衡水湖的水质保护。',
  ];

  test('the title is the one the announcement promulgates, the 公告 date its 公布', () => {
    const d = parse(page);
    expect([d.title, d.kind, d.issuer]).toEqual(['衡水湖水质保护条例', 'regulation', '衡水市人民代表大会常务委员会']);
    expect([d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual(['2018-09-20', '2018-10-08', '2019-03-01']);
  });
});

describe("an announcement's sentence closed by a full stop before 现予公布 (jl-yitong)", () => {
  const page = [
    '《某某满族自治县人民代表大会关于修改〈某某满族自治县自治条例〉的决定》已由某某满族自治县第五届人民代表大会第三次会议通过,并经吉林省第十壹届人民代表大会常务委员会第十次会议于2009年3月27日批准。现予公布,自公布之日起施行。',
    '2009年4月14日',
    '伊通满族自治县人民代表大会关于修改《伊通满族自治县自治条例》的决定',
    '(2008年2月伊通满族自治县第五届人民代表大会第三次会议通过)',
    '伊通满族自治县第五届人民代表大会第三次会议决定对《伊通满族自治县自治条例》作如下修改:',
    '第一条 第一条修改为:“根据宪法,制定本条例。”',
    '第二条 第二条修改为:“自治县是实行区域自治的地方。”',
  ];

  test('the approval and the approving committee are read, its ordinal in formal numerals', () => {
    const d = parse(page.map((l) => l.replaceAll('某某', '伊通')));
    expect(roles(d, 'approver')).toEqual(['吉林省人民代表大会常务委员会']);
    expect([d.issuedOn, d.publishedOn]).toEqual(['2009-03-27', '2009-04-14']);
  });
});

describe('a title opening with the verb that carries out an upper text (ln-shenyang)', () => {
  const page = [
    '当前位置 :首页 > 政务公开 > 市政府文件',
    '贯彻落实国务院关于进一步实施东北地区等老工业基地振兴战略若干意见的实施意见',
    '沈政发[2010]22号',
    '2010年07月26日来源:市政府办公厅',
    '',
    '各区、县(市)人民政府,市政府各部门:',
    '  为贯彻落实《国务院关于进一步实施东北地区等老工业基地振兴战略的若干意见》,现提出实施意见如下:',
    '  一、优化经济结构',
    '  (一)加快推进企业兼并重组。',
  ];

  test('the upper organ is not the issuer; the date run into its source is the posting', () => {
    const d = parse(page);
    expect([d.issuer, d.jurisdiction, d.publishedOn]).toEqual(['沈阳市人民政府', '沈阳市', '2010-07-26']);
  });
});

describe('a decision under its announcement told date first (nm-renda)', () => {
  const page = [
    '2021年9月29日,内蒙古自治区第十三届人民代表大会常务委员会第三十次会议通过《内蒙古自治区人民代表大会常务委员会关于修改<内蒙古自治区人民代表大会常务委员会工作条例>等2件地方性法规的决定》,现予公布,自公布之日起施行。',
    '2021年9月29日',
    '内蒙古自治区人民代表大会常务委员会关于修改《内蒙古自治区人民代表大会常务委员会工作条例》等2件地方性法规的决定',
    '(2021年9月29日内蒙古自治区第十三届人民代表大会常务委员会第三十次会议通过)',
    '内蒙古自治区第十三届人民代表大会常务委员会第三十次会议决定对《内蒙古自治区人民代表大会常务委员会工作条例》等2件地方性法规作如下修改:',
    '一、《内蒙古自治区人民代表大会常务委员会工作条例》',
    '(一)将第一条修改为:“为了加强常务委员会的建设,制定本条例。”',
  ];

  test('the announcement’s date is the decision’s 公布', () => {
    expect(parse(page).publishedOn).toBe('2021-09-29');
  });
});

describe('a decision whose page opens on its head note and its 公告 (tj-renda)', () => {
  const page = [
    '(2025年7月30日天津市第十八届人民代表大会常务委员会第二十次会议通过)',
    '市人大常委会公告',
    '(第四十一号)',
    '《天津市人民代表大会常务委员会关于修改〈天津市实施《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》办法〉等四部地方性法规的决定》已由天津市第十八届人民代表大会常务委员会第二十次会议于2025年7月30日通过,现予公布,自公布之日起施行。',
    '天津市人民代表大会常务委员会',
    '2025年7月30日',
    '天津市第十八届人民代表大会常务委员会第二十次会议决定:',
    '一、对《天津市实施〈中华人民共和国全国人民代表大会和地方各级人民代表大会代表法〉办法》作出修改',
    '1.将第二条修改为:“本市各级人民代表大会代表是本市各级国家权力机关组成人员。”',
  ];

  test('the head note is no title line, the 公告 heading none either: the decision it promulgates is', () => {
    const d = parse(page);
    expect(d.title).toBe(
      '天津市人民代表大会常务委员会关于修改〈天津市实施《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》办法〉等四部地方性法规的决定',
    );
    expect([d.kind, d.issuer, d.publishedOn]).toEqual(['decision', '天津市人民代表大会常务委员会', '2025-07-30']);
  });
});

describe("a portal's rows of fields without labels or with letter-spaced ones", () => {
  test('an index number and a date alone on a row are the index and the posting (nm-sunitezuoqi)', () => {
    const d = parse([
      '苏尼特左旗关于2024年进入春季森林草原防火期的通告',
      '',
      '11152523011672048D/2024-00004  2024-03-08',
      '字号: 打印',
      '  为有效预防森林草原火灾,现将有关事宜通告如下:',
      '  一、2024年3月15日至2024年6月15日为防火期。',
    ]);
    expect([d.provenance.indexNumber, d.publishedOn, d.issuedOn]).toEqual([
      '11152523011672048D/2024-00004',
      '2024-03-08',
      undefined,
    ]);
  });

  test('an index number under its label alone is that field’s value, not a row of its own', () => {
    const d = parse([
      '索引号',
      '11420500MB1234567X/2024-00031',
      '发布机构',
      '宜昌市人民政府办公室',
      '关键词',
      '宜昌市人民政府办公室关于做好2024年汛期安全防范工作的通知',
      '各县市区人民政府，市政府各部门：',
      '当前我市已进入主汛期，现就有关事项通知如下：',
    ]);
    expect([d.provenance.indexNumber, d.preamble ?? '']).toEqual([
      '11420500MB1234567X/2024-00031',
      '当前我市已进入主汛期，现就有关事项通知如下：',
    ]);
  });

  test('a spaced label is one word; an empty field before the next label is the row’s (nm-zhengfu)', () => {
    const d = parse([
      '当前位置:首页 > 政务公开 > 自治区文件',
      '索 引 号 主题分类 综合政务 \\ 其他',
      '发布机构 自治区人民政府 文  号 内政发〔2013〕62号',
      '成文日期 2013-07-02',
      '内蒙古自治区人民政府关于印发《内蒙古自治区人民政府工作规则》的通知',
      '取消收藏成功!',
      '各盟行政公署、市人民政府:',
      '  《内蒙古自治区人民政府工作规则》已经自治区人民政府常务会议审议通过,现予印发。',
    ]);
    expect([d.docNumber, d.issuedOn]).toEqual(['内政发〔2013〕62号', '2013-07-02']);
    expect(d.preamble ?? '').not.toContain('主题分类');
  });

  test('公开发布日期 and 开始实施时间 are the posting and the day in force (sd-weihai)', () => {
    const d = parse([
      '  • 发文机关:威海市人民政府',
      '  • 成文日期:2015-12-31',
      '  • 公开发布日期:2015-12-31',
      '  • 发文字号:威政发〔2015〕31号',
      '  • 开始实施时间: 2016-01-31',
      '',
      '威海市人民政府关于修改部分规范性文件的决定',
      '各区市人民政府:',
      '市政府决定对《威海市某某办法》进行修改,具体修改如下:',
      '一、《威海市某某办法》',
    ]);
    expect([d.publishedOn, d.effectiveOn]).toEqual(['2015-12-31', '2016-01-31']);
  });
});
