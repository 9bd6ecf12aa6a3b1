/**
 * A code stored one file per book is ONE Policy in a real Neo4j. lawrefbook keeps 中华人民共和国民法典 as eight files
 * (总则.md, 物权编.md, … 附则.md), each titled with the code and adopted 2020-05-28, so each is the version
 * t:中华人民共和国|民法典@2020-05-28; only the first file imported landed, the others were refused
 * SAME_IDENTITY_OTHER_TEXT. Three real books (test/data/code-books, copied unchanged): 继承编 (4 chapters, 第一千一百一十九条
 * to 第一千一百六十三条), 人格权编 (6 chapters, 第九百八十九条 to 第一千零三十九条) and 附则 (no chapter, 第一千二百五十九条 and
 * 第一千二百六十条). Whatever the order, in one run or several, they end in the same graph; a re-import changes
 * nothing; a re-import of one book leaves the others; the same book from another file with another text is refused.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';
import { importInto, query, snapshotGraph, type GraphSnapshot } from './import-support.ts';

const { graph } = openTestGraph();
const book = (name: string) => fileURLToPath(new URL(`../data/code-books/${name}`, import.meta.url));
const INHERITANCE = book('继承编.md');
const PERSONALITY = book('人格权编.md');
const SUPPLEMENTARY = book('附则.md');
// Chapters as the texts have them: 继承编 第一章 第一千一百一十九条 to 第一千一百二十五条 (7), 第二章 to 第一千一百三十二条 (7),
// 第三章 to 第一千一百四十四条 (12), 第四章 to 第一千一百六十三条 (19); 人格权编 13, 10, 6, 6, 8, 8.
const ID = 't:中华人民共和国|民法典@2020-05-28';
const scratch = mkdtempSync(join(tmpdir(), 'code-books-'));

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const NUMBERS = [...range(989, 1039), ...range(1119, 1163), 1259, 1260];

/** Everything the books wrote, as plain rows: the Policy, its books, parts and articles in the code's order. */
async function code(): Promise<Record<string, unknown>> {
  const [policy] = await query(
    graph,
    `MATCH (p:Policy {id: $id}) RETURN p.title AS title, p.status AS status, p.articleCount AS articles,
       p.partCount AS parts, p.file AS file, p.versionDate AS versionDate, p.effectiveOn AS effectiveOn,
       size(p.repealsWorks) AS repeals`,
    { id: ID },
  );
  const books = await query(
    graph,
    `MATCH (:Policy {id: $id})-[:HAS_BOOK]->(b:Book) RETURN b.id AS id, b.title AS title, b.file AS file,
       b.articleCount AS articles, b.partCount AS parts, b.order AS order ORDER BY b.order`,
    { id: ID },
  );
  const parts = await query(
    graph,
    `MATCH (:Policy {id: $id})-[:HAS_PART]->(x:Part) RETURN x.id AS id, x.label AS label, x.book AS book,
       COUNT { (x)-[:HAS_ARTICLE]->(:Article) } AS articles ORDER BY x.order`,
    { id: ID },
  );
  const articles = await query(
    graph,
    'MATCH (:Policy {id: $id})-[:HAS_ARTICLE]->(a:Article) RETURN a.number AS number ORDER BY a.order',
    { id: ID },
  );
  return { policy, books, parts, articles: articles.map((a) => a.number) };
}

/** Element ids of every node and relationship: a re-import that changes nothing keeps them all. */
async function elements(): Promise<string[]> {
  const nodes = await query(graph, 'MATCH (n) RETURN elementId(n) AS e ORDER BY e');
  const rels = await query(graph, 'MATCH ()-[r]->() RETURN elementId(r) AS e ORDER BY e');
  return [...nodes, ...rels].map((r) => String(r.e));
}

