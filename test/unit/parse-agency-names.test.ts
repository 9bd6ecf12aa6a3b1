// The organs a text gives a role (issuer, approver, lead, cooperating), named as the graph stores them: found on the
// real pages of govcn/ (truth by reading) and of the blind set policy-blind8/. Each case shows the general form in a
// short text, and the real file where it was met.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareWithTruth } from '../../import/evaluate/index.ts';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import { organOf } from '../../import/parse/statute/read-statute-issuer.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DATA = join(import.meta.dirname, '..', 'data');
const readFile = (path: string): Promise<PolicyDocument> => readPolicyFile(join(DATA, path), { file: path });
const parse = (lines: string[]): PolicyDocument => parsePolicyText(lines.join('\n'), { file: 'page.txt' });
const roles = (d: PolicyDocument, role: string): string[] =>
  d.agencyRoles.filter((r) => r.role === role).map((r) => r.agency.name);
const leads = (d: PolicyDocument): string[][] => d.articles.map((a) => a.leadAgencies.map((r) => r.name));
const cooperating = (d: PolicyDocument): string[][] => d.articles.map((a) => a.cooperatingAgencies.map((r) => r.name));

/** A State Council office's opinions, its tasks' brackets as given. */
const nationalOpinions = (...tasks: string[]): string[] => [
  '国务院办公厅关于推进某项工作的意见',
  '国办发〔2019〕1号',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '经国务院同意，现提出以下意见。',
  '一、重点任务',
  ...tasks.map((t, i) => `（${'一二三四五'[i]}）${t}`),
  '国务院办公厅',
  '2019年1月2日',
];

describe('a national text writes national bodies short, as the State Council does', () => {
  test('each short form is the body in full: the kind in full with its 国家, or the name whose alias adds 国家, 中国, 国务院, 中华全国 or 中共', () => {
    const d = parse(
      nationalOpinions(
        '加大支持。（发展改革委、人民银行、银保监会、外汇局、药监局负责）',
        '做好保障。（国资委、卫生健康委、知识产权局、粮食和储备局、中医药局、供销合作总社、中央宣传部负责）',
      ),
    );
    expect(leads(d).flat().concat(cooperating(d).flat()).sort()).toEqual(
      [
        '国家发展和改革委员会',
        '中国人民银行',
        '中国银行保险监督管理委员会',
        '国家外汇管理局',
        '国家药品监督管理局',
        '国务院国有资产监督管理委员会',
        '国家卫生健康委员会',
        '国家知识产权局',
        '国家粮食和物资储备局',
        '国家中医药管理局',
        '中华全国供销合作总社',
        '中共中央宣传部',
      ].sort(),
    );
  });

  test('in a city text a bare short form stays the city office it is', () => {
    const d = parse([
      '柳州市人民政府办公室关于印发某方案的通知',
      '一、重点任务',
      '（一）做好统计。（市统计局、发展改革委负责）',
      '柳州市人民政府办公室',
      '2022年1月2日',
    ]);
    expect(leads(d).flat()).toEqual(['柳州市统计局', '柳州市发展和改革委员会']);
  });

  test('an office of a body written short is the office of the body in full: 中央军委办公厅 (govcn 19)', async () => {
    const d = await readFile('govcn-text/19.txt');
    expect(roles(d, 'issuer')).toEqual(['国务院办公厅', '中央军事委员会办公厅']);
  });

  test('organs written as one byline are each an issuer, one node each (jx-wanzai-stats-bulletin-2022.html)', async () => {
    const d = await readFile('saved-pages/jx-wanzai-stats-bulletin-2022.html');
    expect([d.issuer, roles(d, 'issuer')]).toEqual([
      '万载县统计局、国家统计局万载调查队',
      ['万载县统计局', '国家统计局万载调查队'],
    ]);
  });

  test('a statute made by 国务院、中央军委 names the commission in full, as every other reader does', () => {
    expect(organOf('国务院、中央军委').map((o) => o.name)).toEqual(['国务院', '中央军事委员会']);
  });

  test('a body renamed later keeps the name of its day: a 2016 decree of 农业部 is 农业部s (cn-nongyebu-order5-2016.txt)', async () => {
    const d = await readFile('policy-blind7/cn-nongyebu-order5-2016.txt');
    expect([d.issuer, ...roles(d, 'issuer')]).toEqual(['农业部', '农业部']);
  });

  test('a place’s 税务局 is 国家税务总局’s office there', () => {
    const d = parse([
      '韶关市人民政府关于某事项的通知',
      '一、降低成本',
      '（一）落实减税。（市税务局、市财政局负责）',
      '韶关市人民政府',
      '2019年9月2日',
    ]);
    expect(leads(d).flat()).toEqual(['国家税务总局韶关市税务局', '韶关市财政局']);
  });
});

