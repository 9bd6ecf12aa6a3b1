/**
 * A citation by title alone into a statute the graph holds in two dated versions stays where it is when the texts are
 * imported again unchanged, in a real Neo4j. The citation resolver used to take whichever version of the title the
 * lookup returned first, the re-write dropped the link the version step had put on the right version, and the version
 * step moved it back: every re-import deleted and re-created the relationship and reported it as moved (55 of them on
 * lawrefbook).
 *
 * Read off the texts: the bundled 上海市科学技术进步条例 versions are dated 2010-09-17 and 2024-05-10; the citing texts
 * (test/data/citing-dates, made up) are 沪科规〔2019〕5号 (a 2019 text, on the 2010 version) and 沪科规〔2025〕2号 (signed
 * 2025-03-18, on the 2024 version), so whichever version the lookup returns first, one of them is resolved elsewhere.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportSummary } from '../../import/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { importInto, LAW_FILES, query, snapshotGraph, type GraphSnapshot } from './import-support.ts';

const { graph } = openTestGraph();
const VERSIONS = LAW_FILES.filter((f) => f.includes('上海市科学技术进步条例'));
const CITING = [
  'test/data/citing-dates/shanghai-sci-services-2019-posted-2024.txt',
  'test/data/citing-dates/shanghai-sci-achievements-2025.txt',
];
const V2010 = 't:上海市|科学技术进步条例@2010-09-17';
const V2024 = 't:上海市|科学技术进步条例@2024-05-10';

/** The citing texts' links into the regulation, with the relationship's element id. */
function citations(): Promise<Record<string, unknown>[]> {
  return query(
    graph,
    `MATCH (s:Policy)-[r:CITES|BASED_ON|IMPLEMENTS|INTERPRETS]->(t:Policy) WHERE s.docNumber IN $numbers
    RETURN s.docNumber AS source, type(r) AS type, t.id AS target, r.versionMatch AS versionMatch, elementId(r) AS element
    ORDER BY source, type, target`,
    { numbers: ['沪科规〔2019〕5号', '沪科规〔2025〕2号'] },
  );
}

const withoutElement = (rows: Record<string, unknown>[]) => rows.map(({ element: _, ...rest }) => rest);

const EXPECTED = [
  { source: '沪科规〔2019〕5号', type: 'IMPLEMENTS', target: V2010, versionMatch: 'at-date' },
  { source: '沪科规〔2025〕2号', type: 'IMPLEMENTS', target: V2024, versionMatch: 'at-date' },
];

let summary: ImportSummary;
let first: GraphSnapshot;
let firstCitations: Record<string, unknown>[];

beforeAll(async () => {
  await resetGraph(graph);
  summary = await importInto(graph, [...VERSIONS, ...CITING]);
  first = await snapshotGraph(graph);
  firstCitations = await citations();
}, 300_000);
afterAll(() => graph.close());

describe('citations by title alone of a regulation in two versions, imported twice', () => {
  test('each citing text rests on the version in force when it was made', () => {
    expect(summary.failed).toEqual([]);
    expect(withoutElement(firstCitations)).toEqual(EXPECTED);
  });

  test('a re-import moves no citation, and keeps each relationship (the same element, not a new one)', async () => {
    const second = await importInto(graph, [...VERSIONS, ...CITING]);
    expect(second.failed).toEqual([]);
    expect({
      citationsMoved: second.versions?.citationsMoved,
      issueCitationsMoved: second.versions?.issueCitationsMoved,
    }).toEqual({ citationsMoved: 0, issueCitationsMoved: 0 });
    expect(await citations()).toEqual(firstCitations);
    expect(await snapshotGraph(graph)).toEqual(first);
  }, 120_000);

  test('re-importing a citing text alone keeps its relationship too', async () => {
    for (const file of CITING) {
      const again = await importInto(graph, [file]);
      expect(again.failed).toEqual([]);
      expect(again.versions?.citationsMoved).toBe(0);
    }
    expect(await citations()).toEqual(firstCitations);
  }, 120_000);

  test('the citing texts first, the versions in a later run: the same citations', async () => {
    await resetGraph(graph);
    await importInto(graph, CITING);
    await importInto(graph, VERSIONS);
    expect(withoutElement(await citations())).toEqual(EXPECTED);
    expect(await snapshotGraph(graph)).toEqual(first);
  }, 300_000);
});

/**
 * A citation that writes a number only a later version bears: 平政发〔2022〕9号 (made up, test/data/citing-dates), signed
 * 2022-12-20, cites 《国务院工作规则》（国发〔2023〕7号）, the number of the 2023 rules (test/data/reuse). The resolver
 * puts it on the version bearing the number; the version step, by date alone, moved it to the 2013 rules, and every
 * re-import put it back and moved it again.
 */
describe('a citation writing the number of a later version, imported twice', () => {
  const FILES = [
    'test/data/reuse/state-council-rules-2013-trad.txt',
    'test/data/reuse/state-council-rules-2023.txt',
    'test/data/citing-dates/pingshan-county-rules-2022-cites-2023-number.txt',
  ];
  const PINGSHAN = '平政发〔2022〕9号';
  const rulesCitations = () =>
    query(
      graph,
      `MATCH (s:Policy {id: $id})-[r:CITES|BASED_ON|IMPLEMENTS|INTERPRETS]->(t:Policy)
      RETURN type(r) AS type, t.id AS target, r.citedNumber AS citedNumber, elementId(r) AS element ORDER BY target`,
      { id: PINGSHAN },
    );

  test('rests on the version bearing the number, and a re-import moves nothing', async () => {
    await resetGraph(graph);
    const once = await importInto(graph, FILES);
    expect(once.failed).toEqual([]);
    const before = await rulesCitations();
    expect(withoutElement(before)).toEqual([
      { type: 'IMPLEMENTS', target: 't:中华人民共和国|国务院工作规则@2023-03-17', citedNumber: '国发〔2023〕7号' },
    ]);
    const again = await importInto(graph, FILES);
    expect(again.failed).toEqual([]);
    expect(again.versions?.citationsMoved).toBe(0);
    expect(await rulesCitations()).toEqual(before);
  }, 300_000);
});
