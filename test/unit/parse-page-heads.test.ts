// The head of a real page (title, number, issuer, place, kind, dates) as the sets read blind showed it: a browser's
// headline with the site's name, a site's short headline over the document's own, a Word file flattened into one line,
// a notice kept without its title, an autonomous prefecture written short, a slip in a place's name. Each case shows
// the general form in a short text; the real file where it was met is named beside it.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import { readKind } from '../../import/parse/read-kind.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DATA = join(import.meta.dirname, '..', 'data');
// LAWREFBOOK_DIR names another copy (a checkout with no ../shared beside it), as in parse-lawrefbook.test.ts.
const LAWREFBOOK = process.env.LAWREFBOOK_DIR ?? join(findSharedCorpora(), 'lawrefbook');
const readFile = (path: string): Promise<PolicyDocument> => readPolicyFile(join(DATA, path), { file: path });
const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const issuers = (d: PolicyDocument): string[] =>
  d.agencyRoles.filter((r) => r.role === 'issuer').map((r) => r.agency.name);
const head = (d: PolicyDocument) => ({
  title: d.title,
  kind: d.kind,
  issuers: issuers(d),
  tier: d.tier,
  jurisdiction: d.jurisdiction,
});

describe("a page's furniture around the title", () => {
  test("a browser's headline ends with the site's name after a dash: the title is what precedes it", () => {
    const d = parse([
      '江北省人民政府关于加强某项工作的意见-江北省人民政府门户网站',
      '',
      '江北省人民政府门户网站 www.jiangbei.gov.cn 发布时间: 2019-02-20 11:02 【字体:',
      '湘政发〔2019〕1号',
      '各市州人民政府，省政府各厅委、各直属机构：',
      '一、总体要求',
    ]);
    expect([d.title, d.kind, d.publishedOn]).toEqual([
      '江北省人民政府关于加强某项工作的意见',
      'opinions',
      '2019-02-20',
    ]);
  });

  test('a title whose own words end in a dash and a name it holds keeps them (规划(2021-2025年))', () => {
    const d = parse(['湖南省某某发展规划(2021-2025年)', '一、发展基础']);
    expect(d.title).toBe('湖南省某某发展规划(2021-2025年)');
  });

  test("a site's short headline (市政府关于X) yields to the document's own title naming its issuer (sh-jiuye-chuangye)", async () => {
    const d = parse([
      '市政府关于做好就业创业工作的意见',
      '政策原文',
      '',
      '沪府发〔2017〕76号',
      '',
      '上海市人民政府关于做好就业创业工作的意见',
      '各区人民政府，市政府各委、办、局：',
      '一、坚持实施就业优先战略',
    ]);
    expect(d.title).toBe('上海市人民政府关于做好就业创业工作的意见');
    expect((await readFile('policy-blind9/sh-jiuye-chuangye-2017.txt')).title).toBe(
      '上海市人民政府关于做好当前和今后一段时期就业创业工作的意见',
    );
  });

  test('but not to a page field run into the same words (内容概况市政府关于…, js-yixing)', async () => {
    const d = await readFile('policy-heldout/js-yixing-jianyiyongwei-decision-2023.txt');
    expect(head(d)).toEqual({
      title: '市政府关于授予肖颖等同志见义勇为称号和表彰见义勇为工作先进单位先进工作者的决定',
      kind: 'decision',
      issuers: ['宜兴市人民政府'],
      tier: 'county',
      jurisdiction: '宜兴市',
    });
  });

  test('a notice to the public addresses it (广大市民:): an addressee, no title', () => {
    const d = parse(['某府通告〔2021〕1号', '广大市民:', '为加强管理，现通告如下:', '一、禁止燃放烟花爆竹。']);
    expect([d.title, d.kind]).toEqual(['', 'notice']);
  });
});

