/**
 * The Liuzhou pair in both import orders, each file in its own run (so only the graph carries what one file says of
 * the other): one node with 柳政规〔2021〕18号 either way; a cited-only node is upgraded in place, keeping its id.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { CORPUS_DIR } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { importInto, query, snapshotGraph } from './import-support.ts';

const { driver, database } = openTestGraph();
afterAll(() => driver.close());

const MEASURES = `${CORPUS_DIR}liuzhou-hitech-measures.txt`;
const INTERPRETATION = `${CORPUS_DIR}liuzhou-hitech-measures-interpretation.txt`;
const MEASURES_KEY = '柳州市|关于促进高新技术产业开发区高质量发展的若干措施';

async function liuzhouMeasures(): Promise<Record<string, unknown>[]> {
  return query(driver, database, `MATCH (p:Policy) WHERE p.titleKey = $key OR p.docNumber = '柳政规〔2021〕18号'
    OPTIONAL MATCH (i:Policy)-[:INTERPRETS]->(p)
    RETURN p.id AS id, p.docNumber AS docNumber, p.status AS status, p.file AS file, p.articleCount AS articles, i.file AS interpretedBy`, { key: MEASURES_KEY });
}

describe('the Liuzhou measures get their number from the interpretation, whichever comes first', () => {
  test('measures first, then the interpretation (separate runs): the number fills the existing node', async () => {
    await resetGraph(driver, database);
    await importInto(driver, database, [MEASURES]);
    expect(await liuzhouMeasures()).toEqual([
      { id: `t:${MEASURES_KEY}`, docNumber: null, status: 'full', file: 'liuzhou-hitech-measures.txt', articles: 21, interpretedBy: null },
    ]);
    await importInto(driver, database, [INTERPRETATION]);
    expect(await liuzhouMeasures()).toEqual([
      { id: `t:${MEASURES_KEY}`, docNumber: '柳政规〔2021〕18号', status: 'full', file: 'liuzhou-hitech-measures.txt', articles: 21, interpretedBy: 'liuzhou-hitech-measures-interpretation.txt' },
    ]);
  });

  test('interpretation first, then the measures (separate runs): the cited-only node is upgraded in place', async () => {
    await resetGraph(driver, database);
    await importInto(driver, database, [INTERPRETATION]);
    expect(await liuzhouMeasures()).toEqual([
      { id: '柳政规〔2021〕18号', docNumber: '柳政规〔2021〕18号', status: 'cited', file: null, articles: null, interpretedBy: 'liuzhou-hitech-measures-interpretation.txt' },
    ]);
    const before = await snapshotGraph(driver, database);
    await importInto(driver, database, [MEASURES]);
    expect(await liuzhouMeasures()).toEqual([
      { id: '柳政规〔2021〕18号', docNumber: '柳政规〔2021〕18号', status: 'full', file: 'liuzhou-hitech-measures.txt', articles: 21, interpretedBy: 'liuzhou-hitech-measures-interpretation.txt' },
    ]);
    // Upgraded in place: no Policy was added, only the measures' parts and articles.
    const after = await snapshotGraph(driver, database);
    expect(after.labels.Policy).toBe(before.labels.Policy);
    expect(after.labels.Article! - (before.labels.Article ?? 0)).toBe(21);
    expect(after.ids.filter((id) => id.startsWith('Policy:'))).toEqual(before.ids.filter((id) => id.startsWith('Policy:')));
  });

  test('both in one run, interpretation listed first: the run registry gives the number before either is written', async () => {
    await resetGraph(driver, database);
    const summary = await importInto(driver, database, [INTERPRETATION, MEASURES]);
    expect(summary.documents).toBe(2);
    expect(await liuzhouMeasures()).toEqual([
      { id: '柳政规〔2021〕18号', docNumber: '柳政规〔2021〕18号', status: 'full', file: 'liuzhou-hitech-measures.txt', articles: 21, interpretedBy: 'liuzhou-hitech-measures-interpretation.txt' },
    ]);
  });

  test('a cited-only node created from a citation is upgraded in place when its text is imported (国发〔2020〕7号)', async () => {
    await resetGraph(driver, database);
    await importInto(driver, database, [`${CORPUS_DIR}guangxi-hitech-measures.txt`]);
    const cited = await query(driver, database, `MATCH (p:Policy {id: '国发〔2020〕7号'}) RETURN p.status AS status, p.tier AS tier, p.title AS title`);
    expect(cited).toEqual([{ status: 'cited', tier: 'national', title: '国务院关于促进国家高新技术产业开发区高质量发展的若干意见' }]);
    await importInto(driver, database, [`${CORPUS_DIR}state-council-hitech-opinions.txt`]);
    const full = await query(driver, database, `MATCH (p:Policy {docNumber: '国发〔2020〕7号'})<-[:IMPLEMENTS]-(g:Policy)
      RETURN p.id AS id, p.status AS status, p.articleCount AS articles, g.file AS implementedBy`);
    expect(full).toEqual([{ id: '国发〔2020〕7号', status: 'full', articles: 21, implementedBy: 'guangxi-hitech-measures.txt' }]);
  });
});
