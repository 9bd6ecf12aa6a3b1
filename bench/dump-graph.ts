/**
 * Reads every node and relationship with its properties, so the baselines can write exactly what the importer
 * wrote, without parsing. Nodes are matched by (label, id), as graph/MODEL.md makes every id unique per label.
 * Example: await dumpGraph(driver, 'neo4j') → { nodes: [{ label: 'Policy', props: { id: '国发〔2020〕7号', … } }, …], rels: […] }.
 */
import type { GraphHandle } from '../graph/index.ts';

/** One node: its first label and its properties (including `id`). */
export interface DumpedNode {
  label: string;
  props: Record<string, unknown>;
}

/** One relationship between two nodes known by label and id. */
export interface DumpedRelationship {
  type: string;
  startLabel: string;
  startId: string;
  endLabel: string;
  endId: string;
  props: Record<string, unknown>;
}

/** The whole graph as plain rows. */
export interface GraphDump {
  nodes: DumpedNode[];
  rels: DumpedRelationship[];
}

/** Reads the graph. */
export async function dumpGraph(graph: GraphHandle): Promise<GraphDump> {
  const nodes = await graph.read({ cypher: 'MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS props' });
  const rels = await graph.read({
    cypher:
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a)[0] AS startLabel, a.id AS startId, labels(b)[0] AS endLabel, b.id AS endId, properties(r) AS props',
  });
  return { nodes: nodes as unknown as DumpedNode[], rels: rels as unknown as DumpedRelationship[] };
}
