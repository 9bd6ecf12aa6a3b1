// Local statutes of provinces the statute corpus lacks, as users bring them (test/data/statute-markdown, sources in its
// README): pages whose forms the statute reader had never met.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePolicyText, readPolicyFile } from '../../import/index.ts';
import { toSourceLines } from '../../import/parse/source-lines.ts';
import { readStatuteLabels } from '../../import/parse/statute/read-statute-labels.ts';
import type { PolicyDocument } from '../../model/index.ts';

const DIR = join(import.meta.dirname, '..', 'data', 'statute-markdown');
const readStatutePage = (name: string): Promise<PolicyDocument> => readPolicyFile(join(DIR, name), { file: name });

describe('an aggregator’s labelled fields run into the line of the title', () => {
  test('title, fields, head bracket and body run into one line are read apart', () => {
    const text = [
      '某某自治州自治条例(2006年修正本)制定机关: 某某自治州人民代表大会常务委员会效力级别: 地方性法规时效性: 已修改公布日期: 2006.08.18施行日期: 2006.09.01题注: (2006年1月10日某某自治州第九届人民代表大会第四次会议通过 2006年3月1日四川省第十届人民代表大会常务委员会第二十次会议批准) 第一章 总则 第一条根据《中华人民共和国民族区域自治法》制定本自治条例。 第二条自治州的首府设在某某县。',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'run-in-fields.txt' });
    expect([d.title, d.issuer, d.authorityLevel, d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual([
      '某某自治州自治条例',
      '某某自治州人民代表大会',
      'local_regulation',
      '2006-03-01',
      '2006-08-18',
      '2006-09-01',
    ]);
    expect(d.articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
  });

  test('a record whose dates are labelled …时间 (颁布时间, 实施时间) is read apart as well', () => {
    const text =
      '某某自治县自治条例制定机关: 某某自治县人民代表大会效力级别: 地方性法规颁布时间: 2006.08.18实施时间: 2006.09.01 第一章 总则 第一条根据《中华人民共和国民族区域自治法》制定本条例。 第二条本条例自公布之日起施行。';
    const d = parsePolicyText(text, { file: 'run-in-fields.txt' });
    expect([d.title, d.publishedOn, d.effectiveOn]).toEqual(['某某自治县自治条例', '2006-08-18', '2006-09-01']);
    expect(d.articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
  });

  test('a record labelled as only the statute’s label reader knew (制定部门, 效力层级) is read apart too', () => {
    // The splitter and the label reader hold one list of labels: one learnt by either is known to both.
    const text =
      '某某自治县自治条例制定部门: 某某自治县人民代表大会效力层级: 地方性法规颁布时间: 2006.08.18实施时间: 2006.09.01 第一章 总则 第一条根据《中华人民共和国民族区域自治法》制定本条例。 第二条本条例自公布之日起施行。';
    const d = parsePolicyText(text, { file: 'run-in-fields.txt' });
    expect([d.title, d.issuer, d.authorityLevel, d.publishedOn, d.effectiveOn]).toEqual([
      '某某自治县自治条例',
      '某某自治县人民代表大会',
      'local_regulation',
      '2006-08-18',
      '2006-09-01',
    ]);
    expect(d.articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
  });

  test('a maker labelled 发文机关, as the run-in record splitter knew it, is the maker', () => {
    const labels = readStatuteLabels(toSourceLines('发文机关:某某自治州人民代表大会常务委员会'));
    expect(labels.maker?.value).toBe('某某自治州人民代表大会常务委员会');
  });

  test('阿坝藏族羌族自治州自治条例: its teaser line left out, the editor’s note on a later version no step of this one', async () => {
    const d = await readStatutePage('sc-aba-autonomy-2006.txt');
    expect([d.title, d.issuer, d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual([
      '阿坝藏族羌族自治州自治条例',
      '阿坝藏族羌族自治州人民代表大会',
      '2006-01-10',
      '2006-08-18',
      '2006-08-18',
    ]);
    expect([d.parts.length, d.articles.length]).toEqual([1, 3]);
    expect(d.events.filter((e) => e.kind !== 'effect').map((e) => `${e.kind} ${e.start}`)).toEqual([
      'approval 1986-07-12',
      'amendment 1988-01-05',
      'revision 2006-01-10',
    ]);
    expect(d.citations.map((c) => c.title)).toEqual(['中华人民共和国宪法', '中华人民共和国民族区域自治法']);
  });
});

describe('a title broken over lines, blank lines between its pieces', () => {
  test('pieces whose last 《 is open are joined across a blank line; a cut copy of the title above is no piece', () => {
    const text = [
      '某某自治旗人民代表大会关于修改《某某自治旗湿地保护条例》《某某自治旗',
      '',
      '某某自治旗人民代表大会关于修改',
      '',
      '《某某自治旗湿地保护条例》《某某',
      '',
      '自治旗河道管理条例》《某某自治旗',
      '',
      '旅游条例》的决定',
      '',
      '(2023年2月25日某某自治旗第十四届人民代表大会第二次会议通过 2023年6月1日内蒙古自治区第十四届人民代表大会常务委员会第四次会议批准)',
      '',
      '某某自治旗第十四届人民代表大会第二次会议决定对《某某自治旗湿地保护条例》作如下修改:',
      '',
      '一、《某某自治旗湿地保护条例》',
      '',
      '(一)将第一条修改为:“为了加强湿地保护,制定本条例。”',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'broken-title.txt' });
    expect(d.title).toBe(
      '某某自治旗人民代表大会关于修改《某某自治旗湿地保护条例》《某某自治旗河道管理条例》《某某自治旗旅游条例》的决定',
    );
  });
});

describe('a listing page’s heading over the statute it lists', () => {
  test('深圳市相关条例 is the page’s category; the title is the line under it, its list mark and version tag left out', () => {
    const text = [
      '某某市相关条例',
      '㈠ 某某经济特区促进条例(2019修正)',
      '第一章总 则第一条为了促进改革,制定本条例。第二条本条例适用于特区。第二章工作职责第三条市人民政府负责改革工作。',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'listing.txt' });
    expect([d.title, d.parts.length, d.articles.length]).toEqual(['某某经济特区促进条例', 2, 3]);
  });
});

describe('a document-sharing site’s copy of an autonomous prefecture’s 自治条例', () => {
  const text = [
    '楚雄彝族自治州自治条例',
    '楚雄彝族自治州人大常委会(颁布单位)',
    '19870702(颁布时间)',
    '19870801(实施时间)',
    '楚雄彝族自治州自治条例',
    '(1987年4月16日楚雄州第五届人民代表大会第二次会议通过 1987年7月2日云南省第六届人民代表大会常务委员会第二十七次会议批准)',
    '第一章 总则',
    '第一条 根据中华人民共和国民族区域自治法,制定本条例。',
    '第二条 自治州的首府设在楚雄市。',
  ].join('\n');

  test('the head’s short name of the 自治州 (楚雄州) is the full name its title gives', () => {
    expect(parsePolicyText(text, { file: 'short-name.txt' }).issuer).toBe('楚雄彝族自治州人民代表大会');
  });

  test('a value before its label in brackets (19870702(颁布时间)) is the field, its digits run together a date', () => {
    const d = parsePolicyText(text, { file: 'short-name.txt' });
    expect([d.issuedOn, d.publishedOn, d.effectiveOn]).toEqual(['1987-07-02', '1987-07-02', '1987-08-01']);
  });
});

describe('a provincial government rule promulgated by its short decree form', () => {
  test('粤府令: the 广东省人民政府’s rule, a local government rule', async () => {
    const d = await readStatutePage('gd-carbon-emission-rule-197.md');
    expect([d.issuer, d.authorityLevel, d.tier, d.jurisdiction]).toEqual([
      '广东省人民政府',
      'local_government_rule',
      'provincial',
      '广东省',
    ]);
    expect(d.parts.map((p) => p.heading)).toEqual([
      '总则',
      '碳排放信息报告与核查',
      '配额发放管理',
      '配额交易管理',
      '监督管理',
      '法律责任',
      '附则',
    ]);
  });
});

describe('a decision revising a text cites it by its title', () => {
  test('关于修改《X》的决定 whose items never repeat 《X》 cites X', async () => {
    const d = await readStatutePage('ln-fuxin-autonomy-amend-2009.txt');
    expect(d.citations.map((c) => [c.title, c.relation, c.line])).toEqual([['阜新蒙古族自治县自治条例', 'cites', 1]]);
  });

  test('a notice issuing a text (关于印发《X》的通知) does not cite it by its title', () => {
    const d = parsePolicyText(
      '某某市人民政府关于印发《某某市促进办法》的通知\n\n各区人民政府:\n\n现将《某某市促进办法》印发给你们,请认真贯彻执行。',
      {
        file: 'notice.txt',
      },
    );
    expect(d.citations.map((c) => c.title)).not.toContain('某某市促进办法');
  });

  test('a decision whose title leaves out the revised text’s issuer, the body naming it in full, cites it once', () => {
    const text = [
      '# 最高人民法院、最高人民检察院关于修改《关于办理某类刑事案件具体应用法律若干问题的解释》的决定',
      '',
      '2018年7月30日 最高人民法院审判委员会第1745次会议通过',
      '',
      '<!-- INFO END -->',
      '',
      '现决定对《最高人民法院、最高人民检察院关于办理某类刑事案件具体应用法律若干问题的解释》作如下修改：',
      '',
      '一、将原第六条修改为：“某某。”',
    ].join('\n');
    const d = parsePolicyText(text, { file: 'decision.md' });
    expect(d.citations.map((c) => c.title)).toEqual([
      '最高人民法院、最高人民检察院关于办理某类刑事案件具体应用法律若干问题的解释',
    ]);
  });
});
