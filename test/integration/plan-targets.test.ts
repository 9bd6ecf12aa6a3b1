/**
 * Quantified targets of real plans, as a researcher reads them through GraphQL after an import: a city's 2017 work
 * report decomposed (the year from its opening, 控制在103.5以内), a city's plan whose 一、主要目标 counts its villages
 * without a verb (树立美丽乡村示范村12个), and a city's report outline whose 一、 restarts three times (each part its own
 * node, its review reporting no target). The texts are in test/data/plan-pages-heldout, -heldout2 and -heldout3; their READMEs name the pages.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importPaths } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';

const { graph } = openTestGraph();
const data = (path: string): string => fileURLToPath(new URL(`../data/${path}`, import.meta.url));
const QIANJIANG = data('plan-pages-heldout/hb-qianjiang-gov-report-tasks-2017.txt');
const SANMING = data('plan-pages-heldout3/fj-sanming-infrastructure-plan-2018.txt');
const HARBIN = data('plan-pages-heldout3/hl-harbin-gov-report-2021-outline.txt');
let api: TestApi;

beforeAll(async () => {
  await resetGraph(graph);
  expect((await importPaths(graph, [QIANJIANG, SANMING, HARBIN])).failed).toEqual([]);
  api = await startTestApi(graph);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
});

interface GoalRow {
  kind: string;
  year: number | null;
  value: number | null;
  unit: string | null;
}
interface PolicyRow {
  id: string;
  title: string;
  tier: string | null;
  jurisdiction: string | null;
  goals: GoalRow[];
  parts: { id: string; label: string; heading: string }[];
  articles: { goals: GoalRow[] }[];
}

const POLICIES = `{ policies(sort: [{ id: ASC }]) {
  id title tier jurisdiction
  goals { kind year value unit }
  parts { id label heading }
  articles { goals { kind year value unit } }
} }`;

/** Every target of a policy and its articles, as `YEAR VALUEUNIT`, sorted. */
const targetsOf = (p: PolicyRow): string[] =>
  [...p.goals, ...p.articles.flatMap((a) => a.goals)]
    .filter((g) => g.kind === 'target')
    .map((g) => `${g.year ?? '-'} ${g.value}${g.unit ?? ''}`)
    .sort();

let policies: PolicyRow[];
const byFile = (name: string): PolicyRow => {
  const found = policies.find((p) => p.id.includes(name) || p.title.includes(name));
  if (!found) throw new Error(`no policy for ${name}: ${policies.map((p) => p.title).join(', ')}`);
  return found;
};

describe('targets of real plans in GraphQL', () => {
  beforeAll(async () => {
    const answer = await api.gql(POLICIES);
    expect(answer.body.errors).toBeUndefined();
    policies = answer.body.data!.policies as PolicyRow[];
  });

  test('a work report decomposed: the year its opening gives (2017年是…), an index with no unit', () => {
    expect(targetsOf(byFile('重点工作责任分解'))).toEqual([
      '2017 103.5',
      '2017 11%',
      '2017 16%',
      '2017 200亿元',
      '2017 4.5%',
      '2017 8%',
      '2017 8.5%',
      '2017 9%',
    ]);
  });

  test('a plan’s 主要目标: its year, and counts with no verb', () => {
    const sanming = policies.find((p) => p.id === '明政办〔2018〕57号')!;
    expect([sanming.tier, sanming.jurisdiction, targetsOf(sanming)]).toEqual([
      'municipal',
      '三明市',
      [
        '2018 1.8公里',
        '2018 125个',
        '2018 12个',
        '2018 130公里',
        '2018 145亿元',
        '2018 180公里',
        '2018 254公里',
        '2018 25亿元',
        '2018 2个',
        '2018 4226个',
        '2018 530公里',
      ],
    ]);
  });

  test('a report whose 一、 restarts: each part its own node, the review reporting no target', () => {
    const harbin = policies.find((p) => p.jurisdiction === '哈尔滨市')!;
    expect([harbin.tier, harbin.parts.map((p) => `${p.id.split('#')[1]} ${p.label}`)]).toEqual([
      'municipal',
      ['p1 一、', 'p2 二、', 'p3 一、', 'p4 二、', 'p5 一、', 'p6 二、'],
    ]);
    expect(targetsOf(harbin)).toEqual(['- 6%', '2025 5.5%']);
  });
});
