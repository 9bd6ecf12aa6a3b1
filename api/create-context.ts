/**
 * Builds the per-request GraphQL context from the Authorization header. Example: with REQUIRE_AUTH_FOR_READS
 * false, a request without a token gets `{ auth: { kind: 'anonymous' }, … }`; with it true, it is refused with
 * UNAUTHENTICATED (HTTP 401) before any resolver runs.
 */
import type { IncomingMessage } from 'node:http';
import type { GraphHandle } from '../graph/index.ts';
import { readBearer } from './auth.ts';
import type { ApiConfig } from './config.ts';
import type { ApiContext } from './context.ts';
import { unauthenticated } from './errors.ts';
import { createNodeLoader } from './hydrate-nodes.ts';
import type { CypherRunner } from './run-cypher.ts';

/** Returns the function Apollo calls once per request. */
export function createContextFactory(deps: { graph: GraphHandle; config: ApiConfig; runner: CypherRunner }) {
  const { graph, config, runner } = deps;
  return async (request: IncomingMessage): Promise<ApiContext> => {
    const auth = readBearer(request.headers.authorization, config.jwtSecret);
    if (config.requireAuthForReads && auth.kind !== 'user') {
      throw unauthenticated(auth.kind === 'invalid' ? auth.reason : 'reads require a bearer token on this server');
    }
    const context = {
      ...graph.graphqlContext(),
      auth,
      runner,
      config,
    } as ApiContext;
    // The loader runs hydration queries with this same context, so it is attached after creation.
    context.loader = createNodeLoader(context, config.maxPageSize);
    return context;
  };
}
