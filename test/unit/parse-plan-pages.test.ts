// Plans copied from portals, document sites and news sites (test/data/plan-pages/, addresses in its README): the
// page's furniture, its field tables and a news lead stand over the plan; each is read for what it is, never for the
// plan's title or issuer. Short excerpts show each case; the real page follows it.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const PLAN_PAGES = join(import.meta.dirname, '..', 'data', 'plan-pages');
const readPlanPage = (name: string): Promise<PolicyDocument> => readPolicyFile(join(PLAN_PAGES, name), { file: name });
const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });

describe("a portal's field table copied with bars", () => {
  test('a row with a label the portal alone uses (公开类型:) is still a row of fields', () => {
    const d = parse([
      '索 引 号: | WA1304001-2024-002 | 主题分类: | 区政府 |',
      '名 称: | 某区人民政府办公室关于印发《某区节水行动方案》的通知 | ||',
      '文 号: | 某府办发〔2024〕23号 | 公开类型: | 主动公开 |',
      '各镇人民政府:',
      '《某区节水行动方案》已经区政府同意,现印发给你们,请认真按照执行。',
      '一、工作目标',
      '到2025年底,节水10%。',
    ]);
    expect([d.title, d.noticeTitle, d.docNumber]).toEqual([
      '某区节水行动方案',
      '某区人民政府办公室关于印发《某区节水行动方案》的通知',
      '某府办发〔2024〕23号',
    ]);
  });

  test('sh-jiading: the notice transmitting the plan is the 名称 field; the plan’s own title line below it', async () => {
    const d = await readPlanPage('sh-jiading-sponge-city-2024.txt');
    expect(d).toMatchObject({
      title: '嘉定区系统化全域推进海绵城市建设的实施方案',
      noticeTitle: '上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知',
      docNumber: '嘉府办发〔2024〕23号',
      kind: 'plan',
    });
  });
});

describe("a site's furniture above the title", () => {
  test('a menu bar of short words parted by spaces (首 页 区县招商 …) is no part of the title or the issuer', () => {
    const d = parse([
      '首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心',
      '某市人民政府关于推进制造业升级的实施意见',
      '某府发〔2017〕52号',
      '各旗、县、区人民政府:',
      '一、指导思想',
      '坚持创新驱动。',
    ]);
    expect([d.title, d.issuer]).toEqual(['某市人民政府关于推进制造业升级的实施意见', '某市人民政府']);
  });

  test('a spaced line of the text’s own words is no menu', () => {
    const d = parse(['某市人民政府关于推进制造业升级的实施意见', '一、指导思想', '创新 协调 绿色 开放 共享']);
    expect(d.articles[0]!.text).toBe('创新 协调 绿色 开放 共享');
  });

  test('a site’s footer links (不良信息举报中心, 黑猫投诉, 广告刊例) are debris, never the title', () => {
    const d = parse([
      '某某省2020年粮食生产情况良好,全省粮食作物面积2.15亿亩以上,比上年增加近50万亩。',
      '',
      '不良信息举报中心',
      '违法和不良信息举报电话:12377',
      '黑猫投诉',
      '广告刊例',
    ]);
    expect(d.title).not.toMatch(/举报|投诉|广告/);
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS').map((i) => i.line)).toEqual([3, 4, 5, 6]);
  });

  test('accessibility and elder-mode links after bullets (• 无障碍浏览 / • 长辈版|) are debris', () => {
    const d = parse([
      '• 无障碍浏览',
      '  • 长辈版|',
      '某市民生工作领导小组办公室关于2024年实施47项民生实事的通知',
      '县、市、区人民政府,市直有关单位:',
      '一、促进就业',
      '1.新增城镇就业4.3万人。',
    ]);
    expect(d.title).toBe('某市民生工作领导小组办公室关于2024年实施47项民生实事的通知');
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS').map((i) => i.line)).toEqual([1, 2]);
  });

  test('nmg-baotou: the investment site’s menu on line 1', async () => {
    const d = await readPlanPage('nmg-baotou-made-in-china-2017.txt');
    expect([d.title, d.issuer]).toEqual([
      '包头市人民政府关于包头市创建“中国制造2025”试点示范城市的实施意见',
      '包头市人民政府',
    ]);
  });

  test('ah-xuancheng: accessibility links, fields twice, the title behind its column tag; the issuer its title names', async () => {
    const d = await readPlanPage('ah-xuancheng-livelihood-2024.txt');
    expect(d).toMatchObject({
      title: '宣城市民生工作领导小组办公室关于2024年实施47项民生实事的通知',
      issuer: '宣城市民生工作领导小组办公室',
      tier: 'municipal',
      kind: 'notice',
    });
  });
});

