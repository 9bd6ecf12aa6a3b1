// Documents copied from provincial, city and county portals, trimmed to the lines that show each defect. Sources:
//   Jining  http://wenshang.gov.cn/art/2017/12/12/art_101404_808424.html (济宁市人民政府关于进一步做好新形势下就业创业工作的意见)
//   Guizhou https://zhaoshangtong.net/policys/show-2378.html (贵州省深入开展消费扶贫助力打赢脱贫攻坚战的实施意见)
//   Yueyang https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html (岳办发〔2017〕2号)
//   Guangxi http://www.mlzzcz.com/contents/16/569.html (桂农厅发〔2022〕149号, a traditional-character copy)
//   Shandong https://jyzd.jnmc.edu.cn/2017/0209/c990a13402/page.htm (鲁政办发〔2010〕21号)
//   Xingning http://nnxn.gov.cn/zwdt/ztzl/fgfzl/t4549538.html (南兴府办函〔2020〕58号, damaged copy)
//   Tianjin  http://cni.top/html/2017/pioneerpolicy_1028/26711.html (津政办函〔2017〕103号)
//   Guangxi (ethnic affairs) http://mzw.gxzf.gov.cn/zwgk/zfxxgk/fdzdgknr/ghjh/ghjh_zcqgh/t1814183.shtml (桂政发〔2017〕58号)
//   Sichuan http://jmdznkj.cn/news/show.php?itemid=12788 (川府发〔2021〕28号, traditional copy with pinyin)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getDefaultGazetteer, parsePolicyText } from '../../import/index.ts';
import { readGoals } from '../../import/parse/read-goals.ts';
import { splitSigners } from '../../import/parse/split-signers.ts';
import { buildJurisdictionRows } from '../../import/write/build-jurisdiction-rows.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { resolveCitations } from '../../import/write/resolve-citations.ts';
import { createRunRegistry } from '../../import/write/run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (text: string): PolicyDocument => parsePolicyText(text, { file: 'portal.txt' });

const JINING_HEAD = `济宁市人民政府 关于进一步做好新形势下就业创业工作的意见
各县(市、区)人民政府,济宁高新区、太白湖新区、济宁经济技术开发区管委会,市政府各部门,各大企业,各高等院校:`;
const JINING_ARTICLES = `一、深入实施就业优先战略
1.坚持就业优先发展战略。各级政府制定的经济社会发展规划(计划)要把稳定和扩大就业作为优先选项。`;

test('本省《…条例》 is the province’s regulation: the citation takes the province, and so does its graph node', () => {
  const doc = parse(
    `${JINING_HEAD}\n依照本省《物业管理条例》和《医疗废物管理条例》,现提出以下意见:\n${JINING_ARTICLES}`,
  );
  expect(doc.citations.map((c) => [c.title, c.jurisdiction])).toEqual([
    ['物业管理条例', '山东省'],
    ['医疗废物管理条例', undefined],
  ]);
  const citing = { file: doc.file, id: 'jining', titleKey: buildTitleKey(doc.title), shortTitles: [] };
  const { links } = resolveCitations(citing, doc.citations, [], createRunRegistry());
  expect(links.map((l) => [l.create?.title, l.create?.tier, l.create?.jurisdiction])).toEqual([
    ['物业管理条例', 'provincial', '山东省'],
    ['医疗废物管理条例', 'national', '中华人民共和国'],
  ]);
});

