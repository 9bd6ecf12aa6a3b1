/**
 * Writes the corpus's ground-truth alignments (alignments.tsv) as ALIGNS_WITH relationships, for measuring the API
 * on a graph of the right shape when the alignment engine cannot align the whole corpus in the time available
 * (`--alignments truth`). Marked method 'bench-ground-truth' so they are never mistaken for the engine's.
 * Example: await writeTruthAlignments(graph, 'bench/out/medium') → 31385 (relationships written).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphHandle } from '../graph/index.ts';

const CLASS_OF: Record<string, string> = {
  verbatim: 'identical',
  paraphrase: 'almost_identical',
  partial: 'partially_related',
};
const SCORE_OF: Record<string, number> = { verbatim: 0.95, paraphrase: 0.75, partial: 0.3 };

/** Reads alignments.tsv of `folder`, resolves article ids in the graph and MERGEs the relationships in batches. */
export async function writeTruthAlignments(graph: GraphHandle, folder: string, batch = 5_000): Promise<number> {
  const rows = await graph.read({
    cypher:
      'MATCH (p:Policy)-[:HAS_ARTICLE]->(a:Article) WHERE p.file IS NOT NULL RETURN p.file AS file, a.number AS number, a.id AS id',
  });
  const idOf = new Map(rows.map((r) => [`${String(r.file).split(/[\\/]/).pop()}#${Number(r.number)}`, String(r.id)]));
  const lines = (await readFile(join(folder, 'alignments.tsv'), 'utf8')).trim().split('\n').slice(1);
  const stamp = new Date().toISOString();
  const pairs = lines.flatMap((line) => {
    const [lowerFile, lowerArticle, upperFile, upperArticle, kind = 'partial'] = line.split('\t');
    const lowerId = idOf.get(`${lowerFile}#${lowerArticle}`);
    const upperId = idOf.get(`${upperFile}#${upperArticle}`);
    if (!lowerId || !upperId) return [];
    return [
      {
        id: `${lowerId}->${upperId}`,
        lowerId,
        upperId,
        class: CLASS_OF[kind] ?? 'related',
        score: SCORE_OF[kind] ?? 0.5,
      },
    ];
  });
  for (let i = 0; i < pairs.length; i += batch) {
    await graph.write([
      {
        cypher:
          'UNWIND $rows AS row MATCH (l:Article {id: row.lowerId}) MATCH (u:Article {id: row.upperId}) ' +
          "MERGE (l)-[r:ALIGNS_WITH]->(u) SET r.id = row.id, r.score = row.score, r.class = row.class, r.rank = 1, r.evidence = '[]', " +
          "r.method = 'bench-ground-truth', r.version = '1', r.status = 'suggested', r.updatedAt = $stamp",
        params: { rows: pairs.slice(i, i + batch), stamp },
      },
    ]);
  }
  return pairs.length;
}
