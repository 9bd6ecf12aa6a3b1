/**
 * Test harness for the API: starts the real server (startApiServer) on a free port over the test Neo4j and posts
 * GraphQL over HTTP. Example: `const api = await startTestApi(graph); const r = await api.gql('{ __typename }');`
 * → `{ status: 200, body: { data: { __typename: 'Query' } } }`.
 */
import type { GraphHandle } from '../../graph/index.ts';
import { readApiConfig, signToken, startApiServer } from '../../api/index.ts';
import type { ApiConfig } from '../../api/index.ts';

/** The secret the test servers sign with. */
export const TEST_SECRET = 'integration-test-secret';

/** A GraphQL answer as received over HTTP. */
export interface GqlAnswer {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
  };
}

/** A running test server. */
export interface TestApi {
  url: string;
  config: ApiConfig;
  hidden: unknown[];
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlAnswer>;
  close(): Promise<void>;
}

/** A curator token and a reader token signed with TEST_SECRET. */
export const CURATOR_TOKEN = signToken({ sub: 'curator-li', roles: ['curator'] }, TEST_SECRET);
export const READER_TOKEN = signToken({ sub: 'reader-wang', roles: ['reader'] }, TEST_SECRET);

/** Starts the server; `env` overrides API variables (PORT is always 0 = a free port). */
export async function startTestApi(
  graph: GraphHandle,
  env: Record<string, string> = {},
  viewerDir?: string,
): Promise<TestApi> {
  const config = readApiConfig({ JWT_SECRET: TEST_SECRET, ...env, PORT: '0' });
  const hidden: unknown[] = [];
  const server = await startApiServer({
    graph,
    config,
    ...(viewerDir ? { viewerDir } : {}),
    log: (_message, error) => hidden.push(error),
  });
  return {
    url: server.url,
    config,
    hidden,
    async gql(query, variables = {}, token) {
      const response = await fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GqlAnswer['body'] };
    },
    close: () => server.close(),
  };
}
