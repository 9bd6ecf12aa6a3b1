/**
 * A resumed import ends in the same graph as a clean one. Two cities publish 《关于促进戊事项发展的若干措施》 and two
 * other documents cite that title without naming a city: whether the graph already holds one city's document, or
 * both, must not decide where the citations point or which id a document gets. Each case imports part of the folder
 * (a separate run over a prefix, or the whole run stopped by a simulated crash after some documents), then the whole
 * folder, and compares every id and every relationship triple with a clean import.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { GraphError } from '../../graph/index.ts';
import { openTestGraph, resetGraph } from '../support/neo4j.ts';
import { importInto, query } from './import-support.ts';

const { graph } = openTestGraph();
afterAll(() => graph.close());

const FOLDER = fileURLToPath(new URL('../data/import-resume/', import.meta.url));
const FILES = ['a-liuzhou.txt', 'b-citing.txt', 'c-nanning.txt', 'd-citing.txt'].map((f) => `${FOLDER}${f}`);
const BARE = 't:|关于促进戊事项发展的若干措施';

/** Every node id (label:id) and every relationship triple (start id, type, end id), sorted. */
async function idsAndTriples(): Promise<{ ids: string[]; triples: string[] }> {
  const ids = await query(graph, 'MATCH (n) RETURN labels(n)[0] + ":" + n.id AS k ORDER BY k');
  const triples = await query(graph, 'MATCH (a)-[r]->(b) RETURN a.id + " -" + type(r) + "-> " + b.id AS k ORDER BY k');
  return { ids: ids.map((r) => r.k as string), triples: triples.map((r) => r.k as string) };
}

/** Imports the whole folder but stops, as a crash would, once `documents` files are written. */
async function importStoppedAfter(documents: number): Promise<void> {
  let written = 0;
  const stopped = importInto(graph, [FOLDER], {
    onProgress: () => {
      written += 1;
      if (written === documents) throw new GraphError('NEO4J_UNAVAILABLE', 'simulated crash');
    },
  });
  await expect(stopped).rejects.toThrow('simulated crash');
}

describe('a resumed import ends in the same graph as a clean import', () => {
  let clean: { ids: string[]; triples: string[] };

  test('clean import: each city keeps its number; the citations naming no city stay on one cited-only node', async () => {
    await resetGraph(graph);
    const summary = await importInto(graph, [FOLDER]);
    expect(summary.failed).toEqual([]);
    clean = await idsAndTriples();
    const policies = await query(
      graph,
      `MATCH (p:Policy) OPTIONAL MATCH (c:Policy)-[:IMPLEMENTS]->(p)
      RETURN p.id AS id, p.status AS status, p.file AS file, collect(c.id) AS implementedBy ORDER BY id`,
    );
    expect(policies).toEqual(
      [
        { id: BARE, status: 'cited', file: null, implementedBy: ['北政发〔2021〕6号', '梧政发〔2021〕3号'].sort() },
        { id: '北政发〔2021〕6号', status: 'full', file: 'd-citing.txt', implementedBy: [] },
        { id: '南府发〔2021〕7号', status: 'full', file: 'c-nanning.txt', implementedBy: [] },
        { id: '柳政发〔2021〕5号', status: 'full', file: 'a-liuzhou.txt', implementedBy: [] },
        { id: '梧政发〔2021〕3号', status: 'full', file: 'b-citing.txt', implementedBy: [] },
      ].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
  });

  test.each([1, 2, 3, 4])(
    'the first %i file(s) imported in a run of their own, then the whole folder',
    async (count) => {
      await resetGraph(graph);
      await importInto(graph, FILES.slice(0, count));
      await importInto(graph, [FOLDER]);
      expect(await idsAndTriples()).toEqual(clean);
    },
  );

  test.each([1, 2, 3])('the whole run stopped after %i document(s), then re-run', async (count) => {
    await resetGraph(graph);
    await importStoppedAfter(count);
    await importInto(graph, [FOLDER]);
    expect(await idsAndTriples()).toEqual(clean);
  });
});
