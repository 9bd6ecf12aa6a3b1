/**
 * Decimal outlines: emergency plans (应急预案) and technical plans number their divisions 1 总则 / 1.1 编制目的 /
 * 1.2 编制依据 / 2 组织体系 / 2.1 …, with 1.3.1 below. Until parser 0.2.19 no such line was structure: 新昌县森林火灾事故
 * 应急预案 had no article, and its section headings were taken as extra title lines.
 */
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { readWebPage } from '../support/web-pages.ts';

const parse = (lines: string[]) => parsePolicyText(lines.join('\n'), { file: 'plan.txt' });

describe('a decimal outline: N.M are articles, the line opening each N its part', () => {
  test('新昌’s forest-fire plan (a real repost): 1 总 则 over 1.1–1.4, its table of contents no structure', async () => {
    const d = await readWebPage('zj-xinchang-forest-fire-plan.txt');
    expect(d.parts.map((p) => [p.label, p.heading, p.articles.length])).toEqual([['1', '总 则', 4]]);
    expect(d.articles.map((a) => [a.label, a.heading])).toEqual([
      ['1.1', '编制目的'],
      ['1.2', '编制依据'],
      ['1.3', '适用范围'],
      ['1.4', '工作原则'],
    ]);
    expect(d.articles[3]!.items.map((i) => i.label)).toEqual(['(1)', '(2)', '(3)']);
    expect(d.issues.filter((i) => i.code === 'EXTRA_TITLE_LINE')).toEqual([]);
  });

  test('numbers restart in each part and are counted through; N.M.K are items; 1. may open a part', () => {
    const d = parse([
      '某县突发事件总体应急预案',
      '1. 总则',
      '1.1 编制目的',
      '为了提高应对突发事件的能力,制定本预案。',
      '1.2 适用范围',
      '本预案适用于本县行政区域内突发事件的应对工作。',
      '2. 组织体系',
      '2.1 领导机构',
      '县人民政府是本县突发事件应急管理工作的行政领导机构。',
      '2.1.1 县应急委员会',
      '负责统一领导全县突发事件应对工作。',
      '2.1.2 专项指挥部',
      '负责相关类别突发事件的应对工作。',
      '2.2 办事机构',
      '县应急管理局是县人民政府应急管理的办事机构。',
    ]);
    expect(d.parts.map((p) => [p.label, p.heading, p.articles.map((a) => a.label)])).toEqual([
      ['1.', '总则', ['1.1', '1.2']],
      ['2.', '组织体系', ['2.1', '2.2']],
    ]);
    expect(d.articles.map((a) => a.number)).toEqual([1, 2, 3, 4]);
    expect(d.articles[2]!.items.map((i) => i.label)).toEqual(['2.1.1', '2.1.2']);
  });

  test('a list 1. 2. under an N.M, where the Ns are written 1. 2., stays the article’s items', () => {
    const d = parse([
      '某县森林火灾应急预案',
      '1. 总则',
      '1.1 编制目的',
      '为了有效预防森林火灾。',
      '2. 组织体系',
      '2.1 指挥机构',
      '县政府设立指挥部。',
      '2.2 工作职责',
      '指挥部主要职责如下：',
      '1. 组织灭火。',
      '2. 协调物资。',
      '3. 应急响应',
      '3.1 分级响应',
      '根据火情分为四级。',
    ]);
    expect(d.parts.map((p) => [p.label, p.articles.map((a) => a.label)])).toEqual([
      ['1.', ['1.1']],
      ['2.', ['2.1', '2.2']],
      ['3.', ['3.1']],
    ]);
    expect(d.articles[2]!.items.map((i) => i.label)).toEqual(['1.', '2.']);
  });

  test('an amount with its unit opening a wrapped line inside an outline is text, not an N.M', () => {
    const d = parse([
      '某县森林火灾应急预案',
      '1 总则',
      '1.1 编制目的',
      '为了有效预防森林火灾。',
      '1.2 编制依据',
      '依据有关法律。',
      '2 保障',
      '2.1 资金保障',
      '县财政每年安排应急资金',
      '1.5亿元，用于物资储备。',
      '2.2 物资保障',
      '储备物资。',
    ]);
    expect(d.articles.map((a) => a.label)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    expect(d.articles[2]!.text).toContain('1.5亿元，用于物资储备。');
  });

  test('amounts opening wrapped lines, and a single N.M, make no outline', () => {
    const d = parse([
      '某市关于支持企业发展的若干措施',
      '一、加大财政支持',
      '对年营业收入首次突破',
      '1.5 亿元的企业,给予一次性奖励。',
      '二、强化金融服务',
      '设立规模',
      '2.3 亿元的产业基金。',
      '三、优化营商环境',
      '3 个月内完成审批。',
    ]);
    expect(d.articles.map((a) => a.label)).toEqual(['一、', '二、', '三、']);
  });
});
