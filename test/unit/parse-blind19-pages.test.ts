// What blind sets 19 and 20 met when they were read (2026-12-07, thirty-seventh session): copies defaced by a forum's
// anti-copy filler, by an advertisement standing where the issuer's name stood, by an indent turned into question
// marks; a bureau reposting a province's text; joint issues signed by ministries' 司; interpretation pages naming what
// they explain after a label; a county-level zone the map does not hold; a printing line over the issued text. Each
// case is the general form in a short text; the real file is named beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { normalizeLine } from '../../text/index.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const roles = (d: PolicyDocument, role: string): string[] =>
  d.agencyRoles.filter((r) => r.role === role).map((r) => r.agency.name);

describe('copies defaced on the way', () => {
  test("a forum's anti-copy filler is no part of title, number or signatures (cn-weijianwei)", () => {
    const d = parse([
      '|',
      '关于印发紧密型城市医疗集团试点城市名单的通知( _8 M1 x* {3 N# y1 D9 w',
      '国卫办医政函〔2023〕199号/ G; t3 d8 f* N* I# ~',
      '各省、自治区、直辖市卫生健康委、发展改革委:现将名单印发给你们,请认真组织实施。: g: s" k0 g& H$ W& E',
      '国家卫生健康委办公厅 0 }\' R% t5 d" [5 S! n5 z',
      '国家发展改革委办公厅7 M* y( R; ]/ x8 a# c',
      '国家中医药局综合司',
      ") m9 s. G4 T3 T3 H国家疾控局综合司* j- l, J: F+ X: x& u c' e( h j( c",
      '2023年5月26日',
    ]);
    // A notice sending out a list of names is the document itself.
    expect([d.title, d.noticeTitle, d.docNumber, d.issuedOn]).toEqual([
      '关于印发紧密型城市医疗集团试点城市名单的通知',
      undefined,
      '国卫办医政函〔2023〕199号',
      '2023-05-26',
    ]);
    expect(roles(d, 'issuer')).toEqual([
      '国家卫生健康委员会办公厅',
      '国家发展和改革委员会办公厅',
      '国家中医药管理局综合司',
      '国家疾病预防控制局综合司',
    ]);
  });

  test('a table of figures, a bar of empty buttons or a standard’s code is no filler', () => {
    const kept = ['字体: [ ] [ ] [ ]', '| 1 | 2 | 3 |', '执行GB 3095-2012 二级标准', '| | | |'];
    expect(toSourceLines(kept.join('\n')).map((l) => l.raw)).toEqual(kept);
    expect(toSourceLines('国家疾控局综合司* j- l, J: F+ X: x& u c')[0]!.raw).toBe('国家疾控局综合司');
  });

  test("an advertisement where the issuer's name stood: the title from 关于, the issuer from the number (fj-ningde)", () => {
    const d = parse([
      '宁政〔2011〕4号',
      'bet365最新备用网站关于',
      '加强城市消防安全工作的实施意见',
      '各县(市、区)人民政府,市政府各部门:',
      '根据《福建省人民政府关于加强城市消防安全工作的意见》(闽政〔2011〕4号),特制定如下实施意见:',
      '一、明确城市消防安全工作任务',
    ]);
    expect([d.title, d.issuer, d.jurisdiction]).toEqual([
      '关于加强城市消防安全工作的实施意见',
      '宁德市人民政府',
      '宁德市',
    ]);
    expect(d.issues.some((i) => i.code === 'SPAM_IN_TITLE')).toBe(true);
  });

  test('an indent turned into question marks goes; a line run together reports its pinyin once (sh-minzhengju)', () => {
    const d = parse([
      '关于调整本市生活无著(zhù)的流浪乞讨人员基本生活标准的通知 沪民规〔2020〕17号 各区民政局、财政局: ??为保障基本生活,经研究决定调整标准。 ??特此通知。 ??上海市民政局 ??上海市财政局 ??2020年9月18日',
    ]);
    expect(d.issuedOn).toBe('2020-09-18');
    expect(d.issues.filter((i) => i.code === 'PINYIN_REMOVED')).toHaveLength(1);
  });

  test('著 read as 着 where simplified text writes 着 (随着, 着力, 生活无着), 显著 kept', () => {
    expect(normalizeLine('隨著經濟發展,著力推進,生活無著,成效顯著').text).toBe(
      '随着经济发展,着力推进,生活无着,成效显著',
    );
  });
});