describe("a document site's headline over the title", () => {
  test('a headline with its place in brackets and its update note yields to the typeset title below it', () => {
    const d = parse([
      '(浙江省)杭州市某县国民经济和社会发展十四五规划(2022年更新)',
      '某县国民经济和社会发展第十四个',
      '五年规划和二〇三五年远景目标纲要',
      '某县人民政府',
      '第一章 发展环境',
      '第一节 发展成就',
      '“十三五”时期是我县发展进程中极不平凡的五年。',
    ]);
    expect(d.title).toBe('某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
  });

  test('nmg-ejina: the headline on line 1, the 纲要’s title over lines 2–3', async () => {
    const d = await readPlanPage('nmg-ejina-14th-plan.txt');
    expect(d.title).toBe('额济纳旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
  });
});

describe('a news report of a plan names it and who issued it in its lead', () => {
  test('X近日下发《Y》, the report then speaking of 《方案》: Y is the title, X its issuer', () => {
    const d = parse([
      '近日,某某市政府办公厅下发《某某市乡村建设行动实施方案》(简称《方案》),对美丽乡村建设提出明确的时间表。',
      '根据《方案》,某某市今年要全面启动乡村建设行动。',
    ]);
    expect([d.title, d.kind]).toEqual(['某某市乡村建设行动实施方案', 'plan']);
    expect(d.issuer).toMatch(/^某某市/);
    expect(d.issues.find((i) => i.code === 'TITLE_FROM_NEWS_LEAD')?.line).toBe(1);
  });

  test('X近日印发《Y》明确…, then 方案明确 / 方案要求: the subject before 近日 is the issuer', () => {
    const d = parse([
      '某某省政府办公厅近日印发《某某省乡村建设行动实施方案》明确,让基础设施向农村延伸。',
      '方案明确,要实施农村供水保障行动。',
    ]);
    expect(d.title).toBe('某某省乡村建设行动实施方案');
  });

  test('a headline saying X发布… yields to the plan the lead names in 《》', () => {
    const d = parse([
      '某某市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元',
      '某某市发布该市“十四五”规划纲要。5月19日,某某市发布《某某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》(下列简称《纲要》),提出到2025年地区生产总值将达到3.5万亿元。',
      '《纲要》提出“十四五”时期的目标。',
    ]);
    expect([d.title, d.kind]).toEqual(['某某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要', 'plan']);
  });

  test('a text saying who issued what, never speaking of it as reported, keeps its own reading', () => {
    const d = parse(['近日,市政府办公厅印发了《某某实施方案》,要求各区县抓好落实。', '各区县要加强领导。']);
    expect(d.issues.map((i) => i.code)).not.toContain('TITLE_FROM_NEWS_LEAD');
  });

  test.each([
    [
      'ha-province-rural-construction-trad.txt',
      '河南省乡村建设行动实施方案',
      '河南省人民政府办公厅',
      'provincial',
      '河南省',
    ],
    [
      'ha-zhengzhou-rural-construction-trad.txt',
      '郑州市乡村建设行动实施方案',
      '郑州市人民政府办公厅',
      'municipal',
      '郑州市',
    ],
  ])('%s (traditional characters)', async (name, title, issuer, tier, jurisdiction) => {
    const d = await readPlanPage(name);
    expect([d.title, d.issuer, d.tier, d.jurisdiction, d.kind]).toEqual([title, issuer, tier, jurisdiction, 'plan']);
  });

  test('a news dateline before the lead (某某日报讯(记者某某)2月4日,X印发《Y》提出…) is the paper’s, not the issuer', () => {
    const d = parse([
      '到2027年河北省基本建成美丽家园',
      '某某日报讯(记者宋平)2月4日,河北省政府办公厅印发《河北省美丽家园建设行动方案(2023-2027年)》提出,到2027年,生态环境治理达到新高度。',
      '根据方案,到2027年,全省优良天数比率达到80%。',
    ]);
    expect([d.title, d.issuer, d.kind]).toEqual([
      '河北省美丽家园建设行动方案(2023-2027年)',
      '河北省人民政府办公厅',
      'plan',
    ]);
  });

  test('a document that came out (《Y》正式发布, 其中提到…) and a headline 《Y》印发 name the report’s document', () => {
    const passive = parse([
      '近日,2025年某某省委一号文件《中共某某省委 某某省人民政府关于扎实推进乡村全面振兴的实施意见》正式发布,其中提到要加强乡村生态环境治理。',
      '2025年农村卫生厕所普及率提升至86%左右。',
    ]);
    expect([passive.title, passive.kind]).toEqual([
      '中共某某省委某某省人民政府关于扎实推进乡村全面振兴的实施意见',
      'opinions',
    ]);
    const headline = parse([
      '《某某流域生态保护和高质量发展规划》印发',
      '某某省人民政府印发《某某流域生态保护和高质量发展规划》,牢固树立绿水青山就是金山银山的理念。',
      '到2025年,生态保护取得阶段性进展。',
    ]);
    expect([headline.title, headline.kind]).toEqual(['某某流域生态保护和高质量发展规划', 'plan']);
  });

  test('gd-guangzhou: the finance site’s headline over the lead', async () => {
    const d = await readPlanPage('gd-guangzhou-14th-plan-news.txt');
    expect([d.title, d.tier, d.jurisdiction, d.kind]).toEqual([
      '广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
      'municipal',
      '广州市',
      'plan',
    ]);
  });
});

describe('joint issuers in a title parted by spaces alone', () => {
  test('four organs before 关于, parted by spaces: four issuers joined with 、', () => {
    const d = parse([
      '某某市发展和改革委员会 中共某某市委社会工作部 某某市规划和自然资源局 关于印发某某市社区服务设施建设实施方案的通知',
      '各区(市)县政府,市级有关部门:',
      '现将《某某市社区服务设施建设实施方案》印发给你们,请认真贯彻落实。',
      '一、主要目标',
      '到2025年底前,建成100个。',
    ]);
    expect(d.issuer).toBe('某某市发展和改革委员会、中共某某市委社会工作部、某某市规划和自然资源局');
  });

  test('sc-chengdu: the notice title repeated three times', async () => {
    const d = await readPlanPage('sc-chengdu-community-facilities-2024.txt');
    expect([d.issuer, d.tier, d.jurisdiction]).toEqual([
      '成都市发展和改革委员会、中共成都市委社会工作部、成都市规划和自然资源局、成都市住房和城乡建设局',
      'municipal',
      '成都市',
    ]);
  });
});

describe('a field table copied with spaces, some labels with colons and some without', () => {
  test('索引号 … 公开目录: … / 文号 紫政发〔2025〕3 号 成文日期: … are fields; 3 号 is the number 3号', () => {
    const d = parse([
      '某县人民政府关于印发《某县2025年国民经济和社会发展计划》的通知',
      '索引号 zyxzfzyxzfbgs/2025-2193 公开目录: 规划计划',
      '文号 某政发〔2025〕3 号 成文日期: 2025年04月29日',
      '各镇人民政府:',
      '《某县2025年国民经济和社会发展计划》已经县人民代表大会审议批准,现印发给你们。',
      '一、总体要求',
      '做好工作。',
    ]);
    expect([d.docNumber, d.provenance.indexNumber, d.issuedOn]).toEqual([
      '某政发〔2025〕3号',
      'zyxzfzyxzfbgs/2025-2193',
      '2025-04-29',
    ]);
  });

  test('sn-ziyang: its portal’s table', async () => {
    const d = await readPlanPage('sn-ziyang-plan-2025.txt');
    expect([d.docNumber, d.provenance.indexNumber]).toEqual(['紫政发〔2025〕3号', 'zyxzfzyxzfbgs/2025-2193']);
  });
});

describe('the level a text speaks for when it names no place', () => {
  const plan = (bracket: string): PolicyDocument =>
    parse([
      '2025年省《政府工作报告》重点工作分工方案',
      '为贯彻落实省“两会”精神,现制定分工方案如下。',
      `一、对地区生产总值增长5%以上等预期目标完成情况进行监测和督导。${bracket}`,
      '二、加快推进300个重大项目建设。',
    ]);

  test('its responsibility brackets name a province’s organs by their level alone: a province’s', () => {
    expect(plan('(省发展改革委、省工业和信息化厅、省财政厅等按职责分工负责)')).toMatchObject({ tier: 'provincial' });
    expect(plan('(省发展改革委、省工业和信息化厅、省财政厅等按职责分工负责)').jurisdiction).toBeUndefined();
  });

  test('organs of two levels, or of a city (a municipality’s are a province’s), tell no level', () => {
    expect(plan('(省发展改革委、县财政局等按职责分工负责)').tier).toBeUndefined();
    expect(plan('(市发展改革委、市财政局等按职责分工负责)').tier).toBeUndefined();
  });

  test('a 、-list carries its first organ’s 省 (省发展改革委、财政厅牵头); collectives (各州、市人民政府) tell no level', () => {
    expect(plan('(省发展改革委、财政厅牵头;省水利厅、林业厅,各州、市人民政府配合)').tier).toBe('provincial');
  });

  test('a bracket closing with the organs that take part (…参加), as the agencies’ reader reads it, tells the level too', () => {
    // The words of a bracket's duties are one list for the agencies' reader and this one.
    expect(plan('(省发展改革委牵头,省财政厅、省教育厅参加)').tier).toBe('provincial');
  });

  test('an organ of the brackets named with its province in full names the text’s place (国家开发银行云南省分行)', () => {
    const d = plan('(省发展改革委、财政厅牵头;省水利厅、地税局,国家开发银行云南省分行、农业发展银行云南省分行配合)');
    expect([d.tier, d.jurisdiction]).toEqual(['provincial', '云南省']);
  });

  test('yn-province-growth-opinions-2017: 云南省 only in its bracket', async () => {
    const d = await readHeldOutPage('yn-province-growth-opinions-2017.txt');
    expect([d.tier, d.jurisdiction]).toEqual(['provincial', '云南省']);
  });

  test('yn-province-growth-opinions-2017: its bracket’s organs of 2017, banks’ branches and a collective, in full', async () => {
    const d = await readHeldOutPage('yn-province-growth-opinions-2017.txt');
    expect(d.articles[0]!.cooperatingAgencies.map((a) => a.name)).toEqual([
      '云南省工业和信息化委员会',
      '云南省国土资源厅',
      '云南省环境保护厅',
      '云南省住房和城乡建设厅',
      '云南省林业厅',
      '云南省水利厅',
      '云南省地方税务局',
      '国家开发银行云南省分行',
      '中国农业发展银行云南省分行',
      '各州、市人民政府',
    ]);
  });

  test('ln-gov-report-tasks: 辽宁 never named', async () => {
    const d = await readPlanPage('ln-gov-report-tasks-2025.txt');
    expect([d.tier, d.jurisdiction]).toEqual(['provincial', undefined]);
  });
});

describe('a plan’s 纲要 outlined by 章 and 节, without 条', () => {
  test('the 节 under each 章 are its articles, as 条 under 章', () => {
    const d = parse([
      '某县国民经济和社会发展第十四个五年规划纲要',
      '第一章发展环境',
      '第一节发展成就',
      '“十三五”时期是我县发展进程中极不平凡的五年。',
      '第二节发展形势',
      '当前和今后一个时期,我县发展仍处于重要战略机遇期。',
      '第二章 总体要求',
      '第一节 指导思想',
      '坚持以人民为中心。',
    ]);
    expect(d.parts.map((p) => [p.label, p.heading])).toEqual([
      ['第一章', '发展环境'],
      ['第二章', '总体要求'],
    ]);
    expect(d.articles.map((a) => [a.label, a.heading, a.partNumber])).toEqual([
      ['第一节', '发展成就', 1],
      ['第二节', '发展形势', 1],
      ['第一节', '指导思想', 2],
    ]);
  });

  test('nmg-ejina: 第一章发展环境 over 第一节发展成就', async () => {
    const d = await readPlanPage('nmg-ejina-14th-plan.txt');
    expect([d.parts.length, d.articles.map((a) => a.heading)]).toEqual([1, ['发展成就']]);
  });
});

describe('a typeset copy’s spaces around figures', () => {
  test('a cited title written 和 2035 年 is cited as 和2035年', () => {
    const d = parse([
      '某县国民经济和社会发展第十四个五年规划纲要',
      '根据《中共某县委关于制定国民经济和社会发展第十四个五年规划和 2035 年远景目标的建议》,制定本纲要。',
      '第一章 发展环境',
      '第一节 发展成就',
      '“十三五”时期是我县发展进程中极不平凡的五年。',
    ]);
    expect(d.citations.map((c) => c.title)).toEqual([
      '中共某县委关于制定国民经济和社会发展第十四个五年规划和2035年远景目标的建议',
    ]);
  });
});

const HELD_OUT = join(import.meta.dirname, '..', 'data', 'plan-pages-heldout');
const readHeldOutPage = (name: string): Promise<PolicyDocument> => readPolicyFile(join(HELD_OUT, name), { file: name });

describe('a news report of a plan, in the forms reports write', () => {
  test('a headline that is no document’s title (…这么建!) yields to the plan the lead names, 印发《Y》,明确了…', () => {
    const d = parse([
      '3个、45个!某某乡村未来三年这么建!',
      '乡村建设是重要任务。近期,市委办公室、市政府办公室印发《某某市乡村建设行动推进方案》,明确了2023—2025年乡村建设的总体要求、重点任务。',
      '到2025年,全市创建3个示范县。',
    ]);
    expect([d.title, d.kind]).toEqual(['某某市乡村建设行动推进方案', 'plan']);
  });

  test('joint issuers a lead names by their level alone (市委办公室、市政府办公室) are named with the plan’s place', () => {
    const d = parse([
      '襄阳乡村未来三年这么建!',
      '近期,市委办公室、市政府办公室印发《襄阳市乡村建设行动推进方案》,明确了2023—2025年乡村建设的总体要求。',
    ]);
    expect([d.issuer, d.jurisdiction]).toEqual(['中共襄阳市委办公室、襄阳市人民政府办公室', '襄阳市']);
  });

  test('X日前制定了《Y》,明确提出…: a place alone names no issuer', () => {
    const d = parse([
      '某某省日前制定了《某某省2020年粮食增产行动计划方案》,明确提出今年总播种面积2.23亿亩以上。',
      '据了解,今年某某省拿出1.2亿元资金。',
    ]);
    expect([d.title, d.kind, d.issuer]).toEqual(['某某省2020年粮食增产行动计划方案', 'plan', undefined]);
  });

  test('a headline of the report’s own words over X日前印发《Y》(以下简称《纲要》), then 《纲要》还明确', () => {
    const d = parse([
      '某某将加快推动由基础原材料大省向新材料大省转变',
      '某某省人民政府日前印发《某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》(以下简称《纲要》),提出年均增长6.5%。《纲要》还明确了重点项目。',
    ]);
    expect([d.title, d.issuer, d.kind]).toEqual([
      '某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      '某某省人民政府',
      'plan',
    ]);
  });

  test('a lead set in short lines (近日 / X印发 / 《Y / …》), then 《通知》明确: X is the issuer', () => {
    const d = parse([
      '某某省政府下达2025年国民经济和社会发展计划',
      '近日',
      '某某省人民政府印发',
      '《关于下达2025年某某省',
      '国民经济和社会发展计划的通知》',
      '《通知》明确经济发展等8个方面的主要目标',
    ]);
    expect(d.issuer).toBe('某某省人民政府');
  });

  test('a document’s own title (…实施方案) keeps its reading over a lead in its text naming another plan', () => {
    const d = parse([
      '某某市推进乡村建设的实施方案',
      '近日,省政府办公厅印发了《某某省乡村建设行动实施方案》,明确了总体要求。',
      '方案明确,要实施农村供水保障行动。',
    ]);
    expect(d.title).toBe('某某市推进乡村建设的实施方案');
  });

  test.each([
    ['hb-shiyan-rural-construction-2023.txt', '十堰市乡村建设行动推进方案', 'municipal', '十堰市'],
    [
      'gs-province-14th-news-trad.txt',
      '甘肃省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      'provincial',
      '甘肃省',
    ],
    ['hl-grain-plan-2020-trad.txt', '黑龙江省2020年粮食增产行动计划方案', 'provincial', '黑龙江省'],
  ])('%s', async (name, title, tier, jurisdiction) => {
    const d = await readHeldOutPage(name);
    expect([d.title, d.kind, d.tier, d.jurisdiction]).toEqual([title, 'plan', tier, jurisdiction]);
  });

  test('hb-shiyan: 市委办公室、市政府办公室 are 十堰’s', async () => {
    const d = await readHeldOutPage('hb-shiyan-rural-construction-2023.txt');
    expect(d.issuer).toBe('中共十堰市委办公室、十堰市人民政府办公室');
  });

  test('zj-province-plan-2025-news: the lead over four short lines names the issuer', async () => {
    const d = await readHeldOutPage('zj-province-plan-2025-news.txt');
    expect([d.title, d.noticeTitle, d.issuer, d.kind]).toEqual([
      '2025年浙江省国民经济和社会发展计划',
      '关于下达2025年浙江省国民经济和社会发展计划的通知',
      '浙江省人民政府',
      'plan',
    ]);
  });
});

describe('a text whose title a copy lost names its genre in its preamble', () => {
  test.each([
    ['为促进经济持续平稳发展,现提出以下意见:', 'opinions'],
    ['为做好乡村建设工作,结合实际,制定本方案。', 'plan'],
    ['为进一步做好稳就业工作,现就有关事项提出如下意见:', 'opinions'],
  ])('%s → %s', (preamble, kind) => {
    const d = parse([
      '各州、市人民政府,省直各部门:',
      preamble,
      '一、推进重大项目建设',
      '加快建设。',
      '二、加强投入',
      '加大投入。',
    ]);
    expect(d.kind).toBe(kind);
  });

  test('yn-province-growth-opinions-2017: 现提出以下意见', async () => {
    const d = await readHeldOutPage('yn-province-growth-opinions-2017.txt');
    expect(d.kind).toBe('opinions');
  });
});

describe('a report naming the plan only by its genre (《方案》提出)', () => {
  test('a headline of the report’s words, then 《方案》提出…: the report is of a plan', () => {
    const d = parse([
      '某某省十部门联合印发方案到2025年农村自来水普及率达到91%',
      '《方案》提出,到2025年,全省农村自来水普及率达到91%。',
      '《方案》的实施,对推进乡村建设具有重要意义。',
    ]);
    expect(d.kind).toBe('plan');
  });

  test.each([
    ['预案', 'plan'],
    ['细则', 'measures'],
  ])('《%s》提出…, a genre a title ends with, is one a report names its document by alone too', (genre, kind) => {
    // The genres a title ends with and those a report names its document by are one list: a genre added for titles
    // is also one a report names.
    const d = parse([
      `某某省十部门联合印发${genre}到2025年农村自来水普及率达到91%`,
      `《${genre}》提出,到2025年,全省农村自来水普及率达到91%。`,
    ]);
    expect(d.kind).toBe(kind);
  });

  test('a text that names no genre so keeps kind other', () => {
    const d = parse(['某某省农村自来水普及率达到91%', '全省农村自来水普及率达到91%。']);
    expect(d.kind).toBe('other');
  });

  test('gs-rural-water-plan-trad', async () => {
    const d = await readHeldOutPage('gs-rural-water-plan-trad.txt');
    expect([d.kind, d.tier, d.jurisdiction]).toEqual(['plan', 'provincial', '甘肃省']);
  });
});

describe('a division of a government’s work titled with its organ and year', () => {
  test('武汉市人民政府2023年《政府工作报告》…分解方案: the organ before the year issues it', () => {
    const d = parse([
      '某某县人民政府2023年《政府工作报告》目标任务责任分解方案',
      '一、推动绿色转型',
      '全面开展长江保护行动。(牵头单位:县生态环境局;责任单位:县水务局)',
    ]);
    expect(d.issuer).toBe('某某县人民政府');
  });

  test('hb-wuhan-gov-report-tasks-2023: items 116. to 128., each with its (牵头单位:…;责任单位:…) bracket', async () => {
    const d = await readHeldOutPage('hb-wuhan-gov-report-tasks-2023.txt');
    const named = d.articles.flatMap((a) => [...a.leadAgencies, ...a.cooperatingAgencies].map((r) => r.name));
    expect(d.articles[0]!.items.map((i) => i.label).slice(0, 3)).toEqual(['116.', '117.', '118.']);
    expect([d.issuer, named.includes('武汉市公安局'), named.includes('武汉市人力资源和社会保障局')]).toEqual([
      '武汉市人民政府',
      true,
      true,
    ]);
  });
});

describe('a province’s text naming its province only as the subject of its own 省 organs’ work', () => {
  test('今年的省政府工作报告 in a text naming 江苏 alone, and no city: 江苏省', () => {
    const d = parse([
      '编者按',
      '作为经济大省的江苏在收官之年如何挑起大梁?翻阅今年的省政府工作报告,我们可以读出江苏勇挑大梁的担当。',
      '全年目标',
      '地区生产总值增长5%以上。',
    ]);
    expect([d.tier, d.jurisdiction]).toEqual(['provincial', '江苏省']);
  });

  test('a text naming a city of it as well, or two provinces, or no 省 organ, is left unknown', () => {
    const lead = (words: string): PolicyDocument =>
      parse(['编者按', `作为经济大省的${words}在收官之年如何挑起大梁?我们可以读出担当。`, '地区生产总值增长5%以上。']);
    const city = lead('江苏和苏州,翻阅今年的省政府工作报告,');
    const two = lead('江苏和浙江,翻阅今年的省政府工作报告,');
    const none = lead('江苏');
    expect([city.jurisdiction, two.jurisdiction, none.jurisdiction]).toEqual([undefined, undefined, undefined]);
    // 江苏省人民政府 names the province, not an organ by its level alone: the province is the place the text names
    // most (twice, and nothing else), no organ of its level.
    const named = lead('江苏,江苏省人民政府今年');
    expect([named.tier, named.jurisdiction]).toEqual(['provincial', '江苏省']);
  });

  test('a city’s text citing its province’s organs (我市出台…, 江苏省省政府办公厅《…》) is no province’s', () => {
    const d = parse([
      '《关于进一步加强政务新媒体管理工作的通知》解读',
      '为推动我市政务新媒体健康有序发展,我市出台《市政府办公室关于进一步加强政务新媒体管理工作的通知》,现将文件政策解读如下:',
      '一、制定背景',
      '根据江苏省省政府办公厅《关于推进政务新媒体健康有序发展的实施意见》精神,并结合我市实际,制定了本通知。',
      '二、制定依据',
      '1.《省政府办公厅关于推进政务新媒体健康有序发展的实施意见》',
    ]);
    expect([d.tier, d.jurisdiction]).toEqual([undefined, undefined]);
  });

  test('js-province-gov-report-2025-news', async () => {
    const d = await readHeldOutPage('js-province-gov-report-2025-news.txt');
    expect([d.tier, d.jurisdiction]).toEqual(['provincial', '江苏省']);
  });
});
