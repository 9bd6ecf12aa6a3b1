/**
 * Query builders for the two import baselines, over a dump of what the importer wrote:
 * plain `UNWIND $rows … CREATE` in chunks (the ceiling: no parsing, no MERGE), and one MERGE per row, each in its own
 * transaction (the naive floor). Labels and types come from the dump and are escaped.
 * Example: buildPlainCreateQueries({ nodes: [{ label: 'Policy', props: { id: 'x' } }], rels: [] }, 1000)
 *   → [{ cypher: 'UNWIND $rows AS row CREATE (n:`Policy`) SET n = row', params: { rows: [{ id: 'x' }] } }].
 */
import { escapeLabel } from '../graph/escape-label.ts';
import type { CypherQuery } from '../graph/execute.ts';
import type { DumpedRelationship, GraphDump } from './dump-graph.ts';

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const relKey = (r: DumpedRelationship) => `${r.type}\u0000${r.startLabel}\u0000${r.endLabel}`;

/** Nodes first (grouped by label), then relationships (grouped by type and end labels), `batch` rows per query. */
export function buildPlainCreateQueries(dump: GraphDump, batch: number): CypherQuery[] {
  const queries: CypherQuery[] = [];
  for (const [label, nodes] of groupBy(dump.nodes, (n) => n.label)) {
    for (const rows of chunks(
      nodes.map((n) => n.props),
      batch,
    )) {
      queries.push({ cypher: `UNWIND $rows AS row CREATE (n:${escapeLabel(label)}) SET n = row`, params: { rows } });
    }
  }
  for (const [, rels] of groupBy(dump.rels, relKey)) {
    const { type, startLabel, endLabel } = rels[0] as DumpedRelationship;
    const cypher =
      `UNWIND $rows AS row MATCH (a:${escapeLabel(startLabel)} {id: row.s}) MATCH (b:${escapeLabel(endLabel)} {id: row.e}) ` +
      `CREATE (a)-[r:${escapeLabel(type)}]->(b) SET r = row.p`;
    for (const rows of chunks(
      rels.map((r) => ({ s: r.startId, e: r.endId, p: r.props })),
      batch,
    ))
      queries.push({ cypher, params: { rows } });
  }
  return queries;
}

/** One MERGE per node and per relationship, nodes first; the caller runs each in its own transaction. */
export function buildPerRowMergeQueries(dump: GraphDump): CypherQuery[] {
  const nodes = dump.nodes.map((n) => ({
    cypher: `MERGE (n:${escapeLabel(n.label)} {id: $id}) SET n += $props`,
    params: { id: n.props.id, props: n.props },
  }));
  const rels = dump.rels.map((r) => ({
    cypher: `MATCH (a:${escapeLabel(r.startLabel)} {id: $s}) MATCH (b:${escapeLabel(r.endLabel)} {id: $e}) MERGE (a)-[x:${escapeLabel(r.type)}]->(b) SET x += $p`,
    params: { s: r.startId, e: r.endId, p: r.props },
  }));
  return [...nodes, ...rels];
}