describe('who issued it, when the page says it another way', () => {
  test('a bureau reposting a province’s 办法 is not its issuer; spaces a copy broke titles with close up (ha-jiuye)', () => {
    const d = parse([
      '  • 索引号',
      '  • rzsrsj-00000-2025-00003',
      '  • 体裁分类',
      '  • 服务对象',
      '【促进就业相关政策文件】《河南省就业补助资金管理办法》',
      '发布机构:汝州市人民政府->汝州市人力资源和社会保障局 发布时间: 2025-12-04',
      '河南省就业补助资金管理办法',
      '第一条  根据《中华 人民共和国预算法》《财政部  人力资 源社会保障部关于印发〈就业补助资金管理办法〉的通知》,制定本办法。',
      '第二条  本办法所称就业补助资金是专项资金。',
    ]);
    expect([d.title, d.tier, d.jurisdiction, d.issuer]).toEqual([
      '河南省就业补助资金管理办法',
      'provincial',
      '河南省',
      undefined,
    ]);
    expect(d.citations.map((c) => c.title)).toEqual([
      '中华人民共和国预算法',
      '财政部 人力资源社会保障部关于印发《就业补助资金管理办法》的通知',
    ]);
  });

  test('a notice its organs say they made issues it; joint issuers as they sign, agencies in full (cn-nongye)', () => {
    const d = parse([
      '各省、自治区、直辖市农业农村厅,发展改革委:',
      '为加快农业全面绿色转型,农业农村部、国家发展改革委制定了《“十四五”全国农业绿色发展规划》(以下简称《规划》),现印发你们,请认真贯彻执行。',
      '农业农村部 国家发展改革委',
      '2021年8月23日',
    ]);
    expect([d.title, d.kind, d.issuer]).toEqual(['“十四五”全国农业绿色发展规划', 'plan', '农业农村部、国家发展改革委']);
    expect(roles(d, 'issuer')).toEqual(['农业农村部', '国家发展和改革委员会']);
  });

  test('an interpretation names what it explains after 政策原文 and its writer as the source (tj-nongyenongcunwei)', () => {
    const d = parse([
      '关于天津市2021年中央财政农业生产发展等项目实施方案的政策解读',
      '发布时间:2021-12-02作者:佚名 来源: 天津市农业农村委员会',
      '政策原文: 天津市农业农村委员会天津市财政局关于报送2021年中央财政农业生产发展等项目实施方案的报告',
      '一、出台背景',
      '为落实强农惠农政策,我们编制了实施方案。',
    ]);
    expect([d.kind, d.issuer, d.interprets?.title]).toEqual([
      'interpretation',
      '天津市农业农村委员会',
      '天津市农业农村委员会天津市财政局关于报送2021年中央财政农业生产发展等项目实施方案的报告',
    ]);
  });

  test('a zone the map does not hold, named with its office, is a county-level place (sd-wenchanghu)', () => {
    const d = parse([
      '标题: 《关于做好城乡公益性岗位扩容提质有关工作的通知》的政策解读',
      '发文日期: 2022-02-24 发布机构: 文昌湖区办公室',
      '《关于做好城乡公益性岗位扩容提质有关工作的通知》的政策解读',
      '我区出台《关于做好城乡公益性岗位扩容提质有关工作的通知》,现将相关政策解读如下:',
      '一、出台背景',
      '根据《山东省人民政府办公厅关于印发<山东省城乡公益性岗位扩容提质行动方案>的通知》,做好开发工作。',
    ]);
    expect([d.issuer, d.tier, d.jurisdiction]).toEqual(['文昌湖区办公室', 'county', '文昌湖区']);
  });
});

