/**
 * HS256 JSON Web Tokens with node:crypto. Example: `signToken({ sub: 'li', roles: ['curator'] }, secret)` →
 * `eyJ…`; `readBearer('Bearer eyJ…', secret)` → `{ kind: 'user', user: { sub: 'li', roles: ['curator'] } }`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The role that may confirm, reject and add alignments. */
export const CURATOR_ROLE = 'curator';

/** Who is calling, as read from a valid token. */
export interface ApiUser {
  sub: string;
  roles: string[];
}

/** The outcome of reading an Authorization header: no token, a bad one, or a user. */
export type AuthResult = { kind: 'anonymous' } | { kind: 'invalid'; reason: string } | { kind: 'user'; user: ApiUser };

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function hmac(input: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

/** How long a token lives unless told otherwise: a working day. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

/** Signs `{ sub, roles, iat, exp }` with HS256; `exp` is `expiresInSeconds` (8 h by default) after `now` (seconds, for tests). */
export function signToken(
  user: ApiUser,
  secret: string,
  options: { expiresInSeconds?: number; now?: number } = {},
): string {
  const iat = options.now ?? Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    sub: user.sub,
    roles: user.roles,
    iat,
    exp: iat + (options.expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS),
  };
  const head = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  return `${head}.${base64url(hmac(head, secret))}`;
}

/** Verifies an HS256 token (signature, alg, a numeric exp in the future, a numeric nbf if any, sub) and returns the user or why it was refused. */
export function verifyToken(token: string, secret: string, now = Math.floor(Date.now() / 1000)): AuthResult {
  const parts = token.split('.');
  if (parts.length !== 3) return { kind: 'invalid', reason: 'malformed token' };
  const [head, body, signature] = parts as [string, string, string];
  let header: { alg?: unknown };
  let payload: { sub?: unknown; roles?: unknown; exp?: unknown; nbf?: unknown };
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { kind: 'invalid', reason: 'malformed token' };
  }
  if (header.alg !== 'HS256') return { kind: 'invalid', reason: 'unsupported algorithm' };
  const expected = hmac(`${head}.${body}`, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { kind: 'invalid', reason: 'bad signature' };
  }
  // RFC 7519 NumericDate: a number of seconds. A token that never expires, or says when as a string, is refused.
  if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp))
    return { kind: 'invalid', reason: 'token has no numeric exp' };
  if (payload.exp <= now) return { kind: 'invalid', reason: 'token expired' };
  if (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || !Number.isFinite(payload.nbf))) {
    return { kind: 'invalid', reason: 'token nbf is not numeric' };
  }
  if (typeof payload.nbf === 'number' && payload.nbf > now) return { kind: 'invalid', reason: 'token not yet valid' };
  if (typeof payload.sub !== 'string' || payload.sub === '') return { kind: 'invalid', reason: 'token has no sub' };
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
  return { kind: 'user', user: { sub: payload.sub, roles } };
}

/** Reads an `Authorization: Bearer …` header value. */
export function readBearer(header: string | undefined, secret: string): AuthResult {
  if (header === undefined || header.trim() === '') return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match) return { kind: 'invalid', reason: 'expected "Bearer <token>"' };
  return verifyToken(match[1] as string, secret);
}