describe('a copy that lost the title line', () => {
  test("the one document the notice's body issues is the document (sd-heze: 现将《X》(以下简称《方案》)印发给你们)", async () => {
    const d = parse([
      '某政办字〔2023〕1号',
      '各县区人民政府，市政府各部门：',
      '经市政府同意，现将 《菏泽市某某分工落实方案》(以下简称 《方案》)印发给你们，请认真贯彻实施。',
      '一、高度重视。',
    ]);
    expect([d.title, d.kind]).toEqual(['菏泽市某某分工落实方案', 'plan']);
    expect((await readFile('policy-blind8/sd-heze-xinjiu-dongneng-fengong-2023.txt')).title).toBe(
      '菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案',
    );
  });

  test.each([
    [
      'a text forwarded is the forwarding notice, its title lost',
      '现将《省政府办公厅关于某某的通知》转发给你们，请认真贯彻执行。',
    ],
    ['several texts issued name no one document', '现将《甲方案》《乙方案》印发给你们，请认真贯彻执行。'],
  ])('%s', (_why, body) => {
    const d = parse(['各县区人民政府，市政府各部门：', body, '一、高度重视。']);
    expect(d.title).toBe('');
  });
});

describe('a Word or PDF text flattened into one line, its print lines parted by spaces inside words', () => {
  const flattened = [
    '17.某某政策清单.docx',
    '内蒙古自治区 2023 年坚持稳中快进稳中优 进推动产业高质量发展政策清单 内政发〔2023〕3 号 为全面贯彻党的二十大精神,落实 好自治区党委全会部署要 求,推动经济实现质的有效 提升和量的合理增长,提出如 下政策清单。 一、推进农牧业优质高效转型 (一)增强粮食综合生产能力 1.实施优质高效增粮示范行动,安排 110 亿元农业生产 发展等资金,稳定粮食播种面积和产量。(责任单位:自治 区农牧厅、财政厅) 2.实施耕地保护与建设行动,对 395 万亩高标准农田建 设项目给予支持。(责任单位: 自治区农牧厅、发展改革委、财政厅) (二)实施种业振兴行动 3.支持种业企业做大做强,对育繁推一体化企业给 予奖补。(责任单位:自治区农牧厅)',
  ];

  test('is read as its lines: title, number, headings and items, the spaces inside words taken out', () => {
    const d = parse(flattened);
    expect([d.title, d.docNumber, d.kind, d.jurisdiction]).toEqual([
      '内蒙古自治区2023年坚持稳中快进稳中优进推动产业高质量发展政策清单',
      '内政发〔2023〕3号',
      'measures',
      '内蒙古自治区',
    ]);
    expect(d.parts.map((p) => [p.heading, p.articles.map((a) => a.heading)])).toEqual([
      ['推进农牧业优质高效转型', ['增强粮食综合生产能力', '实施种业振兴行动']],
    ]);
    expect(d.parts[0]!.articles[0]!.text).toContain('安排110亿元农业生产发展等资金');
    // 自治 区农牧厅, broken where the print line ended, is one organ again.
    const article = d.parts[0]!.articles[0]!;
    expect([...article.leadAgencies, ...article.cooperatingAgencies].map((a) => a.name).sort()).toEqual(
      ['内蒙古自治区农牧厅', '内蒙古自治区发展和改革委员会', '内蒙古自治区财政厅'].sort(),
    );
  });

  test("a red-head document's number, title and addressees on the line are read (xj-region-plan)", async () => {
    const d = await readFile('plan-pages-heldout2/xj-region-plan-2021-notice.txt');
    expect([d.noticeTitle, d.docNumber, issuers(d), d.issuedOn, d.kind]).toEqual([
      '关于印发2021年自治区国民经济和社会发展计划及主要指标的通知',
      '新政发〔2021〕19号',
      ['新疆维吾尔自治区人民政府'],
      '2021-02-28',
      'plan',
    ]);
  });

  test('a long paragraph spaced only between sentences is no flattened page', () => {
    const sentence = '各地要加强组织领导，明确责任分工，确保各项任务落到实处。';
    const d = parse(['某市关于加强某项工作的通知', '一、总体要求', Array(12).fill(sentence).join(' ')]);
    // Its sentences stay apart, as paragraphs or parted by their space: none is run into the next.
    expect(d.articles[0]?.text ?? d.parts[0]?.articles[0]?.text).not.toContain('实处。各地');
  });
});

