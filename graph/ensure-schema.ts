/**
 * Creates the constraints and indexes graph/MODEL.md lists; safe to run any number of times.
 *
 * Example: buildSchemaQueries()[0] → { cypher: 'CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:`Policy`)
 *   REQUIRE n.id IS UNIQUE', params: {} }
 */
import { escapeLabel } from './escape-label.ts';
import type { CypherQuery } from './execute.ts';
import type { GraphHandle } from './graph-handle.ts';

/** Node labels that carry a unique `id` (graph/MODEL.md). */
export const NODE_LABELS = [
  'Policy',
  'Part',
  'Section',
  'Article',
  'Item',
  'Agency',
  'Jurisdiction',
  'Goal',
  'Event',
  'Work',
  'Book',
] as const;

/** Name of the full-text index over titles, headings, article texts and agency names (cjk analyzer). */
export const FULLTEXT_INDEX = 'policygraph_text';

/** Property indexes beside the uniqueness constraints: [label, property]. */
export const PROPERTY_INDEXES: ReadonlyArray<readonly [string, string]> = [
  ['Policy', 'docNumber'],
  ['Policy', 'titleKey'],
  ['Policy', 'tier'],
  ['Policy', 'file'],
  ['Policy', 'workId'],
  ['Article', 'policyId'],
  // A re-write removes the parts and sections its text no longer has, found by policyId.
  ['Part', 'policyId'],
  ['Section', 'policyId'],
];

/** Text indexes: [label, property]. `Policy.titleKey` answers the importer's `ENDS WITH` lookup of titles that name
 * no jurisdiction by an index scan of the matches instead of a scan of every Policy. */
export const TEXT_INDEXES: ReadonlyArray<readonly [string, string]> = [['Policy', 'titleKey']];

/** Relationship property indexes: [type, property]; alignments are looked up by id when reviewed. */
export const RELATIONSHIP_INDEXES: ReadonlyArray<readonly [string, string]> = [['ALIGNS_WITH', 'id']];

/** The labels and properties of the full-text index. */
export const FULLTEXT_FIELDS = {
  labels: ['Policy', 'Part', 'Article', 'Agency'],
  properties: ['title', 'docNumber', 'heading', 'text', 'name'],
} as const;

/** Schema statements in order: constraints, property indexes, text indexes, relationship indexes, full-text index. Pure. */
export function buildSchemaQueries(): CypherQuery[] {
  const constraints = NODE_LABELS.map((label) => ({
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${escapeLabel(label)}) REQUIRE n.id IS UNIQUE`,
    params: {},
  }));
  const indexes = PROPERTY_INDEXES.map(([label, property]) => ({
    cypher: `CREATE INDEX ${label.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${escapeLabel(label)}) ON (n.${escapeLabel(property)})`,
    params: {},
  }));
  const textIndexes = TEXT_INDEXES.map(([label, property]) => ({
    cypher: `CREATE TEXT INDEX ${label.toLowerCase()}_${property}_text IF NOT EXISTS FOR (n:${escapeLabel(label)}) ON (n.${escapeLabel(property)})`,
    params: {},
  }));
  const relIndexes = RELATIONSHIP_INDEXES.map(([type, property]) => ({
    cypher: `CREATE INDEX ${type.toLowerCase()}_${property} IF NOT EXISTS FOR ()-[r:${escapeLabel(type)}]-() ON (r.${escapeLabel(property)})`,
    params: {},
  }));
  const labels = FULLTEXT_FIELDS.labels.map(escapeLabel).join('|');
  const properties = FULLTEXT_FIELDS.properties.map((p) => `n.${escapeLabel(p)}`).join(', ');
  const fulltext = {
    cypher:
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${labels}) ON EACH [${properties}] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }",
    params: {},
  };
  return [...constraints, ...indexes, ...textIndexes, ...relIndexes, fulltext];
}

/** Creates missing constraints and indexes (each in its own transaction) and waits until all are online. */
export async function ensureSchema(
  graph: Pick<GraphHandle, 'read' | 'write'>,
  options: { awaitSeconds?: number } = {},
): Promise<void> {
  // Schema changes cannot share a transaction with each other's index population, so one statement per transaction.
  for (const query of buildSchemaQueries()) await graph.write([query]);
  const seconds = options.awaitSeconds ?? 300;
  await graph.read(
    { cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds } },
    { timeoutMs: (seconds + 5) * 1000 },
  );
}
