// A table of tasks and the organs that carry them (任务分工, 目标任务分解表), as copies hold it: one cell a line, cells
// apart by tabs, a row a line with a header spaced out letter by letter. The blind sets met each: a district's target
// table in an attachment (blind9 cq-shapingba), a district's task table with a lead marked ★ (blind8 js-wujiang), a
// national table after the notice (blind8 cn-guobanhan-lianghua). Until then their organs were read from no table.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getDefaultGazetteer, parsePolicyText, readPolicyFile } from '../../import/index.ts';
import { readDutyTable } from '../../import/parse/read-duty-table.ts';
import type { Article, PolicyDocument } from '../../model/index.ts';

const DATA = join(import.meta.dirname, '..', 'data');
const gazetteer = getDefaultGazetteer();
const place = (name: string) => ({ gazetteer, jurisdiction: gazetteer.jurisdictionByName.get(name)! });
const lines = (texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const rowsOf = (texts: string[], where: string) =>
  readDutyTable(lines(texts), place(where)).map((r) => ({
    line: r.line,
    task: r.task,
    lead: r.lead.map((a) => a.name),
    cooperating: r.cooperating.map((a) => a.name),
  }));
const parse = (texts: string[]): PolicyDocument => parsePolicyText(texts.join('\n'), { file: 'page.txt' });
const duties = (articles: Article[]) =>
  articles.map((a) => [a.text, a.leadAgencies.map((x) => x.name), a.cooperatingAgencies.map((x) => x.name)]);

describe('a table of duties, as copies hold it', () => {
  test('one cell a line, blank lines between: each row has its task and the organs of its duty column', () => {
    const table = [
      '序号',
      '',
      '2022年预期目标',
      '',
      '责任单位',
      '',
      '1',
      '',
      '地区生产总值增长5.5%左右',
      '',
      '区发展改革委',
    ];
    expect(rowsOf([...table, '2', '区级税收增长6%左右', '区税务局'], '沙坪坝区')).toEqual([
      { line: 11, task: '地区生产总值增长5.5%左右', lead: ['沙坪坝区发展和改革委员会'], cooperating: [] },
      { line: 14, task: '区级税收增长6%左右', lead: ['国家税务总局重庆市沙坪坝区税务局'], cooperating: [] },
    ]);
  });

  test('cells apart by tabs: the lead column leads and the cooperating column cooperates', () => {
    const rows = rowsOf(
      [
        '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
        '1\t建设社区服务中心\t市民政局\t市财政局、市住建局\t2024年底',
        '2\t推进老旧小区改造\t市住建局\t\t2025年',
      ],
      '柳州市',
    );
    expect(rows).toEqual([
      {
        line: 2,
        task: '建设社区服务中心 2024年底',
        lead: ['柳州市民政局'],
        cooperating: ['柳州市财政局', '柳州市住房和城乡建设局'],
      },
      { line: 3, task: '推进老旧小区改造 2025年', lead: ['柳州市住房和城乡建设局'], cooperating: [] },
    ]);
  });

  test('a row a line under a header spaced out letter by letter: the organs close the row', () => {
    const rows = rowsOf(
      [
        '序号 工 作 任 务 牵头负责部门',
        '1 居民消费价格涨幅3%左右 发展改革委',
        '2 城镇新增就业1000万人以上 人力资源社会保障部',
      ],
      '中华人民共和国',
    );
    expect(rows.map((r) => [r.task, r.lead])).toEqual([
      ['居民消费价格涨幅3%左右', ['国家发展和改革委员会']],
      ['城镇新增就业1000万人以上', ['人力资源和社会保障部']],
    ]);
  });

  test('a lead marked ★ in its cell leads, the others of the cell cooperate; a leader named is no organ', () => {
    const rows = rowsOf(
      [
        '序号',
        '项目',
        '重点工作目标任务',
        '牵头领导',
        '责任单位',
        '1',
        '主要预期目标',
        '1.地区生产总值增长5%以上。',
        '钱 宇',
        '★区发改委、统计局',
      ],
      '吴江区',
    );
    expect(rows).toEqual([
      {
        line: 10,
        task: '主要预期目标 1.地区生产总值增长5%以上。 钱 宇',
        lead: ['吴江区发展和改革委员会'],
        cooperating: ['吴江区统计局'],
      },
    ]);
  });

  test('a cell of organs broken over lines keeps its places with it; the next row starts at its task (plan-pages-heldout4 js-zhonglou)', () => {
    const rows = rowsOf(
      [
        '序号',
        '工作任务',
        '牵头单位',
        '配合单位',
        '1',
        '(1)地区生产总值增长6%左右。',
        '发改局',
        '经开区',
        '高新园',
        '(邹区镇)',
        '各街道',
        '统计局',
        '(2)一般公共预算收入增长3%以上。',
        '财政局',
      ],
      '钟楼区',
    );
    expect(rows.map((r) => [r.task, r.lead, r.cooperating])).toEqual([
      ['(1)地区生产总值增长6%左右。', ['钟楼区发展和改革局'], ['各街道', '钟楼区统计局']],
      ['(2)一般公共预算收入增长3%以上。', ['钟楼区财政局'], []],
    ]);
  });

  test('a lead marked in words in its cell, or duties said in words (review t06)', () => {
    const rows = rowsOf(
      [
        '序号\t工作任务\t责任单位\t完成时限',
        '1\t实施重大项目攻坚行动\t市发改委（牵头）、市财政局\t2024年底',
        '2\t扩大有效投资\t市发改委牵头，市住建局、市交通运输局配合\t2024年底',
      ],
      '宜昌市',
    );
    expect(rows.map((r) => [r.lead, r.cooperating])).toEqual([
      [['宜昌市发展和改革委员会'], ['宜昌市财政局']],
      [['宜昌市发展和改革委员会'], ['宜昌市住房和城乡建设局', '宜昌市交通运输局']],
    ]);
  });

  test('no header, no table: a line naming a duty and an organ in prose, a heading over a lone label', () => {
    expect(rowsOf(['责任单位 市发改委', '加快建设重点项目。'], '柳州市')).toEqual([]);
    expect(rowsOf(['(三)加强组织领导', '牵头单位', '市发展改革委'], '柳州市')).toEqual([]);
  });

  test("a task's words that end like an organ's name stay the task's when the row has all its cells", () => {
    const rows = rowsOf(['序号\t工作任务\t责任单位', '1\t建设市级养老服务中心\t市民政局'], '柳州市');
    expect(rows.map((r) => [r.task, r.lead])).toEqual([['建设市级养老服务中心', ['柳州市民政局']]]);
  });
});

describe('where the organs of a table go', () => {
  const notice = (title: string, attached: string) => [
    `柳州市人民政府办公室关于印发${title}的通知`,
    '柳政办发〔2024〕3号',
    '各县、区人民政府，市直各部门：',
    `现将《${title}》印发给你们，请认真贯彻落实。`,
    '柳州市人民政府办公室',
    '2024年1月20日',
    '附件1',
    attached,
    '序号',
    '预期目标',
    '牵头单位',
    '配合单位',
    '1',
    '地区生产总值增长6%左右',
    '市发展改革委',
    '市统计局',
    '2',
    '一般公共预算收入增长5%',
    '市财政局',
  ];
  const rows = [
    ['地区生产总值增长6%左右', ['柳州市发展和改革委员会'], ['柳州市统计局']],
    ['一般公共预算收入增长5%', ['柳州市财政局'], []],
  ];

  test("an attachment that is a table has its rows for articles, each with its organs, under the attachment's path", () => {
    const d = parse(notice('2024年政府工作报告目标任务', '2024年政府工作报告预期目标任务分解表'));
    const table = d.attachments?.[0];
    expect(table?.articles.map((a) => a.path)).toEqual(['x1/a1', 'x1/a2']);
    expect(duties(table?.articles ?? [])).toEqual(rows);
  });

  test('a table that is the very text the notice issues has its rows for the articles of the document', () => {
    const d = parse(notice('2024年政府工作报告目标任务分解表', '2024年政府工作报告目标任务分解表'));
    expect(d.articles.map((a) => a.path)).toEqual(['a1', 'a2']);
    expect(duties(d.articles)).toEqual(rows);
    expect(d.issues.some((i) => i.code === 'NO_STRUCTURE')).toBe(false);
  });

  test('a table inside the numbered text puts its organs on the article it stands in', () => {
    const d = parse([
      '柳州市2024年重点工作任务分工方案',
      '一、主要预期目标',
      '序号\t目标任务\t责任单位',
      '1\t地区生产总值增长6%左右\t市发展改革委',
      '二、重点任务',
      '序号\t工作任务\t牵头单位\t配合单位',
      '1\t推进老旧小区改造\t市住建局\t市财政局',
    ]);
    expect(
      d.articles.map((a) => [a.heading, a.leadAgencies.map((x) => x.name), a.cooperatingAgencies.map((x) => x.name)]),
    ).toEqual([
      ['主要预期目标', ['柳州市发展和改革委员会'], []],
      ['重点任务', ['柳州市住房和城乡建设局'], ['柳州市财政局']],
    ]);
  });

  test('blind8 js-wujiang: the ★ cells of a flattened task table name the district bureaus that lead', async () => {
    const path = 'policy-blind8/js-wujiang-zhongdian-renwu-2024.txt';
    const d = await readPolicyFile(join(DATA, path), { file: path });
    const lead = new Set(d.articles.flatMap((a) => a.leadAgencies.map((x) => x.name)));
    expect(['吴江区发展和改革委员会', '吴江区商务局', '吴江区应急管理局'].every((n) => lead.has(n))).toBe(true);
    const cooperating = new Set(d.articles.flatMap((a) => a.cooperatingAgencies.map((x) => x.name)));
    expect(cooperating.has('吴江海关')).toBe(true);
  });
});
