import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';
import { readWebPage } from '../support/web-pages.ts';

const read = readWebPage;
const parse = (text: string): PolicyDocument => parsePolicyText(text, { file: 'page.txt' });
const codes = (d: PolicyDocument): string[] => d.issues.map((i) => i.code);
const BLIND4 = join(import.meta.dirname, '..', 'data', 'blind4-policies');
const readBlind4 = (name: string): Promise<PolicyDocument> => readPolicyFile(join(BLIND4, name), { file: name });

describe('a law site’s fields in 【】 brackets', () => {
  test('【发布文号】, 【发布日期】 and 【生效日期】 without colons are the number and dates (worldlii, 新政发[1994]103号)', async () => {
    const d = await read('xj-worldlii-1994-103.txt');
    expect([d.docNumber, d.docNumberOriginal, d.publishedOn, d.effectiveOn]).toEqual([
      '新政发〔1994〕103号',
      '新政发[1994]103号',
      '1994-12-27',
      '1994-12-27',
    ]);
    // The title typeset over three lines is joined, without the empty 【文件来源】----------- above it.
    expect([d.noticeTitle, d.title]).toEqual([
      '自治区人民政府关于印发新疆维吾尔自治区百万人温饱工程计划的通知',
      '新疆维吾尔自治区百万人温饱工程计划',
    ]);
    expect([d.issuer, d.tier, d.jurisdiction]).toEqual(['新疆维吾尔自治区人民政府', 'provincial', '新疆维吾尔自治区']);
    expect(d.citations.some((c) => c.docNumber === '新政发〔1994〕103号')).toBe(false);
    expect(codes(d)).not.toContain('EXTRA_TITLE_LINE');
  });

  test('a label no list holds is a field among the site’s other fields, and text elsewhere', () => {
    const d = parse(
      [
        '【发文字号】国办发〔2020〕1号',
        '【唯一标识】A0012345',
        '【效力级别】国务院规范性文件',
        '国务院办公厅关于做好某项工作的通知',
        '各省、自治区、直辖市人民政府:',
        '【案例】某地做法',
        '一、总体要求',
        '做好工作。',
      ].join('\n'),
    );
    expect([d.title, d.docNumber]).toEqual(['国务院办公厅关于做好某项工作的通知', '国办发〔2020〕1号']);
    const read = d.issues.find((i) => i.code === 'PAGE_METADATA')?.message;
    expect(read).toContain('唯一标识');
    expect(read).not.toContain('案例');
  });
});

describe('a page’s fields set side by side on one line, parted by spaces', () => {
  test.each([
    ['来源:某市政府门户网 日期:2017-01-12 17:08 字号:【', '2017-01-12'],
    ['作者: 发布时间:2023年11月20日 来源:', '2023-11-20'],
    ['作者:法律资料网 时间:2024-07-22 01:46:55  浏览:9332   来源:法律资料网', '2024-07-22'],
    // A date typeset with spaces after its hyphens.
    ['时间: 2016- 07- 04 17: 18 来源: 浏览次数:', '2016-07-04'],
  ])('%s → publishedOn %s', (line, date) => {
    const d = parse(['某市人民政府关于促进就业的意见', line, '一、总体要求', '做好工作。'].join('\n'));
    expect(d.publishedOn).toBe(date);
  });

  test.each([
    ['hn-yueyang-zhengwu-gongkai-2017.txt', '2017-01-12'],
    ['hn-xiangxi-autonomy-draft-2023.txt', '2023-11-20'],
    ['zj-hangzhou-2016-68.txt', '2016-07-04'],
    ['js-nanjing-housing-fund-regulation.txt', '2024-07-22'],
    ['cq-order-121-notice.txt', '2024-06-16'],
  ])('%s is published on %s', async (name, date) => {
    expect((await read(name)).publishedOn).toBe(date);
  });
});

describe('a value ends where the portal’s next label begins', () => {
  test.each([
    // 分  类 is spaced; 公文目录 is a portal's own label, known to no list.
    ['索 引 号: -00826556-4/2020-00068 分  类: 综合政务', '-00826556-4/2020-00068'],
    [
      '索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日',
      '11532323015172622Y-/2018-1220012',
    ],
  ])('%s → indexNumber %s', (line, index) => {
    const d = parse([line, '某县人民政府关于促进就业的意见', '一、总体要求', '做好工作。'].join('\n'));
    expect(d.provenance.indexNumber).toBe(index);
  });

  test.each([
    ['hi-qiongzhong-sanzi-2020.txt', '-00826556-4/2020-00068'],
    ['yn-mouding-yingji-yuan-2017.txt', '11532323015172622Y-/2018-1220012'],
  ])('%s has index number %s', async (name, index) => {
    expect((await readBlind4(name)).provenance.indexNumber).toBe(index);
  });
});

