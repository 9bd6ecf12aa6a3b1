// Real documents as users bring them from the web (issue 12, part A): saved pages and their copied text, page
// metadata, site furniture, attachments, two documents in one file, national responsibility brackets, goals, kinds.
// Each reproduction of the issue is a test here; the govcn corpus is checked against its hand-written truth.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { compareWithTruth, type ParseTruth } from '../../import/evaluate/index.ts';
import {
  decodePolicyText,
  htmlToText,
  parsePolicyBytes,
  parsePolicyText,
  PolicyInputError,
  readKind,
  readPolicyFile,
} from '../../import/index.ts';
import { readGoals } from '../../import/parse/read-goals.ts';
import { readDocumentVersion } from '../../import/versions/index.ts';
import { splitHeading } from '../../import/parse/split-heading.ts';
import type { PolicyDocument } from '../../model/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const parse = (text: string): PolicyDocument => parsePolicyText(text, { file: 'page.txt' });
const codesAt = (d: PolicyDocument, code: string): number[] =>
  d.issues.filter((i) => i.code === code).map((i) => i.line);
const everyText = (d: PolicyDocument): string =>
  [
    d.title,
    d.preamble ?? '',
    ...d.parts.map((p) => `${p.heading}${p.text ?? ''}`),
    ...d.articles.map((a) => `${a.heading}${a.text}`),
  ].join('\n');

function refusal(run: () => unknown): PolicyInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error('expected a PolicyInputError');
}

describe('1. page furniture: the portal metadata table and site debris', () => {
  const copied = [
    '您现在所在的位置:首页>政策>地方政策',
    '您好,欢迎来到中国政府网! | 官方微信 / 手机版',
    '地方政策',
    '索 引 号： \t000014349/2018-00223 \t主题分类： \t农业',
    '发文机关： \t国务院办公厅 \t成文日期： \t2018年12月23日',
    '标　　题： \t国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
    '发文字号： \t国发〔2018〕42号 \t发布日期： \t2018年12月29日',
    '国务院关于加快推进农业机械化和',
    '农机装备产业转型升级的指导意见',
    '国发〔2018〕42号',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '农业机械化是转变农业发展方式的重要基础。',
    '一、总体要求',
    '（一）指导思想。坚持新发展理念。',
    '国务院',
    '2018年12月12日',
    '咨询热线：010-12345',
    '[打印] | [关闭窗口]',
  ].join('\n');
  const d = parse(copied);

  test('title, issuer, number and both dates come from the table, not its rows', () => {
    expect(d).toMatchObject({
      title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
      docNumber: '国发〔2018〕42号',
      issuedOn: '2018-12-23',
      publishedOn: '2018-12-29',
      kind: 'opinions',
    });
    expect(d.provenance).toMatchObject({ indexNumber: '000014349/2018-00223', topic: '农业' });
  });

  test('the issuer is the table cell, never run together with the next label', () => {
    expect(d.issuer).not.toMatch(/成文日期/);
    expect(d.agencyRoles.find((r) => r.role === 'issuer')?.agency.asWritten).not.toMatch(/成文日期/);
  });

  test('a disagreement between table and document is an issue, not a silent choice', () => {
    // The table says 成文日期 2018-12-23, the signature 2018-12-12.
    expect(d.issues.filter((i) => i.code === 'METADATA_CONFLICT').map((i) => [i.line, i.message])).toEqual([
      [
        5,
        'the page\'s 成文日期 "2018-12-23" disagrees with the document\'s date "2018-12-12"; the page\'s value is kept',
      ],
    ]);
  });

  test('every line of site furniture is reported with its line and kept out of title, preamble and articles', () => {
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([1, 2, 3, 17, 18]);
    for (const word of ['位置', '欢迎', '地方政策', '咨询热线', '打印', '索引号', '索 引 号', '发文机关', '成文日期'])
      expect(everyText(d)).not.toContain(word);
    expect(d.preamble).toBe('农业机械化是转变农业发展方式的重要基础。');
  });

  test('NO_TITLE when the page has no title at all', () => {
    const untitled = parse('首页 > 政策 > 文件\n一、总体要求\n（一）指导思想。坚持新发展理念。');
    expect(untitled.title).toBe('');
    expect(codesAt(untitled, 'NO_TITLE')).toEqual([1]);
  });
});

