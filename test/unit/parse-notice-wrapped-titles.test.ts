// Notices wrapping the text they are about, as real pages print them: a notice naming 《X》 with another verb than
// 印发 (关于修订《X》的通知, 关于《X》公开征求意见的公告) over X's heading, a notice title that lost its issuer (印发X的通知),
// a portal's shortened 标题 over the typeset title, a notice issuing 《A》等四项…, a site's bare year tag, a notice
// title in two wordings, and citations written with nested 〈〉 or with a lost 《. Each case names its page.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { classifyHeadLine } from '../../import/parse/classify-head-line.ts';
import { readIssuingNotice } from '../../import/parse/read-issuing-notice.ts';
import type { PolicyDocument } from '../../model/index.ts';
import { readWebPage } from '../support/web-pages.ts';

const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const codesAt = (d: PolicyDocument, code: string): number[] =>
  d.issues.filter((i) => i.code === code).map((i) => i.line);

describe('a notice naming 《X》 over X’s heading wraps X, whatever its verb', () => {
  // gd-gaoming-geohazard-plan-2015-trad.txt (明府办〔2015〕144号), in simplified characters.
  const REVISED = [
    '主动公开',
    '明府办〔2015〕144号',
    '佛山市高明区人民政府办公室关于修订',
    '《佛山市高明区突发地质灾害',
    '应急预案》的通知',
    '各镇政府、街道办,区政府有关部门:',
    '《佛山市高明区突发地质灾害应急预案》业经修订并经区人民政府同意,现印发给你们,请认真贯彻执行。',
    '佛山市高明区人民政府办公室',
    '2015年10月15日',
    '佛山市高明区突发地质灾害应急预案',
    '一、总则',
    '(一)目的。',
    '建立健全我区应对突发地质灾害的应急体系和运行机制。',
  ];

  test('主动公开 alone at the head is the release marker, never the title’s first words', () => {
    expect(classifyHeadLine('主动公开')).toBe('public');
    const d = parse(REVISED);
    expect(d.publicRelease).toBe(true);
    expect(d.noticeTitle).toBe('佛山市高明区人民政府办公室关于修订《佛山市高明区突发地质灾害应急预案》的通知');
  });

  test('关于修订《X》的通知 over X’s heading: the document is X, the notice wraps it', () => {
    const d = parse(REVISED);
    expect([d.title, d.kind]).toEqual(['佛山市高明区突发地质灾害应急预案', 'plan']);
    expect(codesAt(d, 'EXTRA_TITLE_LINE')).toEqual([]);
    expect(d.citations.map((c) => c.title)).toEqual([]);
  });

  test('关于《X》(修正草案·二审稿)公开征求意见的通知 over 《X》 and its state: the draft X is the document', async () => {
    const d = await readWebPage('hn-xiangxi-autonomy-draft-2023.txt');
    expect([d.title, d.noticeTitle, d.kind]).toEqual([
      '湘西土家族苗族自治州自治条例',
      '关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)公开征求意见的通知',
      'regulation',
    ]);
  });

  test('关于《X(草案修改二稿 征求意见稿)》公开征求意见的公告 over X’s heading: X', async () => {
    const d = await readWebPage('fj-xiamen-credit-draft-2018.txt');
    expect([d.title, d.noticeTitle, d.kind]).toEqual([
      '厦门经济特区社会信用条例',
      '关于《厦门经济特区社会信用条例(草案修改二稿征求意见稿)》公开征求意见的公告',
      'regulation',
    ]);
    // The draft named in its state (《…(草案)》, 《…(草案修改二稿 征求意见稿)》) is the text itself, no citation.
    expect(d.citations.map((c) => c.title)).toEqual([]);
  });

  test('a notice naming 《X》 with no heading of X under it is the document', () => {
    const d = parse([...REVISED.slice(0, 9), ...REVISED.slice(10)]);
    expect([d.title, d.kind]).toEqual([
      '佛山市高明区人民政府办公室关于修订《佛山市高明区突发地质灾害应急预案》的通知',
      'notice',
    ]);
  });
});

