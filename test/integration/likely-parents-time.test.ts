// Documents in time through the graph: the read for alignment gives the dates of every version of a work (those with
// no articles too) and the works of what a policy cites, and likelyParents and sources answer from them. A tester's
// graph gave the State Council's rules of 2023 as the parent of 汉中's rules of 2014, whose 2013 text it held with no
// articles, and 镇巴's rules of 2024 as the first source of 太湖's of 2019. Trimmed real pages:
// test/data/time-order/README.md; the 2013 text of the rules is written here as a version with no articles.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildReadDocumentsQuery } from '../../graph/index.ts';
import { importPaths } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FILES = [
  'taihu-county-rules-2019.txt',
  'zhenba-county-rules-2024.txt',
  'hanzhong-city-rules-2014.txt',
  'state-council-rules-2023.txt',
].map((f) => join(root, 'test/data/time-order', f));

const RULES_2023 = 't:中华人民共和国|国务院工作规则@2023-03-17';
const RULES_2013 = 't:中华人民共和国|国务院工作规则@2013-03-20';
const WORK = 'w:中华人民共和国|国务院工作规则';
const HANZHONG = 't:|汉中市人民政府工作规则';
const ZHENBA = '镇政发〔2024〕7号';

const { graph } = openTestGraph();
let api: TestApi;

beforeAll(async () => {
  await resetGraph(graph);
  const summary = await importPaths(graph, FILES);
  expect(summary.failed).toEqual([]);
  // The 2013 text as a failed parse leaves it: a version of the work with its date and no articles. 镇巴 cites it
  // (its excerpt names 汉中's and 陕西's rules only): a citation resolved to another version of the work.
  await graph.write([
    {
      cypher: `MATCH (w:Work {id: $work})
               MERGE (v:Policy {id: $id}) SET v.title = '国务院工作规则', v.tier = 'national', v.issuedOn = '2013-03-20',
                     v.versionDate = '2013-03-20', v.workId = $work
               MERGE (w)-[:HAS_VERSION]->(v)`,
      params: { work: WORK, id: RULES_2013 },
    },
    {
      cypher: 'MATCH (p:Policy {id: $from}), (q:Policy {id: $to}) MERGE (p)-[:CITES]->(q)',
      params: { from: ZHENBA, to: RULES_2013 },
    },
  ]);
  api = await startTestApi(graph);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
});

const parents = async (id: string) =>
  (await api.gql('query ($id: ID!) { likelyParents(policyId: $id) { policy { id } cited laterVersion } }', { id }))
    .body;

describe('the read for alignment', () => {
  test('gives the dates of the other versions of its work, one with no articles too', async () => {
    const rows = await graph.read(buildReadDocumentsQuery([RULES_2023]));
    expect(rows.map((r) => [(r.policy as { id: string }).id, r.versionDates])).toEqual([[RULES_2023, ['2013-03-20']]]);
  });
});

describe('likelyParents in time', () => {
  test('汉中 (2014) is not given the 2023 rules: the graph holds the 2013 text, if with no articles', async () => {
    expect(await parents(HANZHONG)).toEqual({ data: { likelyParents: [] } });
  });

  test('镇巴 (2024) gets the rules in force; citing their 2013 text, it cites the work', async () => {
    const rows = await graph.read(buildReadDocumentsQuery([ZHENBA]));
    expect(rows[0]!.citedWorks).toContain(WORK);
    expect((await parents(ZHENBA)).data!.likelyParents).toContainEqual({
      policy: { id: RULES_2023 },
      cited: true,
      laterVersion: false,
    });
  });
});

describe('sources in time', () => {
  test('镇巴 (镇政发〔2024〕7号, published 2024-04-06) is no source of 太湖 (2019-01-17)', async () => {
    const answer = await api.gql('query ($id: ID!) { sources(articleId: $id, scope: ALL) { article { id } scope } }', {
      id: 't:|太湖县人民政府工作规则#p1/a2',
    });
    expect(answer.body.errors).toBeUndefined();
    const ids = (answer.body.data!.sources as { article: { id: string } }[]).map((s) => s.article.id);
    expect(ids.filter((id) => id.startsWith(ZHENBA))).toEqual([]);
  });
});