describe('every bracket of a task is read, wherever it closes a sentence', () => {
  test('brackets after each sentence of a paragraph, duties 牵头/参与/负责/指导, leave the text (govcn 07)', () => {
    const d = parse(
      nationalOpinions(
        '完善统计。修订统计方法。（生态环境部牵头，国家统计局参与）健全标准。推动利用。（市场监管总局、工业和信息化部负责）推广技术装备。（工业和信息化部指导）',
      ),
    );
    expect([leads(d)[0], cooperating(d)[0]]).toEqual([
      ['生态环境部', '国家市场监督管理总局', '工业和信息化部'],
      ['国家统计局'],
    ]);
    expect(d.articles[0]!.text).toBe('修订统计方法。健全标准。推动利用。推广技术装备。');
  });

  test('等和 joins a collective to the list, 等有关部门和单位 and 会同有关部门 name no body, 按职责分工 is no organ (govcn 09, 37, 39)', () => {
    const d = parse(
      nationalOpinions(
        '扩大消费。（商务部、扶贫办等和各有关省级人民政府负责）',
        '保障生活。（财政部、民政部等有关部门和单位按职责分工负责）',
        '支持职业教育。（教育部会同有关部门负责）',
        '形成合力。（各有关部门和单位，各省级人民政府按职责分工负责）',
      ),
    );
    expect(leads(d)).toEqual([
      ['商务部', '国务院扶贫开发领导小组办公室', '各有关省级人民政府'],
      ['财政部', '民政部'],
      ['教育部'],
      ['各有关部门和单位', '各省级人民政府'],
    ]);
  });

  test('a lead’s label before a duty (〔责任单位:…按职责分工负责。〕) is no part of the first organ (sc-fgw-xiandai-liutong-2022.txt)', () => {
    const d = parse([
      '四川省发展和改革委员会关于印发某方案的通知',
      '一、重点任务',
      '（一）建设市场。〔责任单位:省发展改革委、省市场监管局、商务厅按职责分工负责。具体任务不再做分工,下同。〕',
      '四川省发展和改革委员会',
      '2022年1月2日',
    ]);
    expect(leads(d)[0]).toEqual(['四川省发展和改革委员会', '四川省市场监督管理局', '四川省商务厅']);
  });
});

describe('organs as a class in a list', () => {
  test('a collective joined by 和, 等省直有关部门 and a group’s 成员单位 name no body; a zone and a 卫健局 are organs (sx-jinzhengfa-2008-8-fenjie.txt, hb-xialu-zhongdian-fenjie-2020.txt)', () => {
    const d = parse([
      '某区人民政府办公室关于印发某分解方案的通知',
      '一、重点工作',
      '1.加强审计。(牵头单位:下陆区卫健局;配合单位:下陆区财政局、下陆区审计局等区直有关部门和各街道办事处,区指挥部成员单位,下陆区开发区)',
      '下陆区人民政府办公室',
      '2020年6月28日',
    ]);
    expect([leads(d)[0], cooperating(d)[0]]).toEqual([
      ['下陆区卫生健康局'],
      ['下陆区财政局', '下陆区审计局', '各街道办事处', '下陆区开发区'],
    ]);
  });
});

