// The reviewer's hostile texts for the agency readers (test/data/review-hostile/agencies/): each misread on the code
// reviewed; here what each should give.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPolicyFile } from '../../import/index.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DIR = join(import.meta.dirname, '..', 'data', 'review-hostile', 'agencies');
const read = (name: string): Promise<PolicyDocument> => readPolicyFile(join(DIR, name), { file: name });
const approvers = (d: PolicyDocument): string[] =>
  d.agencyRoles.filter((r) => r.role === 'approver').map((r) => r.agency.name);
const byArticle = (d: PolicyDocument): [string[], string[]][] =>
  d.articles.map((a) => [a.leadAgencies.map((r) => r.name), a.cooperatingAgencies.map((r) => r.name)]);

describe('an approval is this text’s, by an organ', () => {
  test.each([
    // A cited law's passing, a requirement for later, a title opening with 经 (经开区), a statute's first article.
    ['d36-law-implement-notice.txt', []],
    ['d40.txt', []],
    ['d41.txt', []],
    ['d42.txt', []],
    ['d43-jingkaiqu.txt', []],
    ['d30-opening-law.txt', []],
    // The congress passed the report; the government approved the notice's text.
    ['d37-plan-congress.txt', ['柳州市人民政府']],
    // Meetings: a date in Chinese numerals, a Party committee's standing committee, the meeting's number in brackets,
    // two meetings; a mayor's office meeting is a leader's.
    ['d11.txt', ['柳州市人民政府']],
    ['d21.txt', ['中共柳州市委员会']],
    ['d50.txt', ['柳州市人民政府']],
    ['d07.txt', ['柳州市人民政府', '中共柳州市委员会']],
    ['d10.txt', []],
    // The commission's Party group approves what its office issues.
    ['e01-party-group.txt', ['中共四川省发展和改革委员会党组']],
  ])('%s → %j', async (file, expected) => {
    expect(approvers(await read(file))).toEqual(expected);
  });
});

describe('a bracket inside a paragraph is a responsibility bracket only when it names duties', () => {
  test('examples (如…), an abbreviation, a deadline, 试行 and 指导 in prose stay text; 由…牵头负责 names its organ', async () => {
    const d = await read('b01-prose-brackets.txt');
    expect(d.articles.map((a) => a.text)).toEqual([
      '鼓励金融机构加大信贷投放。（如工商银行、农业银行、建设银行）支持企业上市融资。',
      '引导行业组织参与。（如市工商联、市妇联）加强行业自律。',
      '发挥行业协会、商会作用。（如行业协会、商会）推动行业自律。',
      '培育示范合作社。（如供销总社、信用社）带动农户增收。',
      '成立工作专班。（以下简称市工作专班）建立工作台账。',
      '选择3个县区开展试点。（2022年底前）总结推广经验。',
      '出台配套政策。（试行）适时修订。',
      '组织技术人员下乡。（在专家指导下）提高种植水平。',
      '开展系列宣传活动。营造良好氛围。',
    ]);
    expect(byArticle(d).at(-1)).toEqual([['中共柳州市委宣传部'], []]);
  });

  test('members listed in brackets are no leads', async () => {
    for (const file of ['b03-member-lists.txt', 'b04-city-member.txt']) {
      const d = await read(file);
      expect(d.articles.slice(0, 2).flatMap((a) => a.leadAgencies)).toEqual([]);
    }
  });

  test('who guides and who carries it out both lead; 会同 names one who works with the lead', async () => {
    const d = await read('b02-prose-brackets-2.txt');
    expect(byArticle(d).slice(1, 4)).toEqual([
      [['广东省卫生健康委员会', '各地级以上市人民政府'], []],
      [['广东省政务服务数据管理局', '各地级以上市人民政府'], []],
      [['广东省教育厅'], ['广东省财政厅']],
    ]);
  });
});

describe('lines of their own', () => {
  test('a label defined is no organ; a labelled line keeps its note and leaves no empty line', async () => {
    const d = await read('c01-label-lines.txt');
    expect(d.articles[1]!.text).toBe('表中各栏目：\n牵头单位：列第一位的为牵头单位，其他为配合单位。');
    expect(d.articles.slice(0, 2).flatMap((a) => a.leadAgencies)).toEqual([]);
    expect(d.articles[2]!.text).toBe('全年固定资产投资增长10%。\n完成时限：2022年12月底');
    expect(byArticle(d).slice(2)).toEqual([
      [['柳州市发展和改革委员会'], []],
      [['柳州市工业和信息化局'], ['柳州市财政局', '柳州市统计局']],
    ]);
  });

  test('列第一位者为牵头单位，下同 on a labelled line holds for the tasks after it', async () => {
    const d = await read('c04-rule-on-label-line.txt');
    expect(byArticle(d)).toEqual([
      [['广东省发展和改革委员会'], ['广东省财政厅']],
      [['广东省教育厅'], ['广东省人力资源和社会保障厅']],
      [['广东省科学技术厅'], ['广东省工业和信息化厅']],
    ]);
  });

  test('a bulleted line of the text (- 主办单位：…) is text, not page furniture', async () => {
    const d = await read('g01-bullets.txt');
    expect(d.articles[0]!.text).toMatch(/^- 主办单位：柳州市商务局\n- 承办单位/);
  });

  test('a list’s 名称 line over its 简介 is text, not the page’s title field', async () => {
    const d = await read('h01-name-field.txt');
    expect(d.articles[0]!.text).toMatch(/^名称：柳东新区智能网联汽车产业园/);
  });
});

describe('names', () => {
  test('a national text’s 税务局 is 国家税务总局; each place’s own government keeps its place', async () => {
    const d = await read('a02-national-office.txt');
    expect(byArticle(d)[1]![0]).toEqual(['北京市人民政府', '上海市人民政府']);
    expect(byArticle(d)[2]![0]).toContain('国家税务总局');
  });

  test('a district’s 区税务局 is named as its full name written in the same text', async () => {
    const d = await read('a06-district-tax.txt');
    expect(byArticle(d).map(([lead]) => lead[0])).toEqual([
      '国家税务总局北京市大兴区税务局',
      '国家税务总局北京市大兴区税务局',
    ]);
  });

  test('a province’s 社科院 is not the national academy', async () => {
    const d = await read('a04-provincial-national-names.txt');
    expect(byArticle(d)[0]![0]).not.toContain('中国社会科学院');
  });

  test('organs ending in 联 are organs: a bracket naming them is read and leaves the text', async () => {
    const d = await read('k01-city-mass-orgs.txt');
    expect(byArticle(d)[0]![0]).toContain('柳州市民政局');
    expect(byArticle(d)[1]![0].length).toBe(2);
    expect(d.articles[0]!.text).toBe('');
  });
});
