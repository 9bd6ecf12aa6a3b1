import { describe, expect, test } from 'vitest';
import { buildWarmUpQueries, warmUpQueries } from '../../api/warm-up-queries.ts';
import { buildLineageQuery } from '../../api/resolvers/lineage.ts';
import { buildSearchQuery } from '../../api/resolvers/search.ts';
import type { CypherQuery } from '../../api/run-cypher.ts';

describe('warm-up queries', () => {
  test('the default lineage statements come first, then the other roots, then every other lineage depth', () => {
    const queries = buildWarmUpQueries();
    const texts = queries.map((q) => q.cypher);
    expect(texts.slice(0, 3)).toEqual([
      buildLineageQuery('x', 'BOTH', 5).cypher,
      buildLineageQuery('x', 'UP', 5).cypher,
      buildLineageQuery('x', 'DOWN', 5).cypher,
    ]);
    expect(texts).toContain(buildSearchQuery('x', 1).cypher);
    for (const direction of ['BOTH', 'UP', 'DOWN'] as const) {
      for (let depth = 1; depth <= 10; depth += 1)
        expect(texts).toContain(buildLineageQuery('x', direction, depth).cypher);
    }
    expect(new Set(texts).size).toBe(texts.length);
    expect(queries).toHaveLength(30 + 5);
  });

  test('a failing database ends the warm-up quietly; budget 0 sends nothing', async () => {
    const sent: CypherQuery[] = [];
    const failing = {
      read: async (q: CypherQuery) => {
        sent.push(q);
        throw new Error('down');
      },
      write: async () => [],
    };
    await expect(warmUpQueries(failing, 1000)).resolves.toBeUndefined();
    expect(sent).toHaveLength(1);
    await warmUpQueries(failing, 0);
    expect(sent).toHaveLength(1);
  });

  test('a hanging database is given up on after the budget', async () => {
    const hanging = { read: () => new Promise<never>(() => {}), write: async () => [] };
    // A warm-up that waited for the hung query would never resolve and the test would time out.
    await expect(warmUpQueries(hanging, 50)).resolves.toBeUndefined();
  });
});
