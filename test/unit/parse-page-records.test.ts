// What the blind sets 17 and 18 met (2026-12-07): a portal's record copied one label and one value a line, with empty
// fields standing as labels alone; a bar row that lost an empty cell; a people's congress site's greeting and a page's
// bar of buttons over the title; a statute's head note broken over lines whose dates lost their 年 or 月. Each case is
// the general form in a short text; the real file where it was met is named beside it.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const issuers = (d: PolicyDocument): string[] =>
  d.agencyRoles.filter((r) => r.role === 'issuer').map((r) => r.agency.name);

describe("a portal's record copied one cell a line (blind18 gs-linze)", () => {
  const page = [
    '临泽县人民政府关于命名城区和乡镇部分道路的通知',
    '',
    '索引号',
    '620723023/2026-00006',
    '发文字号',
    '临政发〔2026〕1号',
    '关键词',
    '发布机构',
    '临泽县人民政府办公室',
    '公开形式',
    '主动公开',
    '生成日期',
    '2026-01-14',
    '是否有效',
    '',
    '临泽县人民政府',
    '关于命名城区和乡镇部分道路的通知',
    '各镇人民政府，县政府各部门：',
    '县政府决定对以下道路予以正式命名，现通知如下：',
    '一、城区道路',
    '1.博雅路：南起尚德路，北至明志路。',
  ];

  test('each label takes the value under it; an empty field is a label alone; the file is one document', () => {
    const d = parse(page);
    expect([d.title, d.docNumber, d.provenance.indexNumber, issuers(d), d.jurisdiction]).toEqual([
      '临泽县人民政府关于命名城区和乡镇部分道路的通知',
      '临政发〔2026〕1号',
      '620723023/2026-00006',
      ['临泽县人民政府'],
      '临泽县',
    ]);
  });

  test("a date among the fields closes no document: the head below is the same document's", () => {
    expect(() => parse(page)).not.toThrow();
    expect(parse(page).articles.length).toBeGreaterThan(0);
  });

  test('a label alone is no value of the label above it', () => {
    const d = parse(page);
    expect(d.issues.some((i) => i.message.includes('发布机构') && i.code === 'EXTRA_TITLE_LINE')).toBe(false);
  });
});

test('a bar row whose empty cell was lost: the next label starts its own field (plan-pages-heldout4 gs-ganzhou)', () => {
  const d = parse([
    '关于加强道路养护的通知',
    '| 索引号 | 620702001/2026-00010 | 发文字号 | |',
    '| 关键词 | 发布机构 | 政府办 | |',
    '| 公开形式 | 责任部门 | ||',
    '| 生成日期 | 2026-02-04 09:30:48 | 是否有效 | 是 |',
    '各乡镇人民政府，区政府各部门：',
    '一、总体要求',
    '加强道路养护。',
  ]);
  expect([d.title, d.provenance.indexNumber]).toEqual(['关于加强道路养护的通知', '620702001/2026-00010']);
  expect(d.issues.filter((i) => i.code === 'PAGE_METADATA').map((i) => i.message)[0]).toContain('发布机构');
});

describe('furniture over the title', () => {
  test("a site's greeting to a visitor who logged in is the site's (blind17 fj-putian)", () => {
    const d = parse([
      '欢迎您登录江北市人大常委会网站!',
      '',
      '江北市河道保护条例',
      '',
      '发布时间:2021-10-26 08:07 访问量:',
      '',
      '第一章  总  则',
      '',
      '第一条  为了加强河道保护，制定本条例。',
      '',
      '第二条  本条例自2021年12月1日起施行。',
    ]);
    expect([d.title, d.kind]).toEqual(['江北市河道保护条例', 'regulation']);
  });

  test("a bar of a page's buttons in brackets is the page's (blind18 cn-guowuyuan-guizhou)", () => {
    const d = parse([
      '【打印】【投稿】【推荐】【关闭】',
      '国务院发文支持江北发展',
      '2012年01月16日 来源：新华网',
      '国务院近日印发《关于进一步促进江北经济社会发展的若干意见》。',
    ]);
    expect(d.title).not.toContain('打印');
  });
});

