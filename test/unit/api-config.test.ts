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
      maxPageSize: 25,
      bodyLimit: 2048,
      dbTimeoutMs: 1500,
    });
    expect(describeConfigWarnings(config)).toEqual([]);
  });

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
