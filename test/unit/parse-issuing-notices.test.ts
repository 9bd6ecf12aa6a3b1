// Issuing notices as provincial, city and county portals and reposting sites print them, trimmed from real pages:
// notices without 关于 (X印发Y的通知), joint party–government notices, 转发 notices, a title continued on a line that
// opens with a bracket, the number in brackets under the title, an aggregator's number + 《notice》 line, a red-header
// masthead (XX文件), and a Guangxi notice copied without its title. Each case names the page it was copied from.
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { readIssuingNotice } from '../../import/parse/read-issuing-notice.ts';
import { unwrapNotice } from '../../import/parse/unwrap-notice.ts';
import { classifyHeadLine } from '../../import/parse/classify-head-line.ts';
import { getDefaultGazetteer } from '../../import/gazetteer/index.ts';
import { readCitations } from '../../import/parse/read-citations.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';
import type { PolicyDocument } from '../../model/index.ts';

const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const codes = (d: PolicyDocument): string[] => d.issues.map((i) => i.code);
const head = (d: PolicyDocument) => ({
  title: d.title,
  noticeTitle: d.noticeTitle,
  docNumber: d.docNumber,
  issuer: d.issuer,
  tier: d.tier,
});

describe('issuing notices without 关于印发', () => {
  // http://cni.top/html/2017/pioneerpolicy_1028/26711.html (津政办函〔2017〕103号)
  const TIANJIN = [
    '天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知',
    '津政办函〔2017〕103号',
    '天津市人民政府办公厅印发关于促进我市',
    '开发区改革和创新发展实施方案的通知',
    '各区人民政府,各委、局,各直属单位:',
    '经市人民政府同意,现将《关于促进我市开发区改革和创新发展的实施方案》印发给你们,请照此执行。',
    '天津市人民政府办公厅',
    '2017年10月9日',
    '关于促进我市开发区改革和',
    '创新发展的实施方案',
    '为贯彻落实《国务院办公厅关于促进开发区改革和创新发展的若干意见》(国办发〔2017〕7号),进一步发挥开发区作用。',
    '一、总体要求',
    '(一)指导思想。全面贯彻党的十八大精神。',
  ];

  test("天津市人民政府办公厅印发关于…的通知: the issued document is the title, in its own heading's wording", () => {
    const d = parse(TIANJIN);
    expect(head(d)).toEqual({
      title: '关于促进我市开发区改革和创新发展的实施方案',
      noticeTitle: '天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知',
      docNumber: '津政办函〔2017〕103号',
      issuer: '天津市人民政府办公厅',
      tier: 'provincial',
    });
    expect(d.kind).toBe('plan');
    // The notice body names the document it issues: that is the document itself, no citation.
    expect(d.citations.map((c) => c.title)).toEqual(['国务院办公厅关于促进开发区改革和创新发展的若干意见']);
    expect(codes(d)).not.toContain('EXTRA_TITLE_LINE');
  });

  test('without the heading, the notice names the document loosely (no 的) and still cites no copy of itself', () => {
    const d = parse([...TIANJIN.slice(0, 8), ...TIANJIN.slice(10)]);
    expect(d.title).toBe('关于促进我市开发区改革和创新发展实施方案');
    expect(d.citations.map((c) => c.title)).toEqual(['国务院办公厅关于促进开发区改革和创新发展的若干意见']);
  });

  test('苏州市政府印发…的通知 (a clean copy of szjgzx.jsszhrss.gov.cn/zcfg/2412.html, 苏府[2015]139号)', () => {
    const d = parse([
      '苏州市政府印发关于进一步做好新形势下创业就业工作的实施意见的通知',
      '苏府[2015]139号',
      '各市、区人民政府,苏州工业园区、苏州高新区、太仓港口管委会;市各委办局,各直属单位:',
      '《关于进一步做好新形势下创业就业工作的实施意见》已经市政府第43次常务会议讨论通过,现印发给你们,请结合实际,认真贯彻落实。',
      '苏州市人民政府',
      '2015年9月28日',
      '(此件公开发布)',
      '关于进一步做好新形势下创业就业工作的实施意见',
      '为认真贯彻落实《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号),制定本意见。',
      '一、深入实施就业优先战略',
      '(一)坚持扩大就业发展战略。把稳定和扩大就业作为经济运行合理区间的下限。',
    ]);
    expect(head(d)).toEqual({
      title: '关于进一步做好新形势下创业就业工作的实施意见',
      noticeTitle: '苏州市政府印发关于进一步做好新形势下创业就业工作的实施意见的通知',
      docNumber: '苏府〔2015〕139号',
      issuer: '苏州市人民政府',
      tier: 'municipal',
    });
  });

  test('a portal headline X印发Y without 的通知: Y is the title, the issuer is read from the head', () => {
    // https://zhaoshangtong.net/policys/show-2378.html
    const d = parse([
      '贵州省人民政府办公厅印发贵州省深入开展消费扶贫助力打赢脱贫攻坚战的实施意见',
      '为贯彻落实《国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见》(国办发〔2018〕129号),以消费促进贫困群众增收,结合我省实际,经省人民政府同意,制定本实施意见。',
      '一、总体要求',
      '以习近平新时代中国特色社会主义思想为指导,形成社会各界广泛参与消费扶贫的新格局。',
      '二、重点任务',
      '(一)提升消费扶贫产品供给水平和质量。',
    ]);
    expect(head(d)).toEqual({
      title: '贵州省深入开展消费扶贫助力打赢脱贫攻坚战的实施意见',
      noticeTitle: '贵州省人民政府办公厅印发贵州省深入开展消费扶贫助力打赢脱贫攻坚战的实施意见',
      docNumber: undefined,
      issuer: '贵州省人民政府办公厅',
      tier: 'provincial',
    });
    expect(d.kind).toBe('opinions');
  });

  test('a joint party–government notice with its number in brackets after the title', () => {
    // https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html
    const d = parse([
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)',
      '各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:',
      '《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。',
      '中共岳阳市委办公室',
      '岳阳市人民政府办公室',
      '2017年1月10日',
      '关于全面推进政务公开工作的实施意见',
      '根据《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》(中办发〔2016〕8号)要求,结合我市实际,现就全面推进政务公开工作提出如下实施意见。',
      '一、把握总体要求,明确工作目标',
      '(一)总体要求。坚持以公开为常态、不公开为例外。',
    ]);
    expect(head(d)).toMatchObject({
      title: '关于全面推进政务公开工作的实施意见',
      noticeTitle: '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知',
      docNumber: '岳办发〔2017〕2号',
      tier: 'municipal',
    });
    expect(d.jurisdiction).toBe('岳阳市');
    // Its own number is no citation; the national notice it rests on is.
    expect(d.citations.map((c) => c.docNumber)).toEqual(['中办发〔2016〕8号']);
  });

  test('a 转发 notice set over four lines: the transmitted document is the title', () => {
    // https://jyzd.jnmc.edu.cn/2017/0209/c990a13402/page.htm (鲁政办发〔2010〕21号; the page's banner line left out)
    const d = parse([
      '山东省人民政府办公厅',
      '转发省人力资源社会保障厅等部门',
      '关于做好2010年普通高校毕业生',
      '就业工作的意见的通知',
      '鲁政办发〔2010〕21号',
      '各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:',
      '省人力资源社会保障厅、省教育厅、省财政厅、省地税局、省工商局、人民银行济南分行《关于做好2010年普通高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。',
      '山东省人民政府办公厅',
      '二○一○年四月三十日',
      '关于做好2010年普通高校',
      '毕业生就业工作的意见',
      '为全面落实我省促进普通高等学校毕业生就业创业的各项政策措施,现就做好2010年高校毕业生就业工作提出如下意见。',
      '一、2010年高校毕业生就业工作的总体安排和目标任务',
      '(一)总体安排。进一步落实各项政策。',
    ]);
    expect(head(d)).toEqual({
      // The organs that drafted the forwarded text, as a class (…等部门), are no words of its title.
      title: '关于做好2010年普通高校毕业生就业工作的意见',
      noticeTitle: '山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知',
      docNumber: '鲁政办发〔2010〕21号',
      issuer: '山东省人民政府办公厅',
      tier: 'provincial',
    });
    expect(d.citations).toEqual([]);
  });

  test.each([
    ['国务院办公厅印发《X管理办法》的通知', 'X管理办法', '国务院办公厅'],
    ['中共中央办公厅、国务院办公厅印发《关于Y的意见》的通知', '关于Y的意见', '中共中央办公厅、国务院办公厅'],
    [
      '柳州市人民政府办公室转发自治区人民政府办公厅关于印发Z方案的通知的通知',
      '自治区人民政府办公厅关于印发Z方案的通知',
      '柳州市人民政府办公室',
    ],
    // Not notices: 印发 inside a title that opens with 关于, and an organ's headline that issues no titled document.
    ['关于进一步规范公文印发工作的通知', '关于进一步规范公文印发工作的通知', undefined],
    ['市人民政府办公室印发通知', '市人民政府办公室印发通知', undefined],
  ])('unwrapNotice(%s) → %s', (full, title, issuer) => {
    const read = unwrapNotice(full);
    expect([read.title, read.titleIssuer]).toEqual([title, issuer]);
  });

  test('a report transmitted to those below (转发…报告的通知) is no wrapper: the notice is the document', () => {
    // gov.cn 国办发〔1997〕2号 (test/data/govcn-text/51.txt): the notice adds its own instructions to the report.
    expect(
      readIssuingNotice('国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知'),
    ).toBeUndefined();
    expect(readIssuingNotice('国务院办公厅转发发展改革委关于推进X的意见的通知')).toEqual({
      issuer: '国务院办公厅',
      verb: '转发',
      inner: '发展改革委关于推进X的意见',
    });
  });
});

