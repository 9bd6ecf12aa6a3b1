// A text says whose it is when it adapts its upper rules: 结合官渡区实际, 特制定如下政策措施. A tester's copy of 昆明市官渡区's
// 稳增长 measures (test/data/web-pages/, kmgd.gov.cn) starts at the preamble: no title, number or signature, and the
// parser left tier and place unknown.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';

const page = (name: string) => fileURLToPath(new URL(`../data/web-pages/${name}`, import.meta.url));

describe('the place a text adapts to (结合…实际)', () => {
  test('官渡区’s measures, copied without their title, are a county’s of 官渡区', () => {
    const file = page('km-guandu-stable-growth-measures.txt');
    const d = parsePolicyText(readFileSync(file, 'utf8'), { file });
    expect([d.tier, d.jurisdiction]).toEqual(['county', '官渡区']);
  });

  test.each([
    // No place, but the level a text calling its area 本省 speaks as (read-spoken-level.ts).
    ['结合本省实际', 'provincial'],
    ['结合我国实际', undefined],
    ['结合我县政府工作实际', 'county'],
    ['结合广西的实际', 'provincial'],
  ])('%s → tier %s', (words, tier) => {
    const text = `关于进一步优化营商环境的若干措施\n为贯彻落实上级部署，${words}，制定如下措施。\n一、优化审批\n1. 精简审批手续。\n`;
    expect(parsePolicyText(text, { file: 'measures.txt' }).tier).toBe(tier);
  });
});

// A news report of a work report or a plan names its place only as the place whose congress sits or whose head
// reports (plans-heldout2-4: 11 of 42 pages had no tier for it).
describe('the place whose government or congress a text reports', () => {
  test.each([
    ['3月25日上午,西安市第十七届人民代表大会第六次会议在陕西宾馆开幕。市长作政府工作报告。', 'municipal', '西安市'],
    ['1月27日,湖北省省长李殿勋向省十四届人大四次会议作政府工作报告,要点如下:', 'provincial', '湖北省'],
    ['2016年,海口市琼山区第十四届人民代表大会第六次会议召开,区政府将办好10件民生实事。', 'county', '琼山区'],
    ['今年古交市政府将全力办好10件民生实事。', 'county', '古交市'],
  ])('%s → %s %s', (lead, tier, place) => {
    const d = parsePolicyText(`${lead}\n城镇新增就业1万人以上。\n`, { file: 'news.txt' });
    expect([d.tier, d.jurisdiction]).toEqual([tier, place]);
  });

  test('a place quoted in another’s report is not the text’s: a standing committee’s chairman, a deputy, a head who speaks', () => {
    const province =
      '省政府工作报告在各地引起热烈反响\n1月20日，省十四届人大三次会议开幕。\n西安市人大常委会主任王某某说，报告令人振奋。\n';
    expect(parsePolicyText(province, { file: 'news.txt' }).jurisdiction).toBeUndefined();
    const nation =
      '全国两会代表委员热议政府工作报告\n十四届全国人大三次会议5日开幕。全国人大代表、广东省省长王伟中在分组审议时表示，将坚决落实。\n';
    expect(parsePolicyText(nation, { file: 'news.txt' }).jurisdiction).toBeUndefined();
  });

  test('two places apart, each reporting, tell nothing', () => {
    const text = '西安市第十七届人民代表大会开幕。同日,郑州市第十六届人民代表大会开幕。\n两市都提出了增长目标。\n';
    expect(parsePolicyText(text, { file: 'news.txt' }).jurisdiction).toBeUndefined();
  });
});