describe('a province reuses a national title word for word: two cited documents, not one', () => {
  const cited = (preamble: string) => {
    const doc = parse(`${JINING_HEAD}\n${preamble}\n${JINING_ARTICLES}`);
    return doc.citations.map((c) => [c.title, c.docNumber, c.issuer, c.jurisdiction]);
  };
  const TITLE = '关于进一步做好新形势下就业创业工作的意见';

  test('different numbers after the same title', () => {
    expect(
      cited(
        `为贯彻落实国务院《${TITLE}》(国发〔2015〕23号)和省政府《${TITLE}》(鲁政发〔2015〕21号)等文件精神,现提出以下意见:`,
      ),
    ).toEqual([
      [TITLE, '国发〔2015〕23号', '国务院', '中华人民共和国'],
      [TITLE, '鲁政发〔2015〕21号', '山东省人民政府', '山东省'],
    ]);
  });

  test('no numbers: the issuers before the 《》 name different places', () => {
    expect(cited(`为贯彻落实国务院《${TITLE}》和省政府《${TITLE}》精神,现提出以下意见:`)).toEqual([
      [TITLE, undefined, '国务院', '中华人民共和国'],
      [TITLE, undefined, '山东省人民政府', '山东省'],
    ]);
  });

  test('a later bare mention of the title is still the first document', () => {
    const doc = parse(
      `${JINING_HEAD}\n为贯彻落实国务院《${TITLE}》(国发〔2015〕23号)精神,现提出以下意见:\n${JINING_ARTICLES}\n2.落实《${TITLE}》的各项要求。`,
    );
    expect(doc.citations.map((c) => [c.docNumber, c.relation, c.line])).toEqual([
      ['国发〔2015〕23号', 'implements', 3],
    ]);
  });

  test('the graph keeps them apart: one node by each number, the provincial one in the province', () => {
    const doc = parse(
      `${JINING_HEAD}\n为贯彻落实国务院《${TITLE}》(国发〔2015〕23号)和省政府《${TITLE}》(鲁政发〔2015〕21号)等文件精神,现提出以下意见:\n${JINING_ARTICLES}`,
    );
    const citing = { file: doc.file, id: 'jining', titleKey: buildTitleKey(doc.title), shortTitles: [] };
    const { links } = resolveCitations(citing, doc.citations, [], createRunRegistry());
    expect(links.map((l) => [l.targetId, l.create?.tier, l.create?.jurisdiction])).toEqual([
      ['国发〔2015〕23号', 'national', '中华人民共和国'],
      ['鲁政发〔2015〕21号', 'provincial', '山东省'],
    ]);
    const bare = parse(
      `${JINING_HEAD}\n为贯彻落实国务院《${TITLE}》和省政府《${TITLE}》精神,现提出以下意见:\n${JINING_ARTICLES}`,
    );
    const { links: byTitle } = resolveCitations(citing, bare.citations, [], createRunRegistry());
    expect(byTitle.map((l) => [l.create?.titleKey, l.create?.tier])).toEqual([
      [`中华人民共和国|${TITLE}`, 'national'],
      [`山东省|${TITLE}`, 'provincial'],
    ]);
  });
});

