/**
 * One import run writes upper documents first, whatever order its files come in: a citation by title alone is
 * resolved against what the graph holds when the citing text is written. 上海市征兵工作条例 rests on 《征兵工作条例》,
 * and its file is listed first (test/data/write-order/README.md). Before the write order, the State Council's text
 * was not yet in the graph when the Shanghai text was written, the citation was dropped as citing itself, and only a
 * second import linked it.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importPaths } from '../../import/index.ts';
import { linkVersions } from '../../import/run/link-versions.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { query } from './import-support.ts';

const { graph } = openTestGraph();
const DIR = fileURLToPath(new URL('../data/write-order/', import.meta.url));
const SHANGHAI = `${DIR}shanghai-zhengbing-tiaoli.md`;
const NATIONAL = `${DIR}征兵工作条例(2001-09-05).md`;

const basis = () =>
  query(
    graph,
    `MATCH (p:Policy {title: '上海市征兵工作条例'})-[r:BASED_ON]->(t:Policy)
RETURN t.id AS target, r.citedTitle AS cited, elementId(r) AS element ORDER BY target`,
  );

beforeAll(async () => {
  await resetGraph(graph);
}, 120_000);

afterAll(async () => {
  await graph.close();
});

describe('the write order of one run', () => {
  test('the State Council’s text is written first, so the Shanghai text’s title-only citation reaches it', async () => {
    const progress: string[] = [];
    const summary = await importPaths(graph, [SHANGHAI, NATIONAL], {
      onProgress: (p) => progress.push(p.file.split('/').pop()!),
    });
    expect(summary.failed).toEqual([]);
    expect(progress).toEqual(['征兵工作条例(2001-09-05).md', 'shanghai-zhengbing-tiaoli.md']);
    expect((await basis()).map(({ target, cited }) => [target, cited])).toEqual([
      ['t:中华人民共和国|兵役法', '中华人民共和国兵役法'],
      ['t:中华人民共和国|宪法', '中华人民共和国宪法'],
      ['t:中华人民共和国|征兵工作条例@2001-09-05', '征兵工作条例'],
    ]);
  });

  test('a second import of the same files changes no citation', async () => {
    const before = await basis();
    expect((await importPaths(graph, [SHANGHAI, NATIONAL])).failed).toEqual([]);
    expect(await basis()).toEqual(before);
  });
});

describe('the version step and a cited-only node naming no place', () => {
  const REGULATION = `${DIR}道路交通安全法实施条例(2017-10-07).md`;

  test('a stub of no place bearing a number the work’s versions bear hands its citations to the version, and goes', async () => {
    await resetGraph(graph);
    expect((await importPaths(graph, [REGULATION, SHANGHAI])).failed).toEqual([]);
    // What a text citing 《道路交通安全法实施条例》 (no place) written before the regulation leaves: a stub of its number.
    await graph.write([
      {
        cypher: `MATCH (src:Policy {title: '上海市征兵工作条例'})
CREATE (src)-[:CITES {citedTitle: '道路交通安全法实施条例', citedNumber: null, line: 1}]->
  (:Policy {id: '国务院令第405号', status: 'cited', docNumber: '国务院令第405号', titleKey: '|道路交通安全法实施条例',
            title: '道路交通安全法实施条例'})`,
        params: {},
      },
    ]);
    await linkVersions(graph);
    const rows = await query(
      graph,
      `MATCH (:Policy {title: '上海市征兵工作条例'})-[r:CITES {citedTitle: '道路交通安全法实施条例'}]->(t)
RETURN t.id AS target, r.versionMatch AS match`,
    );
    expect(rows).toEqual([{ target: 't:中华人民共和国|道路交通安全法实施条例@2017-10-07', match: 'earliest-later' }]);
    expect(await query(graph, `MATCH (s:Policy {id: '国务院令第405号'}) RETURN s.id AS id`)).toEqual([]);
  });
});