describe("a statute's head note broken over lines, its dates damaged (blind17 fj-putian)", () => {
  const statute = (head: string[]) =>
    parse([
      '欢迎您登录莆田市人大常委会网站!',
      '莆田市木兰溪流域保护条例',
      '发布时间:2021-10-26 08:07 访问量:',
      ...head,
      '第一章  总  则',
      '第一条  为了加强木兰溪流域保护，制定本条例。',
      '第二条  本条例自2021年12月1日起施行。',
    ]);
  const made = (d: PolicyDocument) => [
    d.kind,
    d.issuer,
    d.issuedOn,
    d.agencyRoles.map((r) => `${r.role}:${r.agency.name}`),
  ];

  test('a step broken inside its organ, the date without 年 or 月: one step, its organ whole', () => {
    const d = statute([
      '20218月26日莆田市第七届人民代表大会',
      '',
      '常务委员会第四十次会议通过',
      '',
      '20211022日福建省第十三届人民代表大会',
      '',
      '常务委员会第二十次会议批准)',
    ]);
    expect(made(d)).toEqual([
      'regulation',
      '莆田市人民代表大会常务委员会',
      '2021-10-22',
      ['issuer:莆田市人民代表大会常务委员会', 'approver:福建省人民代表大会常务委员会'],
    ]);
  });

  test('the same steps broken with whole dates are one step each too', () => {
    const d = statute([
      '2021年8月26日莆田市第七届人民代表大会',
      '常务委员会第四十次会议通过',
      '2021年10月22日福建省第十三届人民代表大会',
      '常务委员会第二十次会议批准',
    ]);
    expect(made(d)).toEqual([
      'regulation',
      '莆田市人民代表大会常务委员会',
      '2021-10-22',
      ['issuer:莆田市人民代表大会常务委员会', 'approver:福建省人民代表大会常务委员会'],
    ]);
  });
});

describe("a site's banner and a paper's note over the text", () => {
  test("a portal's name over its address is the site's, not the issuer (blind18 cq-jiangjin)", () => {
    const d = parse([
      '江北市江南区人民政府',
      '',
      'www.jiangnan.gov.cn',
      '',
      '[ 索引号 ] 11500381009320238D/2023-00039 [ 发文字号 ] 江南府办发〔2023〕20号',
      '[ 发布机构 ] 江南区人民政府 [ 有效性 ] 有效',
      '[ 成文日期 ] 2023-02-21 [ 发布日期 ] 2023-02-28',
      '江北市江南区人民政府办公室关于印发2023年重点工作分解方案的通知',
      '各镇人民政府，区政府各部门：',
      '一、高度负责，抓好各项任务',
      '全区各级各部门要抓好落实。',
    ]);
    expect([d.title, d.docNumber, d.provenance.indexNumber, d.issuedOn, d.publishedOn]).toEqual([
      '2023年重点工作分解方案',
      '江南府办发〔2023〕20号',
      '11500381009320238D/2023-00039',
      '2023-02-21',
      '2023-02-28',
    ]);
  });

  test("a bureau's portal name over its section is the site's (blind18 xj-zhengfu-pifu)", () => {
    const d = parse([
      '江北省民政厅',
      '政府信息公开',
      '关于同意江南县甲乡撤乡设镇的批复(江政函[2018]87号)',
      '发布时间:2018-08-21   浏览次数:   【字体:',
      '2018年6月7日,省人民政府同意撤销江南县甲乡建制,设立甲镇。',
    ]);
    expect(d.issues.some((i) => i.line === 1 && i.code === 'WEB_DEBRIS')).toBe(true);
  });

  test("a paper's note that an organ 印发实施 a text it prints in full names the text and its issuer (blind18 sc-fgw)", () => {
    const d = parse([
      '编前语 为深入贯彻落实党中央、国务院决策部署,近日,经省政府同意,江北省发展改革委印发实施《江北省“十四五”老区发展规划》。本报今日全文刊发,敬请垂注。',
      '目录',
      '第一章 规划背景',
      '第二章 总体要求',
      '第一章 规划背景',
      '老区发展取得成效。',
    ]);
    expect([d.title, d.kind]).toEqual(['江北省“十四五”老区发展规划', 'plan']);
  });
});