describe('the issued text and its organs', () => {
  test.each([
    [
      '山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知',
      '关于做好2010年普通高校毕业生就业工作的意见',
    ],
    [
      '某市人民政府办公厅关于转发市发展改革委市综合行政执法局贵阳市生活垃圾分类制度实施方案的通知',
      '贵阳市生活垃圾分类制度实施方案',
    ],
    // One organ before 关于 heads the forwarded text's title.
    ['某省人民政府办公厅转发国家发展改革委关于加强某项工作的意见的通知', '国家发展改革委关于加强某项工作的意见'],
  ])('a notice forwarding %s issues %s', (notice, title) => {
    expect(parse([notice, '各市人民政府：', '一、总体要求']).title).toBe(title);
  });

  test('a text issued again as revised, with what belongs to it, is the text its heading names (cn-shuili)', () => {
    const d = parse([
      '水利部关于修订印发水利工程管理考核办法及其考核标准的通知',
      '水运管〔2019〕53号',
      '各流域机构：',
      '现将修订后的《办法》印发你们，请认真贯彻执行。',
      '水利工程管理考核办法',
      '第一条 为加强水利工程管理，制定本办法。',
    ]);
    expect([d.title, d.noticeTitle, d.kind]).toEqual([
      '水利工程管理考核办法',
      '水利部关于修订印发水利工程管理考核办法及其考核标准的通知',
      'measures',
    ]);
  });

  test.each([
    ['内蒙古自治区2023年推动产业高质量发展政策清单', 'measures'],
    ['2016年《政府工作报告》量化指标任务分工', 'plan'],
    ['2022年区政府工作报告目标任务', 'plan'],
    ['阿拉善盟行政公署办公室公文处理实施细则及文种式样', 'measures'],
    ['2021年自治区国民经济和社会发展计划及主要指标', 'plan'],
    ['产业园区及配套设施', 'other'],
  ])('%s is of kind %s', (title, kind) => {
    expect(readKind(title)).toBe(kind);
  });
});

describe('places as real texts write them', () => {
  test.each([
    ['湘西自治州人民政府', '湘西土家族苗族自治州人民政府', '湘西土家族苗族自治州'],
    ['湘西州人民政府', '湘西土家族苗族自治州人民政府', '湘西土家族苗族自治州'],
    ['长阳县人民政府', '长阳土家族自治县人民政府', '长阳土家族自治县'],
  ])('an autonomous place without its peoples: %s is %s', (signature, issuer, place) => {
    const d = parse(['关于做好某项工作的通知', '各有关单位：', '一、总体要求', signature, '2020年2月22日']);
    expect([issuers(d), d.jurisdiction]).toEqual([[issuer], place]);
  });

  test("a province's short name run into a city's level is no place (贵州市, a slip on a 筑府办发 notice)", async () => {
    const d = await readFile('policy-blind6/gz-guiyang-laji-fenlei-zhuanfa-2018.txt');
    expect(head(d)).toEqual({
      title: '贵阳市生活垃圾分类制度实施方案',
      kind: 'plan',
      issuers: ['贵阳市人民政府办公厅'],
      tier: 'municipal',
      jurisdiction: '贵阳市',
    });
  });

  test('a level word opening another word after a short name leaves the place (湖南市场监督管理局 is 湖南省的)', () => {
    const d = parse(['湖南市场监督管理局关于加强某项工作的通知', '各市州市场监督管理局：', '一、总体要求']);
    expect(d.jurisdiction).toBe('湖南省');
  });
});

