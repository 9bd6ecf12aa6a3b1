/**
 * The Liuzhou pair in both import orders, each file in its own run (so only the graph carries what one file says of
 * the other): one node with 柳政规〔2021〕18号 either way; a cited-only node is upgraded in place, keeping its id.
 * The interpretation's 文件印发过程 (drafter, approvers, drafting → consultation → approval → issuance) lands on
 * the measures either way, marked with the interpretation as its source, and no re-import of either file
 * duplicates or drops it.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { CORPUS_DIR } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { importInto, query, snapshotGraph } from './import-support.ts';

const { graph } = openTestGraph();
afterAll(() => graph.close());

const MEASURES = `${CORPUS_DIR}liuzhou-hitech-measures.txt`;
const INTERPRETATION = `${CORPUS_DIR}liuzhou-hitech-measures-interpretation.txt`;
const MEASURES_KEY = '柳州市|关于促进高新技术产业开发区高质量发展的若干措施';

async function liuzhouMeasures(): Promise<Record<string, unknown>[]> {
  return query(
    graph,
    `MATCH (p:Policy) WHERE p.titleKey = $key OR p.docNumber = '柳政规〔2021〕18号'
    OPTIONAL MATCH (i:Policy)-[:INTERPRETS]->(p)
    RETURN p.id AS id, p.docNumber AS docNumber, p.status AS status, p.file AS file, p.articleCount AS articles, i.file AS interpretedBy`,
    { key: MEASURES_KEY },
  );
}

const INTERPRETATION_FILE = 'liuzhou-hitech-measures-interpretation.txt';

/** Roles and events on the measures (by number or file: without the interpretation they have no number) and on the interpretation, with the file of their source. */
async function makingOf(): Promise<{ measures: string[]; interpretation: string[] }> {
  const roles = await query(
    graph,
    `MATCH (g:Agency)-[r:ISSUED|DRAFTED|APPROVED]->(p:Policy)
    WHERE p.docNumber = '柳政规〔2021〕18号' OR p.file IN [$file, 'liuzhou-hitech-measures.txt']
    OPTIONAL MATCH (s:Policy {id: r.source})
    RETURN CASE WHEN p.file = $file THEN 'interpretation' ELSE 'measures' END AS on,
      type(r) + ' ' + g.id + ' (' + coalesce(r.detail, '-') + ') from ' + coalesce(s.file, 'no source') AS line`,
    { file: INTERPRETATION_FILE },
  );
  const events = await query(
    graph,
    `MATCH (p:Policy)-[:HAS_EVENT]->(e:Event)
    WHERE p.docNumber = '柳政规〔2021〕18号' OR p.file IN [$file, 'liuzhou-hitech-measures.txt']
    OPTIONAL MATCH (s:Policy {id: e.source})
    RETURN CASE WHEN p.file = $file THEN 'interpretation' ELSE 'measures' END AS on,
      'event ' + e.kind + ' ' + coalesce(e.start, '') + '..' + coalesce(e.end, '') + ' units ' + coalesce(toString(toInteger(e.units)), '-')
        + ' rounds ' + coalesce(toString(toInteger(e.rounds)), '-') + ' from ' + coalesce(s.file, 'no source') AS line`,
    { file: INTERPRETATION_FILE },
  );
  const out = { measures: [] as string[], interpretation: [] as string[] };
  for (const row of [...roles, ...events]) out[row.on as 'measures' | 'interpretation'].push(row.line as string);
  return { measures: out.measures.sort(), interpretation: out.interpretation.sort() };
}