describe('the responsibility bracket of every numbered item counts for its article', () => {
  const GUIZHOU = `贵州省人民政府办公厅印发贵州省深入开展消费扶贫助力打赢脱贫攻坚战的实施意见
为贯彻落实《国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见》(国办发〔2018〕129号),结合我省实际,经省人民政府同意,制定本实施意见。
一、总体要求
以习近平新时代中国特色社会主义思想为指导,形成社会各界广泛参与消费扶贫助力打赢脱贫攻坚战的新格局。
二、重点任务
(一)提升消费扶贫产品供给水平和质量。
1.加快推进农产品结构化调整。认真对照“八要素”要求,到2020年,全省蔬菜种植面积达到2000万亩(次)以上。(省农业农村厅,各市〔州〕人民政府、贵安新区管委会)
2.建设农产品生产标准化体系。结合市场需求标准,提高农产品质量和标准。(省市场监管局、省农业农村厅、省商务厅、省林业厅)`;

  test('Guizhou: each item names its agencies in an unlabelled bracket; all of them lead the article', () => {
    const [article] = parse(GUIZHOU).articles;
    expect(article!.leadAgencies.map((a) => a.name)).toEqual([
      '贵州省农业农村厅',
      '各市〔州〕人民政府',
      '贵安新区管委会',
      '贵州省市场监督管理局',
      '贵州省商务厅',
      '贵州省林业厅',
    ]);
    expect(article!.cooperatingAgencies).toEqual([]);
  });

  test('no bracket stays in the items or the article', () => {
    const [article] = parse(GUIZHOU).articles;
    expect(article!.items.map((i) => i.text)).toEqual([
      '加快推进农产品结构化调整。认真对照“八要素”要求,到2020年,全省蔬菜种植面积达到2000万亩(次)以上。',
      '建设农产品生产标准化体系。结合市场需求标准,提高农产品质量和标准。',
    ]);
    expect(article!.text).not.toMatch(/省农业农村厅|省林业厅/);
    expect(article!.text).toContain('2.建设农产品生产标准化体系。');
  });

  test('Jining: A、B牵头,C、D参加 — the first item of two; the leads lead and those taking part cooperate', () => {
    const doc = parse(`${JINING_HEAD}
为贯彻落实国务院《关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)等文件精神,现提出以下意见:
一、深入实施就业优先战略
1.坚持就业优先发展战略。将就业创业工作纳入政绩考核,细化目标任务、政策落实、资金投入、群众满意度等指标。(市发展改革委、市人力资源社会保障局牵头,市委组织部、市教育局、市财政局、国家统计局济宁调查队参加)
2.发挥小微企业就业主渠道作用。扶持发展小微企业,落实小微企业税收优惠政策。(市财政局、市地税局牵头,市国税局参加)`);
    const [article] = doc.articles;
    expect(article!.leadAgencies.map((a) => a.name)).toEqual([
      '济宁市发展和改革委员会',
      '济宁市人力资源和社会保障局',
      '济宁市财政局',
      // 地税局, the local tax bureau of its time (before 2018), is known in full.
      '济宁市地方税务局',
    ]);
    // 市财政局 takes part in item 1 and leads item 2: it leads the article.
    expect(article!.cooperatingAgencies.map((a) => a.asWritten)).toEqual([
      '市委组织部',
      '市教育局',
      '国家统计局济宁调查队',
      '市国税局',
    ]);
    expect(article!.text).not.toContain('牵头');
  });

  test('国发〔2019〕3号 (test/data/govcn-text/05.txt): 排在第一位的部门为牵头部门，下同 — first listed leads in every item', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'data', 'govcn-text', '05.txt'), 'utf8');
    const article = parsePolicyText(text, { file: '05.txt' }).articles.find((a) => a.path === 'p4/a5')!;
    // Items 1-5: 税务总局、财政部、海关总署 / 海关总署、财政部、税务总局 / 海关总署、商务部 / 商务部、海关总署 / 海关总署.
    expect(article.leadAgencies.map((a) => a.name)).toEqual(['国家税务总局', '海关总署', '商务部']);
    expect(article.cooperatingAgencies.map((a) => a.name)).toEqual(['财政部']);
  });
});

