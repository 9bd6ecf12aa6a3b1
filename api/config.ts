/**
 * API settings read once from the environment. Example: `readApiConfig({ PORT: '4100', MAX_QUERY_DEPTH: '8' })`
 * → `{ port: 4100, maxQueryDepth: 8, jwtSecret: DEFAULT_JWT_SECRET, usesDefaultSecret: true, introspection: true, … }`.
 * On an interface that is not loopback (HOST=0.0.0.0) the built-in JWT secret is refused and introspection is off
 * unless INTROSPECTION=true.
 */

/** The secret used when JWT_SECRET is unset: fine on a laptop, never in production. */
export const DEFAULT_JWT_SECRET = 'policygraph-local-dev-secret-change-me';

/** Typed API settings. */
export interface ApiConfig {
  port: number;
  /** Interface to listen on (HOST, default 127.0.0.1). */
  host: string;
  jwtSecret: string;
  usesDefaultSecret: boolean;
  requireAuthForReads: boolean;
  /** Allowed browser origins; `['*']` allows any, `[]` sends no CORS headers. */
  corsOrigins: string[];
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Most lexical tokens in a query document (parsing stops beyond). */
  maxQueryTokens: number;
  /** Deepest nesting of input objects (where filters) in one argument. */
  maxFilterDepth: number;
  /** Most input objects in one operation's arguments. */
  maxFilterObjects: number;
  /** Longest list in an argument (`in: […]`, `OR: […]`). */
  maxListItems: number;
  /** Whether `__schema` / `__type` are answered (INTROSPECTION; default: on loopback only). */
  introspection: boolean;
  /** Largest list any field returns (generated lists, nested ones included, and search). */
  maxPageSize: number;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Transaction timeout for every database call, in milliseconds. */
  dbTimeoutMs: number;
}

/** A setting that cannot be used; `variable` names it. */
export class ApiConfigError extends Error {
  override readonly name = 'ApiConfigError';
  readonly code = 'INVALID_API_CONFIG';
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ApiConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ApiConfigError(name, `expected ${min}…${max}, got ${value}`);
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ApiConfigError(name, `expected true or false, got "${raw}"`);
}

/** Whether a listening address only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Reads and validates the API settings; throws ApiConfigError on a malformed value or an unsafe combination. */
export function readApiConfig(env: Env): ApiConfig {
  const secret = env.JWT_SECRET?.trim();
  const cors = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  const host = env.HOST?.trim() || '127.0.0.1';
  const loopback = isLoopbackHost(host);
  if ((!secret || secret === DEFAULT_JWT_SECRET) && !loopback) {
    throw new ApiConfigError(
      'JWT_SECRET',
      `must be set to your own secret when HOST (${host}) is not a loopback address; ` +
        'the built-in development secret is public',
    );
  }
  const maxPageSize = readInt(env, 'MAX_PAGE_SIZE', 200, 1);
  return {
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host,
    jwtSecret: secret || DEFAULT_JWT_SECRET,
    usesDefaultSecret: !secret,
    requireAuthForReads: readBool(env, 'REQUIRE_AUTH_FOR_READS', false),
    corsOrigins: cors,
    maxQueryDepth: readInt(env, 'MAX_QUERY_DEPTH', 10, 1),
    maxQueryCost: readInt(env, 'MAX_QUERY_COST', 5000, 1),
    maxQueryTokens: readInt(env, 'MAX_QUERY_TOKENS', 2000, 50),
    maxFilterDepth: readInt(env, 'MAX_FILTER_DEPTH', 8, 1),
    maxFilterObjects: readInt(env, 'MAX_FILTER_OBJECTS', 50, 1),
    maxListItems: readInt(env, 'MAX_LIST_ITEMS', Math.max(maxPageSize, 200), 1),
    introspection: readBool(env, 'INTROSPECTION', loopback),
    maxPageSize,
    bodyLimit: readInt(env, 'BODY_LIMIT', 100_000, 256),
    dbTimeoutMs: readInt(env, 'DB_TIMEOUT_MS', 10_000, 1),
  };
}

/** Warnings to print at start-up (the default JWT secret). */
export function describeConfigWarnings(config: ApiConfig): string[] {
  return config.usesDefaultSecret
    ? ['JWT_SECRET is not set: using the built-in local development secret; set JWT_SECRET before exposing the API']
    : [];
}
