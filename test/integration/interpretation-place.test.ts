/**
 * An interpretation that names no place (连云港's 解读 says 我市 and cites 连政办发〔2019〕74号, but never 连云港) takes the
 * place and tier of the document it interprets once that document is in the graph, whichever is imported first;
 * a re-import keeps it, and a tier a curator set is never overwritten.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { importInto, query } from './import-support.ts';

const { graph } = openTestGraph();
const DIR = fileURLToPath(new URL('../data/interpretations/', import.meta.url));
const NOTICE = `${DIR}lianyungang-notice.txt`;
const INTERPRETATION = `${DIR}lianyungang-interpretation.txt`;

beforeEach(async () => {
  await resetGraph(graph);
});
afterAll(async () => {
  await graph.close();
});

/** The interpretation's tier, its places and what it interprets. */
async function interpretation(): Promise<Record<string, unknown>> {
  const rows = await query(
    graph,
    `MATCH (p:Policy) WHERE p.file ENDS WITH 'lianyungang-interpretation.txt'
OPTIONAL MATCH (p)-[:IN_JURISDICTION]->(j:Jurisdiction)
OPTIONAL MATCH (p)-[:INTERPRETS]->(t:Policy)
RETURN p.tier AS tier, collect(DISTINCT j.name) AS places, collect(DISTINCT t.docNumber) AS interprets`,
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('an interpretation without a place of its own', () => {
  test('alone, it has none; with the notice it explains, it takes the notice place and tier', async () => {
    await importInto(graph, [INTERPRETATION]);
    // It already interprets the number its text gives (a cited-only node until the notice comes).
    expect(await interpretation()).toEqual({ tier: null, places: [], interprets: ['连政办发〔2019〕74号'] });
    const summary = await importInto(graph, [NOTICE]);
    expect(summary.failed).toEqual([]);
    expect(await interpretation()).toEqual({
      tier: 'municipal',
      places: ['连云港市'],
      interprets: ['连政办发〔2019〕74号'],
    });
    // Re-imported, it keeps them, and nothing is duplicated.
    await importInto(graph, [INTERPRETATION]);
    expect(await interpretation()).toEqual({
      tier: 'municipal',
      places: ['连云港市'],
      interprets: ['连政办发〔2019〕74号'],
    });
    expect(Number((await query(graph, 'MATCH (p:Policy) WHERE p.file IS NOT NULL RETURN count(p) AS n'))[0]!.n)).toBe(
      2,
    );
  });

  test('imported in one run with the notice, in either order, it ends the same', async () => {
    await importInto(graph, [INTERPRETATION, NOTICE]);
    expect(await interpretation()).toEqual({
      tier: 'municipal',
      places: ['连云港市'],
      interprets: ['连政办发〔2019〕74号'],
    });
  });

  test('a tier a curator set is kept', async () => {
    await importInto(graph, [INTERPRETATION]);
    await graph.write([
      {
        cypher:
          "MATCH (p:Policy) WHERE p.file ENDS WITH 'lianyungang-interpretation.txt' SET p.tier = 'county', p.tierSetBy = 'li'",
        params: {},
      },
    ]);
    await importInto(graph, [NOTICE]);
    expect((await interpretation()).tier).toBe('county');
  });
});
