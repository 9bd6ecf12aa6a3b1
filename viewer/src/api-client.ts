/**
 * The viewer's only way to the server: POST a GraphQL document over HTTP. The endpoint is `/graphql` on the same
 * origin, overridden by the `api` URL parameter or VITE_GRAPHQL_URL for development against another port.
 * Every request has a time limit (default 15 s) and can be cancelled with an AbortSignal, so a newer action can
 * drop the answer of an older one.
 */

/** Stable codes of a failed request; explain-error.ts turns them into a sentence in the interface language. */
export type ApiErrorCode =
  | 'API_UNREACHABLE'
  | 'API_TIMEOUT'
  | 'API_ABORTED'
  | 'API_HTTP_ERROR'
  | 'API_GRAPHQL_ERROR'
  | 'API_UNAUTHENTICATED'
  | 'API_FORBIDDEN';

/** A failed request, with a stable code the interface can explain. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** HTTP status, GraphQL extensions.code, endpoint or time limit: what the explanation may quote. */
    readonly detail: { status?: number; serverCode?: string; endpoint?: string; timeoutMs?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Picks the endpoint: ?api=… first, then the build-time VITE_GRAPHQL_URL, then same-origin /graphql. */
export function resolveEndpoint(search: string, buildTime: string | undefined): string {
  const fromUrl = new URLSearchParams(search).get('api');
  return fromUrl || buildTime || '/graphql';
}

/** Per-request options. */
export interface RequestOptions {
  /** Cancels the request (the promise rejects with API_ABORTED). */
  signal?: AbortSignal;
  /** Overrides the client's time limit. */
  timeoutMs?: number;
}

/** A function that runs one GraphQL operation. */
export type GraphQLClient = <T>(
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
) => Promise<T>;

/** Creates a client for `endpoint`; `token()` supplies the bearer token for curation, when signed in. */
export function createClient(
  endpoint: string,
  token: () => string | null,
  defaults: { timeoutMs?: number } = {},
): GraphQLClient {
  return async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<T> => {
    const timeoutMs = options.timeoutMs ?? defaults.timeoutMs ?? 15_000;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const bearer = token();
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort);
    const failed = (error: unknown): ApiError => {
      if (timedOut)
        return new ApiError('API_TIMEOUT', `${endpoint}: no answer within ${timeoutMs} ms`, { endpoint, timeoutMs });
      if (options.signal?.aborted) return new ApiError('API_ABORTED', `${endpoint}: cancelled`, { endpoint });
      return new ApiError('API_UNREACHABLE', `${endpoint}: ${(error as Error).message}`, { endpoint });
    };
    try {
      if (options.signal?.aborted) throw new ApiError('API_ABORTED', `${endpoint}: cancelled`, { endpoint });
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
          signal: controller.signal,
        });
      } catch (error) {
        throw failed(error);
      }
      let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        body = await response.json();
      } catch (error) {
        if (timedOut || options.signal?.aborted) throw failed(error);
        throw new ApiError(
          response.ok ? 'API_GRAPHQL_ERROR' : 'API_HTTP_ERROR',
          `${endpoint}: HTTP ${response.status}`,
          { status: response.status, endpoint },
        );
      }
      if (body.errors?.length) {
        const serverCode = body.errors[0]!.extensions?.code ?? '';
        const code =
          serverCode === 'UNAUTHENTICATED'
            ? 'API_UNAUTHENTICATED'
            : serverCode === 'FORBIDDEN'
              ? 'API_FORBIDDEN'
              : 'API_GRAPHQL_ERROR';
        throw new ApiError(code, body.errors.map((e) => e.message).join('; '), {
          serverCode,
          status: response.status,
          endpoint,
        });
      }
      if (!response.ok || body.data === undefined)
        throw new ApiError('API_HTTP_ERROR', `${endpoint}: HTTP ${response.status}`, {
          status: response.status,
          endpoint,
        });
      return body.data;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  };
}
