/**
 * One port for everything: a node:http server answering GraphQL at `/graphql` (Apollo Server 5) and the built
 * viewer at `/`. Example: `const api = await startApiServer({ graph, config, viewerDir:
 * 'viewer/dist' })` → `{ url: 'http://127.0.0.1:4000/', close }`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphHandle } from '../graph/index.ts';
import { buildSchema } from './build-schema.ts';
import type { ApiConfig } from './config.ts';
import type { ApiContext } from './context.ts';
import { createContextFactory } from './create-context.ts';
import { formatApiError } from './format-error.ts';
import { corsHeaders } from './http/cors-headers.ts';
import { handleGraphQL, sendJson } from './http/handle-graphql.ts';
import { statusPlugin } from './http/status-plugin.ts';
import { listenOn } from './http/listen-on.ts';
import { BodyTooLargeError } from './http/read-body.ts';
import { serveStatic } from './http/serve-static.ts';
import { limitsPlugin } from './limits/limits-plugin.ts';
import { maxCostRule } from './limits/max-cost-rule.ts';
import { maxDepthRule } from './limits/max-depth-rule.ts';
import { propertiesRule } from './limits/properties-rule.ts';
import { createCypherRunner } from './run-cypher.ts';
import { warmUpQueries } from './warm-up-queries.ts';

/** What the server needs; `log` (hidden errors) defaults to one line on stderr. */
export interface ApiServerOptions {
  /** The API's graph handle (its own, with short time-outs: see cli/serve-api.ts); the server does not close it. */
  graph: GraphHandle;
  config: ApiConfig;
  viewerDir?: string;
  log?: (message: string, error?: unknown) => void;
  /** How long start-up may spend planning the custom queries (WARM_UP_BUDGET_MS); 0 skips it. */
  warmUpMs?: number;
  /** True while the database is known to be down (a supervised local engine restarting): requests get 503 at once. */
  databaseDown?: () => boolean;
}

/** A running API server. */
export interface RunningApiServer {
  url: string;
  close(): Promise<void>;
}

/** Default start-up budget for planning the custom queries before the server listens. */
export const WARM_UP_BUDGET_MS = 5_000;

/** Lists without a `limit`/`first` count as this many items in the cost estimate. */
export const DEFAULT_LIST_SIZE = 10;

function defaultLog(message: string, error?: unknown): void {
  console.error(message, error instanceof Error ? `${error.name}: ${error.message}` : (error ?? ''));
}

/**
 * The Apollo Server of the API with its limits and plugins, not yet started: what answers a GraphQL request once the
 * HTTP layer has read it (startApiServer; bench/profile-graphql-layer.ts measures it without sockets or database).
 */
export async function createApollo(
  config: ApiConfig,
  log: (message: string, error?: unknown) => void,
): Promise<ApolloServer<ApiContext>> {
  const costOptions = { maxPageSize: config.maxPageSize, defaultListSize: DEFAULT_LIST_SIZE };
  return new ApolloServer<ApiContext>({
    schema: await buildSchema({ maxPageSize: config.maxPageSize }),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // Parsing stops past this many tokens: the specified validation rules compare same-named fields pairwise, so
    // 600 aliases cost a second of CPU before any limit of ours could refuse them.
    parseOptions: { maxTokens: config.maxQueryTokens },
    validationRules: [
      maxDepthRule(config.maxQueryDepth, costOptions),
      maxCostRule(config.maxQueryCost, costOptions),
      propertiesRule,
    ],
    plugins: [
      limitsPlugin({
        maxFilterDepth: config.maxFilterDepth,
        maxFilterObjects: config.maxFilterObjects,
        maxListItems: config.maxListItems,
      }),
      statusPlugin(),
      // No cache hints are set or sent; the default cache-control plugin still wrapped every field resolver of every
      // request (willResolveField), 3 % of the server's CPU under a lineage load.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: formatApiError((error) => log('policygraph api: request failed:', error)),
  });
}

/** Starts the API; resolves once it listens (ApiListenError when the port cannot be bound). The database may be down: requests then answer SERVICE_UNAVAILABLE. */
export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const { graph, config } = options;
  const log = options.log ?? defaultLog;
  const apollo = await createApollo(config, log);
  await apollo.start();
  const runner = createCypherRunner(graph, config.dbTimeoutMs);
  // Cold plans under a burst of concurrent first requests made the p99; failures (database down) are ignored here.
  await warmUpQueries(runner, options.warmUpMs ?? WARM_UP_BUDGET_MS);
  const makeContext = createContextFactory({
    graph,
    config,
    runner,
    ...(options.databaseDown ? { databaseDown: options.databaseDown } : {}),
  });

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const cors = corsHeaders(request.headers.origin, config.corsOrigins);
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
    } else if (url.pathname === '/graphql' || url.pathname === '/graphql/') {
      handleGraphQL(apollo, makeContext, request, response, { url, cors, bodyLimit: config.bodyLimit }).catch(
        (error: unknown) => {
          if (error instanceof BodyTooLargeError) {
            sendJson(
              response,
              413,
              { errors: [{ message: error.message, extensions: { code: error.code } }] },
              { ...cors, connection: 'close' },
            );
            return;
          }
          log('policygraph api: unexpected HTTP failure:', error);
          if (response.headersSent) response.end();
          else
            sendJson(
              response,
              500,
              { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
              cors,
            );
        },
      );
    } else if (method === 'GET' || method === 'HEAD') {
      serveStatic(options.viewerDir, url.pathname, method, response);
    } else {
      response.writeHead(405, { allow: 'GET, HEAD, POST, OPTIONS', 'content-type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed');
    }
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  try {
    await listenOn(server, config.host, config.port);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
