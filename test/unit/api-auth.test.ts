import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { readBearer, signToken, verifyToken } from '../../api/auth.ts';
import { requireCurator } from '../../api/errors.ts';

const SECRET = 'unit-test-secret';

describe('HS256 tokens', () => {
  test('a signed token verifies to its user', () => {
    const token = signToken({ sub: 'li', roles: ['curator'] }, SECRET);
    expect(verifyToken(token, SECRET)).toEqual({ kind: 'user', user: { sub: 'li', roles: ['curator'] } });
  });

  test('a token signed with another secret is refused', () => {
    const token = signToken({ sub: 'li', roles: ['curator'] }, 'other-secret');
    expect(verifyToken(token, SECRET)).toEqual({ kind: 'invalid', reason: 'bad signature' });
  });

  test('a tampered payload is refused', () => {
    const [head, , signature] = signToken({ sub: 'li', roles: [] }, SECRET).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'li', roles: ['curator'] })).toString('base64url');
    expect(verifyToken(`${head}.${forged}.${signature}`, SECRET)).toEqual({ kind: 'invalid', reason: 'bad signature' });
  });

  test('alg none is refused', () => {
    const head = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'li', roles: ['curator'] })).toString('base64url');
    expect(verifyToken(`${head}.${body}.`, SECRET)).toEqual({ kind: 'invalid', reason: 'unsupported algorithm' });
  });

  const forge = (payload: Record<string, unknown>) => {
    const head = `${Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return `${head}.${createHmac('sha256', SECRET).update(head).digest('base64url')}`;
  };

  test('tokens expire after 8 hours by default', () => {
    const token = signToken({ sub: 'li', roles: [] }, SECRET, { now: 1000 });
    expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())).toMatchObject({
      iat: 1000,
      exp: 1000 + 8 * 3600,
    });
    expect(verifyToken(token, SECRET, 1000 + 8 * 3600 - 1).kind).toBe('user');
    expect(verifyToken(token, SECRET, 1000 + 8 * 3600)).toEqual({ kind: 'invalid', reason: 'token expired' });
  });

  test.each([
    [{ sub: 'li', roles: [] }, 'token has no numeric exp'],
    [{ sub: 'li', roles: [], exp: '99999999999' }, 'token has no numeric exp'],
    [{ sub: 'li', roles: [], exp: null }, 'token has no numeric exp'],
    [{ sub: 'li', roles: [], exp: 5000, nbf: '0' }, 'token nbf is not numeric'],
    [{ sub: 'li', roles: [], exp: 5000, nbf: 2000 }, 'token not yet valid'],
  ])('a correctly signed token %j is refused: %s', (payload, reason) => {
    expect(verifyToken(forge(payload), SECRET, 1000)).toEqual({ kind: 'invalid', reason });
  });

  test('an expired token is refused, a live one accepted', () => {
    const token = signToken({ sub: 'li', roles: [] }, SECRET, { now: 1000, expiresInSeconds: 60 });
    expect(verifyToken(token, SECRET, 1059).kind).toBe('user');
    expect(verifyToken(token, SECRET, 1060)).toEqual({ kind: 'invalid', reason: 'token expired' });
  });

  test.each([
    [undefined, { kind: 'anonymous' }],
    ['', { kind: 'anonymous' }],
    ['Basic abc', { kind: 'invalid', reason: 'expected "Bearer <token>"' }],
    ['Bearer not-a-jwt', { kind: 'invalid', reason: 'malformed token' }],
  ])('header %j reads as %j', (header, expected) => {
    expect(readBearer(header, SECRET)).toEqual(expected);
  });
});

describe('requireCurator', () => {
  test('no token → UNAUTHENTICATED', () => {
    expect(() => requireCurator({ kind: 'anonymous' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });
  test('a bad token → UNAUTHENTICATED', () => {
    expect(() => requireCurator({ kind: 'invalid', reason: 'bad signature' })).toThrow(/bad signature/);
  });
  test('a user without the curator role → FORBIDDEN', () => {
    expect(() => requireCurator({ kind: 'user', user: { sub: 'wang', roles: ['reader'] } })).toThrow(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    );
  });
  test('a curator passes and is returned', () => {
    expect(requireCurator({ kind: 'user', user: { sub: 'li', roles: ['curator'] } })).toEqual({
      sub: 'li',
      roles: ['curator'],
    });
  });
});
