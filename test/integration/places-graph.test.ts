/**
 * Places in the graph (issue 13), against a real Neo4j: re-importing the bundled corpus leaves no agency without
 * its jurisdiction and no duplicate; Jurisdiction nodes hang on their parents up to 中华人民共和国; GraphQL
 * `jurisdictions(name:)` with parent, children, policies and policiesWithin; a curator sets the tier of a document
 * whose text does not tell it, and a re-import keeps it.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureSchema } from '../../graph/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { CURATOR_TOKEN, READER_TOKEN, startTestApi, type TestApi } from './api-harness.ts';
import { importInto, query } from './import-support.ts';

const { graph } = openTestGraph();
const PLACES = fileURLToPath(new URL('../data/places/', import.meta.url));
const CITY = `${PLACES}example-city-measures-paraphrased.txt`;
const UNKNOWN = `${PLACES}notice-without-clue.txt`;
let api: TestApi;

const count = async (cypher: string): Promise<number> => Number((await query(graph, cypher))[0]?.n ?? -1);

beforeAll(async () => {
  await resetGraph(graph);
  await ensureSchema(graph);
  await importInto(graph, []);
  await importInto(graph, [CITY, UNKNOWN]);
  // Re-import everything: nothing may be duplicated or lose its place.
  await importInto(graph, []);
  await importInto(graph, [CITY, UNKNOWN]);
  api = await startTestApi(graph);
}, 600_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
});

describe('agencies after re-importing the bundled corpus', () => {
  test('no agency without a jurisdiction where one is known, each linked to its Jurisdiction node', async () => {
    // Only the notice whose text names no place has agencies without one; they belong to that document alone.
    const placeless = await query(
      graph,
      'MATCH (a:Agency) WHERE NOT coalesce(a.collective, false) AND a.jurisdiction IS NULL RETURN a.id AS id ORDER BY id',
    );
    const [notice] = await query(
      graph,
      "MATCH (p:Policy) WHERE p.file ENDS WITH 'notice-without-clue.txt' RETURN p.id AS id",
    );
    expect(placeless.map((r) => r.id)).toEqual([`${notice!.id}/市科学技术局`, `${notice!.id}/财政局`]);
    expect(
      await count(
        'MATCH (a:Agency) WHERE a.jurisdiction IS NOT NULL AND NOT (a)-[:IN_JURISDICTION]->(:Jurisdiction {id: a.jurisdiction}) RETURN count(a) AS n',
      ),
    ).toBe(0);
  });

  test('no duplicates: one node per (jurisdiction, canonical name), no unexpanded 市/省/县 names', async () => {
    expect(
      await count(
        'MATCH (a:Agency) WITH a.jurisdiction AS j, a.name AS name, count(*) AS c WHERE c > 1 RETURN count(*) AS n',
      ),
    ).toBe(0);
    // A level word (市科技局) is expanded wherever the document's place is known.
    expect(
      await count(
        "MATCH (a:Agency) WHERE a.jurisdiction IS NOT NULL AND NOT coalesce(a.collective, false) AND a.name =~ '^(市|省|县|区|自治区).*' RETURN count(a) AS n",
      ),
    ).toBe(0);
    expect(await count('MATCH (a:Agency) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n')).toBe(0);
    const names = (
      await query(graph, "MATCH (a:Agency {jurisdiction: '示例市'}) RETURN a.name AS name ORDER BY name")
    ).map((r) => r.name);
    expect(names).toContain('示例市科学技术局');
    expect(names).toContain('示例市财政局');
    expect(names).toContain('示例市发展和改革委员会');
  });
});

describe('Jurisdiction nodes', () => {
  test('every one hangs on its parent up to 中华人民共和国', async () => {
    expect(
      await count(
        "MATCH (j:Jurisdiction) WHERE j.id <> '中华人民共和国' AND NOT (j)-[:PART_OF*1..5]->(:Jurisdiction {id: '中华人民共和国'}) RETURN count(j) AS n",
      ),
    ).toBe(0);
    const chain = await query(
      graph,
      "MATCH p = (:Jurisdiction {id: '柳州市'})-[:PART_OF*]->(:Jurisdiction {id: '中华人民共和国'}) RETURN [n IN nodes(p) | n.name + '/' + n.tier] AS chain",
    );
    expect(chain.map((r) => r.chain)).toEqual([
      ['柳州市/municipal', '广西壮族自治区/provincial', '中华人民共和国/national'],
    ]);
    expect(await count('MATCH (j:Jurisdiction) WHERE size([(j)-[:PART_OF]->(p) | p]) > 1 RETURN count(j) AS n')).toBe(
      0,
    );
  });

  test('a place the map does not know is marked, with the tier its name says', async () => {
    const rows = await query(
      graph,
      "MATCH (j:Jurisdiction {id: '示例市'}) RETURN j.tier AS tier, j.notInMap AS notInMap, j.code AS code",
    );
    expect(rows).toEqual([{ tier: 'municipal', notInMap: true, code: null }]);
  });

  test('places of the map are not marked: jurisdictionsConnection lists only 示例市 as notInMap', async () => {
    const answer = await api.gql(
      `{ jurisdictionsConnection(sort: [{ name: ASC }]) { edges { node { name code notInMap } } } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    const nodes = answer.body.data!.jurisdictionsConnection.edges.map(
      (e: { node: { name: string; code: string | null; notInMap: boolean } }) => e.node,
    );
    expect(nodes.filter((n: { notInMap: boolean }) => n.notInMap).map((n: { name: string }) => n.name)).toEqual([
      '示例市',
    ]);
    expect(nodes).toContainEqual({ name: '广西壮族自治区', code: '450000', notInMap: false });
  });
});

describe('GraphQL', () => {
  test('jurisdictions(name:) with parent, children, policies and every document within', async () => {
    const answer = await api.gql(
      `{ jurisdictions(name: "广西") { name tier code parent { name } children { name } policies { title } policiesWithin { title } } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    const [guangxi] = answer.body.data!.jurisdictions;
    expect(guangxi).toMatchObject({
      name: '广西壮族自治区',
      tier: 'provincial',
      code: '450000',
      parent: { name: '中华人民共和国' },
      children: [{ name: '柳州市' }],
    });
    // The province's own measures and the 科技强桂 plan they cite (a cited-only node placed by its 桂 slogan).
    const own = guangxi.policies.map((p: { title: string }) => p.title).sort();
    expect(own).toEqual(
      ['关于促进广西高新技术产业开发区高质量发展的若干措施', '科技强桂三年行动方案(2021—2023年)'].sort(),
    );
    const within = guangxi.policiesWithin.map((p: { title: string }) => p.title);
    expect(within.filter((t: string) => !own.includes(t)).sort()).toEqual(
      [
        '柳州市关于促进高新技术产业开发区高质量发展的若干措施',
        '《柳州市关于促进高新技术产业开发区高质量发展的若干措施》政策解读',
      ].sort(),
    );
  });

  test('Policy.inJurisdiction and the generated connection still answer', async () => {
    const answer =
      await api.gql(`{ policies(where: { title: { eq: "柳州市关于促进高新技术产业开发区高质量发展的若干措施" } }) { inJurisdiction { name parent { name } } }
      jurisdictionsConnection(where: { tier: { eq: national } }) { totalCount } }`);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({
      policies: [{ inJurisdiction: { name: '柳州市', parent: { name: '广西壮族自治区' } } }],
      jurisdictionsConnection: { totalCount: 1 },
    });
  });

  test('setPolicyTier: refused without the curator role; a curator sets it; a re-import keeps it', async () => {
    const [row] = await query(
      graph,
      "MATCH (p:Policy) WHERE p.file ENDS WITH 'notice-without-clue.txt' RETURN p.id AS id, p.tier AS tier",
    );
    expect(row!.tier).toBeNull();
    const mutation = 'mutation ($id: ID!) { setPolicyTier(policyId: $id, tier: county) { id tier tierSetBy } }';
    expect(
      (await api.gql(mutation, { id: row!.id }, READER_TOKEN)).body.errors?.map((e) => e.extensions?.code),
    ).toEqual(['FORBIDDEN']);
    const answer = await api.gql(mutation, { id: row!.id }, CURATOR_TOKEN);
    expect(answer.body.data).toEqual({ setPolicyTier: { id: row!.id, tier: 'county', tierSetBy: 'curator-li' } });
    await importInto(graph, [UNKNOWN]);
    expect(await query(graph, 'MATCH (p:Policy {id: $id}) RETURN p.tier AS tier', { id: row!.id })).toEqual([
      { tier: 'county' },
    ]);
    expect(
      (await api.gql(mutation, { id: 'no-such-policy' }, CURATOR_TOKEN)).body.errors?.map((e) => e.extensions?.code),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