describe('what blind set 10 showed (read after scoring)', () => {
  test('a notice making a list public (关于公布第五批…名录的通知) is the document; one making a text public issues it', () => {
    const list = parse([
      '延安市人民政府关于公布第五批非物质文化遗产代表性项目名录的通知',
      '各县(市、区)人民政府：',
      '一、名录',
    ]);
    const text = parse(['某市人民政府关于发布《某市物业管理办法》的通知', '各县(市、区)人民政府：', '一、总则']);
    expect([list.title, list.kind, text.title, text.kind]).toEqual([
      '延安市人民政府关于公布第五批非物质文化遗产代表性项目名录的通知',
      'notice',
      '某市物业管理办法',
      'measures',
    ]);
  });

  test("a portal's 标题 without its colon, cut short with an ellipsis, is a field; the document's own title stands (nm-ordos)", async () => {
    const d = await readFile('policy-blind10/nm-ordos-feiyi-minglu-2017.txt');
    expect([d.title, d.kind, d.provenance.indexNumber]).toEqual([
      '鄂尔多斯市人民政府关于公布第五批市级非物质文化遗产代表性项目名录以及市级非物质文化遗产代表性项目名录扩展项目和第三批市级民间文化艺术之乡的通知',
      'notice',
      '000014349/2017-02536',
    ]);
  });

  test("a portal's 发文机关 naming the office of the organ the title names is the unit that posted it (nm-ordos)", async () => {
    const d = await readFile('policy-blind10/nm-ordos-feiyi-minglu-2017.txt');
    expect(issuers(d)).toEqual(['鄂尔多斯市人民政府']);
  });

  test("'?' a copy saved for spaces after a signature and after an article's number is no text (gs-zhengfu)", async () => {
    const d = await readFile('policy-blind10/gs-zhengfu-gongzuo-guize-2023-pinyin.txt');
    expect(head(d)).toEqual({
      title: '甘肃省人民政府工作规则',
      kind: 'regulation',
      issuers: ['甘肃省人民政府'],
      tier: 'provincial',
      jurisdiction: '甘肃省',
    });
    expect(d.issuedOn).toBe('2023-01-19');
    expect(d.parts[0]?.heading).toBe('总 则');
  });

  test("a news app's headline (发改委发布X) yields to the organ's notice under it; its name and stamp date the copy", async () => {
    const d = await readFile('policy-blind10/cn-fagai-zhongbu-jueqi-guihua-2016-news.txt');
    expect([d.title, d.noticeTitle, issuers(d), d.publishedOn]).toEqual([
      '促进中部地区崛起“十三五”规划',
      '国家发展改革委关于印发促进中部地区崛起“十三五”规划的通知',
      ['国家发展和改革委员会'],
      '2016-12-26',
    ]);
  });

  test('a headline naming the place alone (甘谷县关于…) yields to the title naming the organs; each signs (gs-gangu)', () => {
    const d = parse([
      '甘谷县关于严禁燃放烟花爆竹的通告',
      '2024-06-20 22:57:16',
      '甘谷县森林草原防灭火指挥部办公室 甘谷县林业和草原局',
      '关于严禁燃放烟花爆竹的',
      '通 告',
      '为切实保障安全，现通告如下：',
      '一、严禁燃放时间：自即日起。',
      '特此通告',
      '甘谷县森林草原防灭火指挥部办公室',
      '甘谷县林业和草原局',
      '2024年2月8日',
    ]);
    expect([d.title, issuers(d)]).toEqual([
      '甘谷县森林草原防灭火指挥部办公室 甘谷县林业和草原局关于严禁燃放烟花爆竹的通告',
      ['甘谷县森林草原防灭火指挥部办公室', '甘谷县林业和草原局'],
    ]);
  });

  test("a site's tag of the place (北京:) is no word of the title; the head note's 发布 dates the publication", () => {
    const d = parse([
      '北京:关于印发《北京市乡村振兴责任制实施细则》的通知',
      '(2023年6月21日中共北京市委常委会会议审议批准 2023年7月20日中共北京市委办公厅、北京市人民政府办公厅发布)',
      '各区委、区政府：',
      '经市委、市政府同意，现将《北京市乡村振兴责任制实施细则》印发给你们，请认真遵照执行。',
      '中共北京市委办公厅',
      '北京市人民政府办公厅',
      '2023年7月20日',
      '北京市乡村振兴责任制实施细则',
      '第一章 总则',
      '第一条 为了全面落实乡村振兴责任制，制定本细则。',
    ]);
    expect([d.noticeTitle, d.title, d.publishedOn]).toEqual([
      '关于印发《北京市乡村振兴责任制实施细则》的通知',
      '北京市乡村振兴责任制实施细则',
      '2023-07-20',
    ]);
  });
});

