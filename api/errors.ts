/**
 * The coded GraphQL errors the API answers with. Example: `unauthenticated()` → a GraphQLError whose
 * `extensions.code` is `UNAUTHENTICATED` and whose HTTP status is 401.
 */
import { GraphQLError } from './graphql.ts';
import type { AuthResult, ApiUser } from './auth.ts';
import { CURATOR_ROLE } from './auth.ts';

/** No token, or a token that does not verify. */
export function unauthenticated(reason = 'a valid bearer token is required'): GraphQLError {
  return new GraphQLError(`Unauthenticated: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * The database is known to be down (the local engine is restarting): answered at once, HTTP 503 with Retry-After,
 * instead of waiting for the driver's connection time-outs.
 */
export function serviceUnavailable(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('The database is restarting; try again shortly', {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** A valid token without the needed role. */
export function forbidden(role: string): GraphQLError {
  return new GraphQLError(`Forbidden: the "${role}" role is required`, { extensions: { code: 'FORBIDDEN' } });
}

/** An argument that cannot be used (unknown id, bad value). */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Returns the curator user, or throws UNAUTHENTICATED / FORBIDDEN. */
export function requireCurator(auth: AuthResult): ApiUser {
  if (auth.kind === 'anonymous') throw unauthenticated();
  if (auth.kind === 'invalid') throw unauthenticated(auth.reason);
  if (!auth.user.roles.includes(CURATOR_ROLE)) throw forbidden(CURATOR_ROLE);
  return auth.user;
}
