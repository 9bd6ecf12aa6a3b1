/**
 * versionDiff on a small fixture of the bundled chain: 上海市科学技术进步条例 2024 (47 articles) and a made-up 2025
 * amendment of it (a head line 关于修改…的决定 added, 第六条 given one more sentence, nothing else touched): 46
 * articles are byte-identical (SAME_AS), one is CHANGED_TO. The 2010 text is imported too, so the work has three
 * versions and the diff of its first and last runs through the middle one.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LAWS_DIR } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { startTestApi, type TestApi } from './api-harness.ts';
import { importInto } from './import-support.ts';

const { graph } = openTestGraph();
const V2010 = 't:上海市|科学技术进步条例@2010-09-17';
const V2024 = 't:上海市|科学技术进步条例@2024-05-10';
const V2025 = 't:上海市|科学技术进步条例@2025-03-01';
const ADDED_SENTENCE = '奖励办法由市人民政府制定。';
let dir: string;
let api: TestApi;

beforeAll(async () => {
  await resetGraph(graph);
  dir = await mkdtemp(join(tmpdir(), 'policygraph-version-diff-'));
  const text2024 = await readFile(join(LAWS_DIR, '上海市科学技术进步条例(2024-05-10).md'), 'utf8');
  const text2025 = text2024
    .replace(
      '<!-- INFO END -->',
      '2025年3月1日 上海市第十六届人民代表大会常务委员会第二十次会议《关于修改〈上海市科学技术进步条例〉的决定》修正\n\n<!-- INFO END -->',
    )
    .replace('给予奖励。\n\n鼓励社会力量', `给予奖励。${ADDED_SENTENCE}\n\n鼓励社会力量`);
  expect(text2025).toContain(ADDED_SENTENCE);
  const amended = join(dir, '上海市科学技术进步条例(2025-03-01).md');
  await writeFile(amended, text2025);
  const summary = await importInto(graph, [
    join(LAWS_DIR, '上海市科学技术进步条例(2010-09-17).md'),
    join(LAWS_DIR, '上海市科学技术进步条例(2024-05-10).md'),
    amended,
  ]);
  expect(summary.failed).toEqual([]);
  api = await startTestApi(graph);
}, 300_000);
afterAll(async () => {
  await api?.close();
  await graph.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const DIFF = `query ($from: ID!, $to: ID!) { versionDiff(from: $from, to: $to) {
  changed { from { label } to { label } removed inserted } added { label } deleted { label } unchanged } }`;

describe('versionDiff', () => {
  test('byte-identical articles are unchanged, not changed with nothing removed or inserted', async () => {
    // Before, the path followed included the HAS_ARTICLE into the newer version, so "every step SAME_AS" never held:
    // all 46 identical articles were listed under changed with removed "" and inserted "", and unchanged was 0.
    const answer = await api.gql(DIFF, { from: V2024, to: V2025 });
    expect(answer.body).toEqual({
      data: {
        versionDiff: {
          changed: [{ from: { label: '第六条' }, to: { label: '第六条' }, removed: '', inserted: ADDED_SENTENCE }],
          added: [],
          deleted: [],
          unchanged: 46,
        },
      },
    });
  });

  test('read newer first, the same articles are unchanged and the change runs the other way', async () => {
    const answer = await api.gql(DIFF, { from: V2025, to: V2024 });
    expect(answer.body.data?.versionDiff.unchanged).toBe(46);
    expect(answer.body.data?.versionDiff.changed).toEqual([
      { from: { label: '第六条' }, to: { label: '第六条' }, removed: ADDED_SENTENCE, inserted: '' },
    ]);
  });

  test('through a version between, an article is unchanged only when no step changed it', async () => {
    // 2010 → 2024 keeps no article word for word (four CHANGED_TO, the rest deleted or added), so 2010 → 2025 has none.
    const answer = await api.gql(DIFF, { from: V2010, to: V2025 });
    const diff = answer.body.data?.versionDiff;
    expect(diff.unchanged).toBe(0);
    expect(diff.changed.map((c: { from: { label: string } }) => c.from.label)).toEqual([
      '第一条',
      '第十一条',
      '第二十七条',
      '第四十九条',
    ]);
    expect(diff.changed.length + diff.deleted.length).toBe(49);
    expect(diff.changed.length + diff.added.length).toBe(47);
  });
});

describe('one version twice', () => {
  test('versionDiff of a version with itself is BAD_USER_INPUT naming it', async () => {
    // Before, it answered { changed: [], added: [], deleted: [], unchanged: 47 } and no error.
    const answer = await api.gql(DIFF, { from: V2024, to: V2024 });
    expect(answer.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', `versionDiff: from and to are the same version "${V2024}": give two versions of one work`],
    ]);
  });
});

describe('days of the calendar', () => {
  test.each([
    'policy(title: "上海市科学技术进步条例", asOf: $d) { id }',
    'lineage(articleId: "x", asOf: $d) { depth }',
    'coverage(upperPolicyId: "x", asOf: $d) { rows { lowerDocumentCount } }',
    'compare(lowerPolicyId: "x", upperPolicyId: "y", asOf: $d) { pairs { id } }',
  ])('%s refuses 2019-02-30 as it refuses 2019-13-45', async (field) => {
    for (const day of ['2019-02-30', '2019-13-45']) {
      const answer = await api.gql(`query ($d: String) { ${field} }`, { d: day });
      expect(answer.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['BAD_USER_INPUT', `asOf must be a day of the calendar as YYYY-MM-DD, got "${day}"`],
      ]);
    }
  });
});

describe('basisChanged across three versions', () => {
  // Two lower texts written by hand: one made in 2015 based on the 2010 text in force then; one made in 2020 based on
  // the 2024 revision, as the version step points a text at the earliest later version when the graph lacks the one it
  // was made under (earliest-later). The work was superseded in 2024 and that text amended in 2025: before, each was
  // told of the first change only (the 2020 text: the 2024 revision, not that the 2024 text is no longer in force).
  const LOWERS = [
    { id: 'test:basis-2015', issuedOn: '2015-01-01', upper: V2010 },
    { id: 'test:basis-2020', issuedOn: '2020-01-01', upper: V2024 },
  ];
  beforeAll(async () => {
    await graph.write([
      {
        cypher: `UNWIND $lowers AS lower MATCH (u:Policy {id: lower.upper})
                 CREATE (:Policy {id: lower.id, title: lower.id, status: 'full', tier: 'municipal', issuedOn: lower.issuedOn})-[:BASED_ON]->(u)`,
        params: { lowers: LOWERS },
      },
    ]);
  });
  afterAll(async () => {
    await graph.write([
      { cypher: "MATCH (p:Policy) WHERE p.id STARTS WITH 'test:basis-' DETACH DELETE p", params: {} },
    ]);
  });
  const QUERY = `query ($id: ID) { policy(id: $id) { basisChanged { upper { id } status date newVersion { id } earlierTextInGraph changedArticles { label } } } }`;
  type Row = {
    upper: { id: string };
    status: string;
    date: string;
    newVersion: { id: string } | null;
    earlierTextInGraph: boolean;
    changedArticles: { label: string }[];
  };
  const basis = async (id: string) => (await api.gql(QUERY, { id })).body.data?.policy.basisChanged as Row[];
  const short = (rows: Row[]) => rows.map((r) => ({ ...r, changedArticles: r.changedArticles.map((a) => a.label) }));

  test('a text resting on the 2010 version is told of the 2024 revision and of the 2025 amendment of that', async () => {
    expect(short(await basis('test:basis-2015'))).toEqual([
      {
        upper: { id: V2010 },
        status: 'superseded',
        date: '2024-06-01',
        newVersion: { id: V2024 },
        earlierTextInGraph: true,
        changedArticles: expect.arrayContaining(['第一条', '第四十九条']),
      },
      {
        upper: { id: V2024 },
        status: 'amended',
        date: '2025-03-01',
        newVersion: { id: V2025 },
        earlierTextInGraph: true,
        changedArticles: ['第六条'],
      },
    ]);
  });

  test('a text older than every version in the graph is told how the first was made, then each later change', async () => {
    const rows = short(await basis('test:basis-2020'));
    expect(rows.map((r) => [r.upper.id, r.status, r.date, r.newVersion?.id, r.earlierTextInGraph])).toEqual([
      [V2024, 'superseded', '2024-06-01', V2024, false],
      [V2024, 'amended', '2025-03-01', V2025, true],
    ]);
    expect(rows[0]!.changedArticles).toEqual([]);
  });
});

describe('policyByNumber and policy(docNumber) agree', () => {
  // A number written on several texts of one statute (国务院令第406号 on each 道路运输条例): given by hand to the 2010 and
  // 2024 texts here. Before, policyByNumber answered the first id (the 2010 text, superseded), policy the one in force.
  const NUMBER = '沪测试令第1号';
  beforeAll(async () => {
    await graph.write([
      {
        cypher: 'MATCH (p:Policy) WHERE p.id IN $ids SET p.docNumber = $n',
        params: { ids: [V2010, V2024], n: NUMBER },
      },
    ]);
  });
  afterAll(async () => {
    await graph.write([{ cypher: 'MATCH (p:Policy {docNumber: $n}) REMOVE p.docNumber', params: { n: NUMBER } }]);
  });

  test('both answer the latest text bearing the number (the 2025 amendment bears none here)', async () => {
    const answer = await api.gql(
      'query ($n: String!) { policyByNumber(docNumber: $n) { id } policy(docNumber: $n) { id } }',
      {
        n: NUMBER,
      },
    );
    expect(answer.body).toEqual({ data: { policyByNumber: { id: V2024 }, policy: { id: V2024 } } });
  });

  test('on a day, the number names the work: the version in force then', async () => {
    const answer = await api.gql('query ($n: String!) { policy(docNumber: $n, asOf: "2025-06-01") { id } }', {
      n: NUMBER,
    });
    expect(answer.body).toEqual({ data: { policy: { id: V2025 } } });
  });
});

describe('policy(title) with a law named short inside 《》', () => {
  const FULL = '河南省实施《中华人民共和国城乡规划法》办法';
  beforeAll(async () => {
    await graph.write([
      {
        cypher: "CREATE (:Policy {id: 'test:title-henan', title: $title, status: 'full', tier: 'provincial'})",
        params: { title: FULL },
      },
    ]);
  });
  afterAll(async () => {
    await graph.write([{ cypher: "MATCH (p:Policy {id: 'test:title-henan'}) DETACH DELETE p", params: {} }]);
  });

  test.each([FULL, '河南省实施《城乡规划法》办法'])('%s finds the measures', async (title) => {
    // Before, only the full title was found: 中华人民共和国 was tried in front of the whole title alone.
    const answer = await api.gql('query ($t: String) { policy(title: $t) { id title } }', { t: title });
    expect(answer.body).toEqual({ data: { policy: { id: 'test:title-henan', title: FULL } } });
  });

  test('a title found as given is not widened', async () => {
    const answer = await api.gql('query ($t: String) { policy(title: $t) { id } }', { t: '河南省实施《刑法》办法' });
    expect(answer.body).toEqual({ data: { policy: null } });
  });
});