describe('the page around a city notice: its archiving time and where-you-are bar are no title', () => {
  test('归档时间:… above the title (pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html)', () => {
    const d = parse([
      '归档时间:2018-11-21',
      '当前位置: 首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规',
      '',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)',
      '',
      '各县市区委、人民政府,市直各单位:',
      '《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。',
      '中共岳阳市委办公室',
      '岳阳市人民政府办公室',
      '2017年1月10日',
      '关于全面推进政务公开工作的实施意见',
      '一、把握总体要求,明确工作目标',
      '(一)总体要求。坚持以公开为常态、不公开为例外。',
    ]);
    expect([d.title, d.docNumber]).toEqual(['关于全面推进政务公开工作的实施意见', '岳办发〔2017〕2号']);
    // The archive's date is neither the document's nor its publication's.
    expect([d.issuedOn, d.publishedOn]).toEqual(['2017-01-10', undefined]);
  });

  test('您现在的位置:首页 > … (szjgzx.jsszhrss.gov.cn/zcfg/2412.html) is left out as debris', () => {
    const d = parse([
      '政策法规',
      '您现在的位置:首页 > 政策法规 > 正文',
      '发布时间:2016-09-18    信息来源:未知',
      '苏州市政府印发关于进一步做好新形势下创业就业工作的实施意见的通知',
      '苏府[2015]139号',
      '各市、区人民政府,市各委办局,各直属单位:',
      '《关于进一步做好新形势下创业就业工作的实施意见》已经市政府第43次常务会议讨论通过,现印发给你们,请结合实际,认真贯彻落实。',
      '苏州市人民政府',
      '2015年9月28日',
      '关于进一步做好新形势下创业就业工作的实施意见',
      '一、深入实施就业优先战略',
      '(一)坚持扩大就业发展战略。把稳定和扩大就业作为经济运行合理区间的下限。',
    ]);
    expect(head(d)).toMatchObject({ title: '关于进一步做好新形势下创业就业工作的实施意见', tier: 'municipal' });
    expect(d.jurisdiction).toBe('苏州市');
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS').map((i) => i.line)).toEqual([1, 2]);
  });
});

