/**
 * Counts what the graph holds, per label and per relationship kind, for `policygraph status`.
 *
 * Example: await countGraph(graph) → { policies: 9, fullPolicies: 7, articles: 212, …, alignments: 340 }
 */
import type { CypherQuery } from './execute.ts';
import type { GraphHandle } from './graph-handle.ts';

/** Counts reported by status; keys are stable (the --json output). */
export interface GraphCounts {
  policies: number;
  fullPolicies: number;
  citedPolicies: number;
  parts: number;
  articles: number;
  items: number;
  agencies: number;
  jurisdictions: number;
  goals: number;
  events: number;
  alignments: number;
  confirmedAlignments: number;
  implements: number;
  citations: number;
}

/** One query with a COUNT subquery per key (served from the count store where possible). Pure. */
export function buildCountQuery(): CypherQuery {
  return {
    cypher: `RETURN
  COUNT { (:Policy) } AS policies,
  COUNT { (p:Policy) WHERE p.status = 'full' } AS fullPolicies,
  COUNT { (p:Policy) WHERE p.status = 'cited' } AS citedPolicies,
  COUNT { (:Part) } AS parts,
  COUNT { (:Article) } AS articles,
  COUNT { (:Item) } AS items,
  COUNT { (:Agency) } AS agencies,
  COUNT { (:Jurisdiction) } AS jurisdictions,
  COUNT { (:Goal) } AS goals,
  COUNT { (:Event) } AS events,
  COUNT { ()-[:ALIGNS_WITH]->() } AS alignments,
  COUNT { ()-[r:ALIGNS_WITH]->() WHERE r.status = 'confirmed' } AS confirmedAlignments,
  COUNT { ()-[:IMPLEMENTS]->() } AS implements,
  COUNT { ()-[:CITES|BASED_ON|INTERPRETS]->() } AS citations`,
    params: {},
  };
}

/** Reads the counts. */
export async function countGraph(graph: GraphHandle): Promise<GraphCounts> {
  const [row] = await graph.read(buildCountQuery());
  return row as unknown as GraphCounts;
}
