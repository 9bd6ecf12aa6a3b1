/**
 * HTTP statuses as a GraphQL client expects them: an answer whose errors carry one of these codes gets its status
 * (the most severe when there are several), and SERVICE_UNAVAILABLE adds `Retry-After`. Validation and parse errors
 * are 400 already (Apollo). Example: a resolver failing because Neo4j is down → HTTP 503, `retry-after: 5`,
 * `{ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] }`.
 */
import type { ApolloServerPlugin } from '@apollo/server';

/** Status per error code, most severe first. */
export const STATUS_BY_CODE: ReadonlyArray<readonly [string, number]> = [
  ['SERVICE_UNAVAILABLE', 503],
  ['DATABASE_TIMEOUT', 504],
  ['UNAUTHENTICATED', 401],
  ['FORBIDDEN', 403],
  ['BAD_USER_INPUT', 400],
  ['BAD_REQUEST', 400],
];

/** Seconds a client should wait before retrying after SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 5;

/** The status for a list of error codes, or undefined when none maps. Pure. */
export function statusForCodes(codes: readonly unknown[]): number | undefined {
  return STATUS_BY_CODE.find(([code]) => codes.includes(code))?.[1];
}

/** Builds the plugin. */
export function statusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
          const status = statusForCodes(codes);
          if (status === undefined) return;
          response.http.status = status;
          if (status === 503) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
