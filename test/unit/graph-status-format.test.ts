// The readable table of `policygraph status`.
import { describe, expect, test } from 'vitest';
import { formatStatus } from '../../cli/commands/status.ts';

describe('formatStatus', () => {
  test('prints server line, version line and right-aligned counts', () => {
    const text = formatStatus({
      neo4j: {
        uri: 'bolt://127.0.0.1:7687',
        database: 'neo4j',
        origin: 'local-reused',
        version: '5.26.30',
        edition: 'community',
        apoc: null,
      },
      counts: { policies: 9, articles: 212 } as never,
    });
    expect(text).toBe(
      'Neo4j     bolt://127.0.0.1:7687 (database neo4j; local engine, already running)\n' +
        'version   5.26.30 community, APOC missing\n' +
        '\n' +
        'policies' +
        '  ' +
        '       9\n' +
        'articles' +
        '  ' +
        '     212\n',
    );
  });
});