describe('a notice title that lost its issuer, and a portal’s shortened 标题', () => {
  test('印发X的通知 (the issuer lost before it) issues X', () => {
    expect(readIssuingNotice('印发赣州市美丽乡镇建设五年行动方案(2021—2025年)的通知')).toEqual({
      issuer: '',
      verb: '印发',
      inner: '赣州市美丽乡镇建设五年行动方案(2021—2025年)',
    });
  });

  test('a heading writing X without the notice’s bracketed years is X’s title (jx-ganzhou-2021-47-spam.txt)', async () => {
    const d = await readWebPage('jx-ganzhou-2021-47-spam.txt');
    expect([d.title, d.kind]).toEqual(['赣州市美丽乡镇建设五年行动方案', 'plan']);
    expect(d.citations.map((c) => c.title)).toEqual(['赣州市乡镇建设三年行动方案(2021-2023年)']);
  });

  test('the typeset notice title is kept over the page’s shortened 标题 (gs-gannan-2013-97-notice.txt)', async () => {
    const d = await readWebPage('gs-gannan-2013-97-notice.txt');
    expect([d.title, d.noticeTitle, d.kind]).toEqual([
      '《甘肃省甘南藏族自治州自治条例》实施办法',
      '甘南藏族自治州人民政府关于印发《甘肃省甘南藏族自治州自治条例》实施办法的通知',
      'measures',
    ]);
    expect(d.issues.find((i) => i.code === 'METADATA_CONFLICT' && i.line === 4)?.message).toMatch(
      /the document's value is kept/,
    );
    // The issued text is no citation of itself.
    expect(d.citations.map((c) => c.title)).toEqual(['甘肃省甘南藏族自治州自治条例']);
  });
});

describe('several texts, year tags and two wordings', () => {
  test('印发《A》等四项…的通知 over A’s heading: A is the document; with no heading, the notice is', () => {
    const alone = parse([
      '南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》等四项行政执法制度的通知',
      '各县、区人民政府,市政府各部门:',
      '一、南宁市行政执法公示制度',
      '二、南宁市行政执法投诉举报制度',
    ]);
    expect([alone.title, alone.noticeTitle]).toEqual([
      '南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》等四项行政执法制度的通知',
      undefined,
    ]);
    const d = parse([
      '南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》等四项行政执法制度的通知',
      '各县、区人民政府,市政府各部门:',
      '《南宁市行政执法公示制度》等四项行政执法制度已经市人民政府同意,现印发给你们,请认真贯彻执行。',
      '南宁市人民政府办公厅',
      '2015年12月14日',
      '南宁市行政执法公示制度',
      '第一条 为规范行政执法行为,制定本制度。',
      '第二条 本制度适用于本市各级行政执法机关。',
    ]);
    expect([d.title, d.noticeTitle]).toEqual([
      '南宁市行政执法公示制度',
      '南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》等四项行政执法制度的通知',
    ]);
  });

  test('印发A等办法的通知 without 《》 issues several texts as 《A》等… does: A’s heading under it is the document', () => {
    // sd-yanzhou-xinxi-gongkai-2011.txt (兖州市 2011), shortened.
    const d = parse([
      '兖州市人民政府办公室关于印发兖州市政府信息发布协调工作规定(试行)等办法的通知',
      '各镇人民政府,市政府各部门:',
      '现将《兖州市政府信息发布协调工作规定(试行)》、《兖州市政府信息公开保密审查办法(试行)》印发给你们,请认真贯彻执行。',
      '二O一一年5月16日',
      '兖州市政府信息发布协调工作规定(试行)',
      '第一条 为保证行政机关准确一致地发布政府信息,制定本规定。',
      '第二条 本规定所称政府信息,是指行政机关在履行职责过程中制作或者获取的信息。',
    ]);
    expect([d.title, d.noticeTitle, d.kind, d.issuedOn]).toEqual([
      '兖州市政府信息发布协调工作规定(试行)',
      '兖州市人民政府办公室关于印发兖州市政府信息发布协调工作规定(试行)等办法的通知',
      'regulation',
      '2011-05-16',
    ]);
    // One title that says 等 inside it issues one text (关于印发促进就业政策等工作方案的通知).
    expect(parse(['某市人民政府办公室关于印发促进就业政策等工作方案的通知', '各县人民政府:']).title).toBe(
      '促进就业政策等工作方案',
    );
  });

  test('a headline without the issuer yields to the typeset notice title naming it (jx-ganzhou-2015-118.txt)', async () => {
    const d = await readWebPage('jx-ganzhou-2015-118.txt');
    expect([d.noticeTitle, d.issuer]).toEqual([
      '赣州市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知',
      '赣州市人民政府办公厅',
    ]);
  });

  test('a site’s bare (2011) after the title is its tag; a year the title writes with 年, or the text repeats, is the title’s', () => {
    const body = ['第一章 总则', '第一条 为了规范物业管理活动,制定本办法。', '第二条 本办法适用于本市。'];
    expect(parse(['三亚市物业管理实施办法(2011)', ...body]).title).toBe('三亚市物业管理实施办法');
    expect(parse(['三亚市物业管理规划(2021—2025年)', ...body]).title).toBe('三亚市物业管理规划(2021—2025年)');
    const repeated = ['第一条 《三亚市物业管理实施办法(2011)》自公布之日起施行。', '第二条 本办法适用于本市。'];
    expect(parse(['三亚市物业管理实施办法(2011)', ...repeated]).title).toBe('三亚市物业管理实施办法(2011)');
  });
});

