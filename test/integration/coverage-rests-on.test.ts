/**
 * A document compared with a law only because it is near (it cites nothing, so it is aligned against the documents
 * above it: align/select-upper-documents.ts) carries none of the law's articles through a weak pair that is merely its
 * article's best: on real statutes a property-management regulation carried 大气污染防治法's articles at 0.08. The
 * fixture: 柳州市停车场管理办法 (made up, three articles of stock wording), beside 科学技术进步法 (2021).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FOLLOWED_FROM } from '../../align/index.ts';
import { alignGraph, LAWS_DIR } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';
import { importInto, query } from './import-support.ts';

const { graph } = openTestGraph();
const LAW = 't:中华人民共和国|科学技术进步法@2021-12-24';
const PARKING_TEXT = `柳州市停车场管理办法

第一条 为了加强本市停车场管理，规范停车秩序，根据有关法律法规，结合本市实际，制定本办法。

第二条 本市行政区域内停车场的规划、建设、使用和管理，适用本办法。

第三条 市人民政府应当加强对停车场工作的领导，将停车场建设纳入国民经济和社会发展规划。
`;
let dir: string;
let api: TestApi;
let parking: string;

beforeAll(async () => {
  await resetGraph(graph);
  dir = await mkdtemp(join(tmpdir(), 'policygraph-rests-on-'));
  const file = join(dir, 'parking.txt');
  await writeFile(file, PARKING_TEXT);
  const summary = await importInto(graph, [join(LAWS_DIR, '科学技术进步法(2021-12-24).md'), file]);
  expect(summary.failed).toEqual([]);
  await alignGraph(graph);
  const [row] = await query(graph, "MATCH (p:Policy {title: '柳州市停车场管理办法'}) RETURN p.id AS id");
  parking = String(row!.id);
  api = await startTestApi(graph);
}, 300_000);
afterAll(async () => {
  await api?.close();
  await graph.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a weak best pair into a document the lower one does not rest on is no counterpart', () => {
  test('the fixture: aligned with the law, resting on it by no relation, each article with a best pair under 0.14', async () => {
    const relations = await query(
      graph,
      'MATCH (p:Policy {id: $p})-[r:IMPLEMENTS|BASED_ON|CITES]->(q:Policy {id: $law}) RETURN type(r) AS type',
      { p: parking, law: LAW },
    );
    expect(relations).toEqual([]);
    const best = await query(
      graph,
      `MATCH (:Policy {id: $p})-[:HAS_ARTICLE]->(a:Article)-[r:ALIGNS_WITH]->(:Article)<-[:HAS_ARTICLE]-(:Policy {id: $law})
       RETURN a.id AS article, max(r.score) AS best ORDER BY article`,
      { p: parking, law: LAW },
    );
    expect(best.length).toBeGreaterThan(0);
    expect(best.some((b) => Number(b.best) < FOLLOWED_FROM)).toBe(true);
  });

  test('compare marks only pairs from 0.14 as counterparts, and coverage counts no article through the others', async () => {
    const compared = await api.gql(
      'query ($l: ID!, $u: ID!) { compare(lowerPolicyId: $l, upperPolicyId: $u) { pairs { score counterpart } } }',
      { l: parking, u: LAW },
    );
    expect(compared.body.errors).toBeUndefined();
    const pairs = compared.body.data!.compare.pairs as { score: number; counterpart: boolean }[];
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter((p) => p.counterpart !== p.score >= FOLLOWED_FROM)).toEqual([]);
    const coverage = await api.gql(
      'query ($u: ID!) { coverage(upperPolicyId: $u) { rows { counterparts { policy { id } bestScore } } } }',
      { u: LAW },
    );
    expect(coverage.body.errors).toBeUndefined();
    const byParking = (
      coverage.body.data!.coverage.rows as { counterparts: { policy: { id: string }; bestScore: number }[] }[]
    )
      .flatMap((r) => r.counterparts)
      .filter((c) => c.policy.id === parking);
    expect(byParking.filter((c) => c.bestScore < FOLLOWED_FROM)).toEqual([]);
  });
});