describe('titles and kinds', () => {
  test('the printing line is the imprint’s; a year’s edition in brackets is part of the title (ah-mingguang)', () => {
    const d = parse([
      '明卫计〔2015〕69号',
      '各乡镇人民政府:',
      '市卫生和计划生育委员会制定了《明光市新型农村合作医疗统筹补偿实施方案(2016版)》,现印发给你们,请遵照执行。',
      '明光市卫生和计划生育委员会',
      '2015年11月23日',
      '抄送:省卫生计生委、财政厅',
      '明光市卫计委办公室 2015年11月23日印发',
      '明光市新型农村合作医疗统筹补偿实施方案',
      '(2016版)',
      '一、指导思想',
      '以深化改革为指导。',
    ]);
    expect([d.title, d.issuedOn]).toEqual(['明光市新型农村合作医疗统筹补偿实施方案(2016版)', '2015-11-23']);
  });

  test('a title the page cut short takes its kind from the text’s own words (sc-nanchong)', () => {
    const d = parse([
      '中共南充市委关于深入贯彻落实党中央和省委重大决策部署加快建设现代化区域中',
      '',
      '为加快建设现代化区域中心城市,中共南充市委七届六次全会结合南充实际进行了研究,作出如下决定。',
      '一、深刻认识建设现代化区域中心城市的重大意义',
      '(一)建设现代化区域中心城市,是坚定行动。',
    ]);
    expect(d.kind).toBe('decision');
  });

  test('an emergency plan whose figures lost their space (1总则 / 1.1编制目的) keeps its parts (sx-lvliang)', () => {
    const d = parse([
      '吕梁市通信保障应急预案',
      '1总则',
      '1.1编制目的',
      '建立健全通信保障应急工作机制。',
      '1.2编制依据',
      '依据有关法律、法规。',
      '2组织指挥体系及职责',
      '2.1领导机构',
      '成立领导小组。',
    ]);
    expect([d.parts.map((p) => p.heading), d.articles.map((a) => a.heading)]).toEqual([
      ['总则', '组织指挥体系及职责'],
      ['编制目的', '编制依据', '领导机构'],
    ]);
  });

  test('a plan printed under a report’s headline is the plan its preamble names (jx-shisiwu)', () => {
    const d = parse([
      '首页 > 新闻 > 正文',
      '全文|江西国民经济和社会发展第十四个五年规划发布',
      '时间:2021-02-18 11:24',
      '江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,根据《中共江西省委关于制定全省国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制,重点对“十四五”期间作出总体部署。',
      '第一篇 开启全面建设社会主义现代化新征程',
      '第一章 发展基础',
      '“十四五”时期是关键跨越期。',
    ]);
    expect([d.title, d.kind]).toEqual(['江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', 'plan']);
  });

  test('a decree’s serial before its announcement does not hide the rule it promulgates (cq-rengong)', () => {
    const d = parse([
      '第250号《重庆市人工影响天气管理办法》已经2011年2月14日市人民政府第94次常务会议通过,现予公布,自2011年5月1日起施行。',
      '第一条 为了加强人工影响天气工作的管理,制定本办法。',
    ]);
    expect(d.title).toBe('重庆市人工影响天气管理办法');
  });

  test('a plan’s list of tasks is a plan (jl-taobei); a forum’s poster box is furniture (blind14 hb-suizhou)', () => {
    expect(parse(['洮北区国民经济和社会发展第十四个五年规划纲要任务清单', '一、发展目标', '加快发展。']).kind).toBe(
      'plan',
    );
    const d = parse([
      '楼主',
      '随论超版 随论编辑 TA的每日心情 | 开心 2022-6-6 12:22 |',
      '签到天数: 5 天 [LV.2]偶尔看看I',
      '市人民政府森林防火戒严令',
      '一、戒严时间:自发布之日起至2020年5月10日止。',
      '二、戒严区域:全市所有林地。',
    ]);
    expect(d.title).toBe('市人民政府森林防火戒严令');
  });
});