describe("a number tells whose it is when nothing signs (blind9's 内政发, policy-heldout's 汕府办)", () => {
  const unsigned = (number: string): PolicyDocument =>
    parse([
      number,
      '各区县人民政府，市政府各部门：',
      '为加快汕头市经济发展，结合汕头市实际，提出如下意见。',
      '一、总体要求',
      '加快发展。',
    ]);

  test.each([
    ['汕府〔2015〕29号', '汕头市人民政府'],
    ['汕府办〔2015〕29号', '汕头市人民政府办公室'],
    ['汕府办函〔2015〕29号', '汕头市人民政府办公室'],
  ])("%s, in a text of the place its code begins, is %s's", (number, issuer) => {
    expect(issuers(unsigned(number))).toEqual([issuer]);
  });

  test.each([['汕民政发〔2015〕29号'], ['汕财政〔2015〕29号'], ['潮府办〔2015〕29号']])(
    "%s is another organ's or another place's: no issuer is guessed",
    (number) => {
      expect(issuers(unsigned(number))).toEqual([]);
    },
  );

  test('a region flattened into one line (内政发〔2023〕3号) is its government', async () => {
    expect(issuers(await readFile('policy-blind9/nm-chanye-zhengce-qingdan-2023.txt'))).toEqual([
      '内蒙古自治区人民政府',
    ]);
  });
});

describe('joint issuers and notices run together (blind6, plans-heldout2, read after scoring)', () => {
  test("the issued text's heading naming its makers is its title, their names parted as typeset (hl-hegang)", async () => {
    const d = await readFile('policy-blind6/hl-hegang-fuyuan-liandong-joint-2025.txt');
    expect([d.title, d.noticeTitle]).toEqual([
      '鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见',
      '鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知',
    ]);
  });

  test('the organs heading the title a news lead names are its issuers (jx-province-no1)', () => {
    const d = parse([
      '近日,2025年江西省委一号文件《中共江西省委 江西省人民政府关于进一步深化农村改革的实施意见》正式发布,其中提到要加强乡村生态环境治理。',
      '推进重点水域禁捕退捕。',
    ]);
    expect(issuers(d)).toEqual(['中共江西省委员会', '江西省人民政府']);
  });

  test('a notice run into one line with no space is cut at its number, addressees, signature, date and headings (gd-zhishichanquan)', () => {
    const d = parse([
      '广东省人民政府门户网站',
      '广东省人民政府办公厅关于印发《广东省某某改革方案》的通知粤府办〔2024〕9号各地级以上市人民政府,省政府各部门、各直属机构:《广东省某某改革方案》已经省委、省政府同意,现印发给你们,请结合实际认真贯彻落实。执行过程中遇到的问题,请径向省财政厅反映。广东省人民政府办公厅2024年8月19日广东省某某改革方案为贯彻落实国务院有关部署,科学合理划分省级与市县财政事权和支出责任,加快推进知识产权强省战略实施,结合我省实际,制定本方案。一、知识产权宏观管理将制定实施全省性知识产权战略、规划、政策,确认为省级财政事权,由省级承担支出责任。二、知识产权授权确权将专利、商标的受理审查确认为省级财政事权。三、知识产权运用将促进知识产权转化运用确认为省与市县共同财政事权。',
    ]);
    expect([d.title, d.docNumber, issuers(d), d.issuedOn, d.articles.length]).toEqual([
      '广东省某某改革方案',
      '粤府办〔2024〕9号',
      ['广东省人民政府办公厅'],
      '2024-08-19',
      3,
    ]);
  });
});

