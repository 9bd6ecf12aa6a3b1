// Titles of pages copied from portals: a page of questions and answers on a notice, a column's name above the notice,
// a spam-replaced place name in the title's line. Each excerpt is trimmed from a real page; the address stands above it.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const codesAt = (d: PolicyDocument, code: string): number[] =>
  d.issues.filter((i) => i.code === code).map((i) => i.line);

describe('a page of questions and answers is an interpretation', () => {
  // http://wenshui.gov.cn/xxgk/zfxxgkml/zcjd/202404/t20240430_1861788.html
  const notice = '关于贯彻落实山西省提升行政执法质量三年行动计划实施方案(2023—2025年)的通知';
  const page = [
    `文件:${notice}`,
    'Q:提升行政执法质量三年行动计划实施方案(2023—2025年)是在什么样的背景下出台的?',
    'A:为了更深入地落实国务院、省政府及市政府的这些重要部署,我们已印发《关于贯彻落实山西省提升行政执法质量三年行动计划实施方案(2023—2025年)的通知》,旨在全面提升行政执法质量及效能。',
    'Q:实施方案设定的目标任务是什么?',
    'A:到2025年末,我们将全面运用文水县基层社会治理一体化平台综合管理信息系统,全面提升我县行政执法的能力、质量、效能以及公信力。',
    'Q:实施方案以哪些工作举措来推进上级文件精神落实落细?',
    'A:(一)全面提升行政执法人员能力素质',
    '(二)全面推进严格规范公正文明执法',
    '(三)健全完善行政执法工作体系',
  ];

  test('Q:/A: lines: kind interpretation, interpreting the notice, titled by it, the county it calls 我县', () => {
    const d = parse(page);
    expect(d.kind).toBe('interpretation');
    expect(d.title).toBe(`《${notice}》问答`);
    expect(d.interprets?.title).toBe(notice);
    expect(d.citations.find((c) => c.relation === 'interprets')?.title).toBe(notice);
    expect(d.tier).toBe('county');
    expect(d.jurisdiction).toBe('文水县');
    expect(codesAt(d, 'QUESTIONS_ANSWERS')).toEqual([1]);
    expect(codesAt(d, 'EXTRA_TITLE_LINE')).toEqual([]);
  });

  test('each question is an article, headed by it, its answer the text (the answer numbered (一)… kept whole)', () => {
    const d = parse(page);
    expect(d.articles.map((a) => a.heading)).toEqual([
      '提升行政执法质量三年行动计划实施方案(2023—2025年)是在什么样的背景下出台的?',
      '实施方案设定的目标任务是什么?',
      '实施方案以哪些工作举措来推进上级文件精神落实落细?',
    ]);
    expect(d.articles.map((a) => a.path)).toEqual(['a1', 'a2', 'a3']);
    expect(d.articles[2]!.text).toBe(
      '(一)全面提升行政执法人员能力素质\n(二)全面推进严格规范公正文明执法\n(三)健全完善行政执法工作体系',
    );
    expect(codesAt(d, 'NO_STRUCTURE')).toEqual([]);
  });

  test("questions after a notice's articles (its FAQ) leave the notice as it is", () => {
    const d = parse([
      notice,
      '各乡镇人民政府:',
      '一、总体要求',
      '(一)目标。到2025年完成。',
      '(二)任务。做好执法。',
      '问:如何申请?',
      '答:到窗口办理。',
      '问:何时开始?',
    ]);
    expect(d.kind).toBe('notice');
    expect(d.title).toBe(notice);
    expect(d.articles.map((a) => a.heading)).toEqual(['目标', '任务']);
  });

  test('文件: is a label, never an issuer', () => {
    const d = parse(page);
    expect(d.issuer ?? '').not.toContain('文件');
    expect(d.agencyRoles.map((r) => r.agency.name).join()).not.toContain('文件');
  });

  test('a notice that quotes one question is no page of questions', () => {
    const d = parse([
      notice,
      '各乡镇人民政府:',
      '问:如何申请?答:到窗口办理。',
      '一、总体要求',
      '(一)目标。到2025年完成。',
    ]);
    expect(d.kind).toBe('notice');
    expect(d.title).toBe(notice);
  });
});

