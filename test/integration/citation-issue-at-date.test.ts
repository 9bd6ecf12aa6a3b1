/**
 * A citation by title alone of a title issued again by each new government goes to the issue in force when the
 * citing text was made, in a real Neo4j, on trimmed real pages (test/data/reuse, test/data/stock-phrases,
 * test/data/citation-dates; their READMEs name each page). Tester F saw 盐池's rules of 2017 pointed at the 国务院工作规则
 * of 2023 and 太湖's of 2019-01-17 at those of 2013, though the graph held 国发〔2018〕21号.
 *
 * Read off the texts: the 2013 rules carry 2013年3月20日 (a version, `…@2013-03-20`); the lawfaq copy of 2018 carries
 * 国发〔2018〕21号 and no day the parser reads as made (a Policy of that number); the 2023 rules 国发〔2023〕7号 and
 * 2023年3月17日 (`…@2023-03-17`). 盐池's rules tell only their number 盐政发〔2017〕40号; 太湖's notice is signed
 * 2019年1月17日; 镇巴's rules carry 镇政发〔2024〕7号; 汉中's (2014-12-20) cite 《陕西省人民政府工作规则》（陕政发〔2013〕33号）.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportSummary } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { importFresh, importInto, query, snapshotGraph, type GraphSnapshot } from './import-support.ts';

const { graph } = openTestGraph();
const FILES = [
  'test/data/reuse/state-council-rules-2013-trad.txt',
  'test/data/reuse/state-council-rules-2018-lawfaq.txt',
  'test/data/reuse/state-council-rules-2023.txt',
  'test/data/reuse/yanchi-county-rules-2017.txt',
  'test/data/reuse/hanzhong-city-rules-2014.txt',
  'test/data/citation-dates/taihu-county-rules-2019.txt',
  'test/data/stock-phrases/zhenba-county-rules-2024.txt',
];

/** Every citation of a work-rules title: source, type, target, the number written, how it was matched. */
function workRuleCitations(): Promise<Record<string, unknown>[]> {
  return query(
    graph,
    `MATCH (s:Policy)-[r:CITES|BASED_ON|IMPLEMENTS|INTERPRETS]->(t:Policy) WHERE t.title CONTAINS '工作规则'
    RETURN s.id AS source, type(r) AS type, t.id AS target, r.citedNumber AS citedNumber, r.versionMatch AS versionMatch
    ORDER BY source, target`,
  );
}

let summary: ImportSummary;
let first: GraphSnapshot;
let firstCitations: Record<string, unknown>[];

beforeAll(async () => {
  ({ summary, first } = await importFresh(graph, FILES));
  firstCitations = await workRuleCitations();
}, 300_000);
afterAll(() => graph.close());

const V2013 = 't:中华人民共和国|国务院工作规则@2013-03-20';
const V2023 = 't:中华人民共和国|国务院工作规则@2023-03-17';
const N2018 = '国发〔2018〕21号';
const RULES = [V2013, N2018, V2023];
const YANCHI = '盐政发〔2017〕40号';
const TAIHU = 't:|太湖县人民政府工作规则';
const ZHENBA = '镇政发〔2024〕7号';
const HANZHONG = 't:|汉中市人民政府工作规则';

describe('citations by title of re-issued work rules', () => {
  test('every file imports: the 2018 rules, numbered, are their own Policy beside the 2013 and 2023 versions', async () => {
    expect(summary.failed).toEqual([]);
    const rules = await query(
      graph,
      `MATCH (p:Policy {status: 'full'}) WHERE p.title = '国务院工作规则' RETURN p.id AS id, p.docNumber AS docNumber ORDER BY id`,
    );
    // The 2013 text bears no number of its own: 汉中's citation gives it 国发〔2013〕16号.
    expect(rules).toEqual([
      { id: V2013, docNumber: '国发〔2013〕16号' },
      { id: V2023, docNumber: '国发〔2023〕7号' },
      { id: N2018, docNumber: N2018 },
    ]);
  });

  test('a title alone goes to the issue in force when the citing text was made', () => {
    const of = (source: string, type: string) =>
      firstCitations.filter((c) => c.source === source && c.type === type && RULES.includes(String(c.target)));
    // 盐池 (盐政发〔2017〕40号, no day): the 2013 rules, the latest made by 2017 — not those of 2023.
    expect(of(YANCHI, 'BASED_ON')).toEqual([
      { source: YANCHI, type: 'BASED_ON', target: V2013, citedNumber: null, versionMatch: 'at-date' },
    ]);
    // 太湖 (2019-01-17): 国发〔2018〕21号 — not the 2013 rules.
    expect(of(TAIHU, 'BASED_ON')).toEqual([
      { source: TAIHU, type: 'BASED_ON', target: N2018, citedNumber: null, versionMatch: 'at-date' },
    ]);
    // 汉中 wrote its number: the citation stays on that issue.
    expect(of(HANZHONG, 'CITES')).toEqual([
      { source: HANZHONG, type: 'CITES', target: V2013, citedNumber: '国发〔2013〕16号', versionMatch: 'at-date' },
    ]);
  });

  test('镇巴 2024: the only issue of the 陕西 rules the graph knows is the number 汉中 gave, marked as chosen by date', () => {
    const zhenba = firstCitations.filter((c) => c.source === ZHENBA);
    expect(zhenba).toEqual([
      { source: ZHENBA, type: 'CITES', target: HANZHONG, citedNumber: null, versionMatch: null },
      { source: ZHENBA, type: 'CITES', target: '陕政发〔2013〕33号', citedNumber: null, versionMatch: 'at-date' },
    ]);
  });

  test('no cited-only node of the 国务院 rules is left, and none is duplicated', () => {
    expect(first.ids.filter((id) => id.startsWith('Policy:') && id.includes('国务院工作规则'))).toEqual([
      `Policy:${V2013}`,
      `Policy:${V2023}`,
    ]);
    expect(first.ids).toContain(`Policy:${N2018}`);
  });

  test('a re-import changes nothing', async () => {
    await importInto(graph, FILES);
    expect(await snapshotGraph(graph)).toEqual(first);
    expect(await workRuleCitations()).toEqual(firstCitations);
  });

  test('the 2018 rules imported last move 太湖 onto them; the reverse order ends the same', async () => {
    await resetGraph(graph);
    const without2018 = FILES.filter((f) => !f.includes('2018'));
    await importInto(graph, without2018);
    const before = await workRuleCitations();
    expect(before).toContainEqual({
      source: TAIHU,
      type: 'BASED_ON',
      target: V2013,
      citedNumber: null,
      versionMatch: 'at-date',
    });
    await importInto(
      graph,
      FILES.filter((f) => f.includes('2018')),
    );
    expect(await snapshotGraph(graph)).toEqual(first);
    expect(await workRuleCitations()).toEqual(firstCitations);

    // In one run: the run's numbers are known before any file is written. (One file a run, 镇巴 before 汉中 makes the
    // cited-only node of the 陕西 rules `t:陕西省|人民政府工作规则`, to which 汉中 then gives its number: ids of
    // cited-only nodes depend on the order of runs, as before.)
    await resetGraph(graph);
    await importInto(graph, [...FILES].reverse());
    expect(await snapshotGraph(graph)).toEqual(first);
    expect(await workRuleCitations()).toEqual(firstCitations);
  }, 300_000);
});
