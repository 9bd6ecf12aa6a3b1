import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { prepareDocument } from '../../import/run/decide-policy-document.ts';
import { createRunRegistry } from '../../import/write/run-registry.ts';
import type { PolicyDocument } from '../../model/index.ts';
import { readWebPage } from '../support/web-pages.ts';

const read = readWebPage;
const codesAt = (d: PolicyDocument, code: string): number[] =>
  d.issues.filter((i) => i.code === code).map((i) => i.line);

describe('page furniture is never the title or the issuer', () => {
  test('a site’s numbered menu (1. 目录, 2. 旗人民政府 … 17. 清单目录) above a department’s notice issuing two texts', async () => {
    const d = await read('nmg-wulatehouqi-repost-nongmu.txt');
    // The notice issues two 细则; the file holds the first, under its heading (line 55): the document read is that one.
    expect([d.title, d.noticeTitle, d.kind]).toEqual([
      '内蒙古自治区农牧厅中央预算内直接投资农业建设项目实施细则',
      '内蒙古自治区农牧厅关于印发《内蒙古自治区农牧厅中央预算内直接投资农业建设项目实施细则》《内蒙古自治区农牧厅中央预算内投资补助农业建设项目实施细则》的通知',
      'measures',
    ]);
    expect([d.issuer, d.issuedOn, d.tier]).toEqual(['内蒙古自治区农牧厅', '2025-07-24', 'provincial']);
    // The menu's 42 lines are the site's, left out of the text together; so is the rest of its share bar (line 49).
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([3, 49]);
    expect(d.issues.find((i) => i.code === 'WEB_DEBRIS')?.message).toMatch(/menu of 42 numbered lines \(3–45\)/);
    expect(codesAt(d, 'EXTRA_TITLE_LINE')).toEqual([]);
  });

  test('a portal’s bulleted fields (• 附 加 码:/2018-00001, • 名    称: …, • 发布机构发改委) above a plan', async () => {
    const d = await read('tj-binhai-13th-plan.txt');
    expect(d.title).toBe('天津市滨海新区国民经济和社会发展第十三个五年规划纲要');
    // 发布机构 is who posted the page; the plan names no issuer of its own, so that unit is taken, and said.
    expect([d.issuer, codesAt(d, 'ISSUER_FROM_PUBLISHER')]).toEqual(['滨海新区发展和改革委员会', [6]]);
    expect(codesAt(d, 'TITLE_JOINED')).toEqual([]);
    expect(d.issues.find((i) => i.code === 'PAGE_METADATA')?.line).toBe(2);
    expect(d.issues.find((i) => i.code === 'PAGE_METADATA')?.message).toMatch(/名称.*发布机构|发布机构.*名称/);
  });

  test('a portal’s header and its labelled fields (名  称: …) above the notice’s typeset title', async () => {
    const d = await read('cq-yubei-work-rules-2017-7.txt');
    expect([d.title, d.noticeTitle, d.docNumber]).toEqual([
      '渝北区第十八届人民政府工作规则',
      '重庆市渝北区人民政府关于印发渝北区第十八届人民政府工作规则的通知',
      '渝北府发〔2017〕7号',
    ]);
    expect(codesAt(d, 'TITLE_JOINED')).toEqual([]);
    // The portal's header: its name over a trail of its sections (重庆市政府网 - 信息公开 - 重庆市渝北区政府).
    expect(codesAt(d, 'COLUMN_NAME')).toEqual([1]);
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([2]);
    // 索 引 号: 009315877/2017-00733 信息分类名称: 行政事务/… — two fields on one line, the second's label the portal's.
    expect(d.provenance.indexNumber).toBe('009315877/2017-00733');
  });

  test('a government gazette’s issue (兴安盟行政公署公报2019年1-3期(总第52期)) names the gazette, not its decision', async () => {
    const d = await read('nmg-xingan-league-decision-2019-1.txt');
    expect([d.title, d.docNumber, d.issuer, d.kind]).toEqual([
      '兴安盟行政公署关于表彰奖励乌力格尔艺术保护传承发展突出贡献者的决定',
      '兴署发〔2019〕1号',
      '兴安盟行政公署',
      'decision',
    ]);
    expect(codesAt(d, 'EXTRA_TITLE_LINE')).toEqual([]);
    // Its paragraphs open with no 一、 or 第一条: no articles, said; its number makes it a document to import all the same.
    expect([d.articles.length, codesAt(d, 'NO_STRUCTURE')]).toEqual([0, [1]]);
    expect(prepareDocument(d, createRunRegistry()).doc.title).toBe(d.title);
  });

  test('a portal’s column and section (政府信息公开, 自治区文件) above a notice; the issued text named in 《》 under it', async () => {
    const d = await read('xj-alsk-jiuye-2020-16.txt');
    expect([d.title, d.noticeTitle, d.docNumber, d.issuer]).toEqual([
      '新疆维吾尔自治区关于进一步做好稳就业工作的实施意见',
      '关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知',
      '新政发〔2020〕16号',
      '新疆维吾尔自治区人民政府',
    ]);
  });
});

