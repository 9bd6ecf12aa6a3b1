import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importPaths } from '../../import/run-import.ts';
import { alignGraph } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { FIRST_CORPUS_FILES } from './import-support.ts';

const { graph } = openTestGraph();
const LIUZHOU = '柳政规〔2021〕18号';
const STATE_COUNCIL = '国发〔2020〕7号';

const read = async (cypher: string, params: Record<string, unknown> = {}) => graph.read({ cypher, params });

beforeAll(async () => {
  await resetGraph(graph);
  await importPaths(graph, [...FIRST_CORPUS_FILES]);
});
afterAll(() => graph.close());

describe('alignGraph over the imported corpus', () => {
  let first: Awaited<ReturnType<typeof alignGraph>>;
  beforeAll(async () => {
    first = await alignGraph(graph);
  });

  test('writes one ALIGNS_WITH per returned pair, suggested, with the properties of graph/MODEL.md', async () => {
    const rows = await read(`MATCH (l:Article)-[r:ALIGNS_WITH]->(u:Article)
      WITH r, r.id = l.id + '->' + u.id AND 0 <= r.score <= 1 AND r.rank >= 1
           AND r.class IN ['identical','almost_identical','related','partially_related'] AND r.method IS NOT NULL
           AND r.version IS NOT NULL AND r.updatedAt IS NOT NULL AND r.evidence STARTS WITH '[' AS ok
      RETURN count(r) AS n, collect(DISTINCT r.status) AS statuses, all(x IN collect(ok) WHERE x) AS wellFormed`);
    expect(rows[0]).toEqual({ n: first.pairs, statuses: ['suggested'], wellFormed: true });
    expect(first.pairs).toBeGreaterThan(20);
  });

  test('Liuzhou (一) aligns at rank 1 with State Council (六), with the shared wording as JSON evidence', async () => {
    const rows = await read(
      `MATCH (l:Article {id: $lower})-[r:ALIGNS_WITH {rank: 1}]->(u:Article)
      RETURN u.id AS upper, r.evidence AS evidence`,
      { lower: `${LIUZHOU}#p1/a1` },
    );
    expect(rows.map((r) => r.upper)).toEqual([`${STATE_COUNCIL}#p2/a6`]);
    const spans = JSON.parse(rows[0]!.evidence as string) as { lowerText: string; upperText: string }[];
    expect(spans.map((s) => s.upperText)).toEqual(expect.arrayContaining(['加强关键核心技术', '成果转移转化']));
  });

  test('lineage from Liuzhou (一) reaches the State Council opinions through ALIGNS_WITH', async () => {
    const rows = await read(
      `MATCH path = (:Article {id: $lower})-[:ALIGNS_WITH*1..3]->(u:Article {policyId: $upper})
      RETURN count(path) > 0 AS reached`,
      { lower: `${LIUZHOU}#p1/a1`, upper: STATE_COUNCIL },
    );
    expect(rows[0]!.reached).toBe(true);
  });

  test('the Liuzhou measures get inferred IMPLEMENTS to Guangxi and the State Council, with the number of aligned articles', async () => {
    const rows = await read(
      `MATCH (:Policy {id: $lower})-[r:IMPLEMENTS {inferred: true}]->(u:Policy)
      RETURN u.id AS upper, u.title AS title, r.alignedArticles AS n ORDER BY upper`,
      { lower: LIUZHOU },
    );
    expect(rows.map((r) => r.title).sort()).toEqual([
      '关于促进广西高新技术产业开发区高质量发展的若干措施',
      '国务院关于促进国家高新技术产业开发区高质量发展的若干意见',
    ]);
    const toStateCouncil = rows.find((r) => r.upper === STATE_COUNCIL);
    expect(toStateCouncil?.n).toBe(
      first.inferred.find((i) => i.lowerId === LIUZHOU && i.upperId === STATE_COUNCIL)?.alignedArticles,
    );
    // Engine 1.3 scores about 7 % lower: Liuzhou 五 → State Council 7 (0.3675) fell just under `related` (0.37).
    expect(toStateCouncil!.n as number).toBeGreaterThanOrEqual(7);
  });

  test('科技部’s plan, which cites nothing here, gets inferred IMPLEMENTS to the State Council opinions', async () => {
    // Both are national normative documents: the issuer orders them (国务院 above 科学技术部, align/is-above.ts).
    const rows = await read(
      `MATCH (p:Policy)-[r:IMPLEMENTS {inferred: true}]->(:Policy {id: $upper}) WHERE p.issuer = '科学技术部'
      RETURN p.title AS title, r.alignedArticles AS n`,
      { upper: STATE_COUNCIL },
    );
    expect(rows.map((r) => r.title)).toEqual(['“十四五”国家高新技术产业开发区发展规划']);
    expect(rows[0]!.n as number).toBeGreaterThanOrEqual(3);
  });

  test('no inferred IMPLEMENTS where the document already cites its upper (Guangxi → State Council)', async () => {
    const rows = await read(
      `MATCH (g:Policy)-[r:IMPLEMENTS]->(:Policy {id: $upper}) WHERE g.tier = 'provincial'
      RETURN collect(coalesce(r.inferred, false)) AS inferred`,
      { upper: STATE_COUNCIL },
    );
    expect(rows[0]!.inferred).not.toContain(true);
  });

  test('a confirmed and a rejected alignment survive a re-run untouched; stale suggestions are swept', async () => {
    const confirmedId = `${LIUZHOU}#p1/a1->${STATE_COUNCIL}#p2/a6`;
    const [[rejected]] = (await graph.write([
      {
        cypher: `MATCH ()-[c:ALIGNS_WITH {id: $confirmedId}]->()
               SET c.status = 'confirmed', c.reviewedBy = 'analyst', c.reviewedAt = '2026-11-26', c.comment = 'checked', c.score = 0.99
               WITH 1 AS one
               MATCH ()-[r:ALIGNS_WITH {rank: 2}]->() WITH r ORDER BY r.id LIMIT 1
               SET r.status = 'rejected', r.reviewedBy = 'analyst'
               RETURN r.id AS id`,
        params: { confirmedId },
      },
      {
        cypher: `MATCH (l:Article {id: $lower}), (u:Article {id: $upper})
               CREATE (l)-[:ALIGNS_WITH {id: 'stale', status: 'suggested', score: 0.5, updatedAt: '2000-01-01'}]->(u)`,
        params: { lower: `${LIUZHOU}#p5/a21`, upper: `${STATE_COUNCIL}#p1/a1` },
      },
    ])) as unknown as [[{ id: string }]];
    // One document per sweep transaction: the stale pair is found in its own.
    const second = await alignGraph(graph, { full: true, sweepDocuments: 1 });
    expect(second.pairs).toBe(first.pairs);
    expect(second.swept).toBe(1);
    const rows = await read(
      `MATCH ()-[r:ALIGNS_WITH]->() WHERE r.id IN [$confirmedId, $rejectedId, 'stale']
      RETURN r.id AS id, r.status AS status, r.score AS score, r.reviewedBy AS by, r.comment AS comment ORDER BY id`,
      { confirmedId, rejectedId: rejected.id },
    );
    expect(rows).toEqual(
      [
        { id: confirmedId, status: 'confirmed', score: 0.99, by: 'analyst', comment: 'checked' },
        { id: rejected.id, status: 'rejected', score: expect.any(Number), by: 'analyst', comment: null },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const total = await read('MATCH ()-[r:ALIGNS_WITH]->() RETURN count(r) AS n');
    expect(total[0]!.n).toBe(first.pairs);
  });

  test('a run with nothing changed re-aligns nothing and leaves every ALIGNS_WITH as it was', async () => {
    const before = await read('MATCH ()-[r:ALIGNS_WITH]->() RETURN r.id AS id, r.updatedAt AS at ORDER BY id');
    const again = await alignGraph(graph);
    expect({ realigned: again.realigned, pairs: again.pairs, swept: again.swept }).toEqual({
      realigned: 0,
      pairs: 0,
      swept: 0,
    });
    expect(await read('MATCH ()-[r:ALIGNS_WITH]->() RETURN r.id AS id, r.updatedAt AS at ORDER BY id')).toEqual(before);
    const implementsRows = await read(
      'MATCH (:Policy {id: $lower})-[r:IMPLEMENTS {inferred: true}]->() RETURN count(r) AS n',
      {
        lower: LIUZHOU,
      },
    );
    expect(implementsRows[0]!.n).toBe(2);
  });

  test('a changed upper text re-aligns that document and the documents aligned against it, and no other', async () => {
    const [guangxi] = await read(
      "MATCH (p:Policy {tier: 'provincial'})-[:HAS_ARTICLE]->(a:Article) RETURN p.id AS id, min(a.id) AS article LIMIT 1",
    );
    await graph.write([
      {
        cypher: "MATCH (a:Article {id: $article}) SET a.text = a.text + '加强知识产权保护。'",
        params: { article: guangxi!.article },
      },
    ]);
    const after = await alignGraph(graph);
    const documents = await read('MATCH (p:Policy) WHERE p.id IN $ids RETURN p.id AS id ORDER BY id', {
      ids: [guangxi!.id, LIUZHOU],
    });
    expect(after.realigned).toBe(documents.length);
    expect(after.realigned).toBe(2);
    expect(after.unchanged).toBe(first.realigned - 2);
    const stamps = await read(
      'MATCH (l:Article)-[r:ALIGNS_WITH]->() WHERE r.updatedAt IS NOT NULL RETURN l.policyId AS policy, max(r.updatedAt) AS at ORDER BY policy',
    );
    const newest = stamps.reduce((m, r) => (String(r.at) > m ? String(r.at) : m), '');
    expect(
      stamps
        .filter((r) => r.at === newest)
        .map((r) => r.policy)
        .sort(),
    ).toEqual([guangxi!.id, LIUZHOU].sort());
  });
});

describe('alignGraph from a graph never aligned, with reviewed alignments already there', () => {
  const confirmedId = `${LIUZHOU}#p1/a1->${STATE_COUNCIL}#p2/a6`;
  const rejectedId = `${LIUZHOU}#p1/a2->${STATE_COUNCIL}#p2/a6`;
  const snapshot = () =>
    read(`MATCH ()-[r:ALIGNS_WITH]->() RETURN r.id AS id, count(*) AS copies, collect(r.status) AS statuses,
          collect(r.score) AS scores, collect(r.comment) AS comments ORDER BY id`);
  let fresh: Awaited<ReturnType<typeof alignGraph>>;

  beforeAll(async () => {
    // As if a curator reviewed two alignments (the API's addAlignment) before the engine ever ran on them.
    await graph.write([
      { cypher: 'MATCH ()-[r:ALIGNS_WITH]->() DELETE r' },
      { cypher: 'MATCH (p:Policy) REMOVE p.alignedInput' },
      {
        cypher: `UNWIND $rows AS row
               MATCH (l:Article {id: row.lower}), (u:Article {id: row.upper})
               CREATE (l)-[:ALIGNS_WITH {id: row.lower + '->' + row.upper, status: row.status, score: 0.01,
                                         comment: row.status, reviewedBy: 'analyst'}]->(u)`,
        params: {
          rows: [
            { lower: `${LIUZHOU}#p1/a1`, upper: `${STATE_COUNCIL}#p2/a6`, status: 'confirmed' },
            { lower: `${LIUZHOU}#p1/a2`, upper: `${STATE_COUNCIL}#p2/a6`, status: 'rejected' },
          ],
        },
      },
    ]);
  });

  test('a run whose writes fail half-way records no fingerprint, so the next run re-aligns every document', async () => {
    let writes = 0;
    const failing = {
      read: graph.read.bind(graph),
      write: async (...call: Parameters<typeof graph.write>) => {
        writes += 1;
        if (writes === 3) throw new Error('injected write failure');
        return graph.write(...call);
      },
    };
    await expect(alignGraph(failing, { batchSize: 5 })).rejects.toThrow('injected write failure');
    const [recorded] = await read('MATCH (p:Policy) WHERE p.alignedInput IS NOT NULL RETURN count(p) AS n');
    expect(recorded!.n).toBe(0);
  });

  test('creates every pair once, in small batches, and leaves the confirmed and the rejected one as they were', async () => {
    fresh = await alignGraph(graph, { batchSize: 7 });
    expect(fresh.realigned).toBeGreaterThan(2);
    const rows = await snapshot();
    expect(rows.filter((r) => r.copies !== 1)).toEqual([]);
    expect(rows.find((r) => r.id === confirmedId)).toEqual({
      id: confirmedId,
      copies: 1,
      statuses: ['confirmed'],
      scores: [0.01],
      comments: ['confirmed'],
    });
    expect(rows.find((r) => r.id === rejectedId)).toMatchObject({ copies: 1, statuses: ['rejected'], scores: [0.01] });
    // The engine suggests the confirmed pair (Liuzhou 一 → State Council 六 at rank 1), which is counted but not rewritten.
    const suggested = rows.filter((r) => (r.statuses as string[])[0] === 'suggested').length;
    expect(suggested).toBeGreaterThan(20);
    expect(rows.length).toBeLessThanOrEqual(fresh.pairs + 1);
    expect(rows.length).toBeGreaterThanOrEqual(fresh.pairs - 1);
  });

  test('two full re-runs change nothing: no duplicate, the same suggestions, reviewed ones untouched', async () => {
    const before = await snapshot();
    const again = await alignGraph(graph, { full: true });
    const third = await alignGraph(graph, { full: true, batchSize: 3 });
    expect([again.pairs, third.pairs]).toEqual([fresh.pairs, fresh.pairs]);
    expect([again.swept, third.swept]).toEqual([0, 0]);
    expect(await snapshot()).toEqual(before);
  });
});
