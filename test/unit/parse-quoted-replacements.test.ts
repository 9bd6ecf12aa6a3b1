/**
 * The new wording a decision quotes is the amended text's, not the decision's: 广西's decision amending its 立法条例
 * (2024-11-28) quotes the new 第一条, 根据宪法和《…组织法》、《…立法法》…制定本条例, and was stored as BASED_ON both laws. And a
 * title written with 《》 in one place and 〈〉 in another is the same title: the decision cited itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/parse/index.ts';
import { findQuotedReplacements } from '../../import/parse/find-quoted-replacements.ts';

// https://www.gxrd.gov.cn/html/art184339.html, cut after item (三) of its first part (test/data/decisions/README.md).
const guangxi = parsePolicyText(
  readFileSync(new URL('../data/decisions/guangxi-xiugai-lifa-tiaoli.txt', import.meta.url), 'utf8'),
  { file: 'guangxi-xiugai-lifa-tiaoli.txt' },
);

describe('广西 关于修改《广西壮族自治区立法条例》等五件地方性法规的决定 (2024-11-28)', () => {
  test('rests on neither law, and does not cite itself under its title written with 〈〉', () => {
    // The regulation it amends is still named in its text (the title's lines, 一、对《…》作出修改).
    expect(guangxi.citations.map((c) => [c.relation, c.title])).toEqual([['cites', '广西壮族自治区立法条例']]);
  });
});

describe('findQuotedReplacements', () => {
  const quoted = (lines: string[]) =>
    findQuotedReplacements(lines).map((spans, i) => spans.map(([a, b]) => lines[i]!.slice(a, b)));

  test.each([
    [
      'a quote after 修改为, quotes nested in it counted',
      ['(二)将第二条改为第三条,修改为:“坚持以“三个代表”重要思想为指导,依照《A法》。”其余不变《B》'],
      [['“坚持以“三个代表”重要思想为指导,依照《A法》。”']],
    ],
    [
      '增加一条，作为第四条：and 在…中增加',
      ['（三）增加一条，作为第四条：“依照《A法》。”', '在第二款中增加“《B》”；在第三款后增加一款。'],
      [['“依照《A法》。”'], ['“《B》”']],
    ],
    [
      'no quotes: from the colon to the end of the item',
      ['将第一条修改为：根据《A法》，制定本条例。'],
      [['根据《A法》，制定本条例。']],
    ],
    [
      '修改为： ending its line, the quote over paragraphs that each open with “',
      ['1.将引言修改为：', '', '“根据《A法》，', '', '“依照《B法》。”', '根据《C》，作如下修改。'],
      [[], [], ['“根据《A法》，'], [], ['“依照《B法》。”'], []],
    ],
    [
      'the old wording and quotes of other texts are no new wording',
      ['将第五条中的“《A》”修改为“《B》”。', '开展“《民法典》进万家”活动，增加“单位安排过多任务”。'],
      [['“《B》”'], []],
    ],
  ])('%s', (_name, lines, expected) => expect(quoted(lines)).toEqual(expected));
});