describe('what blind set 22 met (ministries’ pages)', () => {
  test('a ministry’s announcement numbered in its year is a number, its text a 公告 (cn-shangwubu)', () => {
    const d = parse([
      '2023年成品油(燃料油)非国营贸易进口允许量申领条件、分配原则及相关程序',
      '【发布单位】外贸司',
      '【发布文号】商务部公告2023年第4号',
      '【发文日期】2023年01月06日',
      '根据《中华人民共和国货物进出口管理条例》,商务部制定了本程序,现予公布。',
      '商务部',
      '2023年1月6日',
    ]);
    expect([d.docNumber, d.kind, d.issuer]).toEqual(['商务部公告2023年第4号', 'notice', '商务部']);
    expect(parse(['本公告2023年第1号所称单位,是指…']).docNumber).toBeUndefined();
  });

  test('a portal’s row of an index with a letters’ code and its class, and its stamp with its poster (hb-wenlvting)', () => {
    const d = parse([
      '省文化和旅游厅关于确认第六批省级非物质文化遗产代表性项目保护单位的通知',
      '2026-03-03 16:59 湖北省文化和旅游厅',
      'MB1568036/2026-07614 其他',
      '各市、州文化和旅游局:',
      '为进一步明确保护责任,现将有关事项通知如下。',
    ]);
    expect([d.provenance.indexNumber, d.publishedOn]).toEqual(['MB1568036/2026-07614', '2026-03-03']);
  });

  test('a paper’s crying headline yields to the typeset title; its date and paper date the copy (cn-wenlvbu)', () => {
    const d = parse([
      '文旅部最新通知!3月20日起恢复!',
      '2023-03-16     呼和浩特日报',
      '原标题:文旅部最新通知!3月20日起恢复!',
      '文化和旅游部市场管理司关于优化涉外营业性演出管理政策的通知',
      '各省、自治区、直辖市文化和旅游厅(局):',
      '经研究决定,自2023年3月20日起恢复对涉外营业性演出的受理和审批。',
      '特此通知。',
      '文化和旅游部市场管理司',
      '2023年3月16日',
    ]);
    expect([d.title, d.kind, d.publishedOn]).toEqual([
      '文化和旅游部市场管理司关于优化涉外营业性演出管理政策的通知',
      'notice',
      '2023-03-16',
    ]);
  });

  test('a joint decree of two ministries has one number and two issuers (cn-weishengbu-jiaotongbu)', () => {
    const d = parse([
      '突发公共卫生事件交通应急规定',
      '中华人民共和国卫生部令 中华人民共和国交通部令',
      '2004年第2号',
      '《突发公共卫生事件交通应急规定》已于2003年11月25日经交通部第15次部务会议通过,现予公布,自2004年5月1日起施行。',
      '卫生部部长 吴仪',
      '交通部部长 张春贤',
    ]);
    expect([d.docNumber, roles(d, 'issuer')]).toEqual(['卫生部、交通部令第2号', ['卫生部', '交通部']]);
  });

  test('a portal’s bulleted list of departments over the text is its navigation, a bulleted record is not (nm-yingjiting)', () => {
    const file = join(import.meta.dirname, '../data/policy-blind22/nm-yingjiting-dizhen-yuan-tongzhi-2020.txt');
    const d = parsePolicyText(readFileSync(file, 'utf8'), { file: 'nm-yingjiting.txt' });
    expect(roles(d, 'issuer')).toEqual(['内蒙古自治区应急管理厅']);
    const record = parse([
      '  • 索引号',
      '  • 000014349/2017-02536',
      '  • 发文字号',
      '  • 鄂府发〔2017〕142号',
      '  • 成文日期',
      '  • 2017-07-12',
      '  • 发文机关',
      '  • 市人民政府办公室',
      '鄂尔多斯市人民政府关于公布第五批名录的通知',
      '各旗区人民政府:',
      '现将名录予以公布。',
    ]);
    expect([record.docNumber, record.issuedOn]).toEqual(['鄂府发〔2017〕142号', '2017-07-12']);
  });
});

describe('what blind set 23 met (read last)', () => {
  test('full-width spaces a copy turned into question marks inside its record’s labels (jx-bangongting)', () => {
    const d = parse([
      '索??引??號: 014500815/2024-84057 發文機關: 省政府辦公廳 文??????號: 贛府廳字〔2024〕35號',
      '        主題分類: 民政、扶貧、救災 組配分類: 政策文件 成文日期: 2024-08-15',
      '        標??? ???題:',
      '        江西省人民政府辦公廳關于印發《江西省自然災害救助應急預案》的通知',
      '        各市、縣(區)人民政府,省政府各部門:',
      '        經省政府同意,現將修訂后的《江西省自然災害救助應急預案》印發給你們,請認真貫徹執行。《江西省自然災害救助應急預案》(贛府廳字〔2020〕19號)同時廢止。',
    ]);
    expect([d.docNumber, d.provenance.indexNumber, d.title]).toEqual([
      '赣府厅字〔2024〕35号',
      '014500815/2024-84057',
      '江西省自然灾害救助应急预案',
    ]);
  });

  test('a headline the page repeats yields to the typeset title broken over lines; a 指挥部 is no ministry (gx-dongxing)', () => {
    const d = parse([
      '广西东兴市东兴镇部分封控区管控区管理解除',
      '更新时间:2022-03-25 17:30:05作者:未知',
      '广西东兴市东兴镇部分封控区管控区管理解除',
      '  关于解除东兴市东兴镇部分封控区、',
      '  管控区管理的通告',
      '   根据有关规定,结合我市疫情防控处置情况,现将有关事项通告如下:',
      '  特此通告',
      '  疫情防控工作领导小组指挥部',
      '  2022年3月21日',
    ]);
    expect(d.title).toBe('关于解除东兴市东兴镇部分封控区、管控区管理的通告');
    expect(d.tier).not.toBe('national');
  });
});
