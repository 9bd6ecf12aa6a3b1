/**
 * Checks a pasted curation token before it is kept (pure): three base64url parts (a JWT), a JSON payload, not
 * expired. The signature is the server's business; this catches garbage and says who the token is for.
 * Example: checkToken('a.b', 0) → { ok: false, problem: 'malformed' };
 * checkToken(jwt({ sub: 'zhang', roles: ['curator'] }), now) → { ok: true, user: 'zhang', roles: ['curator'] }.
 */

/** The verdict on a token. */
export type TokenCheck =
  | { ok: true; user: string; roles: string[]; expiresOn?: string }
  | { ok: false; problem: 'malformed' | 'expired'; expiredOn?: string };

function decodePart(part: string): unknown {
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
}

/** Checks `token` at time `now` (ms since the epoch). */
export function checkToken(token: string, now: number): TokenCheck {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return { ok: false, problem: 'malformed' };
  let header: unknown;
  let payload: Record<string, unknown>;
  try {
    header = decodePart(parts[0]!);
    payload = decodePart(parts[1]!) as Record<string, unknown>;
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null)
    return { ok: false, problem: 'malformed' };
  const user = payload.sub ?? payload.user ?? payload.name;
  if (typeof user !== 'string' || user === '') return { ok: false, problem: 'malformed' };
  const exp = typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  if (exp !== undefined && exp <= now)
    return { ok: false, problem: 'expired', expiredOn: new Date(exp).toISOString().slice(0, 10) };
  const roles = Array.isArray(payload.roles)
    ? payload.roles.filter((r): r is string => typeof r === 'string')
    : typeof payload.role === 'string'
      ? [payload.role]
      : [];
  return { ok: true, user, roles, expiresOn: exp === undefined ? undefined : new Date(exp).toISOString().slice(0, 10) };
}
