import { describe, expect, test } from 'vitest';
import { createArticleTextLoader } from '../../api/load-article-texts.ts';
import type { CypherQuery } from '../../api/run-cypher.ts';

/** A runner answering from a map of texts, recording each query's ids. */
function runnerOf(texts: Record<string, string>, fail = false) {
  const asked: string[][] = [];
  return {
    asked,
    runner: {
      read: async (query: CypherQuery) => {
        const ids = query.params?.ids as string[];
        asked.push(ids);
        if (fail) throw new Error('database down');
        return ids.filter((id) => id in texts).map((id) => ({ id, text: texts[id] }));
      },
      write: async () => [],
    },
  };
}

describe('article texts for ComparedPair.changes', () => {
  test('ids asked in one turn are read by one query per chunk; an unknown id is undefined', async () => {
    const { asked, runner } = runnerOf({ a: '甲', b: '乙', c: '丙' });
    const textOf = createArticleTextLoader(runner, 2);
    const texts = await Promise.all(['a', 'b', 'a', 'c', 'x'].map(textOf));
    expect(texts).toEqual(['甲', '乙', '甲', '丙', undefined]);
    expect(asked).toEqual([
      ['a', 'b'],
      ['c', 'x'],
    ]);
    // A later turn is a new batch.
    expect(await textOf('b')).toBe('乙');
    expect(asked).toHaveLength(3);
  });

  test('a failed read rejects every waiter of the batch', async () => {
    const { runner } = runnerOf({}, true);
    const textOf = createArticleTextLoader(runner, 10);
    const results = await Promise.allSettled([textOf('a'), textOf('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