describe('organs that sign together are each an issuer', () => {
  const roles = (d: PolicyDocument) => d.agencyRoles.map((r) => `${r.role} ${r.agency.name}`);

  test('Yueyang: the Party and government offices sign on two lines; 市委、市人民政府 approve, two bodies', () => {
    const doc =
      parse(`中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)

各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:

《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。

中共岳阳市委办公室

岳阳市人民政府办公室

2017年1月10日

关于全面推进政务公开工作的实施意见

一、把握总体要求,明确工作目标

(一)总体要求。坚持以公开为常态、不公开为例外。`);
    expect(doc.issuer).toBe('中共岳阳市委办公室、岳阳市人民政府办公室');
    expect(roles(doc)).toEqual([
      'issuer 中共岳阳市委办公室',
      'issuer 岳阳市人民政府办公室',
      'approver 中共岳阳市委员会',
      'approver 岳阳市人民政府',
    ]);
    expect(doc.agencyRoles.every((r) => r.agency.jurisdiction === '岳阳市')).toBe(true);
  });

  test('Guangxi: two departments on one signature line, parted by a space', () => {
    const doc = parse(`桂農廳發〔2022〕149號
各市、縣人民政府,自治區人民政府各組成部門、各直屬機構:
經自治區人民政府同意,現將《廣西壯族自治區高標準農田建設提升行動方案(2023—2025年)》印發給你們,請認真組織實施。
廣西壯族自治區農業農村廳 廣西壯族自治區財政廳
2022年11月22日
廣西壯族自治區高標準農田建設提升行動方案
一、總體要求
(一)指導思想
以習近平新時代中國特色社會主義思想為指導。`);
    expect(doc.issuer).toBe('广西壮族自治区农业农村厅、广西壮族自治区财政厅');
    expect(roles(doc).filter((r) => r.startsWith('issuer'))).toEqual([
      'issuer 广西壮族自治区农业农村厅',
      'issuer 广西壮族自治区财政厅',
    ]);
  });

  test('Shandong: the forwarding office signs alone; the forwarded text’s byline is another document’s', () => {
    const doc = parse(`山东省人民政府办公厅
转发省人力资源社会保障厅等部门
关于做好2010年普通高校毕业生
就业工作的意见的通知
鲁政办发〔2010〕21号
各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:
省人力资源社会保障厅、省教育厅、省财政厅《关于做好2010年普通高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。
山东省人民政府办公厅
二○一○年四月三十日
关于做好2010年普通高校
毕业生就业工作的意见
省人力资源社会保障厅 省教育厅 省财政厅
(二○一○年四月二十六日)
一、2010年高校毕业生就业工作的总体安排和目标任务
(一)总体安排。进一步落实有关要求。`);
    expect(roles(doc).filter((r) => r.startsWith('issuer'))).toEqual(['issuer 山东省人民政府办公厅']);
  });

  test.each([
    ['中共岳阳市委办公室岳阳市人民政府办公室', ['中共岳阳市委办公室', '岳阳市人民政府办公室']],
    ['柳州市科学技术局柳州市财政局', ['柳州市科学技术局', '柳州市财政局']],
    ['国务院办公厅 中央军委办公厅', ['国务院办公厅', '中央军事委员会办公厅']],
    ['科 技 部', ['科学技术部']],
    // One organ whose name holds another's: not cut (its parts are of two places).
    ['国家税务总局柳州市税务局', ['国家税务总局柳州市税务局']],
  ])('splitSigners(%s)', (line, names) => {
    expect(splitSigners(line, { gazetteer: getDefaultGazetteer() }).map((a) => a.name)).toEqual(names);
  });
});

describe('a district written after its city is the district', () => {
  const XINGNING = `南宁市兴宁区人民政府办公室关于印发2020年兴宁区优化营商环境实施方案的通知
南兴府办函〔2020〕58号
各镇人民政府,各街道办事处,政府机关各部门,政府直属各事业单位,辖区各有关单位:
经兴宁区人民政府同意,现将《2020年兴宁区优化营商环境实施方案》印发给你们,请结合实际,认真组织实施。
南宁市兴宁区人民政府办公室
2020年9月1日
2020年兴宁区优化营商环境实施方案
一、总体要求
以习近平新时代中国特色社会主义思想为指导,贯彻落实《优化营商环境条例》,坚持问题导向。
二、目标任务
(一)开办企业。开办企业0.5个工作日内完成。`;

  test('the issuer 南宁市兴宁区人民政府办公室 hangs on 兴宁区, under 南宁市; no place 南宁市兴宁区 is made up', () => {
    const doc = parse(XINGNING);
    expect(doc.jurisdiction).toBe('兴宁区');
    expect(doc.agencyRoles.map((r) => [r.role, r.agency.name, r.agency.jurisdiction])).toEqual([
      ['issuer', '兴宁区人民政府办公室', '兴宁区'],
      ['approver', '兴宁区人民政府', '兴宁区'],
    ]);
    expect(doc.jurisdictions?.map((j) => `${j.name}<${j.parent ?? ''}`)).toEqual([
      '中华人民共和国<',
      '广西壮族自治区<中华人民共和国',
      '南宁市<广西壮族自治区',
      '兴宁区<南宁市',
    ]);
  });

  test('places of the map are written as in the map (notInMap false), with their codes', () => {
    const rows = buildJurisdictionRows(parse(XINGNING), []);
    expect(rows.map((r) => [r.name, r.code, r.notInMap])).toEqual([
      ['中华人民共和国', null, false],
      ['广西壮族自治区', '450000', false],
      ['南宁市', '450100', false],
      ['兴宁区', '450102', false],
    ]);
  });

  test('the cited 《优化营商环境条例》 (no place in its title) is the national regulation in the graph', () => {
    const doc = parse(XINGNING);
    expect(doc.citations.map((c) => [c.title, c.jurisdiction])).toEqual([['优化营商环境条例', undefined]]);
    const citing = { file: doc.file, id: 'xingning', titleKey: buildTitleKey(doc.title), shortTitles: [] };
    const { links } = resolveCitations(citing, doc.citations, [], createRunRegistry());
    expect(links.map((l) => [l.create?.title, l.create?.tier, l.create?.jurisdiction])).toEqual([
      ['优化营商环境条例', 'national', '中华人民共和国'],
    ]);
  });
});

