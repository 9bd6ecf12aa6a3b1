import { describe, expect, test } from 'vitest';
import { createAlignmentGraphCache, READ_PAGE } from '../../api/alignment-graph.ts';
import type { CypherQuery } from '../../api/run-cypher.ts';

const rowOf = (id: string, text: string) => ({
  policy: { id, title: id, tier: 'national', kind: 'law' },
  articles: [{ id: `${id}#a1`, number: 1, path: 'a1', heading: '', text }],
  cited: [],
  places: [],
  firstDates: [],
});

/** A runner over a graph of `texts` (policy id → its one article), counting stamps and document reads. */
function graphOf(texts: Map<string, string>) {
  const seen = { stamps: 0, pages: [] as string[][], fail: false };
  const runner = {
    read: async (query: CypherQuery) => {
      if (query.cypher.includes('AS counts')) {
        seen.stamps++;
        const ids = [...texts.keys()].sort();
        return [{ ids, facts: ids.map((id) => texts.get(id)), counts: [0, 0, 0, 0] }];
      }
      const ids = query.params?.ids as string[];
      seen.pages.push(ids);
      if (seen.fail) throw new Error('database down');
      return ids.map((id) => rowOf(id, texts.get(id)!));
    },
    write: async () => [],
  };
  return { runner, seen };
}

describe('the alignment graph kept between requests', () => {
  test('read once while the stamp is unchanged, again when it changes; requests meanwhile share the read', async () => {
    const texts = new Map([['国发〔2020〕7号', '加强关键核心技术攻关']]);
    const { runner, seen } = graphOf(texts);
    const alignmentGraph = createAlignmentGraphCache(runner);
    const [first, second] = await Promise.all([alignmentGraph(), alignmentGraph()]);
    expect(second).toBe(first);
    expect(seen.pages).toEqual([['国发〔2020〕7号']]);
    expect(await alignmentGraph()).toBe(first);
    expect(seen).toMatchObject({ stamps: 3, pages: [['国发〔2020〕7号']] });
    expect(first.articleAt.get('国发〔2020〕7号#a1')).toEqual({ policyId: '国发〔2020〕7号', path: 'a1' });
    expect(await first.sourceIndex()).toBe(await first.sourceIndex());
    expect(await first.wholeTexts()).toBe(await first.wholeTexts());

    texts.set('国发〔2020〕7号', '培育发展创新型产业集群');
    const changed = await alignmentGraph();
    expect(changed).not.toBe(first);
    expect(changed.docs[0]!.articles[0]!.text).toBe('培育发展创新型产业集群');
    expect(seen.pages).toHaveLength(2);
  });

  test('documents are read in pages of READ_PAGE policies, in id order', async () => {
    const texts = new Map(Array.from({ length: READ_PAGE + 3 }, (_, i) => [`p${String(i).padStart(4, '0')}`, '条文']));
    const { runner, seen } = graphOf(texts);
    const graph = await createAlignmentGraphCache(runner)();
    expect(seen.pages.map((page) => page.length)).toEqual([READ_PAGE, 3]);
    expect(graph.docs.map((d) => d.file)).toEqual([...texts.keys()].sort());
  });

  test('a failed read is not kept: the next request reads again', async () => {
    const { runner, seen } = graphOf(new Map([['a', '条文']]));
    const alignmentGraph = createAlignmentGraphCache(runner);
    seen.fail = true;
    await expect(alignmentGraph()).rejects.toThrow('database down');
    seen.fail = false;
    expect((await alignmentGraph()).docs.map((d) => d.file)).toEqual(['a']);
    expect(seen.pages).toHaveLength(2);
  });
});