describe("a column's name is no title", () => {
  test('政府信息公开 above the notice (fgw.changde.gov.cn/xxgk/zfxxgk/fgwj/bmwj/702738)', () => {
    const d = parse([
      '政府信息公开',
      '',
      '索引号: CD007-20200728-702738 公开方式: 主动公开 所属主题: 部门文件',
      '文 号: 常发改法规〔2019〕350号 公开范围: 面向社会 发文日期: 2019-11-28',
      '',
      '常德市发展和改革委员会关于印发《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度行政执法决定说明理由制度实施方案》的通知',
      '',
      '各科室,委属各单位:',
      '现将《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度行政执法决定说明理由制度实施方案》印发给你们,请认真贯彻执行。',
      '常德市发展和改革委员会',
      '2019年11月28日',
      '一、基本要求',
      '(一)坚持依法规范。严格履行法定职责。',
    ]);
    expect(d.title).toBe(
      '关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度行政执法决定说明理由制度实施方案',
    );
    expect(d.noticeTitle).toMatch(/^常德市发展和改革委员会关于印发《/);
    expect(d.kind).toBe('plan');
    expect(codesAt(d, 'COLUMN_NAME')).toEqual([1]);
    expect(codesAt(d, 'EXTRA_TITLE_LINE')).toEqual([]);
  });

  test('a column named …文件 run into the title is cut (gansu.gov.cn, 省政府和省政府办公厅文件)', () => {
    const d = parse([
      '省政府和省政府办公厅文件甘肃省人民政府办公厅关于认真贯彻落实《国务院办公厅关于推进政务新媒体健康有序发展的意见》的通知',
      '各市、自治州人民政府,兰州新区管委会,省政府各部门:',
      '现将有关事项通知如下:',
      '一、提高思想认识',
      '(一)明确功能定位。政务新媒体是重要渠道。',
    ]);
    expect(d.title).toBe(
      '甘肃省人民政府办公厅关于认真贯彻落实《国务院办公厅关于推进政务新媒体健康有序发展的意见》的通知',
    );
    expect(d.issuer).toBe('甘肃省人民政府办公厅');
  });
});

describe('a spam-replaced place name', () => {
  // http://kingjoy-hk.com/c39/20191025/i289521.html (a 常德 county's name replaced by 东风彩票注册)
  const plan = '全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度执法决定说明理由制度的实施方案';
  const page = [
    '东风彩票注册',
    '',
    `东风彩票注册办公室关于印发《${plan}》的通知`,
    '',
    '来源:  发布时间:2019-10-25',
    '',
    '各乡镇人民政府,县直有关单位:',
    `《${plan}》已经县人民政府同意,现印发给你们,请认真贯彻执行。`,
    '东风彩票注册办公室',
    '2019年10月24日',
    '一、指导思想',
    '以习近平新时代中国特色社会主义思想为指导,全面推行全县行政执法三项制度。',
  ];

  test('the page title replaced by spam is dropped; the title line keeps its title and is flagged', () => {
    const d = parse(page);
    expect(d.title).toBe(plan);
    expect(d.noticeTitle).toBe(`东风彩票注册办公室关于印发《${plan}》的通知`);
    expect(codesAt(d, 'SPAM_LINE')).toEqual([1]);
    expect(codesAt(d, 'SPAM_IN_TITLE')).toEqual([3]);
    expect(d.citations.map((c) => c.title)).not.toContain(plan);
    expect(d.tier).toBe('county');
  });

  test('a short line naming a document or an organ is no spam', () => {
    const d = parse(['彩票公益金管理办法', '第一条 为了规范彩票公益金的管理,制定本办法。']);
    expect(d.title).toBe('彩票公益金管理办法');
    expect(codesAt(d, 'SPAM_LINE')).toEqual([]);
  });
});

