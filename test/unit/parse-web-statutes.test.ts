// Local statutes copied from law sites and portals of provinces the corpus never held (test/data/web-statutes/, each
// file's page in its README): page furniture before the title (breadcrumbs, site names, bylines, 收藏本站 bars, labelled
// metadata, announcements), the title repeated, head lines split, labelled or unbracketed. The statute reader finds
// the statute in the page: its title, its making, its level and its makers. Pure: no database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { readDocumentVersion, versionPolicyId } from '../../import/versions/index.ts';
import type { PolicyDocument } from '../../model/index.ts';
import { readWebPage } from '../support/web-pages.ts';

const DIR = join(import.meta.dirname, '..', 'data', 'web-statutes');
const read = (name: string): PolicyDocument =>
  parsePolicyText(readFileSync(join(DIR, `${name}.txt`), 'utf8'), { file: `${name}.txt` });
const events = (d: PolicyDocument): string[] => d.events.map((e) => `${e.kind} ${e.start ?? '-'}`);
const approver = (d: PolicyDocument): string | undefined =>
  d.agencyRoles.find((r) => r.role === 'approver')?.agency.name;
const versionId = (d: PolicyDocument): string | undefined => {
  const version = readDocumentVersion(d);
  return version ? versionPolicyId(version) : undefined;
};

describe('the title is the statute’s, not the page’s furniture', () => {
  test.each([
    ['guizhou-yuye-tiaoli-infoeach', '贵州省渔业条例'],
    // 法搜网--中国法律信息搜索网 above it.
    ['guizhou-yuye-tiaoli-fymate', '贵州省渔业条例'],
    // 收藏本站| 设为首页| 首页 above it, the site's issuer column (山西省人大, 20040401) under it.
    ['shanxi-rencai-shichang-tiaoli-infoeach', '山西省人才市场管理条例'],
    // 行业动态 and the site's own headline 江苏省长江水污染防治条例(2018年3月28日第三次修正版).
    ['jiangsu-changjiang-shuiwuran-tiaoli-shdysj', '江苏省长江水污染防治条例'],
    // The site's headline …(2007修订), a note of later amendments and the standing committee's announcement above it.
    ['jiangsu-taihu-shuiwuran-tiaoli-2007-fymate', '江苏省太湖水污染防治条例'],
    // 请输入您要查询的百科知识: and 词条 before the title, no head lines at all.
    ['jiangsu-zhiding-pizhun-fagui-tiaoli-2001-cnenc', '江苏省制定和批准地方性法规条例'],
    ['jiangsu-zhiding-pizhun-fagui-tiaoli-djtrjvjv', '江苏省制定和批准地方性法规条例'],
    // 《…》(2020年全文), then the announcement and its signature, then the title.
    ['shenzhen-yingshang-tiaoli-jumpstart', '深圳经济特区优化营商环境条例'],
    // 2024年…办法修正本最新全文, a line of views and dates, 效力位阶:地方性条例.
    ['neimenggu-shishi-yesheng-dongwu-banfa-ruilaw', '内蒙古自治区实施《中华人民共和国野生动物保护法》办法'],
    ['xishuangbanna-yesheng-dongwu-tiaoli-360docs', '云南省西双版纳傣族自治州野生动物保护条例'],
    // A wiki's lead sentence and its 基本介绍 - 中文名: box.
    ['xinjiang-pingan-jianshe-tiaoli-newton', '新疆维吾尔自治区平安建设条例'],
    ['gansu-anxi-ziran-baohuqu-tiaoli-gsrdw', '甘肃安西极旱荒漠国家级自然保护区管理条例'],
    // 江西省立法条例全文解读 is the site's headline: the statute itself is no interpretation.
    ['jiangxi-lifa-tiaoli-78911', '江西省立法条例'],
    ['baotou-zhiding-fagui-tiaoli-infoeach', '包头市人民代表大会及其常务委员会制定地方性法规条例'],
    // The site's note of a later amendment glued before the title; the head bracket split over two lines after it.
    ['neimenggu-yesheng-yaocai-xize-fymate', '内蒙古自治区《野生药材资源保护管理条例》实施细则'],
    // The version note (2006年修正) is no part of the title.
    ['songtao-zizhi-tiaoli-lsbar', '松桃苗族自治县自治条例'],
  ])('%s → %s', (name, title) => {
    const d = read(name);
    expect(d.title).toBe(title);
    expect(d.kind).toBe(/(?:办法|细则)$/.test(title) ? 'measures' : 'regulation');
  });

  test('a page that shows no title gets none, never its breadcrumb or its head bracket', () => {
    expect(read('guanling-zizhi-tiaoli-pjdwzx').title).toBe('');
    expect(read('jiangsu-changjiang-shuiwuran-tiaoli-hujiahb').title).toBe('');
  });

  test('the same statute from two sites is one version of one work', () => {
    const a = read('guizhou-yuye-tiaoli-infoeach');
    const b = read('guizhou-yuye-tiaoli-fymate');
    expect(versionId(a)).toBe('t:贵州省|渔业条例@2005-11-25');
    expect(versionId(b)).toBe(versionId(a));
  });
});

