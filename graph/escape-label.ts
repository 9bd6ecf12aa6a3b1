/**
 * Escapes a label or relationship type for Cypher, which cannot take them as parameters.
 *
 * Example: escapeLabel('Policy') → '`Policy`'; escapeLabel('a`) DETACH DELETE n //') → '`a``) DETACH DELETE n //`'.
 */
import { GraphError } from './errors.ts';

/** Wraps a label or relationship type in backticks, doubling any backtick inside; rejects empty names. */
export function escapeLabel(name: string): string {
  if (name.length === 0 || name.includes('\u0000')) {
    throw new GraphError('NEO4J_QUERY', `invalid label or relationship type: ${JSON.stringify(name)}`);
  }
  return '`' + name.replaceAll('`', '``') + '`';
}
