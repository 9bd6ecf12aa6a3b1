import { describe, expect, test } from 'vitest';
import { DEFAULT_JWT_SECRET, describeConfigWarnings, readApiConfig } from '../../api/config.ts';

describe('readApiConfig', () => {
  test('defaults', () => {
    expect(readApiConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      jwtSecret: DEFAULT_JWT_SECRET,
      usesDefaultSecret: true,
      requireAuthForReads: false,
      corsOrigins: [],
      maxQueryDepth: 10,
      maxQueryCost: 5000,
      maxQueryTokens: 2000,
      maxFilterDepth: 8,
      maxFilterObjects: 50,
      maxListItems: 200,
      introspection: true,
      maxPageSize: 200,
      bodyLimit: 100000,
      dbTimeoutMs: 10000,
    });
  });

  test('every variable is read', () => {
    const config = readApiConfig({
      PORT: '4100',
      HOST: '0.0.0.0',
      JWT_SECRET: 's3cret',
      REQUIRE_AUTH_FOR_READS: 'true',
      CORS_ORIGINS: 'http://a.example, http://b.example',
      MAX_QUERY_DEPTH: '6',
      MAX_QUERY_COST: '900',
      MAX_PAGE_SIZE: '25',
      BODY_LIMIT: '2048',
      DB_TIMEOUT_MS: '1500',
      MAX_QUERY_TOKENS: '800',
      MAX_FILTER_DEPTH: '5',
      MAX_FILTER_OBJECTS: '20',
      MAX_LIST_ITEMS: '300',
      INTROSPECTION: 'true',
    });
    expect(config).toEqual({
      port: 4100,
      host: '0.0.0.0',
      jwtSecret: 's3cret',
      usesDefaultSecret: false,
      requireAuthForReads: true,
      corsOrigins: ['http://a.example', 'http://b.example'],
      maxQueryDepth: 6,
      maxQueryCost: 900,
      maxQueryTokens: 800,
      maxFilterDepth: 5,
      maxFilterObjects: 20,
      maxListItems: 300,
      introspection: true,
      maxPageSize: 25,
      bodyLimit: 2048,
      dbTimeoutMs: 1500,
    });
    expect(describeConfigWarnings(config)).toEqual([]);
  });

  test.each(['0.0.0.0', '::', '192.168.1.20', 'example.org'])(
    'HOST=%s refuses the built-in JWT secret, set or defaulted',
    (host) => {
      expect(() => readApiConfig({ HOST: host })).toThrow(/JWT_SECRET: must be set to your own secret when HOST/);
      expect(() => readApiConfig({ HOST: host, JWT_SECRET: DEFAULT_JWT_SECRET })).toThrow(/JWT_SECRET/);
      expect(readApiConfig({ HOST: host, JWT_SECRET: 'mine' }).introspection).toBe(false);
      expect(readApiConfig({ HOST: host, JWT_SECRET: 'mine', INTROSPECTION: 'true' }).introspection).toBe(true);
    },
  );

  test.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'])(
    'HOST=%s (loopback) keeps the development secret and introspection',
    (host) => {
      expect(readApiConfig({ HOST: host })).toMatchObject({ usesDefaultSecret: true, introspection: true });
      expect(readApiConfig({ HOST: host, INTROSPECTION: 'false' }).introspection).toBe(false);
    },
  );

  test('the default secret is warned about', () => {
    expect(describeConfigWarnings(readApiConfig({}))).toHaveLength(1);
    expect(describeConfigWarnings(readApiConfig({}))[0]).toMatch(/JWT_SECRET/);
  });

  test.each([
    [{ PORT: 'abc' }, /PORT: expected a whole number/],
    [{ PORT: '70000' }, /PORT: expected 0…65535/],
    [{ MAX_PAGE_SIZE: '0' }, /MAX_PAGE_SIZE/],
    [{ REQUIRE_AUTH_FOR_READS: 'maybe' }, /REQUIRE_AUTH_FOR_READS: expected true or false/],
    [{ BODY_LIMIT: '-5' }, /BODY_LIMIT/],
  ])('%j is refused', (env, message) => {
    expect(() => readApiConfig(env)).toThrow(message);
  });
});