const EXPECTED_BOOKS = [
  { id: `${ID}#人格权编`, title: '人格权编', file: '人格权编.md', articles: 51, parts: 6, order: 989 },
  { id: `${ID}#继承编`, title: '继承编', file: '继承编.md', articles: 45, parts: 4, order: 1119 },
  { id: `${ID}#附则`, title: '附则', file: '附则.md', articles: 2, parts: 0, order: 1259 },
];

let together: Record<string, unknown>;
let togetherSnapshot: GraphSnapshot;
let api: TestApi | undefined;

beforeAll(async () => {
  await resetGraph(graph);
  const summary = await importInto(graph, [INHERITANCE, PERSONALITY, SUPPLEMENTARY]);
  expect(summary.failed).toEqual([]);
  together = await code();
  togetherSnapshot = await snapshotGraph(graph);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the books of a code imported together', () => {
  test('make one Policy holding every book’s chapters and articles, in the code’s order', () => {
    expect(together.policy).toEqual({
      title: '中华人民共和国民法典',
      status: 'full',
      articles: 98,
      parts: 10,
      file: null,
      versionDate: '2020-05-28',
      effectiveOn: '2021-01-01',
      // 附则's 第一千二百六十条: 《中华人民共和国婚姻法》 … 《中华人民共和国民法总则》同时废止, nine laws.
      repeals: 9,
    });
    expect(together.books).toEqual(EXPECTED_BOOKS);
    expect(together.articles).toEqual(NUMBERS);
    const parts = together.parts as { id: string; label: string; book: string; articles: number }[];
    expect(parts.map((p) => [p.id, p.label, p.book, p.articles])).toEqual([
      [`${ID}#人格权编/p1`, '第一章', '人格权编', 13],
      [`${ID}#人格权编/p2`, '第二章', '人格权编', 10],
      [`${ID}#人格权编/p3`, '第三章', '人格权编', 6],
      [`${ID}#人格权编/p4`, '第四章', '人格权编', 6],
      [`${ID}#人格权编/p5`, '第五章', '人格权编', 8],
      [`${ID}#人格权编/p6`, '第六章', '人格权编', 8],
      [`${ID}#继承编/p1`, '第一章', '继承编', 7],
      [`${ID}#继承编/p2`, '第二章', '继承编', 7],
      [`${ID}#继承编/p3`, '第三章', '继承编', 12],
      [`${ID}#继承编/p4`, '第四章', '继承编', 19],
    ]);
  });

  test('GraphQL lists the code’s books in its order, each with its file, chapters and articles', async () => {
    api = await startTestApi(graph);
    const answer = await api.gql(
      `query ($id: ID!) { policy(id: $id) { title books { title order file articleCount
         code { title } parts { label book } articles { number } } } }`,
      { id: ID },
    );
    expect(answer.body.errors).toBeUndefined();
    const books = answer.body.data!.policy.books as {
      title: string;
      order: number;
      file: string;
      articleCount: number;
      code: { title: string };
      parts: { label: string; book: string }[];
      articles: { number: number }[];
    }[];
    expect(books.map((b) => [b.title, b.order, b.file, b.articleCount, b.code.title])).toEqual(
      EXPECTED_BOOKS.map((b) => [b.title, b.order, b.file, b.articles, '中华人民共和国民法典']),
    );
    expect(books.map((b) => b.parts.map((p) => p.label))).toEqual([
      ['第一章', '第二章', '第三章', '第四章', '第五章', '第六章'],
      ['第一章', '第二章', '第三章', '第四章'],
      [],
    ]);
    expect(books.flatMap((b) => b.parts.map((p) => p.book))).toEqual([
      ...Array(6).fill('人格权编'),
      ...Array(4).fill('继承编'),
    ]);
    expect(books.map((b) => b.articles.map((a) => a.number))).toEqual([
      range(989, 1039),
      range(1119, 1163),
      [1259, 1260],
    ]);
  });

  test('their shared head is stated once: one ISSUED, one adoption event', async () => {
    const [row] = await query(
      graph,
      `MATCH (p:Policy {id: $id}) RETURN COUNT { (:Agency)-[:ISSUED]->(p) } AS issued,
         COUNT { (p)-[:HAS_EVENT]->(:Event {kind: 'adoption'}) } AS adoptions`,
      { id: ID },
    );
    expect(row).toEqual({ issued: 1, adoptions: 1 });
  });
});

