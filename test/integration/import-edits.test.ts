/**
 * Re-importing an edited file: updates in place, removes what the text no longer has, keeps reviewed alignments
 * (and so their articles, marked stale); and all-or-nothing — a failure injected into a document's transaction
 * leaves nothing of it, neither on a first import nor on a re-import.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { CORPUS_DIR } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { failingWrites } from '../support/failing-graph.ts';
import { importInto, query, snapshotGraph } from './import-support.ts';

const { graph } = openTestGraph();
let dir: string;
let state: string;
const ID = '国发〔2020〕7号';

beforeEach(async () => {
  await resetGraph(graph);
  dir = await mkdtemp(join(tmpdir(), 'policygraph-import-edits-'));
  state = join(dir, 'state-council-hitech-opinions.txt');
  await copyFile(`${CORPUS_DIR}state-council-hitech-opinions.txt`, state);
});
afterAll(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')));
}

async function articleIds(): Promise<string[]> {
  const rows = await query(
    graph,
    `MATCH (:Policy {id: $id})-[:HAS_ARTICLE]->(a:Article) RETURN a.id AS id ORDER BY a.order`,
    { id: ID },
  );
  return rows.map((r) => r.id as string);
}

describe('re-import of an edited file', () => {
  test('a deleted article is removed, an edited heading updated, everything else keeps its id', async () => {
    await importInto(graph, [state]);
    const before = await articleIds();
    expect(before).toHaveLength(21);
    await edit(state, (t) =>
      t.replace('(二十一)强化动态管理。\n', '').replace('(十六)优化营商环境。', '(十六)持续优化营商环境。'),
    );
    const summary = await importInto(graph, [state]);
    expect(summary.failed).toEqual([]);
    expect(await articleIds()).toEqual(before.filter((id) => id !== `${ID}#p7/a21`));
    expect(
      await query(graph, `MATCH (a:Article) WHERE a.id IN [$gone, $edited] RETURN a.id AS id, a.heading AS heading`, {
        gone: `${ID}#p7/a21`,
        edited: `${ID}#p6/a16`,
      }),
    ).toEqual([{ id: `${ID}#p6/a16`, heading: '持续优化营商环境' }]);
    const counts = (await snapshotGraph(graph)).labels;
    expect([counts.Policy, counts.Part, counts.Article]).toEqual([1, 7, 20]);
  });

  test('a misread number corrected in the same file: one Policy, which takes in the cited-only node of the right number', async () => {
    const guangxi = `${CORPUS_DIR}guangxi-hitech-measures.txt`;
    await edit(state, (t) => t.replace('国发〔2020〕7号\n', '国发〔2020〕77号\n'));
    await importInto(graph, [state, guangxi]);
    // The measures cite 国发〔2020〕7号, which no document carries yet: a cited-only node.
    expect(await query(graph, `MATCH (p:Policy {docNumber: $n}) RETURN p.status AS status`, { n: ID })).toEqual([
      { status: 'cited' },
    ]);
    await edit(state, (t) => t.replace('国发〔2020〕77号\n', `${ID}\n`));
    const summary = await importInto(graph, [state]);
    expect(summary.failed).toEqual([]);
    expect(
      await query(
        graph,
        `MATCH (p:Policy) WHERE p.title STARTS WITH '国务院'
        OPTIONAL MATCH (l:Policy)-[:IMPLEMENTS]->(p)
        RETURN p.id AS id, p.docNumber AS number, p.status AS status, collect(l.id) AS implementedBy`,
      ),
    ).toEqual([
      {
        id: '国发〔2020〕77号',
        number: ID,
        status: 'full',
        implementedBy: ['t:广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施'],
      },
    ]);
    expect((await snapshotGraph(graph)).labels.Policy).toBe(2);
  });

  test('an article with a confirmed alignment stays (stale) with it; a suggested alignment goes with its article', async () => {
    await importInto(graph, [state, `${CORPUS_DIR}guangxi-hitech-measures.txt`]);
    const gx = 't:广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施';
    await graph.write([
      {
        cypher: `MATCH (l1:Article {id: $l1}), (l2:Article {id: $l2}), (u20:Article {id: $u20}), (u19:Article {id: $u19})
        CREATE (l1)-[:ALIGNS_WITH {id: 'c', status: 'confirmed', score: 0.9}]->(u20), (l2)-[:ALIGNS_WITH {id: 's', status: 'suggested', score: 0.5}]->(u19)`,
        params: { l1: `${gx}#p1/a1`, l2: `${gx}#p1/a2`, u20: `${ID}#p7/a20`, u19: `${ID}#p6/a19` },
      },
    ]);
    await edit(state, (t) => t.replace('(二十)加强组织领导。\n', '').replace('(十九)建设绿色生态园区。\n', ''));
    await importInto(graph, [state]);
    const rows = await query(
      graph,
      `MATCH (a:Article) WHERE a.id IN [$a19, $a20]
      OPTIONAL MATCH (a)<-[r:ALIGNS_WITH]-() RETURN a.id AS id, a.stale AS stale, r.status AS status`,
      { a19: `${ID}#p6/a19`, a20: `${ID}#p7/a20` },
    );
    expect(rows).toEqual([{ id: `${ID}#p7/a20`, stale: true, status: 'confirmed' }]);
    expect(await query(graph, `MATCH ()-[r:ALIGNS_WITH]->() RETURN r.id AS id`)).toEqual([{ id: 'c' }]);
  });
});

describe('re-import of an edited interpretation', () => {
  const making = (): Promise<Record<string, unknown>[]> =>
    query(
      graph,
      `MATCH (m:Policy {docNumber: '柳政规〔2021〕18号'})
    OPTIONAL MATCH (g:Agency)-[r:ISSUED|DRAFTED|APPROVED]->(m)
    WITH m, collect(type(r) + ' ' + g.id + ' ' + coalesce(r.source, '')) AS roles
    OPTIONAL MATCH (m)-[:HAS_EVENT]->(e:Event)
    RETURN roles, collect(e.kind + ' ' + e.source) AS events`,
    );
  const sorted = (rows: Record<string, unknown>[]) =>
    rows.map((r) => ({ roles: [...(r.roles as string[])].sort(), events: [...(r.events as string[])].sort() }));

  test('an approver and a step it no longer names leave the measures; what the measures say of themselves stays', async () => {
    const interpretation = join(dir, 'liuzhou-hitech-measures-interpretation.txt');
    await copyFile(`${CORPUS_DIR}liuzhou-hitech-measures-interpretation.txt`, interpretation);
    await importInto(graph, [interpretation, `${CORPUS_DIR}liuzhou-hitech-measures.txt`]);
    const [source] = (await query(graph, `MATCH (p:Policy {kind: 'interpretation'}) RETURN p.id AS id`)).map(
      (r) => r.id as string,
    );
    const own = `ISSUED 柳州市人民政府 柳政规〔2021〕18号`;
    expect(sorted(await making())).toEqual([
      {
        roles: [
          `APPROVED 中共柳州市委全面深化改革委员会 ${source}`,
          `APPROVED 柳州市人民政府 ${source}`,
          `DRAFTED 柳州市科学技术局 ${source}`,
          own,
        ],
        events: ['approval', 'consultation', 'drafting', 'issuance'].map((k) => `${k} ${source}`),
      },
    ]);
    const before = (await snapshotGraph(graph)).labels;
    // The 深改委 meeting is no longer named as approving, and the drafting sentence is gone.
    await edit(interpretation, (t) =>
      t
        .replace('经市人民政府常务会、市委全面深化改革委员会会议审议通过', '经市人民政府常务会审议通过')
        .replace(/[^。]*文件起草。/, ''),
    );
    expect((await importInto(graph, [interpretation])).failed).toEqual([]);
    expect(sorted(await making())).toEqual([
      {
        roles: [`APPROVED 柳州市人民政府 ${source}`, `DRAFTED 柳州市科学技术局 ${source}`, own],
        events: ['approval', 'consultation', 'issuance'].map((k) => `${k} ${source}`),
      },
    ]);
    // One Event fewer; the 深改委 had no other role, so its Agency goes too.
    const after = (await snapshotGraph(graph)).labels;
    expect([after.Event! - before.Event!, after.Agency! - before.Agency!]).toEqual([-1, -1]);
    expect(await query(graph, `MATCH (g:Agency {id: '中共柳州市委全面深化改革委员会'}) RETURN g.id AS id`)).toEqual([]);
  });
});

describe('all or nothing', () => {
  test('a failure injected mid-document on a first import leaves nothing of that document', async () => {
    await importInto(graph, [`${CORPUS_DIR}guangxi-hitech-measures.txt`]);
    const before = await snapshotGraph(graph);
    const summary = await importInto(failingWrites(graph, 'state-council-hitech-opinions.txt', 6), [state]);
    expect(summary.documents).toBe(0);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]).toMatchObject({ file: 'state-council-hitech-opinions.txt', code: 'NEO4J_QUERY' });
    expect(summary.failed[0]!.message).toMatch(
      /^state-council-hitech-opinions\.txt: the write failed and nothing of it was written: /,
    );
    expect(await snapshotGraph(graph)).toEqual(before);
  });

  test("a failure in an edited interpretation's re-import leaves the roles and events it gave the measures as they were", async () => {
    const interpretation = join(dir, 'liuzhou-hitech-measures-interpretation.txt');
    await copyFile(`${CORPUS_DIR}liuzhou-hitech-measures-interpretation.txt`, interpretation);
    await importInto(graph, [interpretation, `${CORPUS_DIR}liuzhou-hitech-measures.txt`]);
    const before = await snapshotGraph(graph);
    await edit(interpretation, (t) =>
      t
        .replace('经市人民政府常务会、市委全面深化改革委员会会议审议通过', '经市人民政府常务会审议通过')
        .replace(/[^。]*文件起草。/, ''),
    );
    const summary = await importInto(failingWrites(graph, 'liuzhou-hitech-measures-interpretation.txt', 10_000), [
      interpretation,
    ]);
    expect(summary.failed.map((f) => f.code)).toEqual(['NEO4J_QUERY']);
    expect(await snapshotGraph(graph)).toEqual(before);
  });

  test('a failure after the last statement of a re-import of an edited file leaves the previous version whole', async () => {
    await importInto(graph, [state]);
    const before = await snapshotGraph(graph);
    const headings = await query(
      graph,
      `MATCH (a:Article {policyId: $id}) RETURN a.id AS id, a.heading AS heading ORDER BY id`,
      { id: ID },
    );
    await edit(state, (t) => t.replace('(二十一)强化动态管理。\n', '').replace('(一)指导思想。', '(一)新的指导思想。'));
    const summary = await importInto(failingWrites(graph, 'state-council-hitech-opinions.txt', 10_000), [state]);
    expect(summary.failed.map((f) => f.code)).toEqual(['NEO4J_QUERY']);
    expect(await snapshotGraph(graph)).toEqual(before);
    expect(
      await query(graph, `MATCH (a:Article {policyId: $id}) RETURN a.id AS id, a.heading AS heading ORDER BY id`, {
        id: ID,
      }),
    ).toEqual(headings);
  });
});
