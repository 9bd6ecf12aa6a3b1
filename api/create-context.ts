/**
 * Builds the per-request GraphQL context from the Authorization header. Example: with REQUIRE_AUTH_FOR_READS
 * false, a request without a token gets `{ auth: { kind: 'anonymous' }, … }`; with it true, it is refused with
 * UNAUTHENTICATED (HTTP 401) before any resolver runs.
 */
import type { IncomingMessage } from 'node:http';
import type { GraphHandle } from '../graph/index.ts';
import { createAlignmentGraphCache } from './alignment-graph.ts';
import { readBearer } from './auth.ts';
import type { ApiConfig } from './config.ts';
import type { ApiContext } from './context.ts';
import { serviceUnavailable, unauthenticated } from './errors.ts';
import { RETRY_AFTER_SECONDS } from './http/status-plugin.ts';
import { createArticleTextLoader } from './load-article-texts.ts';
import { createNodeLoader } from './hydrate-nodes.ts';
import type { CypherRunner } from './run-cypher.ts';

/** `f`'s first answer, kept. */
const once = <T>(f: () => T): (() => T) => {
  let kept: { value: T } | undefined;
  return () => (kept ??= { value: f() }).value;
};

/**
 * Returns the function Apollo calls once per request. `databaseDown`, when given, says the database is known to be
 * down (the supervised local engine is restarting): every request is then refused at once with SERVICE_UNAVAILABLE.
 */
export function createContextFactory(deps: {
  graph: GraphHandle;
  config: ApiConfig;
  runner: CypherRunner;
  databaseDown?: () => boolean;
}) {
  const { graph, config, runner, databaseDown } = deps;
  // One per server: the alignment graph is kept across requests.
  const alignmentGraph = createAlignmentGraphCache(runner);
  return async (request: IncomingMessage): Promise<ApiContext> => {
    if (databaseDown?.()) throw serviceUnavailable(RETRY_AFTER_SECONDS);
    const auth = readBearer(request.headers.authorization, config.jwtSecret);
    if (config.requireAuthForReads && auth.kind !== 'user') {
      throw unauthenticated(auth.kind === 'invalid' ? auth.reason : 'reads require a bearer token on this server');
    }
    const context = {
      ...graph.graphqlContext(),
      auth,
      runner,
      config,
      // One stamp read per request, however many of its fields rank (aliases of sources, likelyParents, reuse).
      alignmentGraph: once(alignmentGraph),
    } as ApiContext;
    // The loader runs hydration queries with this same context, so it is attached after creation.
    context.loader = createNodeLoader(context, config.maxPageSize);
    context.articleTexts = createArticleTextLoader(runner, config.maxPageSize);
    return context;
  };
}