describe('what the review found (texts in test/data/review-hostile/heads/)', () => {
  const hostile = (name: string): Promise<PolicyDocument> => readFile(`review-hostile/heads/${name}`);

  test.each([
    ['01-fabu-guide.txt', '浙江省城镇老旧小区改造技术导则'],
    ['02-fabu-standard.txt', '食品生产许可审查通则'],
  ])('a notice publishing a text in 《》 (%s) issues it, whatever its genre', async (name, title) => {
    expect((await hostile(name)).title).toBe(title);
  });

  test('one organ before a forwarded title that names 全省 heads it', async () => {
    expect((await hostile('11-forward-prov.txt')).title).toBe('省发展改革委关于加快全省物流业高质量发展实施意见');
  });

  test.each([
    ['14-henan-county-b.txt', '河南省'],
    ['20-hubei-xiancheng.txt', '湖北省'],
    ['21-sichuan-shizhou.txt', '四川省'],
    ['22-guangdong-shixian.txt', '广东省'],
  ])('a short name before a level word that is no place (%s) is the province %s', async (name, place) => {
    const d = await hostile(name);
    expect([d.tier, d.jurisdiction]).toEqual(['provincial', place]);
  });

  test("an organ's own office signing under it is that organ, once", async () => {
    expect(issuers(await hostile('31-block-seal-dept.txt'))).toEqual(['岳阳市农业农村局']);
  });

  test("a place's tag before the title is still a clue to its place", async () => {
    expect((await hostile('36-place-tag-real.txt')).jurisdiction).toBe('长沙市');
  });

  test("an untitled notice handing on another organ's notice takes no title from it", async () => {
    const d = await hostile('39-issued-other-organ.txt');
    expect([d.title, issuers(d)]).toEqual(['', ['平江县人民政府办公室']]);
  });

  test('a question asked twice (居住证??) keeps its marks', async () => {
    const d = await hostile('40-qmarks-faq.txt');
    const texts = d.articles.map((a) => `${a.heading ?? ''}${a.text}`).join('\n');
    expect(texts).toContain('??');
  });

  test.each([['50-flat-names.txt'], ['90-normal-spaced-list.txt']])(
    'a paragraph of words parted by spaces (%s) keeps its spaces: it is no flattened Word text',
    async (name) => {
      const d = await hostile(name);
      const texts = [d.preamble ?? '', ...[...d.articles, ...d.parts.flatMap((p) => p.articles)].map((a) => a.text)];
      expect(texts.join('\n')).toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
    },
  );

  test('a body sentence naming an organ and a date is no signature of a notice run together', async () => {
    expect((await hostile('53-runtogether-organ-date.txt')).issuedOn).toBe('2023-04-01');
  });

  test.each([['68-kind-jiwancheng.txt'], ['69-kind-shiyi.txt'], ['70-kind-guihua-pinggu.txt']])(
    'a report on a text or its explanation (%s) is no annex: the kind is not the text’s',
    async (name) => {
      expect((await hostile(name)).kind).toBe('other');
    },
  );
});

describe('what blind set 13 showed (read after scoring)', () => {
  test('a page run together with spaces, the number right after the title, is cut at each space (zj-changsanjiao)', async () => {
    const d = await readFile('policy-blind13/zj-changsanjiao-shishi-yijian-2009.txt');
    expect([d.title, d.docNumber, issuers(d), d.parts.length]).toEqual([
      '浙江省人民政府贯彻国务院关于进一步推进长江三角洲地区改革开放和经济社会发展指导意见的实施意见',
      '浙政发〔2009〕69号',
      ['浙江省人民政府'],
      1,
    ]);
  });

  test("a site's counter run into its headline (…的通知0) is no word of the title (js-xuzhou)", async () => {
    const d = await readFile('policy-blind13/js-xuzhou-shenghuo-bixupin-yuan-2019.txt');
    expect([d.title, d.kind]).toEqual(['徐州市生活必需品市场供应应急预案', 'plan']);
  });

  test("a gazette's imprint (主管主办 / 四川省人民政府办公厅, 印刷 …) is no title and no issuer (sc-shengtaixian)", async () => {
    const d = await readFile('policy-blind13/sc-shengtaixian-mingming-jueding-2022.txt');
    expect(head(d)).toEqual({
      title: '四川省人民政府关于命名首批省级生态县的决定',
      kind: 'decision',
      issuers: ['四川省人民政府'],
      tier: 'provincial',
      jurisdiction: '四川省',
    });
  });
});

