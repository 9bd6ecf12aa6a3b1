/**
 * The viewer's only way to the server: POST a GraphQL document over HTTP. The endpoint is `/graphql` on the same
 * origin, overridden by the `api` URL parameter or VITE_GRAPHQL_URL for development against another port.
 */

/** A failed request, with a stable code the interface can explain. */
export class ApiError extends Error {
  constructor(
    readonly code: 'API_UNREACHABLE' | 'API_HTTP_ERROR' | 'API_GRAPHQL_ERROR' | 'API_UNAUTHENTICATED',
    message: string,
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

/** A function that runs one GraphQL operation. */
export type GraphQLClient = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Creates a client for `endpoint`; `token()` supplies the bearer token for curation, when signed in. */
export function createClient(endpoint: string, token: () => string | null): GraphQLClient {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const bearer = token();
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    let response: Response;
    try {
      response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    } catch (error) {
      throw new ApiError('API_UNREACHABLE', `${endpoint}: ${(error as Error).message}`);
    }
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = await response.json();
    } catch {
      throw new ApiError(response.ok ? 'API_GRAPHQL_ERROR' : 'API_HTTP_ERROR', `${endpoint}: HTTP ${response.status}`);
    }
    if (body.errors?.length) {
      const first = body.errors[0]!;
      const code = first.extensions?.code === 'UNAUTHENTICATED' || first.extensions?.code === 'FORBIDDEN' ? 'API_UNAUTHENTICATED' : 'API_GRAPHQL_ERROR';
      throw new ApiError(code, body.errors.map((e) => e.message).join('; '));
    }
    if (!response.ok || body.data === undefined) throw new ApiError('API_HTTP_ERROR', `${endpoint}: HTTP ${response.status}`);
    return body.data;
  };
}
