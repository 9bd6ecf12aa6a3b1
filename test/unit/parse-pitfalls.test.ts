// Table tests for the pitfalls of docs/domain.md §2–§6: number variants, dates, Chinese numerals, headings, kinds,
// agency lists, citations, money, goals.
import { describe, expect, test } from 'vitest';
import { getDefaultGazetteer, normalizeDocNumber, parseDate, parsePolicyText, readKind } from '../../import/index.ts';
import { findDateRanges } from '../../import/parse/parse-date.ts';
import { normalizeLine } from '../../text/index.ts';
import { parseAgencyList } from '../../import/parse/read-agencies.ts';
import { readGoals } from '../../import/parse/read-goals.ts';
import { readMoney } from '../../import/parse/read-money.ts';
import { splitHeading } from '../../import/parse/split-heading.ts';
import { readWebPage } from '../support/web-pages.ts';

const gazetteer = getDefaultGazetteer();
const place = (name: string) => ({ gazetteer, jurisdiction: gazetteer.jurisdictionByName.get(name)! });

describe('document numbers (§2): every variant normalises to 〔〕 and simplified characters', () => {
  test.each([
    ['国发〔2020〕7号', '国发〔2020〕7号'],
    ['桂政办发[2021]81号', '桂政办发〔2021〕81号'],
    ['柳政规(2021)18号', '柳政规〔2021〕18号'],
    ['柳政规（2021）18号', '柳政规〔2021〕18号'],
    ['桂政函【2020】43号', '桂政函〔2020〕43号'],
    ['柳政规〔2021)18号', '柳政规〔2021〕18号'],
    ['国发〔2020〕7 号', '国发〔2020〕7号'],
    ['桂政辦發【2021】 81 號', '桂政办发〔2021〕81号'],
    ['國發［2020］7號', '国发〔2020〕7号'],
    ['甘区政办发201756号', '甘区政办发〔2017〕56号'],
    ['根据国发〔2020〕7号文件', '国发〔2020〕7号'],
    // Brackets a copy lost its font for (xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html).
    ['国办发„2009‟3号', '国办发〔2009〕3号'],
    // A closing bracket lost: the year is the first four digits (常德市发改委's 四项制度实施方案,
    // https://fgw.changde.gov.cn/xxgk/zfxxgk/fgwj/bmwj/702738: (国办发〔2018118号)、(湘政办发〔201923号)).
    ['国办发〔2018118号', '国办发〔2018〕118号'],
    ['湘政办发〔201923号', '湘政办发〔2019〕23号'],
    ['常政办发(201911号', '常政办发〔2019〕11号'],
    ['国办发2018〕118号', '国办发〔2018〕118号'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDocNumber(input)).toBe(expected);
  });

  test.each(['2021年8月4日', '关于印发的通知', '第十三届全国人民代表大会'])('%s holds no number', (input) => {
    expect(normalizeDocNumber(input)).toBeUndefined();
  });
});

