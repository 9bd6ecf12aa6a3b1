// Page furniture and page fields of the held-out policy pages (test/data/policy-heldout/, truth in
// test/data/parse-truth/policies-heldout/): a page run into one line, a footer stored above the title, fields behind
// `- ` bullets, bare posting stamps, a site's reading prompt and a number run into the addressees. Each defect has a
// short text of its general form beside the real file.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const HELDOUT = join(import.meta.dirname, '..', 'data', 'policy-heldout');
const read = (name: string): Promise<PolicyDocument> => readPolicyFile(join(HELDOUT, name), { file: name });
const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });

describe('a page’s fields behind list bullets', () => {
  test('`- 索引号:`, `- 名 称:` (a spaced weak label) are fields (xz-ali-work-rules-2021)', async () => {
    const d = await read('xz-ali-work-rules-2021.txt');
    expect([d.noticeTitle, d.issuer, d.provenance.indexNumber, d.docNumber]).toEqual([
      '阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知',
      '阿里地区行政公署',
      'dqxs/2021-00016',
      '阿行发〔2021〕42号',
    ]);
  });

  test('a dash-bulleted field list is read as a •-bulleted one', () => {
    const d = parse([
      '- 索引号:abc/2020-00001',
      '- 发文字号:某政发〔2020〕3号',
      '- 名 称:某市人民政府关于促进就业的意见',
      '- 发布日期:2020-05-06 10:00',
      '某市人民政府关于促进就业的意见',
      '各县人民政府:',
      '一、总体要求',
      '做好工作。',
    ]);
    expect([d.title, d.provenance.indexNumber, d.docNumber, d.publishedOn]).toEqual([
      '某市人民政府关于促进就业的意见',
      'abc/2020-00001',
      '某政发〔2020〕3号',
      '2020-05-06',
    ]);
  });
});

describe('a page’s posting stamp without a label', () => {
  test('a date and time run into empty labels (2015-11-10 01:51:51信息来源:浏览次数:) is publishedOn (sd-yanzhou)', async () => {
    const d = await read('sd-yanzhou-xinxi-gongkai-2011.txt');
    expect(d.publishedOn).toBe('2015-11-10');
  });

  test('a bulleted date and time under the title (• 2020-11-13 14:42) is publishedOn (sc-guangan)', async () => {
    const d = await read('sc-guangan-district-jingxihua-2020.txt');
    expect(d.publishedOn).toBe('2020-11-13');
    expect(d.issues.map((i) => i.code)).not.toContain('EXTRA_TITLE_LINE');
  });

  test.each([['2020-11-13 14:42'], ['• 2020-11-13 14:42'], ['2020-11-13 14:42:05来源:浏览次数:']])(
    '%s under the title is the page’s stamp, never a title line',
    (stamp) => {
      const d = parse(['某市人民政府关于促进就业的意见', stamp, '各县人民政府:', '一、总体要求', '做好工作。']);
      expect([d.title, d.publishedOn]).toEqual(['某市人民政府关于促进就业的意见', '2020-11-13']);
    },
  );
});

describe('a site’s footer and prompts are furniture wherever they stand', () => {
  test('a news page’s caption for a lost picture ((相关资料图), 资料图片) or its credit (X 摄) is debris, never the title', () => {
    const d = parse([
      '(相关资料图)',
      '大会现场 张宝杉 摄',
      '关于开展示范创建的通知',
      '各县区人民政府：',
      '现就有关事项通知如下。',
      '资料图片',
    ]);
    expect(d.title).toBe('关于开展示范创建的通知');
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS').map((i) => i.line)).toEqual([1, 2, 6]);
    // A heading about filming is no credit: 一、 影视拍摄.
    const filming = parse([
      '某市2025年文化旅游工作要点',
      '为推动文旅融合发展，制定本要点。',
      '一、 影视拍摄',
      '推进影视基地建设。',
    ]);
    expect(filming.articles.map((a) => a.heading)).toEqual(['影视拍摄']);
  });

  test('a footer stored above the title (address and 联系电话) is never the title (sc-leshan)', async () => {
    const d = await read('sc-leshan-xinxi-gongkai-2020.txt');
    expect([d.noticeTitle, d.issuer, d.issuedOn]).toEqual([
      '乐山市人民政府办公室关于印发《乐山市政府信息主动公开办法》等6个办法的通知',
      '乐山市人民政府办公室',
      '2020-10-09',
    ]);
    expect(d.issues.find((i) => i.line === 2)?.code).toBe('WEB_DEBRIS');
  });

  test.each([
    ['四川省乐山市市中区凌云路2435号 联系电话:0833-2302048'],
    ['地址:某市某区人民路18号 邮编:610000 电话:028-12345678'],
    ['版权所有:某市人民政府办公室 地址:某市中山路1号'],
  ])('%s above the title is debris', (footer) => {
    const d = parse([footer, '某市人民政府办公室关于印发某办法的通知', '各县人民政府:', '一、总体要求', '做好工作。']);
    expect(d.title).toBe('某办法');
    expect(d.issuer).toBe('某市人民政府办公室');
  });

  test('a notice’s own address line in its text stays text', () => {
    const d = parse([
      '广西壮族自治区某厅关于某办法公开征求意见的公告',
      '一、征求意见时间为2023年1月1日至1月31日。',
      '二、意见可通过信函方式寄至:',
      '地址:南宁市民族大道1号,邮编:530022',
      '三、请在信封上注明“征求意见”字样。',
      '广西壮族自治区某厅',
      '2023年1月1日',
    ]);
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS')).toEqual([]);
    expect(JSON.stringify(d)).toContain('民族大道1号');
  });

  test('an address line holding the site’s marks is debris even within the text', () => {
    const d = parse([
      '某市人民政府办公室关于做好申报工作的通知',
      '一、申报要求。',
      '地址:某市人民路18号 电话:0833-1234567 主办:某市人民政府办公室',
      '二、工作要求。',
    ]);
    expect(d.issues.find((i) => i.line === 3)?.code).toBe('WEB_DEBRIS');
  });

  test('a site’s reading prompt (论文部分内容阅读) is no title; a number opening the addressees is the document’s (gd-shantou)', async () => {
    const d = await read('gd-shantou-zhuanfa-2015.txt');
    expect(d.title).toBe('');
    expect(d.docNumber).toBe('汕府办〔2015〕29号');
    expect(d.citations.map((c) => c.docNumber)).not.toContain('汕府办〔2015〕29号');
  });
});

