// readGraphConfig: defaults for the local engine, validation of every NEO4J_* variable, routing URIs.
import { describe, expect, test } from 'vitest';
import { GraphError, LOCAL_DEFAULT_PASSWORD, readGraphConfig } from '../../graph/index.ts';

describe('readGraphConfig', () => {
  test('without NEO4J_URI it describes the local engine with documented defaults', () => {
    expect(readGraphConfig({})).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      username: 'neo4j',
      password: LOCAL_DEFAULT_PASSWORD,
      database: 'neo4j',
      local: { boltPort: 7687, dataDir: '.data/neo4j', heap: '2g', pageCache: '512m' },
    });
    expect(LOCAL_DEFAULT_PASSWORD).toBe('policygraph-local');
  });

  test('local engine settings come from NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_HEAP, NEO4J_PAGECACHE, NEO4J_PASSWORD', () => {
    const config = readGraphConfig({
      NEO4J_BOLT_PORT: '17687',
      NEO4J_DATA_DIR: '/tmp/pg',
      NEO4J_HEAP: '1536m',
      NEO4J_PAGECACHE: '1g',
      NEO4J_PASSWORD: 'long-enough',
    });
    expect(config).toEqual({
      uri: 'bolt://127.0.0.1:17687',
      username: 'neo4j',
      password: 'long-enough',
      database: 'neo4j',
      local: { boltPort: 17687, dataDir: '/tmp/pg', heap: '1536m', pageCache: '1g' },
    });
  });

  test.each([
    'bolt://db.example.org:7687',
    'bolt+s://db.example.org:7687',
    'bolt+ssc://10.0.0.5',
    'neo4j://cluster.example.org',
    'neo4j+s://abcd1234.databases.neo4j.io',
    'neo4j+ssc://localhost:7687',
  ])('accepts %s and then needs no local engine', (uri) => {
    const config = readGraphConfig({
      NEO4J_URI: uri,
      NEO4J_PASSWORD: 'pw',
      NEO4J_USERNAME: 'reader',
      NEO4J_DATABASE: 'policies',
    });
    expect(config).toEqual({ uri, username: 'reader', password: 'pw', database: 'policies', local: undefined });
  });

  test.each([
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /NEO4J_URI must look like bolt:\/\/host:7687/],
    [{ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'x' }, /NEO4J_URI must look like/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD is required when NEO4J_URI is set/],
    [{ NEO4J_BOLT_PORT: '70000' }, /NEO4J_BOLT_PORT must be a port number 1-65535, got "70000"/],
    [{ NEO4J_BOLT_PORT: 'abc' }, /NEO4J_BOLT_PORT must be a port number/],
    [{ NEO4J_HEAP: '2 GB' }, /NEO4J_HEAP must be a size/],
    [{ NEO4J_PAGECACHE: '-1m' }, /NEO4J_PAGECACHE must be a size/],
    [{ NEO4J_DATABASE: 'neo4j; DROP' }, /NEO4J_DATABASE is not a database name/],
    [{ NEO4J_PASSWORD: 'short' }, /at least 8 characters/],
  ])('rejects %j with NEO4J_CONFIG', (env, message) => {
    let caught: unknown;
    try {
      readGraphConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphError);
    expect(caught).toMatchObject({ code: 'NEO4J_CONFIG' });
    expect((caught as Error).message).toMatch(message);
  });

  test('lists every problem at once and treats blank values as unset', () => {
    expect(() => readGraphConfig({ NEO4J_URI: 'ftp://x', NEO4J_PASSWORD: '  ', NEO4J_HEAP: 'lots' })).toThrow(
      /NEO4J_URI must look like[\s\S]*NEO4J_PASSWORD is required[\s\S]*NEO4J_HEAP must be a size/,
    );
  });
});