describe('HTML input: a saved page read with parse5', () => {
  const file = join(ROOT, 'test/data/web/saved-page.html');

  test('the visible text: cells tab-separated, <br> breaks, scripts, styles, nav, forms and hidden blocks gone', () => {
    const page = htmlToText(readFileSync(file, 'utf8'));
    const lines = page.text.split('\n');
    expect(lines).toContain('发文机关：\t国务院办公厅\t成文日期：\t2018年12月07日');
    expect(lines).toContain('国务院办公厅关于推进');
    expect(lines).toContain('政务新媒体健康有序发展的意见');
    for (const gone of ['document.write', '假的', 'color', '隐藏的统计代码', '检索', '搜索', '解读'])
      expect(page.text).not.toContain(gone);
    expect(page.pageAddress).toBe('http://www.example.gov.cn/zwgk/zcwj/content_5365945_saved.htm');
  });

  test('the page parses like its text: metadata, title over two lines, issue lines point into the HTML file', async () => {
    const d = await readPolicyFile(file, { file: 'saved-page.html' });
    expect(d).toMatchObject({
      title: '国务院办公厅关于推进政务新媒体健康有序发展的意见',
      docNumber: '国办发〔2018〕123号',
      issuer: '国务院办公厅',
      issuedOn: '2018-12-07',
      publishedOn: '2018-12-27',
      publicRelease: true,
    });
    expect(d.provenance.indexNumber).toBe('000014349/2018-00221');
    expect(d.provenance.sourceUrl).toBe('http://www.example.gov.cn/zwgk/zcwj/content_5365945_saved.htm');
    expect(d.articles.map((a) => a.heading)).toEqual(['指导思想', '工作目标', '加强组织领导']);
    // The breadcrumb (line 8 of the HTML) and the footer (line 30) are debris, reported at their HTML lines.
    expect(codesAt(d, 'WEB_DEBRIS')).toEqual([8, 30]);
    expect(d.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a page that shows nothing is refused', () => {
    const error = refusal(() =>
      parsePolicyBytes(new TextEncoder().encode('<html><script>x()</script></html>'), { file: 'empty.html' }),
    );
    expect([error.code, error.message]).toEqual([
      'EMPTY_FILE',
      'empty.html: the page shows no text (only markup, scripts or styles)',
    ]);
  });
});

describe('2. labelled fields', () => {
  const d = parse(
    [
      '发文标题: 金华市人民政府关于加快科技创新的若干意见',
      '发文文号: 金政发[2016]54号',
      '发文时间: 2016-10-18',
      '实施时间: 2016-11-18',
      '各县（市、区）人民政府，市政府各部门：',
      '一、加强创新主体培育。支持企业建设研发机构。',
      '二、优化创新环境。完善科技金融服务。',
    ].join('\n'),
  );

  test("read as title, number and dates; the document's own number is no citation of itself", () => {
    expect(d).toMatchObject({
      title: '金华市人民政府关于加快科技创新的若干意见',
      docNumber: '金政发〔2016〕54号',
      issuedOn: '2016-10-18',
      effectiveOn: '2016-11-18',
    });
    expect(d.citations.filter((c) => c.docNumber === '金政发〔2016〕54号')).toEqual([]);
    expect(d.articles.map((a) => a.heading)).toEqual(['加强创新主体培育', '优化创新环境']);
  });

  test('a label alone on its line takes the next line as its value', () => {
    const e = parse(
      '发文机关：\n国务院\n成文日期：\n2020年7月13日\n发布日期：\n2020年7月20日\n标题：\n国务院关于印发某方案的通知\n一、总则。内容。',
    );
    expect([e.title, e.noticeTitle, e.issuer, e.issuedOn, e.publishedOn, e.preamble]).toEqual([
      '某方案',
      '国务院关于印发某方案的通知',
      '国务院',
      '2020-07-13',
      '2020-07-20',
      undefined,
    ]);
  });
});

describe('page metadata in other layouts', () => {
  test('a table row whose label cells have no colon', () => {
    const d = parsePolicyText(
      '发布机构\t某省科学技术厅\t发文字号\t某科发〔2022〕3号\n生效日期\t2022-05-01\t有效性\t有效\n某省科学技术厅关于印发科技项目管理办法的通知\n一、总则。内容。',
      { file: 'p.txt' },
    );
    expect([d.docNumber, d.effectiveOn, d.provenance.validity, d.title]).toEqual([
      '某科发〔2022〕3号',
      '2022-05-01',
      '有效',
      '科技项目管理办法',
    ]);
    expect(d.issues.filter((i) => i.code === 'PAGE_METADATA').map((i) => i.line)).toEqual([1]);
  });

  test('a sentence of the body that starts like a label is no metadata', () => {
    const d = parsePolicyText('某市关于促进创新的若干措施\n一、支持研发。标题：不是元数据。\n二、文号管理。内容。', {
      file: 'p.txt',
    });
    expect(d.issues.filter((i) => i.code === 'PAGE_METADATA')).toEqual([]);
    expect(d.articles.map((a) => a.heading)).toEqual(['支持研发', '文号管理']);
  });
});

describe('4. attachments after the signature and date', () => {
  const text = [
    '某市人民政府关于印发科技创新实施办法的通知',
    '某政发〔2021〕3号',
    '各县（区）人民政府，市直各单位：',
    '现将《科技创新实施办法》印发给你们，请认真贯彻执行。',
    '附件：1.科技创新实施办法',
    '      2.重点任务分工表',
    '某市人民政府',
    '2021年3月1日',
    '附件1',
    '科技创新实施办法',
    '一、总则',
    '（一）目的。为促进科技创新，制定本办法。',
    '二、支持措施',
    '（二）研发补助。对企业研发投入给予补助。',
    '附件2',
    '重点任务分工表',
    '一、研发补助',
    '二、人才引进',
  ].join('\n');
  const d = parse(text);

  test('the notice keeps its date and signature; 附件1, the document it issues, is its text; 附件2 its own section', () => {
    expect([d.title, d.noticeTitle, d.issuedOn]).toEqual([
      '科技创新实施办法',
      '某市人民政府关于印发科技创新实施办法的通知',
      '2021-03-01',
    ]);
    expect(d.articles.map((a) => [a.path, a.heading, a.line])).toEqual([
      ['p1/a1', '目的', 12],
      ['p2/a2', '研发补助', 14],
    ]);
    expect(d.preamble).toBeUndefined();
    expect(
      d.attachments?.map((a) => [
        a.label,
        a.number,
        a.title,
        a.line,
        a.parts.map((p) => p.path),
        a.articles.map((x) => x.path),
      ]),
    ).toEqual([['附件2', 2, '重点任务分工表', 15, [], ['x2/a1', 'x2/a2']]]);
  });

  test('a notice issuing a text it does not attach keeps its attachments as their own sections', () => {
    const other = parse(text.replace('科技创新实施办法的通知', '科技创新若干政策的通知'));
    expect(other.articles).toEqual([]);
    expect(other.attachments?.map((a) => [a.label, a.number, a.articles.map((x) => x.path)])).toEqual([
      ['附件1', 1, ['x1/p1/a1', 'x1/p2/a2']],
      ['附件2', 2, ['x2/a1', 'x2/a2']],
    ]);
  });

  test('no part path repeats, and no signature sits in an article', () => {
    const paths = [...d.parts, ...d.articles, ...(d.attachments ?? []).flatMap((a) => [...a.parts, ...a.articles])].map(
      (x) => x.path,
    );
    expect(new Set(paths).size).toBe(paths.length);
    for (const a of (d.attachments ?? []).flatMap((x) => x.articles))
      expect(a.text).not.toMatch(/某市人民政府|2021年3月1日/);
  });
});

describe('5. two documents in one file', () => {
  const first = [
    '甲市人民政府关于加强科技工作的意见',
    '甲政发〔2020〕1号',
    '各县（区）人民政府：',
    '一、总体要求',
    '（一）指导思想。坚持创新。',
    '甲市人民政府',
    '2020年1月2日',
  ];
  const second = [
    '甲市人民政府关于促进产业发展的若干措施',
    '甲政发〔2020〕2号',
    '各县（区）人民政府：',
    '一、支持企业',
    '（一）研发补助。给予补助。',
    '甲市人民政府',
    '2020年2月3日',
  ];

  test('are refused with both titles and lines, never merged', () => {
    const error = refusal(() => parse([...first, ...second].join('\n')));
    expect([error.code, error.line, error.message]).toEqual([
      'MULTIPLE_DOCUMENTS',
      8,
      'page.txt:8: two documents in one file: "甲市人民政府关于加强科技工作的意见" (line 1) and "甲市人民政府关于促进产业发展的若干措施" (line 8, after the closing date on line 7); split them into two files',
    ]);
  });

  test('a notice followed by the document it issues is one document', () => {
    const d = parse(
      [
        '国务院关于印发《国务院工作规则》的通知',
        '国发〔2004〕18号',
        '各省、自治区、直辖市人民政府：',
        '《国务院工作规则》已经国务院常务会议修订通过，现予印发。',
        '国务院',
        '二〇〇四年六月二十六日',
        '国 务 院 工 作 规 则',
        '第一章　总则',
        '一、依法行政。内容。',
        '第二章　职责',
        '二、履行职责。内容。',
      ].join('\n'),
    );
    expect([d.title, d.noticeTitle, d.parts.length, d.articles.length]).toEqual([
      '国务院工作规则',
      '国务院关于印发《国务院工作规则》的通知',
      2,
      2,
    ]);
  });
});

describe('5b. a notice followed by the division of the report it divides', () => {
  test('关于分解落实《X》的通知, then 《X》重点工作责任分解: one document, the notice issuing the division', () => {
    const d = parse(
      [
        '市人民政府办公室关于分解落实《政府工作报告》的通知',
        '各区、镇、办事处,市政府各部门:',
        '现将《政府工作报告》确定的工作任务进行责任分解,请各地、各部门抓好落实。',
        '2017年1月13日',
        '《政府工作报告》重点工作责任分解',
        '2017年全市经济社会发展主要预期目标是:地区生产总值增长8.5%左右。',
        '为确保完成《政府工作报告》重点工作,现就各项工作提出如下责任分工:',
        '一、加快转型升级,提升产业竞争力',
        '突出工业主体地位。投资200亿元。',
      ].join('\n'),
    );
    expect([d.title, d.noticeTitle, d.kind]).toEqual([
      '《政府工作报告》重点工作责任分解',
      '市人民政府办公室关于分解落实《政府工作报告》的通知',
      'plan',
    ]);
  });

  test('hb-qianjiang-gov-report-tasks-2017', async () => {
    const d = await readPolicyFile(
      join(import.meta.dirname, '..', 'data', 'plan-pages-heldout', 'hb-qianjiang-gov-report-tasks-2017.txt'),
      { file: 'hb-qianjiang.txt' },
    );
    expect([d.title, d.noticeTitle]).toEqual([
      '《政府工作报告》重点工作责任分解',
      '市人民政府办公室关于分解落实《政府工作报告》的通知',
    ]);
  });
});

describe('6. responsibility brackets of the national style', () => {
  const d = parse(
    [
      '国务院关于加快推进农业机械化的指导意见',
      '国发〔2018〕42号',
      '一、推进装备升级',
      '（一）加强研发。推进智能农机研发。（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）',
      '（二）推进全程机械化。提升作业水平。（农业农村部、工业和信息化部牵头负责）',
      '（三）扩大开放。引进先进装备。（商务部、海关总署等负责）',
      '（四）加强保障。落实扶持政策。（各省级人民政府负责）',
    ].join('\n'),
  );
  const roles = d.articles.map((a) => [
    a.leadAgencies.map((x) => x.asWritten),
    a.cooperatingAgencies.map((x) => x.asWritten),
  ]);

  test('the first listed leads once the rule is stated, for that bracket and every later one', () => {
    expect(roles[0]).toEqual([['工业和信息化部'], ['发展改革委', '科技部']]);
    expect(roles[2]).toEqual([['商务部'], ['海关总署']]);
  });

  test('牵头负责 makes every listed agency a lead; a collective is a lead', () => {
    expect(roles[1]).toEqual([['农业农村部', '工业和信息化部'], []]);
    expect(roles[3]).toEqual([['各省级人民政府'], []]);
    expect(d.articles[3]!.leadAgencies[0]!.collective).toBe(true);
  });

  test('no bracket is left in the text and no 下同 becomes an agency', () => {
    expect(d.articles.map((a) => a.text)).toEqual([
      '推进智能农机研发。',
      '提升作业水平。',
      '引进先进装备。',
      '落实扶持政策。',
    ]);
    expect(JSON.stringify(roles)).not.toContain('下同');
  });
});

describe("a statute's history in brackets under its title (gov.cn's State Council regulations)", () => {
  // govcn/33.html (个人所得税法实施条例 2018) read its history as one revision of 1994-01-28, its version was @1994-01-28,
  // and the decision that amended it and its first decree (国令第142号) became texts it rests on or cites.
  const page = (history: string[]) =>
    parse(
      [
        '中华人民共和国国务院令',
        '第707号',
        '现公布修订后的《中华人民共和国个人所得税法实施条例》，自2019年1月1日起施行。',
        '总理　　李克强',
        '2018年12月18日',
        '中华人民共和国个人所得税法实施条例',
        ...history,
        '第一条　根据《中华人民共和国个人所得税法》（以下简称个人所得税法），制定本条例。',
        '第二条　本条例自2019年1月1日起施行。',
      ].join('\n'),
    );
  const acts = [
    ['promulgation', '1994-01-28', '中华人民共和国国务院'],
    ['revision', '2005-12-19', '国务院'],
    ['revision', '2008-02-18', '国务院'],
    ['revision', '2018-12-18', '中华人民共和国国务院'],
  ];
  const decision = '《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》';

  test.each([
    [
      'one line, 根据 before each date, full-width spaces',
      [
        `（1994年1月28日中华人民共和国国务院令第142号发布　根据2005年12月19日${decision}第一次修订　根据2008年2月18日${decision}第二次修订　2018年12月18日中华人民共和国国务院令第707号第三次修订）`,
      ],
    ],
    [
      'one act a line',
      [
        '（1994年1月28日中华人民共和国国务院令第142号发布',
        `根据2005年12月19日${decision}第一次修订`,
        `根据2008年2月18日${decision}第二次修订`,
        '2018年12月18日中华人民共和国国务院令第707号第三次修订）',
      ],
    ],
  ])('%s: one event per act, the version of the latest, nothing cited', (_, history) => {
    const d = page(history);
    const made = d.events.filter((e) => e.kind !== 'effect').map((e) => [e.kind, e.start, e.bodies?.[0]]);
    expect(made).toEqual(acts);
    expect(readDocumentVersion(d)).toMatchObject({ date: '2018-12-18', event: 'revision' });
    expect(d.docNumber).toBe('国令第707号');
    expect(d.citations.map((c) => c.title ?? c.docNumber)).toEqual(['中华人民共和国个人所得税法']);
    expect(d.preamble ?? '').not.toContain('1994年');
  });

  test('the same history under a bare title (read as a statute) tells the same acts and the latest decree', () => {
    const d = parse(
      [
        '中华人民共和国个人所得税法实施条例',
        `（1994年1月28日中华人民共和国国务院令第142号发布　根据2005年12月19日${decision}第一次修订　2018年12月18日中华人民共和国国务院令第707号第二次修订）`,
        '第一条　根据《中华人民共和国个人所得税法》，制定本条例。',
        '第二条　本条例自2019年1月1日起施行。',
      ].join('\n'),
    );
    expect(d.events.filter((e) => e.kind !== 'effect').map((e) => [e.kind, e.start])).toEqual([
      ['promulgation', '1994-01-28'],
      ['revision', '2005-12-19'],
      ['revision', '2018-12-18'],
    ]);
    expect(d.docNumber).toBe('国务院令第707号');
    expect(d.citations.map((c) => c.title ?? c.docNumber)).toEqual(['中华人民共和国个人所得税法']);
  });

  test.each([
    ['a bare date in brackets', '（2018年12月18日）'],
    ['a note that tells no act', '（2018年12月18日起在全国范围内试行的办法另行制定，下同）'],
  ])('%s is no history', (_, line) => {
    const d = page([line]);
    expect(d.events.filter((e) => e.kind !== 'effect')).toEqual([]);
  });
});

describe('7. goals', () => {
  test('text under a part is scanned; a year holds for the rest of its paragraph', () => {
    const d = parse(
      [
        '国务院关于加快推进农业机械化的指导意见',
        '一、总体目标',
        '到2020年，农业机械化水平大幅提升。全国农作物耕种收综合机械化率达到70%。',
        '二、重点任务',
        '（一）推进研发。加强研发。',
      ].join('\n'),
    );
    expect(d.goals.map((g) => [g.kind, g.year, g.metric, g.value, g.unit, g.articlePath])).toEqual([
      ['target', 2020, '全国农作物耕种收综合机械化率', 70, '%', 'p1'],
    ]);
  });

  test('万千瓦 and 亿千瓦 are units; 打造为 is a vision', () => {
    expect(
      readGoals('到2025年，新增风电装机5000万千瓦以上，清洁能源装机达到3亿千瓦。').map((g) => [
        g.value,
        g.unit,
        g.qualifier,
      ]),
    ).toEqual([
      [5000, '万千瓦', '以上'],
      [3, '亿千瓦', undefined],
    ]);
    expect(readGoals('将自贸试验区打造为改革开放新高地').map((g) => [g.kind, g.text])).toEqual([
      ['vision', '将自贸试验区打造为改革开放新高地'],
    ]);
  });
});

describe('9. headings ended by a colon, UTF-16 with a BOM, the kind of real titles', () => {
  test('a heading ended by ：', () => {
    expect(splitHeading('知识产权保护方面5项：1.加快立法。2.加强执法。')).toEqual({
      heading: '知识产权保护方面5项',
      body: '1.加快立法。2.加强执法。',
    });
  });

  test('a run-in heading of two clauses over 一是…二是… (a work report’s (一)坚持…,激活…。一是…) is the heading', () => {
    expect(
      splitHeading('坚持农业农村优先发展,激活乡村振兴高质量发展的强劲引擎。一是切实保障粮食安全。二是夯实基础。'),
    ).toEqual({
      heading: '坚持农业农村优先发展,激活乡村振兴高质量发展的强劲引擎',
      body: '一是切实保障粮食安全。二是夯实基础。',
    });
    // A sentence of the text, though of two clauses, followed by none: no heading.
    expect(
      splitHeading('对新获批的国家级高新技术产业开发区,给予一次性补助资金支持和奖励。其他情形另行规定。').heading,
    ).toBe('');
  });

  test('UTF-16 with a BOM is read although ASCII characters carry NUL bytes', () => {
    const text = '国发〔2020〕7号\n一、总体要求';
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const be = new Uint8Array([
      0xfe,
      0xff,
      ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    expect(decodePolicyText(le, 'u.txt').text).toBe(text);
    expect(decodePolicyText(be, 'u.txt').text).toBe(text);
  });

  test.each([
    ['国务院关于促进综合保税区高水平开放高质量发展的若干意见', 'opinions'],
    ['国务院关于调整国务院第二次全国污染源普查领导小组组成人员的通知', 'notice'],
    ['国家职业教育改革实施方案', 'plan'],
    ['国家粮食应急预案', 'plan'],
    ['某市科技创新券管理办法（试行）', 'measures'],
    ['中华人民共和国个人所得税法实施条例', 'regulation'],
    ['某省科技计划项目管理规定', 'regulation'],
    ['“十四五”国家科技创新规划', 'plan'],
    ['关于支持自由贸易试验区深化改革创新的若干措施', 'measures'],
    ['国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', 'approval'],
    ['国务院关于2018年度国家科学技术奖励的决定', 'decision'],
    ['国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函', 'letter'],
    ['国务院办公厅对十届全国人大四次会议第7240号建议的答复', 'letter'],
  ])('%s → %s', (title, kind) => {
    expect(readKind(title)).toBe(kind);
  });
});

describe('govcn: 29 State Council pages, as HTML and as the text Chromium copies, against their truth', () => {
  const truthDir = join(ROOT, 'test/data/parse-truth/govcn');
  const corpora = findSharedCorpora();
  const truths: ParseTruth[] = existsSync(truthDir)
    ? readdirSync(truthDir)
        .sort()
        .map((n) => JSON.parse(readFileSync(join(truthDir, n), 'utf8')) as ParseTruth)
    : [];
  const cases = truths.flatMap((t) => [t.file, ...(t.copies ?? [])].map((file) => [file, t] as const));

  test.skipIf(!existsSync(corpora)).each(cases)(
    '%s: title, number, issuer, kind, dates and attachments equal the truth',
    async (file, truth) => {
      const path = file.startsWith('test/') ? join(ROOT, file) : join(corpora, file);
      const d = await readPolicyFile(path, { file });
      const judged = [
        'title',
        'noticeTitle',
        'docNumber',
        'issuer',
        'tier',
        'kind',
        'issuedOn',
        'publishedOn',
        'indexNumber',
        'parts',
        'attachments',
      ];
      const wrong = compareWithTruth(d, truth).filter((v) => judged.includes(v.field) && !v.ok);
      expect(wrong).toEqual([]);
      expect(d.issues.filter((i) => i.code === 'METADATA_CONFLICT')).toEqual([]);
    },
  );
});

describe("govcn without its metadata table: the document's own head alone gives title, number and issuer", () => {
  const dir = join(ROOT, 'test/data/govcn-text');
  const truths = readdirSync(join(ROOT, 'test/data/parse-truth/govcn'))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(ROOT, 'test/data/parse-truth/govcn', n), 'utf8')) as ParseTruth);

  test.each(truths.map((t) => [t.copies![0]!, t] as const))('%s', (file, truth) => {
    // The first five lines of each copy are the portal's table (索引号 … 主题词); the rest is the page as typeset.
    const text = readFileSync(join(ROOT, file), 'utf8').split('\n').slice(5).join('\n');
    const d = parsePolicyText(text, { file });
    expect(d.issues.filter((i) => i.code === 'PAGE_METADATA')).toEqual([]);
    const judged = ['title', 'noticeTitle', 'docNumber', 'issuer', 'kind', 'issuedOn'];
    expect(compareWithTruth(d, truth).filter((v) => judged.includes(v.field) && !v.ok)).toEqual([]);
  });
  expect(existsSync(dir)).toBe(true);
});