describe("a site's banner is no title", () => {
  // https://jyzd.jnmc.edu.cn/2017/0209/c990a13402/page.htm (鲁政办发〔2010〕21号 under the site's banner)
  test("an organ's 转发…的通知 above the number beats the banner before it", () => {
    const d = parse([
      '山东省财政厅大学生创业引领计划',
      '山东省人民政府办公厅',
      '转发省人力资源社会保障厅等部门',
      '关于做好2010年普通高校毕业生',
      '就业工作的意见的通知',
      '鲁政办发〔2010〕21号',
      '各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:',
      '省人力资源社会保障厅、省教育厅、省财政厅《关于做好2010年普通高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。',
      '山东省人民政府办公厅',
      '二○一○年四月三十日',
      '一、2010年高校毕业生就业工作的总体安排和目标任务',
      '(一)总体安排。进一步落实各项政策措施。',
    ]);
    expect(d.noticeTitle).toBe(
      '山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知',
    );
    expect(d.title).toMatch(/关于做好2010年普通高校毕业生就业工作的意见$/);
    expect(codesAt(d, 'COLUMN_NAME')).toEqual([1]);
  });

  test('a plan titled without 关于 is kept when no organ heads a later line', () => {
    const d = parse([
      '山东省大学生创业引领计划',
      '关于做好毕业生就业工作的意见',
      '一、总体要求',
      '(一)目标。做好就业。',
    ]);
    expect(d.title).toBe('山东省大学生创业引领计划');
  });
});

describe('a table of page fields copied with spaces for borders', () => {
  // http://www.zjpy.gov.cn/art/2021/10/25/art_1229570948_1912057.html
  test('labels without colons are page fields, never part of the title', () => {
    const d = parse([
      '您现在的位置:首页',
      ' > 政策文件  > 政策文件',
      '索引号 001008003008001/2021-111868 主题分类 新闻出版,广播、电影、电视,其他',
      '组配分类 政策文件 发布机构 县府办',
      '生成日期 2021-10-20 公开方式 主动公开',
      '文号 平政办〔2021〕80号',
      '其他信息',
      '',
      '关于印发《平阳县政务新媒体管理办法》的通知',
      '',
      '平阳县人民政府办公室文件',
      '各乡镇人民政府,县政府直属各单位:',
      '《平阳县政务新媒体管理办法》已经县政府同意,现印发给你们,请遵照执行。',
      '平阳县人民政府办公室',
      '2021年10月20日',
      '第一条 为加强政务新媒体管理,制定本办法。',
      '第二条 本办法适用于全县政务新媒体。',
    ]);
    expect(d.title).toBe('平阳县政务新媒体管理办法');
    expect(d.noticeTitle).toBe('关于印发《平阳县政务新媒体管理办法》的通知');
    expect(d.docNumber).toBe('平政办〔2021〕80号');
    expect(d.provenance.indexNumber).toBe('001008003008001/2021-111868');
    expect(codesAt(d, 'PAGE_METADATA')).toEqual([3]);
  });

  test('a line opening with a label word and naming nothing the field holds stays text', () => {
    const d = parse(['关于加强来源管理的通知', '各单位:', '来源 管理 要加强', '一、总体要求', '(一)目标。做好管理。']);
    expect(codesAt(d, 'PAGE_METADATA')).toEqual([]);
  });
});

describe('the issued document named under its issuer is the document itself', () => {
  // https://fgw.changde.gov.cn/xxgk/zfxxgk/fgwj/bmwj/702738
  const plan = '关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度行政执法决定说明理由制度实施方案';
  test('《常德市发展和改革委员会关于…》已经…审议通过 and its heading are no citation, no extra title', () => {
    const d = parse([
      `常德市发展和改革委员会关于印发《${plan}》的通知`,
      '常发改法规〔2019〕350号',
      '各科室,委属各单位:',
      `《常德市发展和改革委员会${plan}》已经委党组会议审议通过,现印发给你们,请认真贯彻执行。`,
      '常德市发展和改革委员会',
      '2019年11月28日',
      '常德市发展和改革委员会',
      '关于全面推行行政执法公示制度执法全过程',
      '记录制度重大执法决定法制审核制度行政',
      '执法决定说明理由制度实施方案',
      '一、基本要求',
      '(一)坚持依法规范。严格履行法定职责。',
    ]);
    expect(d.title).toBe(plan);
    expect(d.citations.map((c) => c.title)).toEqual([]);
    expect(codesAt(d, 'EXTRA_TITLE_LINE')).toEqual([]);
  });
});
