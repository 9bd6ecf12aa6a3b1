// escapeLabel: labels and relationship types cannot be Cypher parameters, so they are escaped in one place.
import { describe, expect, test } from 'vitest';
import { escapeLabel, GraphError } from '../../graph/index.ts';

describe('escapeLabel', () => {
  test.each([
    ['Policy', '`Policy`'],
    ['ALIGNS_WITH', '`ALIGNS_WITH`'],
    ['政策', '`政策`'],
    ['with space', '`with space`'],
    ['a`b', '`a``b`'],
    ['`', '````'],
    ['Policy`) DETACH DELETE n //', '`Policy``) DETACH DELETE n //`'],
    ['x`]->() MATCH (m) DELETE m //', '`x``]->() MATCH (m) DELETE m //`'],
  ])('%s → %s', (name, escaped) => {
    expect(escapeLabel(name)).toBe(escaped);
  });

  test('an escaped name is one identifier: every inner backtick is doubled, so it cannot close the quoting', () => {
    const hostile = 'A`B``C`) RETURN 1 //';
    const inner = escapeLabel(hostile).slice(1, -1);
    expect(inner.replaceAll('``', '')).not.toContain('`');
    expect(inner.replaceAll('``', '`')).toBe(hostile);
  });

  test.each(['', 'a\u0000b'])('rejects %j with NEO4J_QUERY', (name) => {
    expect(() => escapeLabel(name)).toThrow(GraphError);
    expect(() => escapeLabel(name)).toThrow(/invalid label or relationship type/);
  });
});