describe('local statutes from web pages have their level', () => {
  test.each([
    ['guizhou-yuye-tiaoli-infoeach', 'local_regulation'],
    ['guizhou-yuye-tiaoli-fymate', 'local_regulation'],
    ['shanxi-rencai-shichang-tiaoli-infoeach', 'local_regulation'],
    ['jiangsu-changjiang-shuiwuran-tiaoli-shdysj', 'local_regulation'],
    ['jiangsu-changjiang-shuiwuran-tiaoli-hujiahb', 'local_regulation'],
    ['jiangsu-taihu-shuiwuran-tiaoli-2007-fymate', 'local_regulation'],
    ['jiangsu-zhiding-pizhun-fagui-tiaoli-2001-cnenc', 'local_regulation'],
    ['jiangsu-zhiding-pizhun-fagui-tiaoli-djtrjvjv', 'local_regulation'],
    ['shenzhen-yingshang-tiaoli-jumpstart', 'local_regulation'],
    ['neimenggu-shishi-yesheng-dongwu-banfa-ruilaw', 'local_regulation'],
    ['xishuangbanna-yesheng-dongwu-tiaoli-360docs', 'local_regulation'],
    ['songtao-zizhi-tiaoli-lsbar', 'local_regulation'],
    ['guanling-zizhi-tiaoli-pjdwzx', 'local_regulation'],
    ['xinjiang-pingan-jianshe-tiaoli-newton', 'local_regulation'],
    ['gansu-anxi-ziran-baohuqu-tiaoli-gsrdw', 'local_regulation'],
    ['jiangxi-lifa-tiaoli-78911', 'local_regulation'],
    ['baotou-zhiding-fagui-tiaoli-infoeach', 'local_regulation'],
    ['liaoning-xiugai-xuanju-xize-jueding-infoeach', 'local_regulation'],
    // A government's rule: promulgated by 内蒙古自治区人民政府令第163号, or adopted at its executive meeting (令第4号).
    ['neimenggu-caoyuan-yesheng-zhiwu-banfa-infoeach', 'local_government_rule'],
    ['neimenggu-yesheng-yaocai-xize-fymate', 'local_government_rule'],
  ])('%s → %s', (name, level) => {
    expect(read(name).authorityLevel).toBe(level);
  });

  test('the number of a government rule is kept', () => {
    expect(read('neimenggu-caoyuan-yesheng-zhiwu-banfa-infoeach').docNumber).toBe('内蒙古自治区人民政府令第163号');
    expect(read('neimenggu-yesheng-yaocai-xize-fymate').docNumber).toBe('内蒙古自治区人民政府令第4号');
  });
});

