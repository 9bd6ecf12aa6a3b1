import { describe, expect, test } from 'vitest';
import {
  buildCreateAlignmentsQuery,
  buildInferredImplementsQueries,
  buildRefreshAlignmentsQuery,
  chunk,
  type AlignmentRow,
} from '../../import/write/index.ts';
import { createAlignmentWriter } from '../../import/run/create-alignment-writer.ts';
import type { CypherQuery } from '../../graph/index.ts';
import { toAlignDocuments } from '../../import/index.ts';

describe('graph rows → engine input', () => {
  test('policy ids become files, cited ids become citedFiles, article ids are kept by (policy, path)', () => {
    const { docs, articleIds } = toAlignDocuments([
      {
        policy: { id: '柳政规〔2021〕18号', title: 'T', tier: 'municipal', kind: 'measures' },
        articles: [
          { id: '柳政规〔2021〕18号#p1/a1', number: 1, path: 'p1/a1', heading: '加强关键核心技术攻关', text: '' },
        ],
        cited: ['国发〔2020〕7号'],
      },
    ]);
    expect(docs).toEqual([
      {
        file: '柳政规〔2021〕18号',
        title: 'T',
        tier: 'municipal',
        kind: 'measures',
        articles: [{ number: 1, path: 'p1/a1', heading: '加强关键核心技术攻关', text: '' }],
        citedFiles: ['国发〔2020〕7号'],
      },
    ]);
    expect(articleIds.get('柳政规〔2021〕18号\np1/a1')).toBe('柳政规〔2021〕18号#p1/a1');
  });
});

/** A suggested row 'lower->upper'. */
const row = (id: string): AlignmentRow => ({
  id,
  lowerId: id.split('->')[0]!,
  upperId: id.split('->')[1]!,
  score: 0.5,
  class: 'related',
  rank: 1,
  cited: false,
  evidence: '[]',
  method: 'm',
  version: '1',
});

describe('query builders', () => {
  test('rows travel as parameters, never inside the Cypher text', () => {
    const hostile = { ...row('a->b'), id: "x'}) DETACH DELETE n //" };
    for (const build of [buildCreateAlignmentsQuery, buildRefreshAlignmentsQuery]) {
      const query = build([hostile], '2026-11-26T00:00:00.000Z');
      expect(query.cypher).not.toContain('DETACH');
      expect(query.params).toEqual({ rows: [hostile], stamp: '2026-11-26T00:00:00.000Z' });
    }
  });

  test('inferred IMPLEMENTS: the sweep keeps exactly the pairs being written', () => {
    const [sweep] = buildInferredImplementsQueries(['L'], [{ lowerId: 'L', upperId: 'U', alignedArticles: 3 }]);
    expect(sweep!.params).toEqual({ policyIds: ['L'], keep: ['L->U'] });
  });

  test.each([
    [0, 3, []],
    [5, 2, [2, 2, 1]],
    [6, 3, [3, 3]],
  ] as const)('chunk(%i rows, %i) → sizes %j', (n, size, sizes) => {
    expect(
      chunk(
        Array.from({ length: n }, (_, i) => i),
        size,
      ).map((c) => c.length),
    ).toEqual(sizes);
  });
});

describe('writing alignment rows while the engine ranks', () => {
  /** A fake graph that records each transaction's rows and how many transactions were in flight at once. */
  const recordingGraph = (fail?: (call: number) => boolean) => {
    const calls: { kind: 'create' | 'refresh'; ids: string[] }[] = [];
    let inFlight = 0;
    let most = 0;
    const write = async (queries: CypherQuery[]) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      const [query] = queries;
      const rows = (query!.params as { rows: AlignmentRow[] }).rows;
      calls.push({ kind: query!.cypher.includes('CREATE') ? 'create' : 'refresh', ids: rows.map((r) => r.id) });
      if (fail?.(calls.length)) throw new Error('write failed');
      return [];
    };
    return { graph: { write }, calls, most: () => most };
  };

  test('new rows are created, suggested ones refreshed, confirmed and rejected ones never sent; one transaction at a time', async () => {
    const { graph, calls, most } = recordingGraph();
    const statuses = new Map([
      ['a->s1', 'suggested'],
      ['a->s2', 'suggested'],
      ['a->c', 'confirmed'],
      ['a->r', 'rejected'],
    ]);
    let known!: (map: ReadonlyMap<string, string>) => void;
    const writer = createAlignmentWriter(graph, {
      stamp: 'now',
      batchSize: 2,
      statuses: new Promise((resolve) => (known = resolve)),
    });
    writer.add(['a->n1', 'a->s1', 'a->c'].map(row));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls).toEqual([]); // nothing is written before the statuses are known
    known(statuses);
    writer.add(['a->n2', 'a->r', 'a->s2', 'a->n3'].map(row));
    await writer.finish();
    expect(calls).toEqual([
      { kind: 'create', ids: ['a->n1', 'a->n2'] },
      { kind: 'create', ids: ['a->n3'] },
      { kind: 'refresh', ids: ['a->s1', 'a->s2'] },
    ]);
    expect(most()).toBe(1);
  });

  test('a failed write stops the writing and is thrown by finish', async () => {
    const { graph, calls } = recordingGraph((call) => call === 2);
    const writer = createAlignmentWriter(graph, { stamp: 'now', batchSize: 1, statuses: Promise.resolve(new Map()) });
    writer.add(['a->1', 'a->2', 'a->3', 'a->4'].map(row));
    await expect(writer.finish()).rejects.toThrow('write failed');
    expect(calls.map((c) => c.ids)).toEqual([['a->1'], ['a->2']]);
  });

  test('a failed read of the statuses writes nothing and is thrown by finish', async () => {
    const { graph, calls } = recordingGraph();
    const writer = createAlignmentWriter(graph, {
      stamp: 'now',
      batchSize: 1,
      statuses: Promise.reject(new Error('read failed')),
    });
    writer.add([row('a->1')]);
    await expect(writer.finish()).rejects.toThrow('read failed');
    expect(calls).toEqual([]);
  });
});
