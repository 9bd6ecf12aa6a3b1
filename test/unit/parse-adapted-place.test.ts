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