describe("a site's headline over the typeset title", () => {
  test('a headline the page cut short yields to the typeset title it begins (blind17 cn-jiaoyubu)', () => {
    const d = parse([
      '首页教育 • 正文',
      '教育部办公厅关于在天津等12个市设立第二批教育部基础教育综合改',
      '发布时间:  浏览: 次  作者:admin',
      '  教育部办公厅关于在天津等12个市设立第二批',
      '  教育部基础教育综合改革实验区的通知',
      '  教基厅函〔2022〕25号',
      '  天津市、辽宁省教育厅：',
      '  现将有关事项通知如下。',
      '  教育部办公厅',
      '  2022年12月1日',
    ]);
    expect([d.title, d.kind]).toEqual([
      '教育部办公厅关于在天津等12个市设立第二批教育部基础教育综合改革实验区的通知',
      'notice',
    ]);
  });

  test('a headline naming one of two joint issuers yields to the typeset title naming both (blind17 jx-jingdezhen)', () => {
    const d = parse([
      '景德镇市人民政府关于建设生态文明先行示范区的实施意见',
      '   2015-09-04 世纪新能源网',
      '中共景德镇市委 景德镇市人民政府',
      '关于建设生态文明先行示范区的实施意见',
      '(2015年7月24日)',
      '一、提高认识,全面把握示范区建设的总体要求',
      '(一)充分认识重大意义。',
    ]);
    expect(d.title).toBe('中共景德镇市委 景德镇市人民政府关于建设生态文明先行示范区的实施意见');
    expect(d.agencyRoles.filter((r) => r.role === 'issuer').map((r) => r.agency.name)).toEqual([
      '中共景德镇市委员会',
      '景德镇市人民政府',
    ]);
  });

  test("a finished headline keeps its reading over a later line that only adds a page's words (guard)", () => {
    const d = parse([
      '市政府关于授予肖颖等同志见义勇为称号的决定',
      '内容概况市政府关于授予肖颖等同志见义勇为称号的决定',
      '各镇人民政府：',
      '一、授予肖颖同志见义勇为称号。',
    ]);
    expect(d.title).toBe('市政府关于授予肖颖等同志见义勇为称号的决定');
  });
});

describe('the closing of a notice whose page goes on after it', () => {
  test('an attachment the body lists, its title after the date without its label, starts there (blind17 hn-xinhuang)', () => {
    const d = parse([
      '新晃侗族自治县人民政府禁渔通告',
      '为保护水生生物资源，现通告如下：',
      '一、全面禁止天然渔业资源的生产性捕捞。',
      '二、本通告自公布之日起施行。',
      '附件:新晃侗族自治县沅水一级、二级支流名录',
      '新晃侗族自治县人民政府',
      '2022年4月28日',
      '新晃侗族自治县沅水一级、二级支流',
    ]);
    expect([d.issuedOn, d.attachments?.map((a) => a.label)]).toEqual(['2022-04-28', ['附件']]);
  });

  test("a picture's file name under the date is the page's (blind17 gd-yangxi)", () => {
    const d = parse([
      '阳西县人民政府土地征收预公告 西府告〔2022〕53号',
      '  因城市建设需要，拟征收下列土地，现公告如下：',
      '  一、建设用地项目名称：阳西县2022年度第九批次城镇建设用地。',
      '  特此公告。',
      '  附件:拟征收土地红线图.pdf',
      '阳西县人民政府',
      '2022年12月6日',
      '001.png',
    ]);
    expect([d.issuer, d.issuedOn]).toEqual(['阳西县人民政府', '2022-12-06']);
  });
});