const FROM = `from ${INTERPRETATION_FILE}`;
/** What the interpretation says of the measures' making, read off its 四、文件印发过程 and its 牵头制订 line. */
const MAKING_OF_MEASURES = [
  `APPROVED 中共柳州市委全面深化改革委员会 (市委全面深化改革委员会会议) ${FROM}`,
  `APPROVED 柳州市人民政府 (市人民政府常务会) ${FROM}`,
  `DRAFTED 柳州市科学技术局 (市科技局牵头制订) ${FROM}`,
  `event approval 2021-12.. units - rounds - ${FROM}`,
  `event consultation 2021-10-12..2021-11-25 units 80 rounds 2 ${FROM}`,
  `event drafting 2021-03..2021-09 units - rounds - ${FROM}`,
  `event issuance 2021-12.. units - rounds - ${FROM}`,
];
/** The interpretation keeps its own issuer; the cited law's 修订 note is that citation's version, not its event. */
const OWN_OF_INTERPRETATION = [`ISSUED 柳州市科学技术局 (-) ${FROM}`];
const MEASURES_ISSUER = 'ISSUED 柳州市人民政府 (-) from liuzhou-hitech-measures.txt';

describe("the interpretation's account of how the measures were made hangs on the measures", () => {
  test('measures first, then the interpretation; re-importing either changes nothing', async () => {
    await resetGraph(graph);
    await importInto(graph, [MEASURES]);
    expect(await makingOf()).toEqual({ measures: [MEASURES_ISSUER], interpretation: [] });
    await importInto(graph, [INTERPRETATION]);
    const expected = {
      measures: [...MAKING_OF_MEASURES, MEASURES_ISSUER].sort(),
      interpretation: OWN_OF_INTERPRETATION,
    };
    expect(await makingOf()).toEqual(expected);
    const snapshot = await snapshotGraph(graph);
    await importInto(graph, [MEASURES]);
    await importInto(graph, [INTERPRETATION]);
    expect(await makingOf()).toEqual(expected);
    expect(await snapshotGraph(graph)).toEqual(snapshot);
  });

  test('interpretation first (the measures only cited), then the measures; re-importing the measures keeps what the interpretation said', async () => {
    await resetGraph(graph);
    await importInto(graph, [INTERPRETATION]);
    expect(await makingOf()).toEqual({ measures: MAKING_OF_MEASURES, interpretation: OWN_OF_INTERPRETATION });
    await importInto(graph, [MEASURES]);
    const expected = {
      measures: [...MAKING_OF_MEASURES, MEASURES_ISSUER].sort(),
      interpretation: OWN_OF_INTERPRETATION,
    };
    expect(await makingOf()).toEqual(expected);
    const snapshot = await snapshotGraph(graph);
    await importInto(graph, [MEASURES]);
    expect(await makingOf()).toEqual(expected);
    await importInto(graph, [INTERPRETATION, MEASURES]);
    expect(await makingOf()).toEqual(expected);
    expect(await snapshotGraph(graph)).toEqual(snapshot);
  });

  test('a graph written before sources were kept (roles and events on the interpretation) is corrected by a re-import', async () => {
    await resetGraph(graph);
    await importInto(graph, [INTERPRETATION, MEASURES]);
    const expected = await makingOf();
    const snapshot = await snapshotGraph(graph);
    // The old shape: roles without source on the interpretation, every event hanging on the interpretation.
    await graph.write([
      {
        cypher: `MATCH (g:Agency)-[r:ISSUED|DRAFTED|APPROVED]->(:Policy) WHERE r.source IS NOT NULL REMOVE r.source`,
        params: {},
      },
      { cypher: `MATCH (e:Event) REMOVE e.source`, params: {} },
      ...(['DRAFTED', 'APPROVED'] as const).map((type) => ({
        cypher: `MATCH (i:Policy {file: $file}), (g:Agency)-[r:${type}]->(:Policy {docNumber: '柳政规〔2021〕18号'}) CREATE (g)-[:${type} {detail: r.detail}]->(i) DELETE r`,
        params: { file: INTERPRETATION_FILE },
      })),
      {
        cypher: `MATCH (i:Policy {file: $file}), (m:Policy)-[h:HAS_EVENT]->(e:Event) WHERE m <> i DELETE h CREATE (i)-[:HAS_EVENT]->(e)`,
        params: { file: INTERPRETATION_FILE },
      },
    ]);
    expect((await makingOf()).measures).toEqual([
      MEASURES_ISSUER.replace('from liuzhou-hitech-measures.txt', 'from no source'),
    ]);
    await importInto(graph, [INTERPRETATION, MEASURES]);
    expect(await makingOf()).toEqual(expected);
    expect(await snapshotGraph(graph)).toEqual(snapshot);
  });
});