describe('what a blind set of real pages (policy-blind9) showed after it was scored', () => {
  test('等国务院相关部门及各地区 closes a list: the organs before it are read, the class after it names none (cn-guobanfa-fangguanfu-fengong-2020.txt)', () => {
    const d = parse(
      nationalOpinions(
        '落实减税降费政策。（财政部、国家发展改革委、人民银行、银保监会等国务院相关部门及各地区按职责分工负责）',
        '总结经验做法。（财政部牵头，国务院相关部门及各地区按职责分工负责）',
      ),
    );
    expect(leads(d)).toEqual([
      ['财政部', '国家发展和改革委员会', '中国人民银行', '中国银行保险监督管理委员会', '各地区'],
      ['财政部', '各地区'],
    ]);
  });

  test('按照职责分工负责 is a duty; 人民银行上海总部 is the central bank’s office; 市商务委 and 市经济信息化委 are commissions (sh-jiuye-chuangye-2017.txt)', async () => {
    const d = await readFile('policy-blind9/sh-jiuye-chuangye-2017.txt');
    expect([leads(d)[0], cooperating(d)[0]]).toEqual([
      ['上海市发展和改革委员会'],
      ['上海市财政局', '上海市经济和信息化委员会', '上海市商务委员会', '中国人民银行上海总部', '上海市地方税务局'],
    ]);
  });

  test('a breadcrumb copied without its marks (首页 人才政策一网通查 …) is furniture, no part of the title (sh-jiuye-chuangye-2017.txt)', () => {
    const d = parse([
      '首页 人才政策一网通查 上海有哪些人才政策',
      '市政府关于做好当前和今后一段时期就业创业工作的意见',
      '沪府发〔2017〕76号',
      '上海市人民政府关于做好当前和今后一段时期就业创业工作的意见',
      '各区人民政府,市政府各委、办、局:',
      '一、坚持实施就业优先战略',
      '(一)促进经济增长与扩大就业联动。实施就业优先战略。',
    ]);
    expect(d.issues.filter((i) => i.code === 'WEB_DEBRIS').map((i) => i.line)).toEqual([1]);
    expect(d.title).not.toMatch(/首页/);
  });
});

describe('lines of their own that name the organs of a task', () => {
  test('牵头责任单位: / 协同责任单位: lines after a task lead and cooperate, and leave the text (ah-zhongdian-gongzuo-fenjie-news.txt)', () => {
    const d = parse([
      '安徽省人民政府关于某年重点工作及责任分解的通知',
      '一、确保完成全年主要预期目标',
      '1.全省生产总值增长7%以上。',
      '牵头负责领导:某某。',
      '牵头责任单位:省发展改革委。',
      '协同责任单位:省财政厅、省水利厅等。',
      '安徽省人民政府',
      '2022年1月2日',
    ]);
    expect([leads(d)[0], cooperating(d)[0]]).toEqual([['安徽省发展和改革委员会'], ['安徽省财政厅', '安徽省水利厅']]);
    expect(d.articles[0]!.text).not.toMatch(/责任单位/);
  });

  test('部门分工: with duties names the lead and the collectives that work with it (gd-zhengfu-baogao-fengong-2021.txt)', () => {
    const d = parse([
      '广东省人民政府关于印发某分工方案的通知',
      '一、主要预期目标',
      '1.地区生产总值增长6%以上。',
      '分管省领导:某某',
      '部门分工:省发展改革委牵头,各地、各部门配合。',
      '广东省人民政府',
      '2021年3月21日',
    ]);
    expect([leads(d)[0], cooperating(d)[0]]).toEqual([['广东省发展和改革委员会'], ['各地', '各部门']]);
  });

  test('牵头单位: / 责任单位: lines under numbered tasks (ln-lishan-zhongdian-fengong-2023.txt)', async () => {
    const d = await readFile('policy-blind8/ln-lishan-zhongdian-fengong-2023.txt');
    const named = d.articles.flatMap((a) => a.leadAgencies.map((r) => r.name));
    expect(named).toEqual(expect.arrayContaining(['立山区发展和改革局', '立山区工业和信息化局', '立山经济开发区']));
    expect(d.articles[0]!.items.map((i) => i.text).slice(0, 2)).toEqual([
      '努力实现地区生产总值增长6.2%左右。',
      '规模上工业增加值增长5%左右。',
    ]);
  });
});