describe('a Guangxi notice: a title line opening with a bracket, and the number in brackets on its own line', () => {
  // https://news.jingxi.net/read-htm-tid-29284.html (桂政办发〔2018〕46号)
  const JINGXI = [
    '广西壮族自治区人民政府办公厅关于',
    '印发乡村振兴产业发展基础设施',
    '公共服务能力提升三年行动计划',
    '(2018—2020年)的通知',
    '(桂政办发〔2018〕46号)',
    '各市、县人民政府,自治区人民政府各组成部门、各直属机构:',
    '《乡村振兴产业发展基础设施公共服务能力提升三年行动计划(2018—2020年)》已经自治区人民政府同意,现印发给你们,请认真贯彻执行。',
    '2018年5月10日',
    '乡村振兴产业发展基础设施公共服务',
    '能力提升三年行动计划(2018—2020年)',
    '为深入贯彻落实党的十九大精神,根据《中共广西壮族自治区委员会关于实施乡村振兴战略的决定》(桂发〔2018〕7号)要求,特制定本行动计划。',
    '一、总体要求',
    '(一)指导思想。',
  ];

  test('the title ends with (2018—2020年), the notice is the whole, the bracketed number is the own number', () => {
    const d = parse(JINGXI);
    expect(head(d)).toEqual({
      title: '乡村振兴产业发展基础设施公共服务能力提升三年行动计划(2018—2020年)',
      noticeTitle:
        '广西壮族自治区人民政府办公厅关于印发乡村振兴产业发展基础设施公共服务能力提升三年行动计划(2018—2020年)的通知',
      docNumber: '桂政办发〔2018〕46号',
      issuer: '广西壮族自治区人民政府办公厅',
      tier: 'provincial',
    });
    expect(d.docNumberOriginal).toBe('桂政办发〔2018〕46号');
    // Neither its own number nor its own title is a citation.
    expect(d.citations.map((c) => c.docNumber)).toEqual(['桂发〔2018〕7号']);
    expect(codes(d)).not.toContain('EXTRA_TITLE_LINE');
  });

  test.each(['(桂政办发〔2018〕46号)', '（桂政办发〔2018〕46号）'])('%s alone on a line is a number line', (line) => {
    expect(classifyHeadLine(line)).toBe('number');
  });
});

