/**
 * One port for everything: a node:http server answering GraphQL at `/graphql` (Apollo Server 5 through
 * `executeHTTPGraphQLRequest`, no express) and the built viewer at `/`. Example:
 * `const api = await startApiServer({ driver, database: 'neo4j', config, viewerDir: 'viewer/dist' })` →
 * `{ url: 'http://127.0.0.1:4000/', close }`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { readBearer } from './auth.ts';
import { buildSchema } from './build-schema.ts';
import type { ApiConfig } from './config.ts';
import type { ApiContext } from './context.ts';
import { unauthenticated } from './errors.ts';
import { formatApiError } from './format-error.ts';
import { createNodeLoader } from './hydrate-nodes.ts';
import { corsHeaders } from './http/apply-cors.ts';
import { BodyTooLargeError, readBody } from './http/read-body.ts';
import { serveStatic } from './http/serve-static.ts';
import { maxCostRule } from './limits/max-cost-rule.ts';
import { maxDepthRule } from './limits/max-depth-rule.ts';
import { createCypherRunner } from './run-cypher.ts';

/** What the server needs; `log` defaults to console.error. */
export interface ApiServerOptions {
  driver: Driver;
  database: string;
  config: ApiConfig;
  viewerDir?: string;
  log?: (message: string, error?: unknown) => void;
}

/** A running API server. */
export interface RunningApiServer {
  url: string;
  close(): Promise<void>;
}

/** Lists of unbounded size count as this many items in the cost estimate. */
export const DEFAULT_LIST_SIZE = 10;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  response.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** Starts the API; resolves once it listens. The database may be down: requests then answer SERVICE_UNAVAILABLE. */
export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const { driver, database, config } = options;
  const log =
    options.log ??
    ((message: string, error?: unknown) => console.error(message, error instanceof Error ? `${error.name}: ${error.message}` : (error ?? '')));
  const schema = await buildSchema({ driver, maxPageSize: config.maxPageSize });
  const runner = createCypherRunner(driver, database, config.dbTimeoutMs);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    validationRules: [
      maxDepthRule(config.maxQueryDepth),
      maxCostRule(config.maxQueryCost, { maxPageSize: config.maxPageSize, defaultListSize: DEFAULT_LIST_SIZE }),
    ],
    formatError: formatApiError((error) => log('policygraph api: request failed:', error)),
  });
  await apollo.start();

  async function context(request: IncomingMessage): Promise<ApiContext> {
    const auth = readBearer(request.headers.authorization, config.jwtSecret);
    if (config.requireAuthForReads && auth.kind !== 'user') {
      throw unauthenticated(auth.kind === 'invalid' ? auth.reason : 'reads require a bearer token on this server');
    }
    const partial = {
      executionContext: driver,
      sessionConfig: { database },
      transaction: { timeout: config.dbTimeoutMs },
      auth,
      runner,
      config,
    };
    const ctx = partial as ApiContext;
    ctx.loader = createNodeLoader(ctx, config.maxPageSize);
    return ctx;
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, cors: Record<string, string>) {
    let body: unknown = undefined;
    if (request.method === 'POST') {
      const text = await readBody(request, config.bodyLimit);
      const type = request.headers['content-type'] ?? '';
      if (type.includes('json') && text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          sendJson(response, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }, cors);
          return;
        }
      } else body = text;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => context(request),
    });
    for (const [key, value] of Object.entries(cors)) response.setHeader(key, value);
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const cors = corsHeaders(request.headers.origin, config.corsOrigins);
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    if (url.pathname === '/graphql' || url.pathname === '/graphql/') {
      handleGraphQL(request, response, url, cors).catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          sendJson(response, 413, { errors: [{ message: error.message, extensions: { code: error.code } }] }, { ...cors, connection: 'close' });
          return;
        }
        log('policygraph api: unexpected HTTP failure:', error);
        if (!response.headersSent) {
          sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, cors);
        } else response.end();
      });
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed');
      return;
    }
    serveStatic(options.viewerDir, url.pathname, method, response);
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  const host = config.host;
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(config.port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}/`,
    async close() {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