describe('what blind set 12 showed (read after scoring)', () => {
  test("a copy's stamp ending every line (…wYm河北省人民政府研究室) is taken off; the 解读 under it is one (he-zhengfu)", async () => {
    const d = await readFile('policy-blind12/he-zhengfu-baogao-jiedu-2019.txt');
    expect([d.kind, d.jurisdiction, d.issues.some((i) => i.code === 'WATERMARK_REMOVED')]).toEqual([
      'interpretation',
      '河北省',
      true,
    ]);
    expect(d.title).not.toContain('wYm');
  });

  test("a duty's bracket after every task is no stamp: it follows full stops only", () => {
    const d = parse([
      '关于做好某项工作的意见',
      '一、加强领导。(市发展改革委负责)',
      '二、加大投入。(市发展改革委负责)',
      '三、强化保障。(市发展改革委负责)',
    ]);
    expect(d.issues.some((i) => i.code === 'WATERMARK_REMOVED')).toBe(false);
    expect(d.articles[0]!.leadAgencies.map((a) => a.name)).toEqual(['市发展和改革委员会']);
  });

  test('one of a series of interpretations (…解读之一) is an interpretation', () => {
    expect(readKind('加强投资项目可行性研究——《投资项目可行性研究报告编写大纲及说明》解读之一')).toBe('interpretation');
  });
});

describe('dates a copy damaged (blind13, read after scoring)', () => {
  test("a signature's date that lost its 日 (2018年3月13) dates the text; a field in brackets (【编辑日期:…】) dates the page", () => {
    const d = parse([
      '九寨沟县人民政府办公室关于印发《九寨沟县突发性地质灾害应急预案》的通知',
      '【编辑日期:2018-03-13】 【来源:】 【关闭】',
      '各乡(镇)人民政府,县级各部门:',
      '《九寨沟县突发性地质灾害应急预案》已经县人民政府同意,现印发你们,请认真贯彻执行。',
      '                  九寨沟县人民政府办公室',
      '                  2018年3月13',
      '九寨沟县突发性地质灾害应急预案',
      '第一章 总则',
    ]);
    expect([d.issuedOn, d.publishedOn]).toEqual(['2018-03-13', '2018-03-13']);
  });

  test("a statute's head note broken before its 日 (2014年9月26 / 日山东省…批准) is one step, not a date alone", async () => {
    const file = '山东地方法规/地方性法规/山东/济南市农村公路条例(2014-09-26).md';
    const d = await readPolicyFile(join(LAWREFBOOK, 'DLC', file), { file });
    expect(d.events.find((e) => e.kind === 'approval')?.start).toBe('2014-09-26');
    expect(d.agencyRoles.map((r) => r.agency.name)).toContain('山东省人民代表大会常务委员会');
  });
});

describe('what blind set 14 showed (read after scoring)', () => {
  test("a news headline no genre ends, and a column's stamp, yield to the organ's notice set over two lines (he-tangshan)", () => {
    const d = parse([
      '2月1日8时唐山解除重污染天气Ⅱ级应急响应',
      '社会热点2024-07-10 12:33:56未知',
      '2月1日8时唐山解除重污染天气Ⅱ级应急响应',
      '  唐山市重污染天气应对指挥部',
      '  关于解除重污染天气Ⅱ级应急响应的通知',
      '  各县(市、区)人民政府,市直有关单位:',
      '  经预测,近期扩散条件逐步改善,自2024年2月1日8时起全市解除重污染天气Ⅱ级应急响应。',
    ]);
    expect([d.title, d.kind, d.publishedOn]).toEqual([
      '唐山市重污染天气应对指挥部关于解除重污染天气Ⅱ级应急响应的通知',
      'notice',
      '2024-07-10',
    ]);
  });

  test('a number after the headline and a space (…的通告 桂政通〔2017〕6号) is the number; the title naming the organ stands (hn-guidong)', async () => {
    const d = await readFile('policy-blind14/hn-guidong-jiegan-jinshao-tonggao-2017.txt');
    expect([d.title, d.docNumber, d.kind, issuers(d)]).toEqual([
      '桂东县人民政府关于禁止露天焚烧秸秆的通告',
      '桂政通〔2017〕6号',
      'notice',
      ['桂东县人民政府'],
    ]);
  });

  test('an untitled text calling itself 本决定 is a decision; one answering a request (请示收悉) is an approval', () => {
    const decision = parse([
      '各地级以上市人民政府,省政府各部门:',
      '经省人民政府同意,宣布下列文件失效。本决定自公布之日起施行。',
      '一、失效文件',
    ]);
    const approval = parse([
      '弋府字〔2015〕23号',
      '清湖乡人民政府:',
      '你乡《关于要求审批清湖乡总体规划的请示》收悉。经研究,现批复如下:',
      '一、同意该规划。',
    ]);
    expect([decision.kind, approval.kind, approval.title]).toEqual(['decision', 'approval', '']);
  });

  test("a page-flip viewer's label (Page 24 - 2021年第3期) is no title", () => {
    const d = parse([
      'Page 24 - 2021年第3期',
      'P. 24',
      '大同市人民政府办公室关于印发某某行动计划的通知',
      '各县(区)人民政府:',
      '一、总体要求',
    ]);
    expect(d.noticeTitle).toBe('大同市人民政府办公室关于印发某某行动计划的通知');
  });
});