describe("an aggregator's first line: number + 《notice title》", () => {
  // http://jumpstarthappiness.com/policy/74206.html (traditional characters with injected pinyin, as copied)
  test('湘政發(fā)〔2018〕30號《湖南省人民政府關(guān)于印發(fā)〈…〉的通知》 reads as number + title', () => {
    const d = parse([
      '湘政發(fā)〔2018〕30號《湖南省人民政府關(guān)于印發(fā)〈湖南省進(jìn)一步促進(jìn)就業(yè)工作二十條措施〉的通知》',
      '湖南省人民政府',
      '關(guān)于印發(fā)《湖南省進(jìn)一步促進(jìn)就業(yè)工作二十條措施》的通知',
      '湘政發(fā)〔2018〕30號',
      '各市州、縣市區人民政府,省政府各廳委、各直屬機構:',
      '現將《湖南省進(jìn)一步促進(jìn)就業(yè)工作二十條措施》印發(fā)給你們,請認真貫徹落實(shí)。',
      '湖南省人民政府',
      '2018年12月15日',
      '(此件主動(dòng)公開(kāi))',
      '湖南省進(jìn)一步促進(jìn)就業(yè)工作二十條措施',
      '為深入貫徹黨的十九大精神,進(jìn)一步做好當前和今後一個(gè)時(shí)期促進(jìn)就業(yè)工作,制定如下措施。',
      '一、支持企業(yè)穩定就業(yè)',
      '(一)加大援企穩崗力度。按規定返還失業(yè)保險費。',
    ]);
    expect(head(d)).toEqual({
      title: '湖南省进一步促进就业工作二十条措施',
      noticeTitle: '湖南省人民政府关于印发《湖南省进一步促进就业工作二十条措施》的通知',
      docNumber: '湘政发〔2018〕30号',
      issuer: '湖南省人民政府',
      tier: 'provincial',
    });
    expect(d.publicRelease).toBe(true);
    expect(d.citations).toEqual([]);
    expect(codes(d)).not.toContain('EXTRA_TITLE_LINE');
  });
});

describe('a Guangxi notice copied without its title', () => {
  // http://m.cctv1204.com/zhengce/show-24782.html (traditional characters, as copied)
  test('已經自治區人民政府同意 tells the provincial tier; the issuer is the General Office (办公厅)', () => {
    const d = parse([
      '各市、縣人民政府,自治區人民政府各組成部門、各直屬機構:',
      '《防止耕地“非糧化”穩定糧食生產工作方案》已經自治區人民政府同意,現印發給你們,請認真組織實施。',
      '2020年12月29日',
      '(此件公開發布)',
      '防止耕地“非糧化”穩定糧食',
      '生產工作方案',
      '為切實解決耕地“非糧化”問題,穩定我區糧食生產,結合我區實際,特制定本方案。',
      '一、總體要求',
      '以習近平新時代中國特色社會主義思想為指導,穩定全區糧食播種面積。',
      '二、工作措施',
      '(一)明確耕地利用優先序。堅決落實最嚴格的耕地保護制度。',
    ]);
    expect(head(d)).toEqual({
      title: '防止耕地“非粮化”稳定粮食生产工作方案',
      noticeTitle: undefined,
      docNumber: undefined,
      issuer: '自治区人民政府办公厅',
      tier: 'provincial',
    });
    expect(codes(d)).not.toContain('TIER_UNKNOWN');
  });
});