describe('dates (§2 and the damaged forms of the corpus)', () => {
  test.each([
    ['2021年8月4日', '2021-08-04'],
    ['2021年08月04日', '2021-08-04'],
    ['2021 年 8 月 4 日', '2021-08-04'],
    ['二〇二一年八月四日', '2021-08-04'],
    ['二O二一年八月四日', '2021-08-04'],
    ['二О二一年八月四日', '2021-08-04'],
    ['二○二一年八月四日', '2021-08-04'],
    ['二〇二〇年七月十三日', '2020-07-13'],
    // A year in Chinese numerals, its month and day in Arabic digits (兖州市 2011: 二O一一年5月16日).
    ['二O一一年5月16日', '2011-05-16'],
    ['二〇一九年12月', '2019-12'],
    ['二〇二一年十二月', '2021-12'],
    ['２０２１年８月４日', '2021-08-04'],
    ['2021-08-04', '2021-08-04'],
    ['2021.08.04', '2021-08-04'],
    ['2021/8/4', '2021-08-04'],
    ['2022-02-24 17:03', '2022-02-24'],
    ['2021年12月', '2021-12'],
    ['20211224日', '2021-12-24'],
    ['20213月', '2021-03'],
    ['202112月', '2021-12'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  test.each(['2021年13月1日', '第十三届', '2021—2023年', '12345'])('%s is no date', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  test.each([
    ['20213月—20219月,文件起草', '2021-03', '2021-09'],
    ['20211012日—1125日,征求意见', '2021-10-12', '2021-11-25'],
    ['2021年10月12日—11月25日', '2021-10-12', '2021-11-25'],
    ['2021年3月至9月', '2021-03', '2021-09'],
    ['2021年8月4日至2021年9月30日', '2021-08-04', '2021-09-30'],
  ])('range %s → %s..%s', (input, start, end) => {
    const [range] = findDateRanges(normalizeLine(input).match);
    expect([range?.start, range?.end]).toEqual([start, end]);
  });
});

describe('run-in headings split at the first 。', () => {
  test.each([
    ['促进创新资源集聚。支持高新区骨干企业。', '促进创新资源集聚', '支持高新区骨干企业。'],
    ['指导思想。', '指导思想', ''],
    ['“放管服”优化营商环境。', '“放管服”优化营商环境', ''],
    ['指导思想', '指导思想', ''],
    [
      '对新获批的国家高新区，在用地、资金等方面给予重点支持。',
      '',
      '对新获批的国家高新区，在用地、资金等方面给予重点支持。',
    ],
  ])('%s', (input, heading, body) => {
    expect(splitHeading(input)).toEqual({ heading, body });
  });

  // A heading of two clauses stands alone on its line, its body on the lines below (一、提高认识,抓好落实 / 树立…。).
  test.each([
    ['提高认识,抓好落实', true, '提高认识,抓好落实'],
    ['深化乡镇卫生秩序综合整治,实现“环境美”', true, '深化乡镇卫生秩序综合整治,实现“环境美”'],
    // Run into its body, or a line of text ended by a comma, it is no heading.
    ['提高认识,抓好落实', false, ''],
    ['各地要加强组织领导,', true, ''],
    ['各地区、各部门要按照本方案要求,结合实际抓好落实', true, ''],
  ])('%s (alone on its line: %s) → heading %s', (input, alone, heading) => {
    expect(splitHeading(input, { alone }).heading).toBe(heading);
  });

  test('a heading with a comma, alone on its line over its paragraph or its items, is the article’s', async () => {
    const d = parsePolicyText(
      [
        '某市人民政府办公室关于做好某项工作的通知',
        '各县(市、区)人民政府:',
        '一、提高认识,抓好落实',
        '各地要认识到这项工作的重要意义。',
        '二、统筹协调,重点推进',
        '1.强化治理。合理配置设施。',
        '2.提升水平。完善功能。',
      ].join('\n'),
      { file: 'x.txt' },
    );
    expect(d.articles.map((a) => a.heading)).toEqual(['提高认识,抓好落实', '统筹协调,重点推进']);
    expect((await readWebPage('zj-hangzhou-2016-68.txt')).articles.map((a) => a.heading)).toEqual([
      '提高认识,抓好落实',
      '统筹协调,重点推进',
      '加强领导,细化分工',
      '强化宣传,营造氛围',
    ]);
    expect((await readWebPage('jx-ganzhou-2021-47-spam.txt')).articles.map((a) => a.heading)).toEqual([
      '深化乡镇卫生秩序综合整治,实现“环境美”',
    ]);
  });
});

describe('kinds read from titles', () => {
  test.each([
    ['国务院关于促进国家高新技术产业开发区高质量发展的若干意见', 'opinions'],
    ['关于促进广西高新技术产业开发区高质量发展的若干措施', 'measures'],
    ['湖南省高新技术产业开发区管理办法', 'measures'],
    ['“十四五”国家高新技术产业开发区发展规划', 'plan'],
    ['科技强桂三年行动方案(2021—2023年)', 'plan'],
    ['中华人民共和国科学技术进步法', 'law'],
    ['国务院关于同意柳州高新技术产业开发区升级为国家高新技术产业开发区的批复', 'approval'],
    ['《柳州市关于促进高新技术产业开发区高质量发展的若干措施》政策解读', 'interpretation'],
    ['关于做好2022年科技工作的通知', 'notice'],
    ['广西壮族自治区科学技术进步条例', 'regulation'],
    ['柳州市科技局2021年工作总结', 'other'],
  ])('%s → %s', (title, kind) => {
    expect(readKind(title)).toBe(kind);
  });
});

describe('agency lists (§3): prefixes shared, 等 ends a list, collectives kept, aliases merged', () => {
  test.each([
    ['市科技局', '柳州市', ['柳州市科学技术局']],
    [
      '市发展改革委、工业和信息化局、财政局、市场监管局等',
      '柳州市',
      ['柳州市发展和改革委员会', '柳州市工业和信息化局', '柳州市财政局', '柳州市市场监督管理局'],
    ],
    ['各县区人民政府、新区管委会', '柳州市', ['各县区人民政府', '柳州市柳东新区管理委员会']],
    ['新区管委会、柳东新区管委会、柳州高新区管委会', '柳州市', ['柳州市柳东新区管理委员会']],
    [
      '自治区发展改革委、工业和信息化厅、市场监管局',
      '广西壮族自治区',
      ['广西壮族自治区发展和改革委员会', '广西壮族自治区工业和信息化厅', '广西壮族自治区市场监督管理局'],
    ],
    [
      '各市人民政府,自治区财政厅,广西税务局等',
      '广西壮族自治区',
      ['各市人民政府', '广西壮族自治区财政厅', '国家税务总局广西壮族自治区税务局'],
    ],
    ['自治区科技厅、市科技局', '柳州市', ['广西壮族自治区科学技术厅', '柳州市科学技术局']],
    ['县科技局、财政局', '柳城县', ['柳城县科学技术局', '柳城县财政局']],
    ['科技部、国家发展改革委', '中华人民共和国', ['科学技术部', '国家发展和改革委员会']],
    ['柳州市科技局、人社局等有关单位', '广西壮族自治区', ['柳州市科学技术局', '柳州市人力资源和社会保障局']],
    // A collective over places parted by 、 (各州、市人民政府) is one collective, as written.
    ['省财政厅,各州、市人民政府', '云南省', ['云南省财政厅', '各州、市人民政府']],
    // Names of 2017 (工业和信息化委, 国土资源厅, 环境保护厅, 地税局) are organs of their time, in full.
    [
      '省工业和信息化委、国土资源厅、环境保护厅、林业厅、地税局',
      '云南省',
      ['云南省工业和信息化委员会', '云南省国土资源厅', '云南省环境保护厅', '云南省林业厅', '云南省地方税务局'],
    ],
    // A national bank's branch named for the province (国家开发银行云南省分行): the bank is no 国家 prefix.
    [
      '国家开发银行云南省分行、农业发展银行云南省分行',
      '云南省',
      ['国家开发银行云南省分行', '中国农业发展银行云南省分行'],
    ],
    // A vertically managed national body's office named for a place (国家税务总局甘肃省税务局, 国家统计局甘肃调查总队): the
    // body's name in full, then the office, in that place; 国家 is the body's name, never 中华人民共和国.
    [
      '国家税务总局甘肃省税务局、国家金融监督管理总局甘肃监管局、国家统计局甘肃调查总队',
      '甘肃省',
      ['国家税务总局甘肃省税务局', '国家金融监督管理总局甘肃监管局', '国家统计局甘肃调查总队'],
    ],
    [
      '市城管执法委、市园林林业局、市城建局',
      '武汉市',
      ['武汉市城市管理执法委员会', '武汉市园林和林业局', '武汉市城乡建设局'],
    ],
  ])('%s in %s', (list, jurisdiction, expected) => {
    const { agencies, unknown } = parseAgencyList(list, place(jurisdiction));
    expect(agencies.map((a) => a.name)).toEqual(expected);
    expect(unknown).toEqual([]);
  });

  test('a national body’s office named for a place is that place’s; an unknown 国家… body keeps its name', () => {
    const notice = (organ: string) =>
      parsePolicyText(
        `${organ}关于做好纳税服务工作的通知\n各有关单位：\n现将有关事项通知如下。\n一、提高认识\n各单位要高度重视。\n${organ}\n2021年3月5日\n`,
        { file: 'x.txt' },
      );
    const office = notice('国家税务总局陇南市税务局');
    expect([office.issuer, office.tier, office.jurisdiction]).toEqual([
      '国家税务总局陇南市税务局',
      'municipal',
      '陇南市',
    ]);
    expect(parseAgencyList('国家数据资源管理局', place('中华人民共和国')).agencies.map((a) => a.name)).toEqual([
      '国家数据资源管理局',
    ]);
  });

  test('collectives are flagged and keep their wording; unknown names are reported, prefix expanded', () => {
    const { agencies, unknown } = parseAgencyList('各县区人民政府、市住房城乡规划局', place('柳州市'));
    expect(agencies).toEqual([
      { name: '各县区人民政府', asWritten: '各县区人民政府', jurisdiction: '柳州市', collective: true },
      { name: '柳州市住房城乡规划局', asWritten: '市住房城乡规划局', jurisdiction: '柳州市', collective: false },
    ]);
    expect(unknown).toEqual(['市住房城乡规划局']);
  });

  test.each([
    ['(牵头单位:市科技局;配合单位:市财政局)', ['柳州市科学技术局'], ['柳州市财政局']],
    // A copy cut inside the last bracket (…(牵头单位:市科技局;配合单位:市财政局、) still names them.
    ['(牵头单位:市科技局;配合单位:市财政局、', ['柳州市科学技术局'], ['柳州市财政局']],
    ['(牵头单位:市科技局,配合单位:市财政局)', ['柳州市科学技术局'], ['柳州市财政局']],
    ['〔责任单位:市科技局、财政局〕', ['柳州市科学技术局', '柳州市财政局'], []],
    ['（责任单位：市科技局）', ['柳州市科学技术局'], []],
    ['(市科技局、市财政局)', ['柳州市科学技术局', '柳州市财政局'], []],
  ])('bracket %s', (bracket, lead, cooperating) => {
    const d = parsePolicyText(`柳州市关于测试的若干措施\n（一）测试条目。支持企业发展。${bracket}`, { file: 't.txt' });
    expect(d.articles[0]!.leadAgencies.map((a) => a.name)).toEqual(lead);
    expect(d.articles[0]!.cooperatingAgencies.map((a) => a.name)).toEqual(cooperating);
    expect(d.articles[0]!.text).toBe('支持企业发展。');
  });

  // govcn/57.html (自贸试验区 measures): （负责部门：海关总署，适用范围：福建自贸试验区） made 适用范围:福建自贸试验区 an agency,
  // and the first bracket's remark (以下除标注适用于特定自贸试验区的措施外，…) two more, each an UNKNOWN_AGENCY issue.
  test.each([
    [
      'a scope label after the agencies',
      '（负责部门：海关总署，适用范围：福建自贸试验区）',
      ['海关总署'],
      [],
      '支持企业发展。（适用范围：福建自贸试验区）',
    ],
    [
      'a scope label and a remark in commas after it',
      '（负责部门：人力资源社会保障部、商务部；适用范围：所有自贸试验区，以下除标注适用于特定自贸试验区的措施外，适用范围均为所有自贸试验区）',
      ['人力资源和社会保障部', '商务部'],
      [],
      '支持企业发展。（适用范围：所有自贸试验区，以下除标注适用于特定自贸试验区的措施外，适用范围均为所有自贸试验区）',
    ],
    [
      'a note between two responsibility labels',
      '（牵头单位：科技部；完成时限：2021年底前；配合单位：财政部）',
      ['科学技术部'],
      ['财政部'],
      '支持企业发展。（完成时限：2021年底前）',
    ],
    [
      'a note before the label',
      '（适用范围：全国；负责部门：商务部）',
      ['商务部'],
      [],
      '支持企业发展。（适用范围：全国）',
    ],
    [
      'words that name no organ after the agencies',
      '（负责部门：商务部、海关总署，2021年底前完成）',
      ['商务部', '海关总署'],
      [],
      '支持企业发展。（2021年底前完成）',
    ],
    [
      'organs the gazetteer lacks are still agencies (中国铁路总公司); a national short form is the body in full',
      '（负责部门：邮政局、中国铁路总公司，适用范围：重庆自贸试验区）',
      ['国家邮政局', '中国铁路总公司'],
      [],
      '支持企业发展。（适用范围：重庆自贸试验区）',
    ],
  ])('a note in the bracket is no agency: %s', (_, bracket, lead, cooperating, text) => {
    const d = parsePolicyText(`国务院关于测试的若干措施\n（一）测试条目。支持企业发展。${bracket}`, { file: 't.txt' });
    expect(d.articles[0]!.leadAgencies.map((a) => a.name)).toEqual(lead);
    expect(d.articles[0]!.cooperatingAgencies.map((a) => a.name)).toEqual(cooperating);
    expect(d.articles[0]!.text).toBe(text);
    const unknown = d.issues.filter((i) => i.code === 'UNKNOWN_AGENCY').map((i) => i.message);
    expect(unknown.filter((m) => /适用范围|以下|时限|完成|全国/.test(m))).toEqual([]);
  });

  test('a bracket holding only a note is no agency bracket and stays in the text', () => {
    const d = parsePolicyText('国务院关于测试的若干措施\n（一）测试条目。支持企业发展。（适用范围：福建自贸试验区）', {
      file: 't.txt',
    });
    expect(d.articles[0]!.leadAgencies).toEqual([]);
    expect(d.articles[0]!.text).toBe('支持企业发展。（适用范围：福建自贸试验区）');
  });

  test('a bracket of plain words is not an agency bracket', () => {
    const d = parsePolicyText('柳州市关于测试的若干措施\n（一）测试条目。支持市、县(市、区)人民政府建设园区。', {
      file: 't.txt',
    });
    expect(d.articles[0]!.text).toBe('支持市、县(市、区)人民政府建设园区。');
    expect(d.articles[0]!.leadAgencies).toEqual([]);
  });
});

describe('citations (§5)', () => {
  const cite = (sentence: string) =>
    parsePolicyText(`柳州市关于测试的若干措施\n${sentence}\n（一）测试条目。`, { file: 't.txt' }).citations;
  test.each([
    [
      '为贯彻落实《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》（国发〔2020〕7号）精神，制定本措施。',
      [
        {
          title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
          docNumber: '国发〔2020〕7号',
          issuer: '国务院',
          relation: 'implements',
        },
      ],
    ],
    [
      '根据《中华人民共和国科学技术进步法》，制定本办法。',
      [{ title: '中华人民共和国科学技术进步法', relation: 'based_on' }],
    ],
    [
      '依据《广西壮族自治区科学技术进步条例》等规定，结合实际。',
      [{ title: '广西壮族自治区科学技术进步条例', relation: 'based_on' }],
    ],
    [
      '《A办法》、《B规划》等文件相继印发。',
      [
        { title: 'A办法', relation: 'cites' },
        { title: 'B规划', relation: 'cites' },
      ],
    ],
    [
      '积极贯彻落实《A意见》（国发〔2020〕7号）和《B方案》。',
      [
        { title: 'A意见', docNumber: '国发〔2020〕7号', relation: 'implements' },
        { title: 'B方案', relation: 'implements' },
      ],
    ],
    [
      '国务院《关于推动创新创业高质量发展打造“双创”升级版的意见》（国发〔2018〕32号）提出要求。',
      [
        {
          title: '关于推动创新创业高质量发展打造“双创”升级版的意见',
          docNumber: '国发〔2018〕32号',
          issuer: '国务院',
          relation: 'cites',
        },
      ],
    ],
    [
      '转发《关于印发《柳州市科技计划管理办法》的通知》。',
      [{ title: '关于印发《柳州市科技计划管理办法》的通知', relation: 'cites' }],
    ],
    ['按照国发〔2020〕7号文件要求，抓好落实。', [{ docNumber: '国发〔2020〕7号', relation: 'based_on' }]],
    [
      '为贯彻落实《关于加快科技创新的意见》（以下简称《创新意见》）精神，现就落实《创新意见》提出措施。',
      [{ title: '关于加快科技创新的意见', relation: 'implements' }],
    ],
  ])('%s', (sentence, expected) => {
    expect(cite(sentence)).toMatchObject(expected);
    expect(cite(sentence)).toHaveLength(expected.length);
  });

  // The issuer written before 《》 is the citation's issuer and place, never part of its title (lawrefbook's
  // 山东省物业管理条例 第一条: 根据《中华人民共和国民法典》和国务院《物业管理条例》…).
  test.each([
    [
      '山东省',
      '根据《中华人民共和国民法典》和国务院《物业管理条例》等法律、行政法规，制定本条例。',
      '物业管理条例',
      '国务院',
      '中华人民共和国',
    ],
    [
      '山东省',
      '按照国务院办公厅《关于加强测试工作的意见》执行。',
      '关于加强测试工作的意见',
      '国务院办公厅',
      '中华人民共和国',
    ],
    ['山东省', '依照科技部《科技计划管理办法》执行。', '科技计划管理办法', '科学技术部', '中华人民共和国'],
    ['山东省', '依照省人民政府《测试管理办法》执行。', '测试管理办法', '山东省人民政府', '山东省'],
  ])('%s: %s → title %s, issuer %s of %s', (place, sentence, title, issuer, jurisdiction) => {
    const d = parsePolicyText(`# ${place}测试条例\n<!-- INFO END -->\n第一条 ${sentence}\n第二条 测试。`, {
      file: 't.md',
    });
    expect(d.citations.filter((c) => c.issuer).map((c) => [c.title, c.issuer, c.jurisdiction])).toEqual([
      [title, issuer, jurisdiction],
    ]);
  });

  test('a short title defined by 以下简称 resolves later uses to the full title', () => {
    const d = parsePolicyText(
      '柳州市关于测试的若干措施\n市科技局牵头制订了《柳州市关于加快科技创新的意见》（以下简称《创新意见》）。\n（一）测试条目。《创新意见》共三部分。',
      { file: 't.txt' },
    );
    expect(d.shortTitles).toEqual([{ short: '创新意见', full: '柳州市关于加快科技创新的意见' }]);
    expect(d.citations.map((c) => [c.title, c.line])).toEqual([['柳州市关于加快科技创新的意见', 2]]);
  });
});

describe('money (§4)', () => {
  test.each([
    [
      '对新获批的国家高新区给予1000万元财政资金补助',
      [{ amountYuan: 10_000_000, maxYuan: 10_000_000, capped: false, condition: '对新获批的国家高新区' }],
    ],
    ['达到条件的给予最高不超过500万元补助', [{ amountYuan: 5_000_000, maxYuan: 5_000_000, capped: true }]],
    [
      '对获奖企业分别给予50万元、10万元奖励',
      [
        { amountYuan: 500_000, capped: false },
        { amountYuan: 100_000, capped: false },
      ],
    ],
    ['给予3万元-5万元补贴', [{ amountYuan: 30_000, maxYuan: 50_000, capped: false }]],
    ['给予3-5万元补贴', [{ amountYuan: 30_000, maxYuan: 50_000, capped: false }]],
    ['安排2.5亿元专项资金', [{ amountYuan: 250_000_000, capped: false }]],
    ['采取“一事一议”方式支持', [{ text: '一事一议', caseByCase: true, capped: false }]],
    ['对年度研发投入超过500万元的企业给予奖励', []],
  ])('%s', (text, expected) => {
    const money = readMoney(text);
    expect(money).toMatchObject(expected);
    expect(money).toHaveLength(expected.length);
  });
});

describe('goals and targets (§4)', () => {
  test.each([
    [
      '将高新区建成创新驱动发展示范区和高质量发展先行区，结合实际',
      [{ kind: 'vision', text: '将高新区建成创新驱动发展示范区和高质量发展先行区' }],
    ],
    [
      '到2025年，全区国家高新区达到10个以上。',
      [{ kind: 'target', year: 2025, metric: '全区国家高新区', value: 10, unit: '个', qualifier: '以上' }],
    ],
    [
      '到2025年，研发投入强度达到3.5%左右。',
      [{ kind: 'target', year: 2025, metric: '研发投入强度', value: 3.5, unit: '%', qualifier: '左右' }],
    ],
    [
      '到2025年，全省高新区营业收入达到3万亿元以上。',
      [{ kind: 'target', year: 2025, metric: '全省高新区营业收入', value: 3, unit: '万亿元', qualifier: '以上' }],
    ],
    ['到2030年，培育十个创新型产业集群。', [{ kind: 'target', year: 2030, metric: '培育', value: 10, unit: '个' }]],
    ['支持企业建设研发平台。', []],
  ])('%s', (text, expected) => {
    const goals = readGoals(text);
    expect(goals).toMatchObject(expected);
    expect(goals).toHaveLength(expected.length);
  });
});

describe('tiers (§1): from the issuer, the number code or a place; municipalities directly under the centre are provincial', () => {
  test.each([
    ['北京市人民政府关于加快科技创新的若干措施', undefined, 'provincial', '北京市'],
    ['重庆市关于促进高新区发展的意见', undefined, 'provincial', '重庆市'],
    ['关于加快科技创新的若干措施', '国办发〔2021〕5号', 'national', '中华人民共和国'],
    ['关于加快科技创新的若干措施', '桂政办发〔2021〕81号', 'provincial', '广西壮族自治区'],
    ['关于加快科技创新的若干措施', '柳政规〔2021〕18号', 'municipal', '柳州市'],
    ['柳城县人民政府关于加快科技创新的若干措施', undefined, 'county', '柳城县'],
    ['科技部关于加快科技创新的若干意见', undefined, 'national', '中华人民共和国'],
  ])('%s %s → %s', (title, number, tier, jurisdiction) => {
    const d = parsePolicyText(`${title}\n${number ?? ''}\n一、总则\n（一）目标。`, { file: 't.txt' });
    expect([d.tier, d.jurisdiction]).toEqual([tier, jurisdiction]);
  });

  test('tierOverride wins; an unknown place is reported', () => {
    expect(
      parsePolicyText('某某镇关于加快发展的若干措施\n一、总则', { file: 't.txt', tierOverride: 'county' }).tier,
    ).toBe('county');
    const unknown = parsePolicyText('某某镇关于加快发展的若干措施\n一、总则', { file: 't.txt' });
    expect(unknown.issues.map((i) => i.code)).toEqual(['TIER_UNKNOWN']);
  });
});

describe('structure variants (§2)', () => {
  test('第1章/第1条 with Arabic numerals', () => {
    const d = parsePolicyText(
      '某某办法\n第1章 总则\n第1条 为了规范管理，制定本办法。\n第2章 附则\n第2条 本办法自发布之日起施行。',
      { file: 't.txt', tierOverride: 'county' },
    );
    expect(d.parts.map((p) => [p.number, p.heading])).toEqual([
      [1, '总则'],
      [2, '附则'],
    ]);
    expect(d.articles.map((a) => [a.number, a.path, a.text])).toEqual([
      [1, 'p1/a1', '为了规范管理，制定本办法。'],
      [2, 'p2/a2', '本办法自发布之日起施行。'],
    ]);
  });

  // A draft's articles captioned in brackets (第一条（立法目的）为了…), as 厦门's 社会信用条例 draft prints them.
  test('a caption in brackets right after 第X条 is the article’s heading; a note of deletion is none', async () => {
    const d = parsePolicyText(
      [
        '某某条例',
        '第一章 总则',
        '第一条（立法目的）为了规范管理，制定本条例。',
        '第二条(社会信用界定)本条例所称社会信用，是指……。',
        '第三条（删除）',
        '第四条（一）本条例自发布之日起施行。',
      ].join('\n'),
      { file: 't.txt', tierOverride: 'county' },
    );
    expect(d.articles.map((a) => [a.heading, a.text])).toEqual([
      ['立法目的', '为了规范管理，制定本条例。'],
      ['社会信用界定', '本条例所称社会信用，是指……。'],
      ['', '（删除）'],
      ['', '（一）本条例自发布之日起施行。'],
    ]);
    const xiamen = await readWebPage('fj-xiamen-credit-draft-2018.txt');
    expect(xiamen.articles.map((a) => a.heading)).toEqual(['立法目的', '社会信用界定']);
  });

  test('a note of deletion in other words (已删去, 根据…决定删除, 已失效) is no caption either', () => {
    const d = parsePolicyText(
      ['某某条例', '第一章 总则', '第一条（已删去）', '第二条（根据修改决定删除）', '第三条（已失效）'].join('\n'),
      { file: 't.txt', tierOverride: 'county' },
    );
    expect(d.articles.map((a) => [a.heading, a.text])).toEqual([
      ['', '（已删去）'],
      ['', '（根据修改决定删除）'],
      ['', '（已失效）'],
    ]);
  });

  test('items nest: 1. → （1） → ①, with stable paths', () => {
    const d = parsePolicyText(
      '柳州市关于测试的若干措施\n（一）测试条目。总述。\n1.第一项。\n（1）细目一。\n①要点。\n（2）细目二。\n2.第二项。',
      { file: 't.txt' },
    );
    const [a] = d.articles;
    expect(
      a!.items.map((i) => [i.path, i.text, i.items.map((j) => [j.path, j.text, j.items.map((k) => k.path)])]),
    ).toEqual([
      [
        'a1/i1',
        '第一项。',
        [
          ['a1/i1/i1', '细目一。', ['a1/i1/i1/i1']],
          ['a1/i1/i2', '细目二。', []],
        ],
      ],
      ['a1/i2', '第二项。', []],
    ]);
    expect(a!.text).toBe('总述。\n1.第一项。\n（1）细目一。\n①要点。\n（2）细目二。\n2.第二项。');
  });

  test('a heading broken over two lines stays one article; continuation lines join the body', () => {
    const d = parsePolicyText('柳州市关于测试的若干措施\n（一）加强组织领导。各单位要\n高度重视。\n（二）加大投入。', {
      file: 't.txt',
    });
    expect(d.articles.map((a) => [a.heading, a.text])).toEqual([
      ['加强组织领导', '各单位要\n高度重视。'],
      ['加大投入', ''],
    ]);
  });
});

describe('titles (§2, §6)', () => {
  test.each([
    [
      '关于促进高新技术产业开发区\n高质量发展的若干意见\n一、总则',
      '关于促进高新技术产业开发区高质量发展的若干意见',
      undefined,
    ],
    [
      '柳州市人民政府办公室关于印发\n柳州市科技计划管理办法的通知\n一、总则',
      '柳州市科技计划管理办法',
      '柳州市人民政府办公室关于印发柳州市科技计划管理办法的通知',
    ],
    [
      '柳州市关于转发《广西壮族自治区关于印发〈科技强桂三年行动方案〉的通知》的通知\n一、总则',
      '广西壮族自治区关于印发《科技强桂三年行动方案》的通知',
      '柳州市关于转发《广西壮族自治区关于印发〈科技强桂三年行动方案〉的通知》的通知',
    ],
  ])('%s', (text, title, noticeTitle) => {
    const d = parsePolicyText(text, { file: 't.txt', tierOverride: 'municipal' });
    expect([d.title, d.noticeTitle]).toEqual([title, noticeTitle]);
  });
});