describe('each reader on an excerpt of those pages', () => {
  const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
  const body = ['各地、各部门:', '一、总体要求', '坚持就业优先。'];

  // A reviewer's heads: an organ's name over its 关于… title, typeset on two lines, begins the title (it was taken for a
  // column, the title lost its organ and the text its tier).
  test.each([
    ['中国人民银行', '关于加强支付结算管理的通知'],
    ['中共中央', '关于加强党的政治建设的意见'],
    ['中华全国总工会', '关于加强职工之家建设的意见'],
  ])('%s over %s begins the title', (organ, rest) => {
    const d = parsePolicyText(`${organ}\n${rest}\n各有关单位：\n一、总体要求\n为了规范工作，制定本通知。\n`, {
      file: 'x.txt',
    });
    expect([d.title, d.tier]).toEqual([`${organ}${rest}`, 'national']);
  });

  test('a column’s name right over an organ’s 关于… title is no part of it; an organ’s name over it begins it', () => {
    expect(
      parse(['政府信息公开', '关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知', ...body])
        .noticeTitle,
    ).toBe('关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知');
    expect(parse(['国务院办公厅', '关于促进平台经济规范健康发展的指导意见', ...body]).title).toBe(
      '国务院办公厅关于促进平台经济规范健康发展的指导意见',
    );
  });

  test('a notice issuing two texts, neither heading the text below it, is the document itself', () => {
    const notice = '内蒙古自治区农牧厅关于印发《甲项目实施细则》《乙项目实施细则》的通知';
    const d = parse([notice, ...body]);
    expect([d.title, d.noticeTitle]).toEqual([notice, undefined]);
  });

  test('a plan’s outline (1. 总体要求 / 1.1 指导思想 … 2. 主要任务 / 2.1 …) is no menu', () => {
    const outline = [
      '1. 总体要求',
      '1.1 指导思想',
      '1.2 基本原则',
      '1.3 发展目标',
      '2. 主要任务',
      '2.1 产业发展',
      '2.2 城乡建设',
      '3. 保障措施',
      '3.1 组织保障',
    ];
    const d = parsePolicyText(['某某区发展规划', ...outline, '为推动发展，制定本规划。'].join('\n'), { file: 'x.txt' });
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([]);
  });

  test('a numbered list of the text counts on in order: no menu', () => {
    const d = parse([
      '关于印发《某某办法》的通知',
      ...body,
      '附件:',
      '1. 申请表',
      '2. 汇总表',
      '3. 承诺书',
      '4. 名单',
      '5. 标准',
      '6. 目录',
      '7. 说明',
    ]);
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS')).toEqual([]);
  });

  test('the issue line of a gazette in another writing (国务院公报 2019年第5号) is no title', () => {
    const d = parse(['中华人民共和国国务院公报 2019年第5号', '国务院关于促进平台经济规范健康发展的指导意见', ...body]);
    expect(d.title).toBe('国务院关于促进平台经济规范健康发展的指导意见');
  });
});