describe('citations', () => {
  test('a cited notice’s nested 〈〉 come back as 《》 (hn-yueyang-zhengwu-gongkai-2017.txt)', async () => {
    const d = await readWebPage('hn-yueyang-zhengwu-gongkai-2017.txt');
    expect(d.citations.map((c) => c.title)).toEqual([
      '中共中央办公厅国务院办公厅印发《关于全面推进政务公开工作的意见》的通知',
      '中共湖南省委办公厅湖南省人民政府办公厅印发《关于全面推进政务公开工作的实施意见》的通知',
    ]);
  });

  test('a citation whose 《 was lost never comes out without a title (jx-ganzhou-2015-118.txt)', async () => {
    const d = await readWebPage('jx-ganzhou-2015-118.txt');
    expect(d.citations.every((c) => typeof c.title === 'string' && c.title !== '')).toBe(true);
  });
});

describe('a citation whose 《 was lost', () => {
  test('begins after the verb naming it, not after 关于贯彻落实 inside the title', () => {
    const d = parse([
      '关于做好2016年全市信息工作的通知',
      '各县(市、区)人民政府,市政府各部门:',
      '为认真贯彻落实省政府办公厅关于贯彻落实国务院意见的实施意见》(赣府厅字〔2015〕90号)精神,现就有关事项通知如下。',
      '一、提高认识。各地要高度重视。',
      '赣州市人民政府办公厅',
      '2016年3月1日',
    ]);
    expect(d.citations.map((c) => c.title)).toEqual(['关于贯彻落实国务院意见的实施意见']);
  });
});

describe('a stray 》 closing nothing', () => {
  test('names no document when neither a number nor a genre word tells one (按照国务院安委会部署》要求)', () => {
    const d = parse([
      '某某市人民政府关于加强安全生产工作的实施意见',
      '某政发〔2020〕2号',
      '各县(市、区)人民政府,市政府各部门:',
      '一、提高认识。各地要高度重视,按照国务院安委会部署》要求做好工作。',
      '二、落实责任。认真贯彻落实省政府关于加强安全生产工作的意见》精神。',
      '某某市人民政府',
      '2020年1月5日',
    ]);
    expect(d.citations.map((c) => c.title)).toEqual(['关于加强安全生产工作的意见']);
  });
});
