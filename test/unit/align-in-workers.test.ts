import { describe, expect, test } from 'vitest';
import { alignDocuments } from '../../align/index.ts';
import { planGroups } from '../../align/align-documents.ts';
import { alignInWorkers, shareGroups } from '../../import/run/align-in-workers.ts';
import { corpusFixture, docsAlignFixture } from './align-fixtures.ts';

describe('alignment on worker threads', () => {
  test('two threads give alignDocuments’ pairs: same pairs, scores, ranks, evidence and order', async () => {
    const docs = [...corpusFixture(), ...docsAlignFixture()];
    const threaded = await alignInWorkers(docs, {}, { threads: 2, minLowerArticles: 0 });
    expect(threaded.length).toBeGreaterThan(0);
    expect(threaded).toEqual(alignDocuments(docs));
  }, 60_000);

  test('groups are shared out largest first, each to the least loaded thread, every group once', () => {
    const group = (lowers: number, uppers: number) => ({
      lowerIds: Array.from({ length: lowers }, (_, i) => i),
      upperIds: Array.from({ length: uppers }, (_, i) => i),
    });
    const groups = [group(1, 10), group(50, 300), group(40, 300), group(10, 300), group(2, 5)];
    const shares = shareGroups(groups, 2);
    // Costs 210, 25,000, 20,000, 5,000 and 410: 1 | 2, then 3 joins 2 (25,000 each), 4 the first of the tie, 0 the other.
    expect(shares).toEqual([
      [1, 4],
      [2, 3, 0],
    ]);
    expect(shares.flat().sort()).toEqual([0, 1, 2, 3, 4]);
    expect(shareGroups(groups.slice(0, 1), 3)).toEqual([[0]]);
  });

  test('a small input (under the threshold) gives the same pairs', async () => {
    const docs = corpusFixture();
    const lowers = planGroups(docs).groups.reduce((sum, g) => sum + g.lowerIds.length, 0);
    expect(lowers).toBeLessThan(5_000);
    expect(await alignInWorkers(docs, {}, { threads: 2 })).toEqual(alignDocuments(docs));
  });
});