describe('head lines however the page sets them', () => {
  test('a head bracket split over two lines is one act with its date', () => {
    const d = read('guizhou-yuye-tiaoli-fymate');
    expect(events(d)).toEqual(['adoption 2005-11-25']);
    expect(d.events[0]!.bodies).toEqual(['贵州省第十届人民代表大会常务委员会第十八次会议']);
    expect(d.issuedOn).toBe('2005-11-25');
    expect(read('guizhou-yuye-tiaoli-infoeach').issuedOn).toBe('2005-11-25');
  });

  test('an unbracketed making line after the site’s byline (省十一届人大常委会: no 第, the province left out)', () => {
    const d = read('gansu-anxi-ziran-baohuqu-tiaoli-gsrdw');
    expect(events(d)).toEqual(['adoption 2008-05-29']);
    expect(d.issuer).toBe('甘肃省人民代表大会常务委员会');
    expect(d.issuedOn).toBe('2008-05-29');
  });

  test('the head under the statute’s own title, when the site headline says 全文解读', () => {
    const d = read('jiangxi-lifa-tiaoli-78911');
    expect(events(d)).toEqual(['adoption 2001-02-23', 'amendment 2009-05-27']);
    expect(d.issuedOn).toBe('2009-05-27');
  });

  test('【题注】 labels the head bracket and 【章名】 the chapters; 颁布日期 is the page’s metadata', () => {
    const d = read('baotou-zhiding-fagui-tiaoli-infoeach');
    expect(events(d)).toEqual(['adoption 2001-04-29', 'approval 2001-06-03']);
    expect(d.issuer).toBe('包头市人民代表大会');
    expect(approver(d)).toBe('内蒙古自治区人民代表大会常务委员会');
    expect(d.parts.map((p) => p.label)).toEqual(['第一章']);
    expect(d.effectiveOn).toBe('2001-08-01');
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE' || i.code === 'WEB_DEBRIS')).toEqual([]);
  });

  test('an unbracketed making line under a decision', () => {
    const d = read('liaoning-xiugai-xuanju-xize-jueding-infoeach');
    expect(d.title).toBe('辽宁省人民代表大会常务委员会关于修改《辽宁省县乡两级人民代表大会选举实施细则》的决定');
    expect(events(d)).toEqual(['adoption 2007-03-28']);
    expect(d.issuer).toBe('辽宁省人民代表大会常务委员会');
  });

  test('a version note in the title is an amendment of that year', () => {
    const d = read('songtao-zizhi-tiaoli-lsbar');
    expect(events(d)).toEqual(['amendment 2006']);
  });

  test('the announcement around the statute dates its promulgation and effect', () => {
    const shanxi = read('shanxi-rencai-shichang-tiaoli-infoeach');
    expect(events(shanxi)).toEqual(['adoption 2004-04-01', 'effect 2004-06-01', 'promulgation 2004-04-01']);
    expect(shanxi.agencyRoles.filter((r) => r.role === 'issuer').map((r) => r.agency.name)).toEqual([
      '山西省人民代表大会常务委员会',
    ]);
    expect(shanxi.effectiveOn).toBe('2004-06-01');
    expect(shanxi.publishedOn).toBe('2004-04-01');
    const taihu = read('jiangsu-taihu-shuiwuran-tiaoli-2007-fymate');
    // The announcement's 修订通过 is the head's revision: told once.
    expect(events(taihu)).toEqual([
      'effect 2008-06-05',
      'promulgation 2007-09-27',
      'adoption 1996-06-14',
      'revision 2007-09-27',
    ]);
    expect(taihu.issuedOn).toBe('2007-09-27');
    expect(taihu.effectiveOn).toBe('2008-06-05');
    const shenzhen = read('shenzhen-yingshang-tiaoli-jumpstart');
    expect(shenzhen.publishedOn).toBe('2020-11-05');
    expect(shenzhen.effectiveOn).toBe('2021-01-01');
    expect(shenzhen.issuedOn).toBe('2020-10-29');
  });

  // A law site sets its labels side by side (作者:法律资料网 时间:2024-07-22 05:37:26 浏览:9174): its 时间 is the copy's
  // stamp, the publication when the page tells no other, and yields to a 颁布日期 naming the statute's own.
  test('a site’s stamp among labels on one line dates the copy, after the statute’s own 颁布日期', () => {
    expect(read('guizhou-yuye-tiaoli-infoeach').publishedOn).toBe('2024-07-09');
    expect(read('baotou-zhiding-fagui-tiaoli-infoeach').publishedOn).toBe('2001-06-03');
  });

  test('versions of one work: the 2024 text is dated by its last amendment', () => {
    expect(versionId(read('jiangsu-zhiding-pizhun-fagui-tiaoli-djtrjvjv'))).toBe(
      't:江苏省|制定和批准地方性法规条例@2024-01-26',
    );
    expect(versionId(read('jiangsu-changjiang-shuiwuran-tiaoli-shdysj'))).toBe(
      't:江苏省|长江水污染防治条例@2018-03-28',
    );
  });
});