describe('a page run together on one line', () => {
  test('title, 时间:, number, addressees, body, 附件, signature and date between table bars (ha-xinyang)', async () => {
    const d = await read('ha-xinyang-anquan-decision-2018.txt');
    expect([d.title, d.docNumber, d.issuer, d.kind, d.issuedOn, d.publishedOn]).toEqual([
      '信阳市人民政府关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定',
      '信政〔2018〕17号',
      '信阳市人民政府',
      'decision',
      '2018-12-03',
      '2019-01-23',
    ]);
  });

  test('a notice run into one line with spaces for its line breaks is cut into its lines', () => {
    const d = parse([
      '某市人民政府关于做好就业工作的通知 发布时间:2020-03-02 某政〔2020〕5号 各县人民政府,市政府各部门: 为做好就业工作,现通知如下。 一、稳定就业岗位。 二、加强培训服务。 某市人民政府 2020年2月28日',
    ]);
    expect([d.title, d.docNumber, d.issuer, d.issuedOn, d.publishedOn]).toEqual([
      '某市人民政府关于做好就业工作的通知',
      '某政〔2020〕5号',
      '某市人民政府',
      '2020-02-28',
      '2020-03-02',
    ]);
    expect(d.articles).toHaveLength(2);
  });

  test('a page’s cells joined by table bars on one line are cut at the bars', () => {
    const d = parse([
      '某市人民政府关于做好就业工作的通知|发布时间:2020-03-02|某政〔2020〕5号|各县人民政府,市政府各部门:|为做好就业工作,现通知如下。|一、稳定就业岗位。|二、加强培训服务。|某市人民政府|2020年2月28日',
    ]);
    expect([d.title, d.docNumber, d.issuer, d.issuedOn, d.publishedOn]).toEqual([
      '某市人民政府关于做好就业工作的通知',
      '某政〔2020〕5号',
      '某市人民政府',
      '2020-02-28',
      '2020-03-02',
    ]);
    expect(d.articles).toHaveLength(2);
  });

  test('a date run into the issued document’s title (2020年10月9日 某市某办法) dates the notice', () => {
    const d = parse([
      '某市人民政府办公室关于印发《某市信息公开办法》的通知',
      '各县人民政府:现将《某市信息公开办法》印发给你们,请认真贯彻执行。',
      '2020年10月9日 某市信息公开办法',
      '第一条 为做好工作,制定本办法。',
      '第二条 本办法自发布之日起施行。',
    ]);
    expect([d.title, d.issuedOn]).toEqual(['某市信息公开办法', '2020-10-09']);
  });
});

describe('the title joiner refuses lines of no title’s shape', () => {
  test.each([['某风景区管理委员会 联系电话:0833-2302048'], ['咨询:0833-2302048 某市人民政府办公室']])(
    '%s above the title joins no title',
    (contact) => {
      const d = parse([
        contact,
        '某市人民政府办公室关于做好就业工作的通知',
        '各县人民政府:',
        '一、总体要求',
        '做好工作。',
      ]);
      expect(d.title).toBe('某市人民政府办公室关于做好就业工作的通知');
    },
  );
});
