/**
 * What clients see of an error: coded GraphQL errors pass through (without stack traces); database errors are
 * translated by graph's toGraphError and answered SERVICE_UNAVAILABLE, DATABASE_TIMEOUT or DATABASE_ERROR; anything
 * else becomes INTERNAL_SERVER_ERROR with a generic message. Example: a resolver failing with a driver
 * `ServiceUnavailable` → `{ message: 'The database is unavailable; try again shortly', extensions: { code:
 * 'SERVICE_UNAVAILABLE' } }`.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphError, toGraphError } from '../graph/index.ts';

/** A client-facing database error code. */
export type DatabaseErrorCode = 'SERVICE_UNAVAILABLE' | 'DATABASE_TIMEOUT' | 'DATABASE_ERROR';

/** The client-facing code of a database or driver error, or undefined when it is neither. */
export function databaseErrorCode(error: unknown): DatabaseErrorCode | undefined {
  // By name, not instanceof: the library and our code may hold different copies of the driver module.
  const name = (error as { name?: unknown } | null)?.name;
  if (!(error instanceof GraphError) && name !== 'GraphError' && name !== 'Neo4jError') return undefined;
  const code = toGraphError(error).code;
  if (code === 'NEO4J_UNAVAILABLE') return 'SERVICE_UNAVAILABLE';
  if (code === 'NEO4J_TIMEOUT') return 'DATABASE_TIMEOUT';
  return 'DATABASE_ERROR';
}

const MESSAGES = {
  SERVICE_UNAVAILABLE: 'The database is unavailable; try again shortly',
  DATABASE_TIMEOUT: 'The database took too long to answer',
  DATABASE_ERROR: 'The database could not answer this request',
  INTERNAL_SERVER_ERROR: 'Internal server error',
} as const;

/** Apollo `formatError`: maps unknown errors to generic coded ones; `log` receives what was hidden. */
export function formatApiError(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    const dbCode = databaseErrorCode(original);
    if (dbCode) {
      log(original);
      return { message: MESSAGES[dbCode], ...base, extensions: { code: dbCode } };
    }
    const code = formatted.extensions?.code;
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
      log(original);
      return { message: MESSAGES.INTERNAL_SERVER_ERROR, ...base, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const { stacktrace: _omitted, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