describe('who made it: from the head, the making lines and the page’s labels, never from the body', () => {
  test('a lone 人民法院 line in an article is no issuer (the wiki’s lead sentence tells the making)', () => {
    const d = read('xinjiang-pingan-jianshe-tiaoli-newton');
    expect(d.issuer).toBe('新疆维吾尔自治区人民代表大会常务委员会');
    expect(events(d)).toEqual(['adoption 2021-09-28']);
  });

  test('an autonomous prefecture’s congress adopts, the province’s standing committee approves', () => {
    const d = read('xishuangbanna-yesheng-dongwu-tiaoli-360docs');
    expect(d.issuer).toBe('西双版纳傣族自治州人民代表大会');
    expect(approver(d)).toBe('云南省人民代表大会常务委员会');
    expect(d.jurisdiction).toBe('西双版纳傣族自治州');
  });

  test('a government rule adopted at 自治区人民政府第十五次常务会议: 内蒙古自治区人民政府', () => {
    const d = read('neimenggu-yesheng-yaocai-xize-fymate');
    expect(events(d)).toEqual(['adoption 1989-04-05']);
    expect(d.issuer).toBe('内蒙古自治区人民政府');
  });
});

describe('a place the map does not know is never a jurisdiction made of other words', () => {
  test('会议通过 内蒙古自治区人民政府令第4号 (a head bracket broken over lines): 内蒙古自治区', () => {
    const d = read('neimenggu-yesheng-yaocai-xize-fymate');
    expect(d.jurisdiction).toBe('内蒙古自治区');
    expect(d.issues.filter((i) => i.code === 'PLACE_NOT_IN_MAP')).toEqual([]);
  });
});

describe('a title printed over lines is one title (the page’s real copies in test/data/web-pages)', () => {
  const body = '第一章 总则\n第一条 为了保障自治权，制定本条例。\n第二条 本条例自公布之日起施行。\n';
  test('a place name alone over the genre words: 甘肃省积石山…自治县 / 自治条例', async () => {
    const d = parsePolicyText(
      `甘肃省积石山保安族东乡族撒拉族自治县\n自治条例\n(1991年3月9日积石山保安族东乡族撒拉族自治县第四届人民代表大会第二次会议通过)\n${body}`,
      { file: 'a.txt' },
    );
    expect(d.title).toBe('甘肃省积石山保安族东乡族撒拉族自治县自治条例');
    expect(d.issues.filter((i) => i.code === 'PAGE_FURNITURE')).toEqual([]);
    expect((await readWebPage('gs-jishishan-autonomy-regulation.txt')).title).toBe(
      '甘肃省积石山保安族东乡族撒拉族自治县自治条例',
    );
  });

  test('a line ending 关于修改, a blank line under it (a page spaced double), over 《…》的决定', async () => {
    const d = parsePolicyText(
      '2023年4月\n\n咸宁市人民代表大会常务委员会关于修改\n\n《咸宁市农村生活垃圾治理条例》的决定\n\n(2022年12月16日咸宁市第六届人民代表大会常务委员会第六次会议通过 2023年3月29日湖北省第十四届人民代表大会常务委员会第二次会议批准)\n\n咸宁市第六届人民代表大会常务委员会第六次会议决定对《咸宁市农村生活垃圾治理条例》作如下修改:\n\n一、将第五条修改为:“市人民政府负责。”\n',
      { file: 'b.txt' },
    );
    expect(d.title).toBe('咸宁市人民代表大会常务委员会关于修改《咸宁市农村生活垃圾治理条例》的决定');
    expect((await readWebPage('hb-xianning-decision-2023.txt')).title).toBe(
      '咸宁市人民代表大会常务委员会关于修改《咸宁市农村生活垃圾治理条例》的决定',
    );
  });

  test('a place the title already names, or a finished title, above it is no part of it', () => {
    const d = parsePolicyText(
      `甘肃省\n甘肃省人口与计划生育条例\n(2002年3月30日甘肃省第九届人民代表大会常务委员会第二十七次会议通过)\n${body}`,
      { file: 'c.txt' },
    );
    expect(d.title).toBe('甘肃省人口与计划生育条例');
  });
});

