import { describe, expect, test } from 'vitest';
import { compareWithTruth, foldedTitle, scaledTarget } from '../../import/evaluate/compare-with-truth.ts';
import { parsePolicyText } from '../../import/index.ts';

const text = [
  '某市推进高新技术产业发展行动方案',
  '一、主要目标',
  '到2025年，全市高新技术企业达到500家以上，研发投入强度达到3.5%左右，高新技术产业营业收入超万亿元。',
].join('\n');

describe('targets in the parse truth: every target the text sets, and no other', () => {
  test('an amount is judged on one scale, whichever way the truth or the parser writes it', () => {
    expect(scaledTarget('2025 1万亿元')).toBe(scaledTarget('2025 10000亿元'));
    expect(scaledTarget('2025 1.2万亿元')).toBe('2025 1200000000000元');
    expect(scaledTarget('2030 3.5%')).toBe('2030 3.5%');
    expect(scaledTarget('- 20万千瓦')).toBe('- 200000千瓦');
    expect(scaledTarget('2025 30千瓦')).toBe('2025 30千瓦');
  });

  test('the text’s three targets match a truth naming them in its own words, in any order', () => {
    const d = parsePolicyText(text, { file: 'plan.txt' });
    const verdict = compareWithTruth(d, { file: 'plan.txt', targets: ['2025 1万亿元', '2025 3.5%', '2025 500家'] });
    expect(verdict).toEqual([expect.objectContaining({ field: 'targets', ok: true })]);
  });

  test('a target the text does not set, or one missed, fails the field', () => {
    const d = parsePolicyText(text, { file: 'plan.txt' });
    const missing = compareWithTruth(d, { file: 'plan.txt', targets: ['2025 500家', '2025 3.5%'] });
    expect(missing[0]).toMatchObject({ field: 'targets', ok: false });
    const extra = compareWithTruth(d, {
      file: 'plan.txt',
      targets: ['2025 500家', '2025 3.5%', '2025 1万亿元', '2025 60%'],
    });
    expect(extra[0]).toMatchObject({ field: 'targets', ok: false });
  });
});

describe('titles and citations in the parse truth: nested marks are typography', () => {
  const decision = parsePolicyText(
    [
      '某省人民代表大会常务委员会关于修改〈某省甲条例〉的决定',
      '一、将第三条修改为:“本条例自公布之日起施行。”',
      '根据《某省人民代表大会常务委员会关于修改〈某省乙条例〉等三部地方性法规的决定》修正。',
    ].join('\n'),
    { file: 'decision.txt' },
  );

  test('a nested title set 〈〉, typed < > or ‹ ›, or given its 《》 back compares equal', () => {
    expect(
      new Set(
        ['关于修改〈某省甲条例〉的决定', '关于修改<某省甲条例>的决定', '关于修改‹某省甲条例›的决定'].map(foldedTitle),
      ),
    ).toEqual(new Set(['关于修改《某省甲条例》的决定']));
  });

  test('a truth writing 〈〉 where the parser writes 《》 (or the reverse) passes title and citations', () => {
    const verdicts = compareWithTruth(decision, {
      file: 'decision.txt',
      title: '某省人民代表大会常务委员会关于修改<某省甲条例>的决定',
      citations: ['某省人民代表大会常务委员会关于修改〈某省乙条例〉等三部地方性法规的决定'],
    });
    expect(verdicts.map((v) => [v.field, v.ok])).toEqual([
      ['title', true],
      ['citations', true],
    ]);
  });

  test('another wording still fails', () => {
    const [title] = compareWithTruth(decision, {
      file: 'decision.txt',
      title: '某省人民代表大会常务委员会关于修改〈某省丙条例〉的决定',
    });
    expect(title).toMatchObject({ field: 'title', ok: false });
  });
});
