/**
 * HTTP statuses as a GraphQL client expects them (GraphQL over HTTP, application/graphql-response+json): an answer
 * that carries data (an object, even with some fields null and errors beside them) is a partial answer and stays 200;
 * an answer without data gets the status of its most severe coded error, and SERVICE_UNAVAILABLE adds `Retry-After`.
 * Validation and parse errors are 400 already (Apollo). Example: a resolver failing because Neo4j is down → HTTP 503,
 * `retry-after: 5`, `{ data: null, errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] }`; the same failure of
 * one field beside another that answered → 200 with both `data` and `errors`.
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

/**
 * The status of an answer: 200 when it carries data (also over an `extensions.http` status a resolver's error set),
 * else the status of its codes, or undefined (leave Apollo's). Pure.
 */
export function statusForAnswer(answer: {
  data?: unknown;
  errors?: ReadonlyArray<{ extensions?: { code?: unknown } }>;
}): number | undefined {
  if (answer.data !== null && answer.data !== undefined) return 200;
  return statusForCodes((answer.errors ?? []).map((e) => e.extensions?.code));
}

/** Builds the plugin. */
export function statusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const status = statusForAnswer(response.body.singleResult);
          if (status === undefined) return;
          response.http.status = status;
          if (status === 503) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