test('Tianjin: 经市人民政府同意 — the approver is the municipality of provincial rank', () => {
  const doc = parse(`津政办函〔2017〕103号
天津市人民政府办公厅关于印发促进我市
开发区改革和创新发展实施方案的通知
各区人民政府,各委、局,各直属单位:
经市人民政府同意,现将《关于促进我市开发区改革和创新发展的实施方案》印发给你们,请照此执行。
天津市人民政府办公厅
2017年10月9日
关于促进我市开发区改革和创新发展的实施方案
一、总体要求
坚持以开发区为平台。`);
  expect(doc.agencyRoles.map((r) => [r.role, r.agency.name])).toEqual([
    ['issuer', '天津市人民政府办公厅'],
    ['approver', '天津市人民政府'],
  ]);
});

describe('a target needs a real number and unit', () => {
  const targets = (text: string) =>
    readGoals(text)
      .filter((g) => g.kind === 'target')
      .map((g) => [g.metric, g.value, g.unit, g.qualifier]);

  test('Guangxi: 走出一条…之路 is a figure of speech, no target of one 条', () => {
    expect(
      targets(
        '1.经济持续较快发展。到2020年,我区实现地区生产总值和城乡居民人均收入比2010年翻一番。生态保护进一步加强,人居环境更加优美,走出一条生产发展、生活富裕、生态优美的绿色发展之路。',
      ),
    ).toEqual([]);
  });

  test('Sichuan: 超万亿元 is 10000 亿元 (not 0), as 超千亿元 is 1000 亿元', () => {
    expect(
      targets('到2025年,建成国家高新区10个,省级高新区25个,打造营业收入超万亿元高新区1个、超千亿元高新区15个以上。'),
    ).toEqual([
      ['建成国家高新区', 10, '个', undefined],
      ['省级高新区', 25, '个', undefined],
      ['打造营业收入', 10000, '亿元', undefined],
      ['打造营业收入超万亿元高新区', 1, '个', undefined],
      ['', 1000, '亿元', undefined],
      ['超千亿元高新区', 15, '个', '以上'],
    ]);
  });

  test('Guizhou: the 万 of 30亿棒(万亩) is no number; a note in brackets keeps the qualifier after it', () => {
    expect(
      targets(
        '到2020年,全省蔬菜种植面积达到2000万亩(次)以上,茶园面积稳定在700万亩以上,食用菌种植力争30亿棒(万亩)以上,生态家禽年出栏2.1亿羽以上。',
      ),
    ).toEqual([
      ['全省蔬菜种植面积', 2000, '万亩', '以上'],
      ['茶园面积稳定在', 700, '万亩', '以上'],
    ]);
  });

  test('digits times 万 where no unit starts with it (test/data/docs-align/guangxi-digital-economy-measures.txt)', () => {
    expect(targets('到2025年,全区累计建成5G基站10万个以上,实现县城以上区域5G网络全覆盖。')).toEqual([
      ['全区累计建成5G基站', 100000, '个', '以上'],
    ]);
  });
});
