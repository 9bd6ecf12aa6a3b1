/**
 * API settings read once from the environment. Example: `readApiConfig({ PORT: '4100', MAX_QUERY_DEPTH: '8' })`
 * → `{ port: 4100, maxQueryDepth: 8, jwtSecret: DEFAULT_JWT_SECRET, usesDefaultSecret: true, … }`.
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
  constructor(readonly variable: string, detail: string) {
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

/** Reads and validates the API settings; throws ApiConfigError on a malformed value. */
export function readApiConfig(env: Env): ApiConfig {
  const secret = env.JWT_SECRET?.trim();
  const cors = (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  return {
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    jwtSecret: secret || DEFAULT_JWT_SECRET,
    usesDefaultSecret: !secret,
    requireAuthForReads: readBool(env, 'REQUIRE_AUTH_FOR_READS', false),
    corsOrigins: cors,
    maxQueryDepth: readInt(env, 'MAX_QUERY_DEPTH', 10, 1),
    maxQueryCost: readInt(env, 'MAX_QUERY_COST', 5000, 1),
    maxPageSize: readInt(env, 'MAX_PAGE_SIZE', 200, 1),
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
