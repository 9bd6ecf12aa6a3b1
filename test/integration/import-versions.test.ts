/**
 * Versions of statutes in a real Neo4j, on the bundled legislative chain (corpus/laws, copied unchanged from
 * lawrefbook): 上海市科学技术进步条例 2010 and 2024 are one Work with two dated versions that never overwrite each
 * other; their articles are linked; citations point at the version the citing text was written against; a re-import
 * and another import order end in the same graph.
 *
 * Read off the texts: the 2010 file has no head lines (its file name gives 2010-09-17, flagged) and its last article
 * 第四十九条 says 本条例自2010年11月1日起施行; the 2024 file's last head line is 2024年5月10日 …第二次修订 and its
 * 第四十七条 says 本条例自2024年6月1日起施行.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportSummary } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';
import { importFresh, importInto, LAW_FILES, query, snapshotGraph, type GraphSnapshot } from './import-support.ts';

const { graph } = openTestGraph();
const FILES = [...LAW_FILES];
const WORK = 'w:上海市|科学技术进步条例';
const V2010 = 't:上海市|科学技术进步条例@2010-09-17';
const V2024 = 't:上海市|科学技术进步条例@2024-05-10';

let summary: ImportSummary;
let first: GraphSnapshot;

beforeAll(async () => {
  ({ summary, first } = await importFresh(graph, FILES));
}, 300_000);
afterAll(() => graph.close());

describe('versions of 上海市科学技术进步条例', () => {
  test('every file imports; the two Shanghai texts are two Policies of one Work', async () => {
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(FILES.length);
    const rows = await query(
      graph,
      `MATCH (w:Work {id: $work})-[h:HAS_VERSION]->(p:Policy)
      RETURN p.id AS id, h.order AS order, p.versionDate AS versionDate, p.versionDateSource AS source, p.validFrom AS validFrom,
        p.validTo AS validTo, p.versionStatus AS status, p.versionEvent AS event, p.endedBy AS endedBy ORDER BY h.order`,
      { work: WORK },
    );
    expect(rows).toEqual([
      {
        id: V2010,
        order: 1,
        versionDate: '2010-09-17',
        source: 'file-name',
        validFrom: '2010-11-01',
        validTo: '2024-06-01',
        status: 'superseded',
        event: null,
        endedBy: V2024,
      },
      {
        id: V2024,
        order: 2,
        versionDate: '2024-05-10',
        source: 'head-line',
        validFrom: '2024-06-01',
        validTo: null,
        status: 'in_force',
        event: 'revision',
        endedBy: null,
      },
    ]);
  });

  test('each version keeps its own text: 2010 has 49 articles, 2024 has 47', async () => {
    const rows = await query(
      graph,
      `MATCH (p:Policy)-[:HAS_ARTICLE]->(a:Article) WHERE p.id IN [$a, $b]
      RETURN p.id AS id, count(a) AS n ORDER BY id`,
      { a: V2010, b: V2024 },
    );
    expect(rows).toEqual([
      { id: V2010, n: 49 },
      { id: V2024, n: 47 },
    ]);
    const [last2010] = await query(graph, 'MATCH (a:Article {id: $id}) RETURN a.text AS text', {
      id: `${V2010}#p8/a49`,
    });
    expect(last2010?.text).toContain('2010年11月1日');
  });

  test('the last article changed only in its date (hand-read): 第四十九条 2010 CHANGED_TO 第四十七条 2024', async () => {
    const rows = await query(
      graph,
      `MATCH (a:Article)-[c:CHANGED_TO]->(b:Article)
      WHERE a.policyId = $a AND a.label = '第四十九条' RETURN b.label AS label, c.removed AS removed, c.inserted AS inserted`,
      { a: V2010 },
    );
    expect(rows).toEqual([{ label: '第四十七条', removed: '10年11', inserted: '24年6' }]);
  });

  test('the 2010 file flags that its version date comes from the file name', () => {
    // The flag is an issue of the import (VERSION_DATE_FROM_FILE_NAME), and the property versionDateSource above.
    expect(first.labels.Work).toBeGreaterThanOrEqual(9);
  });

  test('citations of a law point at the version the citing text was written against', async () => {
    const rows = await query(
      graph,
      `MATCH (src:Policy)-[r:BASED_ON|IMPLEMENTS|CITES]->(law:Policy)
      WHERE law.workId = 'w:中华人民共和国|科学技术进步法' RETURN src.id AS src, law.id AS law, r.versionMatch AS match ORDER BY src`,
    );
    expect(rows).toContainEqual({
      src: V2010,
      law: 't:中华人民共和国|科学技术进步法@2021-12-24',
      match: 'earliest-later',
    });
    expect(rows).toContainEqual({ src: V2024, law: 't:中华人民共和国|科学技术进步法@2021-12-24', match: 'at-date' });
    const stubs = await query(
      graph,
      "MATCH (p:Policy {status: 'cited'}) WHERE p.titleKey = '中华人民共和国|科学技术进步法' RETURN p.id AS id",
    );
    expect(stubs).toEqual([]);
  });

  describe('through GraphQL', () => {
    let api: TestApi;
    beforeAll(async () => void (api = await startTestApi(graph)));
    afterAll(() => api.close());

    test('policy(title, asOf) gives the version in force that day; no asOf the one in force now', async () => {
      const q = `query($asOf: String) { policy(title: "上海市科学技术进步条例", asOf: $asOf) { id versionStatus validFrom validTo work { id versionCount } } }`;
      expect((await api.gql(q, { asOf: '2015-01-01' })).body).toEqual({
        data: {
          policy: {
            id: V2010,
            versionStatus: 'superseded',
            validFrom: '2010-11-01',
            validTo: '2024-06-01',
            work: { id: WORK, versionCount: 2 },
          },
        },
      });
      expect((await api.gql(q, { asOf: '2024-06-01' })).body.data?.policy.id).toBe(V2024);
      expect((await api.gql(q, {})).body.data?.policy.id).toBe(V2024);
      expect((await api.gql(q, { asOf: '2010-10-31' })).body.data?.policy).toBeNull();
      expect((await api.gql(q, { asOf: '2015' })).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    test('versions(workId) lists both, oldest first', async () => {
      const r = await api.gql(`{ versions(workId: "${WORK}") { id versionOrder } }`);
      expect(r.body).toEqual({
        data: {
          versions: [
            { id: V2010, versionOrder: 1 },
            { id: V2024, versionOrder: 2 },
          ],
        },
      });
    });

    test('versionDiff lists changed articles, checked by hand on the texts', async () => {
      const r = await api.gql(`{ versionDiff(from: "${V2010}", to: "${V2024}") {
        changed { from { label } to { label } removed inserted } added { label } deleted { label } unchanged } }`);
      const diff = r.body.data?.versionDiff;
      // 第四十九条 本条例自2010年11月1日起施行 → 第四十七条 本条例自2024年6月1日起施行.
      expect(diff.changed).toContainEqual({
        from: { label: '第四十九条' },
        to: { label: '第四十七条' },
        removed: '10年11',
        inserted: '24年6',
      });
      // 第十一条 本市设立科学技术奖，对在科学技术进步活动中做出重要贡献的… → 第六条 市人民政府设立科学技术奖，…做出突出贡献的….
      expect(diff.changed.find((c: { from: { label: string } }) => c.from.label === '第十一条')?.to).toEqual({
        label: '第六条',
      });
      expect(diff.changed.length + diff.deleted.length + diff.unchanged).toBe(49);
      expect(diff.changed.length + diff.added.length + diff.unchanged).toBe(47);
      const back = (
        await api.gql(`{ versionDiff(from: "${V2024}", to: "${V2010}") { added { label } deleted { label } } }`)
      ).body.data?.versionDiff;
      expect(back.added).toEqual(diff.deleted);
    });

    test('basisChanged: the 2010 text rests on the 科学技术进步法 as it stood before its 2021 revision', async () => {
      const r = await api.gql(
        `{ policy(id: "${V2010}") { basisChanged { relation upper { id } status date newVersion { id } earlierTextInGraph } } }`,
      );
      expect(r.body.data?.policy.basisChanged).toContainEqual({
        relation: 'BASED_ON',
        upper: { id: 't:中华人民共和国|科学技术进步法@2021-12-24' },
        status: 'superseded',
        date: '2022-01-01',
        newVersion: { id: 't:中华人民共和国|科学技术进步法@2021-12-24' },
        earlierTextInGraph: false,
      });
      const now = await api.gql(`{ policy(id: "${V2024}") { basisChanged { upper { id } } } }`);
      expect(now.body.data?.policy.basisChanged).toEqual([]);
    });

    test('an article carrying an upper article that the next version changed is told so (and the other articles not)', async () => {
      // An alignment written by hand (the engine aligns only texts that cite each other): 河南 第一条 → 上海 2010 第十一条.
      const written = await graph.write([
        {
          cypher: `MATCH (p:Policy)-[:HAS_ARTICLE]->(a:Article {label: '第一条'}) WHERE p.title = '河南省科学技术进步条例'
        MATCH (u:Article {policyId: $v, label: '第十一条'}) MERGE (a)-[:ALIGNS_WITH {id: 'test', score: 0.9, class: 'related', status: 'suggested'}]->(u) RETURN p.id AS id`,
          params: { v: V2010 },
        },
      ]);
      const lowerId = String(written[0]?.[0]?.id);
      try {
        const r = await api.gql(
          `{ policy(id: "${lowerId}") { articles { label basisChanged { change upperArticle { label } newArticle { label } date } } } }`,
        );
        expect(r.body.data?.policy.articles.slice(0, 2)).toEqual([
          {
            label: '第一条',
            basisChanged: [
              {
                change: 'changed',
                upperArticle: { label: '第十一条' },
                newArticle: { label: '第六条' },
                date: '2024-06-01',
              },
            ],
          },
          { label: '第二条', basisChanged: [] },
        ]);
      } finally {
        await graph.write([{ cypher: "MATCH ()-[r:ALIGNS_WITH {id: 'test'}]->() DELETE r" }]);
      }
    });
  });

  test('a re-import changes nothing', async () => {
    await importInto(graph, FILES);
    expect(await snapshotGraph(graph)).toEqual(first);
  }, 120_000);

  test('the reverse order ends in the same graph', async () => {
    await resetGraph(graph);
    for (const file of [...FILES].reverse()) await importInto(graph, [file]);
    expect(await snapshotGraph(graph)).toEqual(first);
  }, 180_000);
});
