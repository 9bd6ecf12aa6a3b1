/**
 * Both moves of the version step date a citing text by one rule (citingMadeBy), in a real Neo4j: the move to the
 * version of a statute the text was written against and the move to the issue of a re-issued title in force then.
 * A reviewer saw them disagree: the first took a text's page date before its number's year, the second the number's
 * year, so a text of 2019 posted in 2024 citing 《上海市科学技术进步条例》 went to the 2024 version and back to the
 * 2010 one in every run, and a re-import that changed nothing reported two moves.
 *
 * Read off the texts: the bundled 上海市科学技术进步条例 versions are dated 2010-09-17 and 2024-05-10
 * (test/integration/import-versions.test.ts); the citing text (test/data/citing-dates, made up on the pattern of a
 * real repost) is numbered 沪科规〔2019〕5号, posted 2024-08-01 and signed without a date.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { linkVersions, type ImportSummary } from '../../import/index.ts';
import { openTestGraph } from '../support/neo4j.ts';
import { importFresh, importInto, LAW_FILES, query, snapshotGraph, type GraphSnapshot } from './import-support.ts';

const { graph } = openTestGraph();
const FILES = [
  ...LAW_FILES.filter((f) => f.includes('上海市科学技术进步条例')),
  'test/data/citing-dates/shanghai-sci-services-2019-posted-2024.txt',
];
const V2010 = 't:上海市|科学技术进步条例@2010-09-17';
const CITING = '沪科规〔2019〕5号';

/** The citing text's links into the regulation: type, target, how the version was chosen. */
function citations(): Promise<Record<string, unknown>[]> {
  return query(
    graph,
    `MATCH (s:Policy {id: $id})-[r:CITES|BASED_ON|IMPLEMENTS|INTERPRETS]->(t:Policy) WHERE t.title CONTAINS '科学技术进步条例'
    RETURN type(r) AS type, t.id AS target, r.versionMatch AS versionMatch ORDER BY type, target`,
    { id: CITING },
  );
}

let summary: ImportSummary;
let first: GraphSnapshot;

beforeAll(async () => {
  ({ summary, first } = await importFresh(graph, FILES));
}, 300_000);
afterAll(() => graph.close());

describe('a text of 2019 posted in 2024 citing a regulation revised in 2024', () => {
  test('every file imports; the citing text tells its number and its page date, no day of its own', async () => {
    expect(summary.failed).toEqual([]);
    expect(
      await query(graph, 'MATCH (p:Policy {id: $id}) RETURN p.issuedOn AS issuedOn, p.publishedOn AS publishedOn', {
        id: CITING,
      }),
    ).toEqual([{ issuedOn: null, publishedOn: '2024-08-01' }]);
  });

  test('the citation goes to the 2010 version: the text was made in 2019, before the 2024 revision', async () => {
    expect(await citations()).toEqual([{ type: 'IMPLEMENTS', target: V2010, versionMatch: 'at-date' }]);
  });

  test('running the version step again moves nothing', async () => {
    const again = await linkVersions(graph);
    expect({ citationsMoved: again.citationsMoved, issueCitationsMoved: again.issueCitationsMoved }).toEqual({
      citationsMoved: 0,
      issueCitationsMoved: 0,
    });
    expect(await snapshotGraph(graph)).toEqual(first);
  });

  test('a re-import moves no citation and changes nothing', async () => {
    const second = await importInto(graph, FILES);
    expect(second.failed).toEqual([]);
    expect({
      citationsMoved: second.versions?.citationsMoved,
      issueCitationsMoved: second.versions?.issueCitationsMoved,
    }).toEqual({ citationsMoved: 0, issueCitationsMoved: 0 });
    expect(await snapshotGraph(graph)).toEqual(first);
    expect(await citations()).toEqual([{ type: 'IMPLEMENTS', target: V2010, versionMatch: 'at-date' }]);
  }, 120_000);
});
