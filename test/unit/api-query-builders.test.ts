import { describe, expect, test } from 'vitest';
import { toLuceneQuery } from '../../api/escape-lucene.ts';
import { buildAddAlignmentQuery } from '../../api/resolvers/add-alignment.ts';
import { buildCompareQuery } from '../../api/resolvers/compare.ts';
import { buildCoverageQuery } from '../../api/resolvers/coverage.ts';
import { buildLineageQuery, clampDepth } from '../../api/resolvers/lineage.ts';
import { buildPolicyByNumberQuery } from '../../api/resolvers/policy-by-number.ts';
import { buildReviewQuery } from '../../api/resolvers/review-alignment.ts';
import { buildSearchQuery } from '../../api/resolvers/search.ts';

const HOSTILE = [`') DETACH DELETE n //`, `"}) MATCH (n) DETACH DELETE n //`, '`x` }) RETURN 1 //'];

describe('query builders keep every user value in parameters', () => {
  test.each(HOSTILE)('%j never reaches the Cypher text', (value) => {
    const queries = [
      buildPolicyByNumberQuery(value),
      buildLineageQuery(value, 'BOTH', 5),
      buildCompareQuery(value, value),
      buildCoverageQuery(value, value),
      buildReviewQuery({
        id: value,
        status: 'confirmed',
        user: value,
        now: '2026-01-01T00:00:00.000Z',
        comment: value,
      }),
      buildAddAlignmentQuery({
        lowerId: value,
        upperId: value,
        user: value,
        now: '2026-01-01T00:00:00.000Z',
        comment: value,
      }),
    ];
    for (const query of queries) {
      expect(query.cypher).not.toContain(value);
      expect(query.cypher).not.toContain('DETACH DELETE');
      expect(Object.values(query.params ?? {})).toContain(value);
    }
    const search = buildSearchQuery(value, 10);
    expect(search.cypher).not.toContain(value);
    expect(search.params?.query).toBe(toLuceneQuery(value));
  });
});

describe('lineage', () => {
  test.each([
    [undefined, 5],
    [null, 5],
    [3, 3],
    [0, 1],
    [99, 10],
  ])('maxDepth %j → %i', (given, expected) => {
    expect(clampDepth(given)).toBe(expected);
  });

  test('UP follows lower → upper only, DOWN upper → lower only, BOTH both', () => {
    const up = buildLineageQuery('a', 'UP', 5).cypher;
    const down = buildLineageQuery('a', 'DOWN', 5).cypher;
    const both = buildLineageQuery('a', 'BOTH', 5).cypher;
    expect(up).toContain('-[:ALIGNS_WITH*1..5]->');
    expect(up).not.toContain('<-[:ALIGNS_WITH');
    expect(down).toContain('<-[:ALIGNS_WITH*1..5]-');
    expect(down).not.toContain('*1..5]->');
    expect(both).toContain('-[:ALIGNS_WITH*1..5]->');
    expect(both).toContain('<-[:ALIGNS_WITH*1..5]-');
    // The clamped depth bounds the expansion itself, not only a filter after it.
    expect(buildLineageQuery('a', 'UP', 99).cypher).toContain('-[:ALIGNS_WITH*1..10]->');
    expect(buildLineageQuery('a', 'UP', 0).cypher).toContain('-[:ALIGNS_WITH*1..1]->');
    expect(buildLineageQuery('a', 'UP', 99).params).toEqual({ articleId: 'a', maxDepth: 10 });
  });
});

describe('search', () => {
  test('the number match uses the normalised number and the phrase is escaped', () => {
    const { params } = buildSearchQuery('国发[2020]7号', 10);
    expect(params?.number).toBe('国发〔2020〕7号');
    expect(params?.query).toBe('"国发\\[2020\\]7号"');
    expect(params?.index).toBe('policygraph_text');
    expect(Number(params?.limit)).toBe(10);
  });
});
