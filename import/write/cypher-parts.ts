/**
 * Pieces the write-side query builders share: the statement shape, the fixed relationship type of each citation
 * relation, and a list-union expression. Example: mergeList('p.titleAliases', '$aliases', 'p.title')
 *   → 'reduce(acc = [], x IN coalesce(p.titleAliases, []) + $aliases | CASE WHEN x IN acc OR x = p.title THEN acc ELSE acc + x END)'
 */
import type { CitationRelation } from '../../model/index.ts';

/** A Cypher statement with its parameters (the shape the graph handle runs). */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Relationship type of each citation relation: fixed literals, never taken from input. */
export const RELATION_TYPE: Record<CitationRelation, string> = {
  implements: 'IMPLEMENTS',
  based_on: 'BASED_ON',
  cites: 'CITES',
  interprets: 'INTERPRETS',
};

/** A list expression's values without duplicates, in order (and without `except`, when given). */
export const distinctList = (list: string, except?: string): string =>
  `reduce(acc = [], x IN ${list} | CASE WHEN x IN acc${except ? ` OR x = ${except}` : ''} THEN acc ELSE acc + x END)`;

/** Appends values to a list property without duplicates (and without the node's own title/name). */
export const mergeList = (list: string, extra: string, own: string): string =>
  distinctList(`coalesce(${list}, []) + ${extra}`, own);
