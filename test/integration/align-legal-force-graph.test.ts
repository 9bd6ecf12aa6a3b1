// In the graph, a State Council regulation is aligned with the law it implements (both national: legal force orders
// them, align/is-above.ts). Real texts of ../shared/corpora/lawrefbook, imported and aligned as `npm start` does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findSharedCorpora } from '../../cli/shared-corpora.ts';
import { INCOME_TAX_NAMED_ARTICLES } from '../support/named-articles.ts';
import { buildReadDocumentsQuery } from '../../graph/index.ts';
import { alignGraph } from '../../import/index.ts';
import { importPaths } from '../../import/run-import.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi } from './api-harness.ts';

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

  test('an article that names an article of the law (个人所得税法第八条) is paired with it first, marked cited, in the graph and in compare', async () => {
    const rows = await graph.read({
      cypher: `MATCH (l:Article)-[r:ALIGNS_WITH]->(u:Article) WHERE r.cited
               RETURN l.number AS lower, u.number AS upper, r.rank AS rank ORDER BY lower`,
      params: {},
    });
    expect(rows.map((r) => [r.lower, r.upper, r.rank])).toEqual(
      INCOME_TAX_NAMED_ARTICLES.map(([lower, upper]) => [lower, upper, 1]),
    );
    const api = await startTestApi(graph);
    try {
      const [ids] = await graph.read({
        cypher: `MATCH (l:Policy {authorityLevel: 'administrative_regulation'}), (u:Policy {authorityLevel: 'law'})
                 RETURN l.id AS lower, u.id AS upper`,
        params: {},
      });
      const answer = await api.gql(
        'query ($l: ID!, $u: ID!) { compare(lowerPolicyId: $l, upperPolicyId: $u) { pairs { lower { number } upper { number } cited changes { verdict } } } }',
        { l: ids!.lower, u: ids!.upper },
      );
      const pairs = answer.body.data!.compare.pairs as {
        lower: { number: number };
        upper: { number: number };
        cited: boolean;
        changes: { verdict: string }[];
      }[];
      expect(pairs.filter((p) => p.lower.number === 23).map((p) => [p.upper.number, p.cited])[0]).toEqual([8, true]);
      expect(pairs.filter((p) => p.cited)).toHaveLength(13);
      // A named article applies by reference: nothing of it is dropped (第十九条 → 第六条 listed nine amounts before).
      expect(pairs.filter((p) => p.cited).flatMap((p) => p.changes.filter((c) => c.verdict === 'dropped'))).toEqual([]);
      expect(pairs.filter((p) => !p.cited).some((p) => p.changes.some((c) => c.verdict === 'dropped'))).toBe(true);
    } finally {
      await api.close();
    }
  });
});