describe('an approval is no making: the province’s standing committee approves what a lower place’s congress made', () => {
  const approved = '(1989年11月25日贵州省第七届人民代表大会常务委员会第十次会议批准 自1990年1月1日起施行)';
  const articles =
    '第一章 总则\n第一条 根据宪法,结合关岭布依族苗族自治县(以下简称自治县)民族的特点,制定本条例。\n第二条 自治县的自治机关是自治县人民代表大会和自治县人民政府。\n';
  test('an autonomous county’s 自治条例 approved only: the county’s, no issuer, the province its approver', () => {
    const d = parsePolicyText(`关岭布依族苗族自治县自治条例\n${approved}\n${articles}`, { file: 'a.txt' });
    expect([d.tier, d.jurisdiction]).toEqual(['county', '关岭布依族苗族自治县']);
    expect(d.issuer).toBeUndefined();
    expect(approver(d)).toBe('贵州省人民代表大会常务委员会');
    expect(d.issuedOn).toBe('1989-11-25');
    expect(d.authorityLevel).toBe('local_regulation');
  });

  test('with no title, the place the text defines as its own (…自治县(以下简称自治县)) is the statute’s', async () => {
    const d = parsePolicyText(`${approved}\n${articles}`, { file: 'b.txt' });
    expect([d.tier, d.jurisdiction]).toEqual(['county', '关岭布依族苗族自治县']);
    expect(d.issuer).toBeUndefined();
    const page = await readWebPage('gz-guanling-autonomy-1990-trad.txt');
    expect([page.tier, page.jurisdiction, page.issuer]).toEqual(['county', '关岭布依族苗族自治县', undefined]);
  });

  test('the State Council’s approval still makes a 行政法规 (北京市新技术产业开发试验区暂行条例)', () => {
    const d = parsePolicyText(
      '北京市新技术产业开发试验区暂行条例\n1988年5月10日 国务院批准\n第一条 为了促进科学技术与经济的结合,制定本条例。\n第二条 本条例自发布之日起施行。\n',
      { file: 'c.txt' },
    );
    expect([d.tier, d.issuer]).toEqual(['national', '国务院']);
  });
});

