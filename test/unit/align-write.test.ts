import { describe, expect, test } from 'vitest';
import { buildInferredImplementsQueries, buildMergeAlignmentsQuery, chunk } from '../../import/write/index.ts';
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

describe('query builders', () => {
  test('rows travel as parameters, never inside the Cypher text', () => {
    const row = {
      id: "x'}) DETACH DELETE n //",
      lowerId: 'a',
      upperId: 'b',
      score: 0.5,
      class: 'related',
      rank: 1,
      evidence: '[]',
      method: 'm',
      version: '1',
    };
    const query = buildMergeAlignmentsQuery([row], '2026-11-26T00:00:00.000Z');
    expect(query.cypher).not.toContain('DETACH');
    expect(query.params).toEqual({ rows: [row], stamp: '2026-11-26T00:00:00.000Z' });
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
