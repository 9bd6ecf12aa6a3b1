import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, test } from 'vitest';
import { GraphError } from '../../graph/index.ts';
import { formatApiError } from '../../api/format-error.ts';
import { corsHeaders } from '../../api/http/cors-headers.ts';
import { resolveStaticFile } from '../../api/http/serve-static.ts';
import { statusForAnswer } from '../../api/http/status-plugin.ts';
import { parseTokenArgs } from '../../cli/commands/token.ts';

describe('CORS', () => {
  test('a listed origin is echoed', () => {
    expect(corsHeaders('http://a.example', ['http://a.example'])).toMatchObject({
      'access-control-allow-origin': 'http://a.example',
      vary: 'Origin',
    });
  });
  test('an unlisted origin gets no CORS headers', () => {
    expect(corsHeaders('http://evil.example', ['http://a.example'])).toEqual({});
    expect(corsHeaders(undefined, ['http://a.example'])).toEqual({});
  });
  test('* allows every origin', () => {
    expect(corsHeaders('http://x.example', ['*'])['access-control-allow-origin']).toBe('*');
  });
});

describe('static files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-viewer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<html></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), '');
  test.each([
    ['/', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/lineage/some-route', 'index.html'],
    ['/%61ssets/app.js', 'assets/app.js'],
  ])('%s → %s', (path, file) => {
    expect(resolveStaticFile(dir, path)).toBe(join(dir, file));
  });
  test.each(['/assets/missing.js', '/../../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%E0%A4%A'])(
    '%s is not served',
    (path) => {
      expect(resolveStaticFile(dir, path)).toBeUndefined();
    },
  );
});

describe('HTTP status of an answer', () => {
  const coded = (...codes: string[]) => codes.map((code) => ({ extensions: { code } }));
  test.each([
    ['no data, database gone', { data: null, errors: coded('SERVICE_UNAVAILABLE') }, 503],
    ['no data entry, no token', { errors: coded('UNAUTHENTICATED') }, 401],
    ['no data, curator role missing', { data: null, errors: coded('FORBIDDEN') }, 403],
    ['no data, bad argument', { data: null, errors: coded('BAD_USER_INPUT') }, 400],
    ['no data, the most severe code wins', { data: null, errors: coded('BAD_USER_INPUT', 'SERVICE_UNAVAILABLE') }, 503],
    ['no data, an uncoded failure: Apollo decides', { data: null, errors: coded('INTERNAL_SERVER_ERROR') }, undefined],
    [
      'partial answer: data beside an error',
      { data: { search: [], policy: null }, errors: coded('BAD_USER_INPUT') },
      200,
    ],
    [
      'partial answer, even of a failed database',
      { data: { policy: null }, errors: coded('SERVICE_UNAVAILABLE') },
      200,
    ],
    ['a clean answer', { data: { search: [] } }, 200],
  ])('%s → %s', (_, answer, status) => {
    expect(statusForAnswer(answer)).toBe(status);
  });
});

describe('error formatting', () => {
  const hidden: unknown[] = [];
  const format = formatApiError((e) => hidden.push(e));
  test('an unknown error becomes a generic INTERNAL_SERVER_ERROR and is logged', () => {
    const error = new Error('secret detail at /srv/x.ts:12');
    const out = format(
      { message: error.message, path: ['search'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } },
      error,
    );
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['search'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(hidden.at(-1)).toBe(error);
  });
  test('Neo4j down → SERVICE_UNAVAILABLE', () => {
    const error = new Neo4jError('connect ECONNREFUSED', 'ServiceUnavailable', 'N/A', 'N/A');
    expect(format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'The database is unavailable; try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
  test('a graph timeout → DATABASE_TIMEOUT', () => {
    const error = new GraphError('NEO4J_TIMEOUT', 'Neo4j transaction timed out');
    expect(format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).extensions).toEqual({
      code: 'DATABASE_TIMEOUT',
    });
  });
  test('coded errors pass through without a stack trace', () => {
    const error = new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } });
    expect(format({ message: 'Forbidden', extensions: { code: 'FORBIDDEN', stacktrace: ['at x'] } }, error)).toEqual({
      message: 'Forbidden',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('policygraph token arguments', () => {
  test.each([
    [['--user', 'li'], { user: 'li', roles: [] }],
    [['--user', 'li', '--role', 'curator'], { user: 'li', roles: ['curator'] }],
    [['--user=li', '--role=curator', '--expires-in', '3600'], { user: 'li', roles: ['curator'], expiresIn: 3600 }],
    [['--role', 'curator'], '--user NAME is required'],
    [['--user', 'li', '--bogus'], 'unknown option "--bogus"'],
    [['--user', 'li', '--expires-in', '30m'], { user: 'li', roles: [], expiresIn: 1800 }],
    [['--user', 'li', '--expires-in', '2d'], { user: 'li', roles: [], expiresIn: 172_800 }],
    [['--user', 'li', '--expires-in', 'soon'], '--expires-in needs a duration such as 3600, 30m, 8h or 2d, got "soon"'],
    [['--user', 'li', '--expires-in', '0'], '--expires-in needs a duration such as 3600, 30m, 8h or 2d, got "0"'],
  ])('%j → %j', (args, expected) => {
    expect(parseTokenArgs(args)).toEqual(expected);
  });
});
