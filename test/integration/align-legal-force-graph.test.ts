// In the graph, a State Council regulation is aligned with the law it implements (both national: legal force orders
// them, align/is-above.ts). Real texts of ../shared/corpora/lawrefbook, imported and aligned as `npm start` does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { buildReadDocumentsQuery } from '../../graph/index.ts';
import { alignGraph } from '../../import/index.ts';
import { importPaths } from '../../import/run-import.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';

const ROOT = join(findSharedCorpora(), 'lawrefbook');
const FILES = ['经济法/个人所得税法(2018-08-31).md', '行政法规/个人所得税法实施条例(2018-12-18).md'].map((f) =>
  join(ROOT, f),
);

describe.skipIf(!FILES.every((f) => existsSync(f)))('a law and its implementing regulation in the graph', () => {
  const { graph } = openTestGraph();
  let aligned: Awaited<ReturnType<typeof alignGraph>>;
  beforeAll(async () => {
    await resetGraph(graph);
    await importPaths(graph, FILES);
    aligned = await alignGraph(graph);
  });
  afterAll(() => graph.close());

  test('the read for alignment carries each document’s level', async () => {
    const rows = await graph.read(buildReadDocumentsQuery());
    expect(rows.map((r) => [(r.policy as { authorityLevel: string }).authorityLevel])).toEqual(
      expect.arrayContaining([['law'], ['administrative_regulation']]),
    );
  });

  test('the regulation is aligned with the law: 第六条 (kinds of income) carries the law’s 第二条 at rank 1', async () => {
    expect(aligned.pairs).toBeGreaterThan(0);
    const rows = await graph.read({
      cypher: `MATCH (p:Policy)-[:HAS_ARTICLE]->(:Article {number: 6})-[:ALIGNS_WITH {rank: 1}]->(u:Article),
                     (q:Policy)-[:HAS_ARTICLE]->(u)
               WHERE p.title CONTAINS '实施条例'
               RETURN q.title AS upper, u.number AS article`,
      params: {},
    });
    expect(rows).toEqual([{ upper: '中华人民共和国个人所得税法', article: 2 }]);
  });

  test('nothing is aligned the other way: the law has no upper document here', async () => {
    const rows = await graph.read({
      cypher: `MATCH (p:Policy)-[:HAS_ARTICLE]->(:Article)-[:ALIGNS_WITH]->(:Article)
               RETURN DISTINCT p.title AS lower`,
      params: {},
    });
    expect(rows).toEqual([{ lower: '中华人民共和国个人所得税法实施条例' }]);
  });
});