describe('the page’s stamp with a label the portal alone uses run into it', () => {
  test('2020-06-29 14:18编辑:… is the page’s posting, and no title', () => {
    const d = parse(
      ['关于某项目封闭施工的通告', '2020-06-29 14:18编辑:张三 李四', '因施工需要,现通告如下:', '一、封闭施工。'].join(
        '\n',
      ),
    );
    expect(d.publishedOn).toBe('2020-06-29');
    expect(d.issues.map((i) => i.message).join('\n')).not.toContain('编辑:张三');
  });

  test('yn-qiaojia-fengbi-tonggao-2020.txt is published on 2020-06-29', async () => {
    expect((await readBlind4('yn-qiaojia-fengbi-tonggao-2020.txt')).publishedOn).toBe('2020-06-29');
  });
});

describe('a news item printing a document in full', () => {
  test('its lead (近日,X印发了《Y》…《Y》全文如下) gives the title and issuers (cq.gov.cn)', async () => {
    const d = await read('cq-county-town-plan-news.txt');
    expect([d.title, d.issuer, d.tier, d.jurisdiction, d.kind]).toEqual([
      '重庆市推进以区县城为重要载体的城镇化建设实施方案',
      '中共重庆市委办公厅、重庆市人民政府办公厅',
      'provincial',
      '重庆市',
      'plan',
    ]);
    expect(d.issues.find((i) => i.code === 'TITLE_FROM_NEWS_LEAD')?.line).toBe(1);
    expect(codes(d)).not.toContain('NO_TITLE');
    // The lead is the news site's words: neither preamble nor citation.
    expect(d.preamble?.startsWith('为深入贯彻落实')).toBe(true);
    expect(d.citations.map((c) => c.title)).toEqual(['关于推进以县城为重要载体的城镇化建设的意见']);
  });

  test('the issuers are the organs after the lead’s last comma', () => {
    const d = parse(
      [
        '日前,记者从市政府获悉,重庆市人民政府办公厅印发了《某某实施方案》。全文如下:',
        '一、总体要求',
        '做好工作。',
      ].join('\n'),
    );
    expect([d.title, d.issuer]).toEqual(['某某实施方案', '重庆市人民政府办公厅']);
  });

  test('a line saying who issued what, with no full text announced, gives no title', () => {
    const d = parse(
      ['近日,市政府办公厅印发了《某某实施方案》,要求各区县抓好落实。', '一、总体要求', '做好工作。'].join('\n'),
    );
    expect(codes(d)).not.toContain('TITLE_FROM_NEWS_LEAD');
  });
});

describe('a citation broken by a line end', () => {
  test('《国务院关于…的意 / (blank) / 见》(国发〔2019〕28号) is one citation (alsk.gov.cn, a PDF’s lines)', async () => {
    const d = await read('xj-alsk-jiuye-2020-16.txt');
    const cited = d.citations.find((c) => c.docNumber === '国发〔2019〕28号');
    expect([cited?.title, cited?.relation]).toEqual(['国务院关于进一步做好稳就业工作的意见', 'based_on']);
  });

  test('the document’s own heading typeset over lines names no citation; its first article does', () => {
    const d = parse(
      [
        '# 北京市实施《中华人民共和国反恐怖主义法》办法',
        '',
        '2023年7月28日 北京市第十六届人民代表大会常务委员会第四次会议通过',
        '',
        '<!-- INFO END -->',
        '',
        '北京市实施《中华人民共和国',
        '',
        '反恐怖主义法》办法',
        '',
        '第一条 为了防范和惩治恐怖活动，根据《中华人民共和国反恐怖主义法》等法律，结合本市实际，制定本办法。',
        '',
        '第二条 本办法适用于本市。',
      ].join('\n'),
    );
    expect(d.citations.map((c) => [c.title, c.relation, c.line])).toEqual([
      ['中华人民共和国反恐怖主义法', 'based_on', 11],
    ]);
  });
});
