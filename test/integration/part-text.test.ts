/**
 * A part's own text (the text under its heading before any article) in the graph and in GraphQL: 阜阳's 打赢蓝天保卫战
 * plan states its 2020 targets as the text of 一、总体要求, with no numbered item (test/data/part-targets/README.md
 * names the pages). Stored as Part.text, found by search, added to a graph an earlier writer left without it, and
 * compared in `compare(…).partPairs` against the State Council's plan under the same heading.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importPaths } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';

const { graph } = openTestGraph();
const DIR = fileURLToPath(new URL('../data/part-targets/', import.meta.url));
const FUYANG = `${DIR}fuyang-lantian-fangan.txt`;
const GUOFA = `${DIR}guofa-2018-22-lantian.txt`;
let api: TestApi;

const TARGETS =
  '以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大精神,认真落实全国、全省及全市生态环境保护大会部署要求,' +
  '持续开展大气污染防治行动,大幅减少主要大气污染物排放总量,协同减少温室气体排放,进一步明显降低细颗粒物(PM2.5)浓度,' +
  '明显减少重污染天数,明显改善环境空气质量,明显增强人民的蓝天幸福感。到2020年,二氧化硫、氮氧化物排放总量分别比2015年下降' +
  '11.2%、14.4%;PM2.5浓度比2015年下降18%以上,空气质量优良天数和重度及以上污染天数比率达到省考核要求;全面实现“十三五”约束性目标。';

const GUOFA_GUIDING =
  '以总书记新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中全会精神,认真落实党中央、国务院决策部署和全国生态环境保护大会要求,' +
  '坚持新发展理念,坚持全民共治、源头防治、标本兼治,以京津冀及周边地区、长三角地区、汾渭平原等区域(以下称重点区域)为重点,持续开展大气污染防治行动,' +
  '综合运用经济、法律、技术和必要的行政手段,大力调整优化产业结构、能源结构、运输结构和用地结构,强化区域联防联控,狠抓秋冬季污染治理,' +
  '统筹兼顾、系统谋划、精准施策,坚决打赢蓝天保卫战,实现环境效益、经济效益和社会效益多赢。';

beforeAll(async () => {
  await resetGraph(graph);
  expect((await importPaths(graph, [FUYANG, GUOFA])).failed).toEqual([]);
  api = await startTestApi(graph);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
});

const FUYANG_ID = 't:|阜阳市打赢蓝天保卫战三年行动计划实施方案';
const GUOFA_ID = '国发〔2018〕22号';

const PARTS = `query ($id: ID!) { policies(where: { id: { eq: $id } }) { parts { id label heading text } } }`;

describe('Part.text', () => {
  test("the text under 一、总体要求 is the part's text; a part whose text starts with its articles has none", async () => {
    expect((await api.gql(PARTS, { id: FUYANG_ID })).body).toEqual({
      data: {
        policies: [
          {
            parts: [
              { id: `${FUYANG_ID}#p1`, label: '一、', heading: '总体要求', text: TARGETS },
              { id: `${FUYANG_ID}#p2`, label: '二、', heading: '主要任务', text: null },
            ],
          },
        ],
      },
    });
  });

  test('search finds the targets in the part', async () => {
    const answer = await api.gql('{ search(phrase: "PM2.5浓度比2015年下降18%", limit: 3) { kind nodeId title } }');
    expect(answer.body).toEqual({
      data: { search: [{ kind: 'Part', nodeId: `${FUYANG_ID}#p1`, title: '一、总体要求' }] },
    });
  });

  test('a re-import adds the text to a graph an earlier writer left without it', async () => {
    await graph.write([{ cypher: 'MATCH (pt:Part) REMOVE pt.text', params: {} }]);
    expect((await api.gql(PARTS, { id: FUYANG_ID })).body.data!.policies[0].parts[0].text).toBeNull();
    expect((await importPaths(graph, [FUYANG])).failed).toEqual([]);
    expect((await api.gql(PARTS, { id: FUYANG_ID })).body.data!.policies[0].parts[0].text).toBe(TARGETS);
  });
});

describe('compare(…).partPairs', () => {
  test("阜阳's targets against the State Council's 一、总体要求, which this copy cuts before its figures", async () => {
    const answer = await api.gql(
      `query ($lower: ID!, $upper: ID!) { compare(lowerPolicyId: $lower, upperPolicyId: $upper) {
        partPairs { lower { id label heading } upper { id label heading policy { docNumber } } pairedBy upperText
                    changes { kind verdict detail lowerText lowerStart lowerEnd upperText } } } }`,
      { lower: FUYANG_ID, upper: GUOFA_ID },
    );
    const added = (kind: string, text: string, detail: string) => ({
      kind,
      verdict: 'added',
      detail: `added: ${detail}`,
      lowerText: text,
      lowerStart: TARGETS.indexOf(text),
      lowerEnd: TARGETS.indexOf(text) + text.length,
      upperText: null,
    });
    expect(answer.body).toEqual({
      data: {
        compare: {
          partPairs: [
            {
              lower: { id: `${FUYANG_ID}#p1`, label: '一、', heading: '总体要求' },
              upper: { id: `${GUOFA_ID}#p1`, label: '一、', heading: '总体要求', policy: { docNumber: GUOFA_ID } },
              pairedBy: 'HEADING',
              // The upper part has no text of its own: what it states is its articles', one a line.
              upperText: `指导思想。${GUOFA_GUIDING}\n目标指标。经过3年努力,大幅减少主要大气污染物排放总量,协同减少温室气体排放,进一步明显降低细颗`,
              // Every target is added: the copy of 国发〔2018〕22号 stops before its figures.
              changes: [
                added('share', '11.2%', '11.2%'),
                added('share', '14.4%', '14.4%'),
                added('share', '18%', '18%'),
                added('year', '到2020年', '2020'),
              ],
            },
          ],
        },
      },
    });
    expect(answer.body.data!.compare.partPairs[0].changes.map((c: { lowerStart: number }) => c.lowerStart)).toEqual([
      183, 189, 210, 153,
    ]);
  });
});
