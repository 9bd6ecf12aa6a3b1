// The place and tier of texts that name their organs by level alone (市政府, 本省, 我州): the page's publisher, the
// addressees and the text's own words complete what the title and the signature leave out. Real files from the
// held-out sets (test/data/policy-heldout, statute-heldout3, plan-pages-heldout) and short texts of each case.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getDefaultGazetteer } from '../../import/gazetteer/index.ts';
import { parsePolicyText, readPolicyFile, type PolicyDocument } from '../../import/index.ts';
import { splitSigners } from '../../import/parse/split-signers.ts';

const DATA = join(import.meta.dirname, '..', 'data');
const read = (folder: string, name: string): Promise<PolicyDocument> =>
  readPolicyFile(join(DATA, folder, name), { file: name });
const parse = (text: string): PolicyDocument => parsePolicyText(text, { file: 'x.txt' });
const place = (d: PolicyDocument): [string | undefined, string | undefined] => [d.tier, d.jurisdiction];

describe('an organ named by its level alone takes the place the page’s publisher names', () => {
  test('市政府关于… on 宜兴市’s portal, numbered 宜政发: 宜兴市人民政府, a county-level city', async () => {
    const d = await read('policy-heldout', 'js-yixing-jianyiyongwei-decision-2023.txt');
    expect([d.issuer, d.tier, d.jurisdiction]).toEqual(['宜兴市人民政府', 'county', '宜兴市']);
  });

  test('县政府关于… posted by 沛县人民政府, numbered 沛政发: 沛县人民政府', () => {
    const d = parse(
      '县政府关于加强安全生产工作的通知\n索引号：014046317/2023-00001\n发布机构：沛县人民政府\n文号：沛政发〔2023〕1号\n各镇人民政府：\n一、总体要求\n加强安全生产。\n',
    );
    expect([d.issuer, d.tier, d.jurisdiction]).toEqual(['沛县人民政府', 'county', '沛县']);
  });

  test('a number of another place completes nothing (县政府关于… numbered 丰政发 on 沛县’s site)', () => {
    const d = parse(
      '县政府关于加强安全生产工作的通知\n索引号：014046317/2023-00001\n发布机构：沛县人民政府\n文号：丰政发〔2023〕1号\n各镇人民政府：\n一、总体要求\n加强安全生产。\n',
    );
    expect([d.jurisdiction, d.issuer]).toEqual([undefined, '县人民政府']);
  });

  test('a publisher of another level completes nothing (市政府 on a county’s site)', () => {
    const d = parse(
      '市政府关于表彰先进单位的决定\n来源:示范县人民政府网站    日期:2023-11-21 09:02:08\n各镇人民政府:\n一、表彰名单\n现予表彰。\n',
    );
    expect(d.jurisdiction).toBeUndefined();
    expect(d.issuer).toBe('市人民政府');
  });
});

describe('a joint signature written together or parted by spaces', () => {
  const g = getDefaultGazetteer();
  const ctx = { gazetteer: g, jurisdiction: g.jurisdictionByName.get('云南省')! };
  test.each(['云南省财政厅   云南省人力资源和社会保障厅', '云南省财政厅云南省人力资源和社会保障厅'])(
    '%s → two organs of 云南省',
    (line) => {
      expect(splitSigners(line, ctx).map((a) => a.name)).toEqual(['云南省财政厅', '云南省人力资源和社会保障厅']);
    },
  );

  test('yn-jiuye-zijin-joint-2013: the two departments signing under the notice', async () => {
    const d = await read('policy-heldout', 'yn-jiuye-zijin-joint-2013.txt');
    expect(d.issuer).toBe('云南省财政厅、云南省人力资源和社会保障厅');
    expect(d.agencyRoles.filter((r) => r.role === 'issuer').map((r) => r.agency.name)).toEqual([
      '云南省财政厅',
      '云南省人力资源和社会保障厅',
    ]);
  });
});

describe('a city the map no longer holds: its addressees tell a county-level city', () => {
  test('兖州市 addressing 各镇人民政府 is county-level', async () => {
    const d = await read('policy-heldout', 'sd-yanzhou-xinxi-gongkai-2011.txt');
    expect(place(d)).toEqual(['county', '兖州市']);
  });

  test('示例市 addressing 各县（市、区）人民政府 stays a city', () => {
    const d = parse(
      '示例市人民政府关于加强科技创新的意见\n各县（市、区）人民政府，市政府各部门：\n一、总体要求\n加强创新。\n',
    );
    expect(place(d)).toEqual(['municipal', '示例市']);
  });
});

