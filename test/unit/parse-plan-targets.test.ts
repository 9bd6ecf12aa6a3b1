// Quantified targets of real plans (test/data/plan-pages, truth in test/data/parse-truth/plans): the year a plan sets
// without repeating it, a goal section's year over its lines, targets with no year, and what is no target at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPolicyFile } from '../../import/index.ts';
import { scaledTarget, targetsOf } from '../../import/evaluate/compare-with-truth.ts';
import { readGoals } from '../../import/parse/read-goals.ts';
import type { PolicyDocument } from '../../model/index.ts';

const PLAN_PAGES = join(import.meta.dirname, '..', 'data', 'plan-pages');
const readPlanPage = (name: string): Promise<PolicyDocument> => readPolicyFile(join(PLAN_PAGES, name), { file: name });

const truthOf = (name: string): string[] => {
  const truth = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'data', 'parse-truth', 'plans', `${name}.json`), 'utf8'),
  ) as { targets: string[] };
  return [...new Set(truth.targets.map(scaledTarget))].sort();
};

describe('targets of real plans', () => {
  test.each([
    // the plan's own year, named in its title or opening and not repeated by the targets
    'sn-ziyang-plan-2025',
    // a 到2025年 section's year over the lines under it
    'ha-xinxiang-manufacturing-2023',
    'nmg-baotou-made-in-china-2017',
    // 2025年年底前, 30%以上的…, 550万户
    'ha-province-rural-construction-trad',
    // 今年 names no year the text gives; 2025年年底前 does
    'ha-zhengzhou-rural-construction-trad',
    // targets with no year at all: 力争…达35%, 突破800万标箱, 超2200万人次
    'fj-fuzhou-14th-goals-trad',
    // a number before 到2025年 in its sentence, 83岁
    'gd-guangzhou-14th-plan-news',
    // base figures of the 十三五 review are none
    'nmg-ejina-14th-plan',
  ])('%s', async (name) => {
    expect(targetsOf((await readPlanPage(`${name}.txt`)).goals)).toEqual(truthOf(name));
  });

  test('a year opening the text (2024年我市实施…) is the plan’s; the list’s count and subsidy standards are none', async () => {
    const targets = targetsOf((await readPlanPage('ah-xuancheng-livelihood-2024.txt')).goals);
    expect(targets).toEqual(truthOf('ah-xuancheng-livelihood-2024'));
  });
});

describe('reading one text', () => {
  test('a year stated once holds for the goal section’s later lines', () => {
    const text =
      '到2025年，初步建成先进制造业强市。\n产业能级更高。制造业增加值比重稳定在30%以上，规模以上工业企业力争突破2200家。';
    expect(targetsOf(readGoals(text))).toEqual(['2025 2200家', '2025 30%']);
  });

  test('the plan’s year, given by its title, is the year of targets that name none', () => {
    expect(
      targetsOf(readGoals('地区生产总值同比增长6.5%以上，城乡居民人均可支配收入分别增长5.2%和6.5%。', { year: 2025 })),
    ).toEqual(['2025 5.2%', '2025 6.5%']);
  });

  test('targets with no year are read only where a verb sets them', () => {
    expect(
      targetsOf(readGoals('力争高新技术企业增加到4000家以上，集装箱吞吐量突破800万标箱。培训家政服务人员613人次。')),
    ).toEqual(['- 4000家', '- 613人次', '- 8000000标箱']);
  });

  test('statutes, fines and deadlines yield no target', () => {
    const statute = [
      '违反本条例规定的，由县级以上人民政府责令改正，处1000元以上5000元以下罚款。',
      '当事人应当在3个月内提出申请。',
      '评审委员会由不少于5名专家组成。',
    ].join('\n');
    expect(targetsOf(readGoals(statute))).toEqual([]);
    expect(targetsOf(readGoals(statute, { statute: true }))).toEqual([]);
    expect(targetsOf(readGoals('达到补助条件的给予最高不超过500万元财政资金补助。'))).toEqual([]);
  });

  test('2025年年底前 is 2025; 今年 is the document’s year when it is known, else none', () => {
    expect(targetsOf(readGoals('2025年年底前，农村自来水普及率达到93%。'))).toEqual(['2025 93%']);
    expect(targetsOf(readGoals('今年年底前，新改造卫生厕所3万户。', { currentYear: 2021 }))).toEqual(['2021 30000户']);
    expect(targetsOf(readGoals('今年年底前，新改造卫生厕所3万户。'))).toEqual(['- 30000户']);
  });

  test('"十四五"时期 and 到"十四五"末 are 2025, 十三五 2020; a number before 到2025年 is of that year', () => {
    expect(targetsOf(readGoals('经济年均增长6%左右，到2025年，地区生产总值达到3.5万亿元。'))).toEqual([
      '2025 3500000000000元',
      '2025 6%',
    ]);
    expect(targetsOf(readGoals('到“十四五”末，森林覆盖率达到41%。'))).toEqual(['2025 41%']);
    expect(targetsOf(readGoals('“十三五”期末，建成高标准农田100万亩。'))).toEqual(['2020 1000000亩']);
  });

  test('units: 岁, 亿斤, 人次; a range is its lower end', () => {
    expect(targetsOf(readGoals('到2025年，人均预期寿命达到83岁，粮食产量500亿斤，培训613人次，增速3%—5%。'))).toEqual([
      '2025 3%',
      '2025 50000000000斤',
      '2025 613人次',
      '2025 83岁',
    ]);
  });

  test('base figures are none: a past year’s level, 现有', () => {
    expect(targetsOf(readGoals('2020年全市GDP达到5000亿元，现有企业300家。', { currentYear: 2021 }))).toEqual([]);
    expect(targetsOf(readGoals('2020年全市GDP达到5000亿元；农村居民人均可支配收入完成26906元。'))).toEqual([]);
  });
});