describe('what blind set 15 showed (read after scoring)', () => {
  test('joint issuers each on its line over the 关于 line are the notice title’s head, parted by a space (sn-yangling)', () => {
    const d = parse([
      '中共杨陵区委',
      '杨陵区人民政府',
      '关于印发《杨陵区和美乡村建设行动方案(2023-2027年)》的通知',
      '各镇党委、街道党工委,镇人民政府、街道办事处:',
      '《杨陵区和美乡村建设行动方案(2023-2027年)》已经区委常委会审议通过,现予以印发,请认真抓好贯彻落实。',
      '一、总体要求',
    ]);
    expect([d.noticeTitle, issuers(d)]).toEqual([
      '中共杨陵区委 杨陵区人民政府关于印发《杨陵区和美乡村建设行动方案(2023-2027年)》的通知',
      ['中共杨陵区委员会', '杨陵区人民政府'],
    ]);
  });

  test('a government written short carrying out another’s text (市政府贯彻国务院关于…) is the issuer (sh-zhengfu)', async () => {
    expect(issuers(await readFile('policy-blind15/sh-zhengfu-liangge-zhongxin-yijian-2009.txt'))).toEqual([
      '上海市人民政府',
    ]);
  });
});

describe('what the second review found (review-hostile/heads/r2-*)', () => {
  const hostile = (name: string): Promise<PolicyDocument> => readFile(`review-hostile/heads/${name}`);

  test("a duty column's organ ending most lines is no copy's stamp: the signature keeps it", async () => {
    const d = await hostile('r2-w17.txt');
    expect(d.issues.some((i) => i.code === 'WATERMARK_REMOVED')).toBe(false);
    expect(issuers(d)).toEqual(['XX市财政局']);
  });

  test('a body sentence citing a number after a 《title》 is no head run together', async () => {
    const d = await hostile('r2-w8.txt');
    expect([d.docNumber, d.tier]).toEqual([undefined, undefined]);
  });

  test("a list of days that lost their 日 does not outrank the signature's whole date", async () => {
    expect((await hostile('r2-d2.txt')).issuedOn).toBe('2018-03-01');
  });

  test("a rule's own time (第一档 2023-07-01 00:00:00起执行) is no page stamp", async () => {
    expect((await hostile('r2-f4.txt')).publishedOn).toBe(undefined);
  });

  test.each([
    ['r2-k1.txt', 'letter'],
    ['r2-k2.txt', 'notice'],
  ])('%s is a %s', async (name, kind) => {
    expect((await hostile(name)).kind).toBe(kind);
  });

  test.each([['r2-a2.txt'], ['r2-a3.txt']])('the public addressed by its people (%s) is an addressee', async (name) => {
    expect((await hostile(name)).issues.filter((i) => i.code === 'EXTRA_TITLE_LINE').map((i) => i.message)).toEqual([]);
  });

  test('two offices, one a line, over the 关于 line head the title and both issue it', async () => {
    const d = await hostile('r2-w11-joint-offices.txt');
    expect([d.title, issuers(d)]).toEqual([
      '中共平江县委办公室 平江县人民政府办公室关于成立平江县乡村振兴工作领导小组的通知',
      ['中共平江县委办公室', '平江县人民政府办公室'],
    ]);
  });
});