describe('the tier of a text that names no place: its addressees, else the level it speaks as most', () => {
  test.each([
    ['各市、县人民政府，省政府各部门、各直属机构：', 'provincial'],
    ['各设区市人民政府，省直有关单位：', 'provincial'],
    ['各州、市人民政府，省直各委、办、厅、局：', 'provincial'],
    ['各盟市行政公署、市人民政府，自治区各委、办、厅、局：', 'provincial'],
    ['各县（市、区）人民政府，市政府各部门：', 'municipal'],
    ['各旗县区人民政府，市直各部门：', 'municipal'],
    ['各乡镇人民政府，县直各单位：', 'county'],
    ['各苏木乡镇人民政府，旗直各部门：', 'county'],
  ])('addressed to %s → %s', (addressees, tier) => {
    expect(parse(`关于加强科技创新的意见\n${addressees}\n一、总体要求\n加强创新。\n`).tier).toBe(tier);
  });

  test.each([['各区人民政府，市政府各部门：'], ['市直各单位：'], ['各市、县人民政府，各乡镇人民政府：']])(
    'addressed to %s → no tier (a municipality’s, a city’s, or several levels)',
    (addressees) => {
      expect(parse(`关于加强科技创新的意见\n${addressees}\n一、总体要求\n加强创新。\n`).tier).toBeUndefined();
    },
  );

  test.each([
    ['hn-dongting-water-scrambled.txt', 'provincial'],
    ['prefecture-marriage-supplement-1982.txt', 'municipal'],
  ])('statute-heldout3 %s → %s from its own words (本省, 我州)', async (name, tier) => {
    expect((await read('statute-heldout3', name)).tier).toBe(tier);
  });

  test('a title-less 条例 of a provincial text is a local regulation', async () => {
    expect((await read('statute-heldout3', 'hn-dongting-water-scrambled.txt')).authorityLevel).toBe('local_regulation');
  });

  test.each([
    ['gz-province-gov-report-2024-part.txt', 'provincial'],
    ['hi-county-gov-report-2024-part.txt', 'county'],
    ['hb-qianjiang-gov-report-tasks-2017.txt', undefined],
  ])('plan-pages-heldout %s → %s (全省, 全县; 全市 tells nothing)', async (name, tier) => {
    expect((await read('plan-pages-heldout', name)).tier).toBe(tier);
  });

  test('a city’s text that says 走在全省前列 as often as 全市 is no province’s', () => {
    expect(parse('关于加强科技创新的意见\n一、总体要求\n全市科技创新走在全省前列。\n').tier).toBeUndefined();
  });

  test.each([
    ['在本省、自治区、直辖市范围内统一规范。'],
    ['省级公安机关负责本省（自治区、直辖市）的登记工作。'],
    ['四省人民政府各对本省淮河流域水环境质量负责，确保本省目标实现。'],
    ['完善粮食安全省长责任制。'],
  ])('a national text speaking of each province (%s) is no province’s', (body) => {
    expect(parse(`关于加强科技创新的意见\n一、总体要求\n${body}\n`).tier).toBeUndefined();
  });

  test('gz-anshun-jiedu-zhidu-2020: a 市 that makes 市政府规章 under a province’s organs is a 设区的市', async () => {
    expect((await read('policy-heldout', 'gz-anshun-jiedu-zhidu-2020.txt')).tier).toBe('municipal');
  });

  test.each([
    ['第二条 重大政策文件包括市政府规章(市政府令)。', undefined],
    ['第一条 根据省政府办公厅的部署，制定本制度。\n第二条 本制度适用于省、市政府规章。', undefined],
    ['第一条 根据省政府办公厅的部署，制定本制度。\n第二条 本制度适用于市政府规章。', 'municipal'],
  ])('%s → %s (a municipality makes 市政府规章 too; a province’s and a city’s rules are an upper’s)', (body, tier) => {
    expect(parse(`政策文件解读制度\n${body}\n`).tier).toBe(tier);
  });
});
