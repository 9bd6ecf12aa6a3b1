/**
 * CORS headers for the configured origins. Example: origins `['https://a.example']` and a request from
 * `https://a.example` → `{ 'access-control-allow-origin': 'https://a.example', vary: 'Origin', … }`; another origin
 * → `{}`; origins `['*']` → `{ 'access-control-allow-origin': '*', … }`.
 */

const ALLOW = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '600',
};

/** The CORS response headers for a request `origin` (pure). */
export function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  if (allowed.includes('*')) return { 'access-control-allow-origin': '*', ...ALLOW };
  if (origin && allowed.includes(origin)) return { 'access-control-allow-origin': origin, vary: 'Origin', ...ALLOW };
  return {};
}