describe('the document itself is no citation, however the text names it', () => {
  const ctx = { gazetteer: getDefaultGazetteer() };
  const cited = (lines: string[], self: Parameters<typeof readCitations>[1]): (string | undefined)[] =>
    readCitations(toSourceLines(lines.join('\n')), self, ctx).citations.map((c) => c.title);

  test('a leading 关于 and the 的 before the last words do not make another document', () => {
    const self = { titles: ['关于促进我市开发区改革和创新发展实施方案'] };
    expect(cited(['各区要按照《关于促进我市开发区改革和创新发展的实施方案》抓好落实。'], self)).toEqual([]);
    expect(cited(['各区要按照《促进我市开发区改革和创新发展实施方案》抓好落实。'], self)).toEqual([]);
    // Other words are another document.
    expect(cited(['各区要按照《关于促进我市开发区创新发展的实施方案》抓好落实。'], self)).toEqual([
      '关于促进我市开发区创新发展的实施方案',
    ]);
  });

  test('the 《title》 an issuing notice issues is the document; what it rests on is cited', () => {
    // The 转发 notice names the transmitted opinions with their drafters' names before the 《》 (jyzd.jnmc.edu.cn).
    const lines = [
      '各市人民政府:',
      '为贯彻落实《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发〔2009〕3号)精神,省人力资源社会保障厅、省教育厅《关于做好2010年普通高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。',
    ];
    const self = { titles: ['省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见'], noticeLines: [2] };
    expect(cited(lines, self)).toEqual(['国务院办公厅关于加强普通高等学校毕业生就业工作的通知']);
    // The same sentence outside the notice's body (an interpretation telling the making) keeps its citation.
    expect(cited(lines, { ...self, noticeLines: [] })).toHaveLength(2);
  });
});

describe('the red-header masthead (XX文件) is no title', () => {
  // https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html (湘政办发〔2009〕24号)
  const HUNAN = [
    '湖南省人民政府办公厅文件',
    '',
    '湘政办发〔2009〕24号',
    '',
    '湖南省人民政府办公厅关于加强普通高等学校',
    '',
    '毕业生就业工作的通知',
    '',
    '各市州、县市区人民政府,省政府各厅委、各直属机构:',
    '',
    '根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神,结合我省实际,经省人民政府同意,现就加强普通高等学校毕业生就业工作有关问题通知如下:',
    '',
    '一、充分认识做好高校毕业生就业工作的重要性。普通高等学校毕业生是富民强省的宝贵人力资源。',
    '二、积极引导高校毕业生到基层就业。继续组织实施“选派大学生到村任职”。',
  ];

  test('the title is the notice under the number; the masthead names the issuer', () => {
    const d = parse(HUNAN);
    expect(head(d)).toEqual({
      title: '湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知',
      noticeTitle: undefined,
      docNumber: '湘政办发〔2009〕24号',
      issuer: '湖南省人民政府办公厅',
      tier: 'provincial',
    });
    expect(codes(d)).not.toContain('EXTRA_TITLE_LINE');
  });

  test('the brackets „‟ of 国办发„2009‟3号 are read as 〔〕', () => {
    const d = parse(HUNAN);
    expect(d.citations.map((c) => [c.title, c.docNumber])).toEqual([
      ['国务院办公厅关于加强普通高等学校毕业生就业工作的通知', '国办发〔2009〕3号'],
    ]);
  });

  test("an aggregator's label before the masthead (第一篇:…文件) is no title, its blurb's 《…文件》 no citation", () => {
    const d = parse([
      '简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助。',
      '第一篇:湖南省人民政府办公厅文件',
      '',
      ...HUNAN,
    ]);
    expect(d.title).toBe('湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知');
    expect(d.citations.map((c) => c.docNumber)).toEqual(['国办发〔2009〕3号']);
  });

  test.each([
    ['湖南省人民政府办公厅文件', 'masthead'],
    ['中共湖南省委 湖南省人民政府文件', 'masthead'],
    ['国务院关于印发打赢蓝天保卫战三年行动计划的通知', 'title'],
    ['关于废止部分规章和规范性文件的决定', 'title'],
  ])('%s → %s', (line, role) => {
    expect(classifyHeadLine(line)).toBe(role);
  });
});

describe('a notice 下达 a year’s plan issues it', () => {
  test('关于下达2025年某某省国民经济和社会发展计划的通知 issues the 计划; 关于下达…资金的通知 issues no document', () => {
    expect(readIssuingNotice('某某省人民政府关于下达2025年某某省国民经济和社会发展计划的通知')).toEqual({
      issuer: '某某省人民政府',
      verb: '下达',
      inner: '2025年某某省国民经济和社会发展计划',
    });
    expect(readIssuingNotice('关于下达2025年第一批中央财政衔接推进乡村振兴补助资金的通知')).toBeUndefined();
  });
});
