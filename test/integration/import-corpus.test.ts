/**
 * The bundled corpus imported into a real Neo4j: exact counts per label and relationship type, the cross-document
 * resolutions the corpus needs, provenance, and an idempotent re-import.
 *
 * Expected numbers, read off the texts:
 *   Policy 7: five files + two documents cited but not bundled (科学技术进步法, 科技强桂三年行动方案).
 *   Part 22 = State Council 7 + Liuzhou measures 5 + Guangxi 2 + MOST plan 4 + interpretation 4 (一、…四、).
 *   Article 67 = 21 + 21 + 3 ((一)–(三)) + 19 (2+4+9+4, numbering restarts per part) + 3 (the interpretation's
 *   (一)–(三) under 三、); Item 5 (the interpretation's 1.–5.); HAS_ARTICLE 134 (every article hangs under a part
 *   and the policy). Jurisdiction 3: 中华人民共和国, 广西壮族自治区, 柳州市.
 *   Citations 6: Guangxi IMPLEMENTS 国发〔2020〕7号 (为贯彻落实); the interpretation INTERPRETS the measures,
 *   IMPLEMENTS the 科学技术进步法 (积极贯彻落实) and CITES the three documents its 重要意义 lists.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS_DIR, IMPORTER_VERSION, readPolicyFile, type ImportSummary } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { FIRST_CORPUS_FILES, importInto, query, snapshotGraph, type GraphSnapshot } from './import-support.ts';

const { graph } = openTestGraph();
const FILES = [
  'guangxi-hitech-measures.txt',
  'liuzhou-hitech-measures-interpretation.txt',
  'liuzhou-hitech-measures.txt',
  'most-hitech-zone-plan-14th.txt',
  'state-council-hitech-opinions.txt',
];
const LIUZHOU_AGENCIES = [
  '柳州市科学技术局',
  '柳州市发展和改革委员会',
  '柳州市工业和信息化局',
  '柳州市财政局',
  '柳州市市场监督管理局',
  '各县区人民政府',
  '柳州市柳东新区管理委员会',
  '柳州市教育局',
  '柳州市人力资源和社会保障局',
];

let summary: ImportSummary;
let first: GraphSnapshot;
const progress: string[] = [];

beforeAll(async () => {
  await resetGraph(graph);
  summary = await importInto(graph, [...FIRST_CORPUS_FILES], {
    onProgress: (p) => progress.push(`${p.status} ${p.file.split('/').pop()}`),
  });
  first = await snapshotGraph(graph);
});
afterAll(() => graph.close());

describe('importing the first bundled corpus (its five files by name)', () => {
  test('imports every file of corpus/, upper tiers first and in name order within a tier, reporting each', () => {
    expect(progress).toEqual(
      [
        'most-hitech-zone-plan-14th.txt',
        'state-council-hitech-opinions.txt',
        'guangxi-hitech-measures.txt',
        'liuzhou-hitech-measures-interpretation.txt',
        'liuzhou-hitech-measures.txt',
      ].map((f) => `imported ${f}`),
    );
    expect(summary.documents).toBe(5);
    expect(summary.articles).toBe(67);
    expect(summary.failed).toEqual([]);
    expect(summary.citations).toEqual({ resolved: 4, unresolved: 2 });
  });

  test('exact counts per label', async () => {
    // Goals and events are whatever the parser reads; the writer must store exactly those (money amounts become goals).
    const docs = await Promise.all(FILES.map((f) => readPolicyFile(`${CORPUS_DIR}${f}`)));
    const goals = docs.reduce((n, d) => n + d.goals.length + d.articles.reduce((m, a) => m + a.money.length, 0), 0);
    const events = docs.reduce((n, d) => n + d.events.length, 0);
    const agencies = new Set(
      docs.flatMap((d) =>
        [
          ...d.articles.flatMap((a) => [...a.leadAgencies, ...a.cooperatingAgencies]),
          ...d.agencyRoles.map((r) => r.agency),
        ].map((a) => a.name),
      ),
    );
    expect(first.labels).toEqual({
      Policy: 7,
      Part: 22,
      Article: 67,
      Item: 5,
      Jurisdiction: 3,
      Agency: agencies.size,
      ...(goals > 0 ? { Goal: goals } : {}),
      ...(events > 0 ? { Event: events } : {}),
    });
    expect(summary.agencies).toBe(agencies.size);
    for (const name of LIUZHOU_AGENCIES) expect(agencies.has(name)).toBe(true);
  });

  test('exact counts of structure and citation relationships', () => {
    const r = first.relationships;
    expect([r.HAS_PART, r.HAS_ARTICLE, r.HAS_ITEM]).toEqual([22, 134, 5]);
    expect([r.IMPLEMENTS, r.CITES, r.INTERPRETS, r.BASED_ON]).toEqual([2, 3, 1, undefined]);
  });

  test('the Liuzhou measures carry 柳政规〔2021〕18号, which only their interpretation names: one node', async () => {
    const rows = await query(
      graph,
      `MATCH (p:Policy {docNumber: '柳政规〔2021〕18号'})
      OPTIONAL MATCH (i:Policy)-[:INTERPRETS]->(p) RETURN p.id AS id, p.file AS file, p.status AS status, i.file AS interpretedBy`,
    );
    expect(rows).toEqual([
      {
        id: '柳政规〔2021〕18号',
        file: 'liuzhou-hitech-measures.txt',
        status: 'full',
        interpretedBy: 'liuzhou-hitech-measures-interpretation.txt',
      },
    ]);
  });

  test('the Guangxi measures cited under another title resolve to the one imported node', async () => {
    const rows = await query(
      graph,
      `MATCH (p:Policy) WHERE p.title CONTAINS '高新技术产业开发区高质量发展的若干措施' AND p.jurisdiction = '广西壮族自治区'
      OPTIONAL MATCH (i:Policy)-[r:CITES]->(p) RETURN p.file AS file, p.titleAliases AS aliases, collect(i.file) AS citedBy, collect(r.citedTitle) AS citedAs`,
    );
    expect(rows).toEqual([
      {
        file: 'guangxi-hitech-measures.txt',
        aliases: ['广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施'],
        citedBy: ['liuzhou-hitech-measures-interpretation.txt'],
        citedAs: ['广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施'],
      },
    ]);
  });

  test('documents cited but not bundled become cited-only nodes with an inferred tier', async () => {
    const rows = await query(
      graph,
      `MATCH (p:Policy {status: 'cited'}) OPTIONAL MATCH (p)-[:IN_JURISDICTION]->(j)
      RETURN p.id AS id, p.title AS title, p.tier AS tier, j.name AS jurisdiction, p.kind AS kind, COUNT { (p)<--() } AS citedBy ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: 't:|科技强桂三年行动方案(2021-2023年)',
        title: '科技强桂三年行动方案(2021—2023年)',
        tier: 'provincial',
        jurisdiction: '广西壮族自治区',
        kind: 'plan',
        citedBy: 1,
      },
      {
        id: 't:中华人民共和国|科学技术进步法',
        title: '中华人民共和国科学技术进步法',
        tier: 'national',
        jurisdiction: '中华人民共和国',
        kind: 'law',
        citedBy: 1,
      },
    ]);
  });

  test('the State Council opinions are one full node that Guangxi implements and the interpretation cites', async () => {
    const rows = await query(
      graph,
      `MATCH (p:Policy {id: '国发〔2020〕7号'})<-[r]-(o:Policy) RETURN p.status AS status, type(r) AS type, o.file AS from ORDER BY from`,
    );
    expect(rows).toEqual([
      { status: 'full', type: 'IMPLEMENTS', from: 'guangxi-hitech-measures.txt' },
      { status: 'full', type: 'CITES', from: 'liuzhou-hitech-measures-interpretation.txt' },
    ]);
  });

  test('each full Policy carries its provenance: file, source address, retrieval date, SHA-256 of the text, importer version', async () => {
    const rows = await query(
      graph,
      `MATCH (p:Policy {status: 'full'}) RETURN p.file AS file, p.sourceUrl AS sourceUrl, p.retrievedOn AS retrievedOn, p.sha256 AS sha256, p.importerVersion AS version ORDER BY file`,
    );
    expect(rows.map((r) => r.file)).toEqual(FILES);
    for (const row of rows) {
      expect(row.sha256).toBe(
        createHash('sha256')
          .update(readFileSync(`${CORPUS_DIR}${row.file as string}`))
          .digest('hex'),
      );
      expect(row.version).toBe(IMPORTER_VERSION);
      expect(row.retrievedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Addresses come from corpus/README.md; the State Council row names only the portal (gov.cn), no address.
    expect(rows.map((r) => r.sourceUrl)).toEqual([
      'kjt.gxzf.gov.cn/xxgk/zcyd/zcfg/t9841258.shtml',
      'tzcjj.liuzhou.gov.cn/jdhy/zcjd_58159/202202/t20220224_3018858.shtml',
      'gx.025b.com/2022-06-28/820364.html',
      'redian.news/wxnews/139865',
      null,
    ]);
  });

  test("agencies get their roles: the measures' lead and cooperating units; the drafter the interpretation names drafted the measures", async () => {
    const rows = await query(
      graph,
      `MATCH (g:Agency)-[r:LEADS|COOPERATES_ON]->(a:Article {id: '柳政规〔2021〕18号#p1/a1'}) RETURN type(r) AS role, g.name AS name, r.asWritten AS asWritten ORDER BY role, name`,
    );
    expect(rows.filter((r) => r.role === 'LEADS')).toEqual([
      { role: 'LEADS', name: '柳州市科学技术局', asWritten: '市科技局' },
    ]);
    expect(
      rows
        .filter((r) => r.role === 'COOPERATES_ON')
        .map((r) => r.name as string)
        .sort(),
    ).toEqual(
      [
        '各县区人民政府',
        '柳州市发展和改革委员会',
        '柳州市工业和信息化局',
        '柳州市柳东新区管理委员会',
        '柳州市市场监督管理局',
        '柳州市财政局',
      ].sort(),
    );
    const drafted = await query(
      graph,
      `MATCH (g:Agency)-[r:DRAFTED]->(p:Policy) MATCH (s:Policy {id: r.source}) RETURN g.name AS name, p.file AS file, s.file AS source`,
    );
    expect(drafted).toEqual([
      {
        name: '柳州市科学技术局',
        file: 'liuzhou-hitech-measures.txt',
        source: 'liuzhou-hitech-measures-interpretation.txt',
      },
    ]);
  });

  test("the interpretation's 文件印发过程 hangs on the measures, with the interpretation as source", async () => {
    // Every role and event names the Policy whose text states it; only the interpretation speaks of another document.
    const roles = await query(
      graph,
      `MATCH (g:Agency)-[r:ISSUED|DRAFTED|APPROVED]->(p:Policy) MATCH (s:Policy {id: r.source})
      WHERE s <> p RETURN type(r) AS role, g.name AS name, p.file AS on, s.file AS source ORDER BY role, name`,
    );
    expect(roles).toEqual([
      {
        role: 'APPROVED',
        name: '中共柳州市委全面深化改革委员会',
        on: 'liuzhou-hitech-measures.txt',
        source: 'liuzhou-hitech-measures-interpretation.txt',
      },
      {
        role: 'APPROVED',
        name: '柳州市人民政府',
        on: 'liuzhou-hitech-measures.txt',
        source: 'liuzhou-hitech-measures-interpretation.txt',
      },
      {
        role: 'DRAFTED',
        name: '柳州市科学技术局',
        on: 'liuzhou-hitech-measures.txt',
        source: 'liuzhou-hitech-measures-interpretation.txt',
      },
    ]);
    const events = await query(
      graph,
      `MATCH (p:Policy)-[:HAS_EVENT]->(e:Event) MATCH (s:Policy {id: e.source})
      RETURN p.file AS on, s.file AS source, collect(e.kind) AS kinds ORDER BY on`,
    );
    // Guangxi's notice states its own approval (已经自治区人民政府同意); the interpretation's making-of steps go to
    // the measures. The cited law's 修订 note is the citation's citedVersion, no event of any document here.
    expect(events.map((e) => ({ on: e.on, source: e.source, kinds: [...(e.kinds as string[])].sort() }))).toEqual([
      { on: 'guangxi-hitech-measures.txt', source: 'guangxi-hitech-measures.txt', kinds: ['approval'] },
      {
        on: 'liuzhou-hitech-measures.txt',
        source: 'liuzhou-hitech-measures-interpretation.txt',
        kinds: ['approval', 'consultation', 'drafting', 'issuance'],
      },
    ]);
  });

  test('a second import of the same files changes no count and no id', async () => {
    const again = await importInto(graph, [...FIRST_CORPUS_FILES]);
    expect(again.failed).toEqual([]);
    expect(await snapshotGraph(graph)).toEqual(first);
  });
});