describe('the Liuzhou measures get their number from the interpretation, whichever comes first', () => {
  test('measures first, then the interpretation (separate runs): the number fills the existing node', async () => {
    await resetGraph(graph);
    await importInto(graph, [MEASURES]);
    expect(await liuzhouMeasures()).toEqual([
      {
        id: `t:${MEASURES_KEY}`,
        docNumber: null,
        status: 'full',
        file: 'liuzhou-hitech-measures.txt',
        articles: 21,
        interpretedBy: null,
      },
    ]);
    await importInto(graph, [INTERPRETATION]);
    expect(await liuzhouMeasures()).toEqual([
      {
        id: `t:${MEASURES_KEY}`,
        docNumber: '柳政规〔2021〕18号',
        status: 'full',
        file: 'liuzhou-hitech-measures.txt',
        articles: 21,
        interpretedBy: 'liuzhou-hitech-measures-interpretation.txt',
      },
    ]);
  });

  test('interpretation first, then the measures (separate runs): the cited-only node is upgraded in place', async () => {
    await resetGraph(graph);
    await importInto(graph, [INTERPRETATION]);
    expect(await liuzhouMeasures()).toEqual([
      {
        id: '柳政规〔2021〕18号',
        docNumber: '柳政规〔2021〕18号',
        status: 'cited',
        file: null,
        articles: null,
        interpretedBy: 'liuzhou-hitech-measures-interpretation.txt',
      },
    ]);
    const before = await snapshotGraph(graph);
    await importInto(graph, [MEASURES]);
    expect(await liuzhouMeasures()).toEqual([
      {
        id: '柳政规〔2021〕18号',
        docNumber: '柳政规〔2021〕18号',
        status: 'full',
        file: 'liuzhou-hitech-measures.txt',
        articles: 21,
        interpretedBy: 'liuzhou-hitech-measures-interpretation.txt',
      },
    ]);
    // Upgraded in place: no Policy was added, only the measures' parts and articles.
    const after = await snapshotGraph(graph);
    expect(after.labels.Policy).toBe(before.labels.Policy);
    expect(after.labels.Article! - (before.labels.Article ?? 0)).toBe(21);
    expect(after.ids.filter((id) => id.startsWith('Policy:'))).toEqual(
      before.ids.filter((id) => id.startsWith('Policy:')),
    );
  });

  test('both in one run, interpretation listed first: the run registry gives the number before either is written', async () => {
    await resetGraph(graph);
    const summary = await importInto(graph, [INTERPRETATION, MEASURES]);
    expect(summary.documents).toBe(2);
    expect(await liuzhouMeasures()).toEqual([
      {
        id: '柳政规〔2021〕18号',
        docNumber: '柳政规〔2021〕18号',
        status: 'full',
        file: 'liuzhou-hitech-measures.txt',
        articles: 21,
        interpretedBy: 'liuzhou-hitech-measures-interpretation.txt',
      },
    ]);
  });

  test('a cited-only node created from a citation is upgraded in place when its text is imported (国发〔2020〕7号)', async () => {
    await resetGraph(graph);
    await importInto(graph, [`${CORPUS_DIR}guangxi-hitech-measures.txt`]);
    const cited = await query(
      graph,
      `MATCH (p:Policy {id: '国发〔2020〕7号'}) RETURN p.status AS status, p.tier AS tier, p.title AS title`,
    );
    expect(cited).toEqual([
      { status: 'cited', tier: 'national', title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见' },
    ]);
    await importInto(graph, [`${CORPUS_DIR}state-council-hitech-opinions.txt`]);
    const full = await query(
      graph,
      `MATCH (p:Policy {docNumber: '国发〔2020〕7号'})<-[:IMPLEMENTS]-(g:Policy)
      RETURN p.id AS id, p.status AS status, p.articleCount AS articles, g.file AS implementedBy`,
    );
    expect(full).toEqual([
      { id: '国发〔2020〕7号', status: 'full', articles: 21, implementedBy: 'guangxi-hitech-measures.txt' },
    ]);
  });
});