describe('who approved: the organ, not its meeting or its leaders', () => {
  test.each([
    [['经国务院同意，现提出以下意见。'], ['国务院']],
    [['经党中央、国务院同意，现提出以下意见。'], ['中共中央', '国务院']],
    [['你局《关于某事的请示》收悉。经与有关部门协商，并报经国务院批准，现函复如下：'], ['国务院']],
    [['经国务院领导同志同意，现将有关事项通知如下：'], []],
  ])('a national text opening %j → %j (govcn 13, 17, 43; cn-guobanhan)', (opening, approvers) => {
    const d = parse([
      '国务院办公厅关于某事项的意见',
      '国办发〔2019〕2号',
      '各省、自治区、直辖市人民政府：',
      ...opening,
      '一、总体要求',
      '（一）指导思想。做好工作。',
      '国务院办公厅',
      '2019年1月2日',
    ]);
    expect(roles(d, 'approver')).toEqual(approvers);
  });

  test.each([
    [
      '《某方案》已经第24次区政府常务会、第39次区委常委会审议通过,现印发给你们。',
      ['大兴区人民政府', '中共大兴区委员会'],
    ],
    ['经区政府常务会议审定同意,现印发给你们。', ['大兴区人民政府']],
    ['经2019年12月16日区政府第61次常务会议审议通过,现印发给你们。', ['大兴区人民政府']],
    ['《某计划》已经区十九届人民代表大会第四次会议审议批准,现印发给你们。', ['大兴区人民代表大会']],
    ['经区领导同意,现印发给你们。', []],
  ])('a district notice: %s → %j', (said, approvers) => {
    const d = parse([
      '大兴区人民政府办公室关于印发某方案的通知',
      '各镇人民政府,区政府各委、办、局:',
      said,
      '大兴区人民政府办公室',
      '2023年3月3日',
    ]);
    expect(roles(d, 'approver')).toEqual(approvers);
  });

  test('the issuing body’s own Party group (厅党组会议审议同意) is named for the body (ah-jiaotong-fazhi-dangzu-2021.txt)', async () => {
    const d = await readFile('policy-blind6/ah-jiaotong-fazhi-dangzu-2021.txt');
    expect(roles(d, 'approver')).toEqual(['中共安徽省交通运输厅党组']);
  });

  test('what was done before a text went up is no organ: 严格评选并报省政府批准 → the province’s government (ln-zhenshigan-biaoyang-tongbao-2021.txt)', async () => {
    const d = await readFile('policy-blind6/ln-zhenshigan-biaoyang-tongbao-2021.txt');
    expect(roles(d, 'approver')).toEqual(['辽宁省人民政府']);
  });

  test('an autonomous prefecture’s 州政府 is its own government (gs-gannan-2013-97-notice.txt)', async () => {
    const d = await readFile('web-pages/gs-gannan-2013-97-notice.txt');
    expect(roles(d, 'approver')).toEqual(['甘南藏族自治州人民政府']);
  });
});

describe('a page’s list of links and its 名称 field', () => {
  test('a portal’s links kept as a list (- 设为首页, - 加入收藏) are furniture, and 名 称: heading the fields is one (hb-xialu-zhongdian-fenjie-2020.txt)', async () => {
    const d = await readFile('policy-blind8/hb-xialu-zhongdian-fenjie-2020.txt');
    expect([d.noticeTitle, d.issuer, d.tier, d.jurisdiction]).toEqual([
      '区人民政府办公室关于印发2020年区政府重点工作责任分解的通知',
      '下陆区人民政府办公室',
      'county',
      '下陆区',
    ]);
  });
});

describe('judging the agencies against a truth', () => {
  const d = parse(nationalOpinions('做好工作。（财政部、商务部负责）'));
  test('a complete list is judged as a set: a name the truth lacks fails it', () => {
    const [verdict] = compareWithTruth(d, {
      file: 'page.txt',
      agencies: ['财政部', '国务院办公厅'],
      agenciesComplete: true,
    });
    expect(verdict).toMatchObject({ ok: false, actual: ['商务部', '国务院', '国务院办公厅', '财政部'] });
  });
  test('a list that is not complete is judged on its names alone', () => {
    const [verdict] = compareWithTruth(d, { file: 'page.txt', agencies: ['财政部', '国务院办公厅'] });
    expect(verdict).toMatchObject({ ok: true, actual: ['国务院办公厅', '财政部'] });
  });
});
