// Documents copied from provincial, city and county portals, trimmed to the lines that show each defect. Sources:
//   Jining  http://wenshang.gov.cn/art/2017/12/12/art_101404_808424.html (济宁市人民政府关于进一步做好新形势下就业创业工作的意见)
//   Guizhou https://zhaoshangtong.net/policys/show-2378.html (贵州省深入开展消费扶贫助力打赢脱贫攻坚战的实施意见)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { resolveCitations } from '../../import/write/resolve-citations.ts';
import { createRunRegistry } from '../../import/write/run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (text: string): PolicyDocument => parsePolicyText(text, { file: 'portal.txt' });

const JINING_HEAD = `济宁市人民政府 关于进一步做好新形势下就业创业工作的意见
各县(市、区)人民政府,济宁高新区、太白湖新区、济宁经济技术开发区管委会,市政府各部门,各大企业,各高等院校:`;
const JINING_ARTICLES = `一、深入实施就业优先战略
1.坚持就业优先发展战略。各级政府制定的经济社会发展规划(计划)要把稳定和扩大就业作为优先选项。`;

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
      '济宁市地税局',
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