describe('the books of a code imported one by one', () => {
  test('in another order, some now and the rest later, end in the same graph', async () => {
    await resetGraph(graph);
    for (const file of [SUPPLEMENTARY, PERSONALITY, INHERITANCE])
      expect((await importInto(graph, [file])).failed).toEqual([]);
    expect(await code()).toEqual(together);
    const snapshot = await snapshotGraph(graph);
    expect(snapshot.ids).toEqual(togetherSnapshot.ids);
    expect(snapshot.relationships).toEqual(togetherSnapshot.relationships);
  });

  test('a re-import of every book, or of one alone, changes nothing', async () => {
    const before = await elements();
    expect((await importInto(graph, [PERSONALITY, SUPPLEMENTARY, INHERITANCE])).failed).toEqual([]);
    expect(await elements()).toEqual(before);
    expect((await importInto(graph, [PERSONALITY])).failed).toEqual([]);
    expect(await elements()).toEqual(before);
    expect(await code()).toEqual(together);
  });

  test('a re-import of one book after an edit changes that book alone', async () => {
    // 继承编 without its last article (第一千一百六十三条), under its own file name.
    const edited = join(scratch, '继承编.md');
    const text = readFileSync(INHERITANCE, 'utf8');
    const last = text.indexOf('第一千一百六十三条');
    expect(last).toBeGreaterThan(0);
    writeFileSync(edited, text.slice(0, last));
    expect((await importInto(graph, [edited])).failed).toEqual([]);
    const after = await code();
    expect(after.articles).toEqual(NUMBERS.filter((n) => n !== 1163));
    expect((after.policy as { articles: number }).articles).toBe(97);
    expect((after.books as { articles: number }[]).map((b) => b.articles)).toEqual([51, 44, 2]);
    expect((await importInto(graph, [INHERITANCE])).failed).toEqual([]);
    expect(await code()).toEqual(together);
  });

  test('the same book from another file with another text is refused, naming both files', async () => {
    const other = join(scratch, '继承编（修改稿）.md');
    copyFileSync(INHERITANCE, other);
    writeFileSync(other, readFileSync(INHERITANCE, 'utf8').replace('国家保护自然人的继承权。', '国家保护继承权。'));
    const summary = await importInto(graph, [other]);
    expect(summary.failed.map((f) => f.code)).toEqual(['SAME_IDENTITY_OTHER_TEXT']);
    expect(summary.failed[0]!.message).toContain('继承编（修改稿）.md');
    expect(summary.failed[0]!.message).toContain('继承编.md');
    expect(await code()).toEqual(together);
  });

  test('a citation of 《中华人民共和国民法典》 from another text rests on the code', async () => {
    const citing = join(scratch, 'citing.txt');
    writeFileSync(
      citing,
      [
        '某某市人民政府关于做好物业服务工作的通知',
        '某政发〔2021〕3号',
        '各区人民政府：',
        '一、依法服务',
        '（一）依照《中华人民共和国民法典》的规定，做好物业服务工作。',
        '某某市人民政府',
        '2021年3月1日',
      ].join('\n'),
    );
    expect((await importInto(graph, [citing])).failed).toEqual([]);
    const rows = await query(
      graph,
      `MATCH (s:Policy {docNumber: '某政发〔2021〕3号'})-[r]->(t:Policy) WHERE type(r) IN ['CITES', 'BASED_ON']
       RETURN t.id AS target`,
    );
    expect(rows).toEqual([{ target: ID }]);
  });
});