describe('an announcement printed with hard-wrapped lines is read whole', () => {
  test('《…》已由海南省 / 第二届…于1998年9月24日通过,现 / 予公布,自1998年11月1日起施行。: promulgated and in force', async () => {
    const d = parsePolicyText(
      [
        '海南省人民代表大会常务委员会制定批准地方性法规条例',
        '海南',
        '《海南省人民代表大会常务委员会制定批准地方性法规条例》已由海南省',
        '第二届人民代表大会常务委员会第三次会议于1998年9月24日通过,现',
        '予公布,自1998年11月1日起施行。',
        '海南省人民代表大会常务委员会',
        '1998年9月25日',
        '海南省人民代表大会常务委员会制定批准地方性法规条例',
        '(1998年9月24日海南省第二届人民代表大会常务委员会第三次会',
        '议通过)',
        '第一章 总则',
        '第一条 为规范地方性法规工作,制定本条例。',
        '第二条 省人大常委会制定的地方性法规,适用本条例。',
      ].join('\n'),
      { file: 'a.txt' },
    );
    expect([d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual(['1998-09-24', '1998-09-25', '1998-11-01']);
    const page = await readWebPage('hi-lawlib-1998-lawmaking-regulation.txt');
    expect([page.issuedOn, page.publishedOn, page.effectiveOn]).toEqual(['1998-09-24', '1998-09-25', '1998-11-01']);
  });
});

describe('an announcement naming the title with ASCII marks for the nested ones (《…<…>的决定》) is the statute’s', () => {
  test('自公布之日起施行 takes the announcement’s date', async () => {
    const d = parsePolicyText(
      [
        '柳州市人民代表大会常务委员会',
        '公 告',
        '(十五届第三十九号)',
        '《柳州市人民代表大会关于修改<柳州市立法条例>的决定》已由柳州市第十五届人民代表大会第六次会议于2025年1月9日通过,经广西壮族自治区第十四届人民代表大会常务委员会第十六次会议于2025年5月29日批准,现予公布,自公布之日起施行。',
        '柳州市人民代表大会常务委员会',
        '2025年6月18日',
        '柳州市人民代表大会',
        '关于修改《柳州市立法条例》的决定',
        '(2025年1月9日柳州市第十五届人民代表大会第六次会议通过',
        '2025年5月29日广西壮族自治区第十四届人民代表大会常务委员会第十六次会议批准)',
        '柳州市第十五届人民代表大会第六次会议决定对《柳州市立法条例》作出如下修改:',
        '一、将第二条修改为:“本市地方性法规的制定、修改、废止和解释适用本条例。”',
        '二、删去第六条。',
      ].join('\n'),
      { file: 'a.txt' },
    );
    expect(d.title).toBe('柳州市人民代表大会关于修改《柳州市立法条例》的决定');
    expect([d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual(['2025-05-29', '2025-06-18', '2025-06-18']);
    const page = await readWebPage('gx-liuzhou-legislation-amend-2025.txt');
    expect([page.publishedOn, page.effectiveOn]).toEqual(['2025-06-18', '2025-06-18']);
  });
});

describe('a text with no title line is of the genre it names itself by (制定本条例)', () => {
  test('an autonomous county’s 条例 copied from 第一章 on: a regulation, a local one', async () => {
    const d = parsePolicyText(
      '第一章 总则\n\n第一条 根据《中华人民共和国民族区域自治法》,结合融水苗族自治县(以下简称自治县)的实际,制定本条例。\n\n第二条 自治县是广西壮族自治区行政区域内苗族实行区域自治的地方。\n',
      { file: 'a.txt' },
    );
    expect([d.title, d.kind, d.tier, d.authorityLevel]).toEqual(['', 'regulation', 'county', 'local_regulation']);
    const page = await readWebPage('gx-rongshui-autonomy-regulation.txt');
    expect([page.kind, page.authorityLevel]).toEqual(['regulation', 'local_regulation']);
  });

  test('under a head bracket and no title (关岭, approved by the province): a regulation', async () => {
    const page = await readWebPage('gz-guanling-autonomy-1990-trad.txt');
    expect([page.kind, page.authorityLevel]).toEqual(['regulation', 'local_regulation']);
  });

  test('a text naming itself 本办法 is measures; one naming no genre stays other', () => {
    const measures = parsePolicyText(
      '第一条 为了规范管理,结合本县实际,制定本办法。\n第二条 本办法自公布之日起施行。\n',
      {
        file: 'b.txt',
      },
    );
    expect(measures.kind).toBe('measures');
    expect(measures.authorityLevel).toBeUndefined();
    const none = parsePolicyText('一、加强领导。\n二、落实责任。\n', { file: 'c.txt' });
    expect(none.kind).toBe('other');
  });
});
