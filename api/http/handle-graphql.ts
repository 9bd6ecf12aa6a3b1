/**
 * Hands one `/graphql` request to Apollo Server 5 (`executeHTTPGraphQLRequest`, no express): reads the body within
 * the limit, parses JSON, copies headers, and writes Apollo's answer. Example: a POST of `{"query":"{ __typename }"}`
 * → 200 `{"data":{"__typename":"Query"}}`; a body over the limit rejects with BodyTooLargeError (answered 413).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer } from '@apollo/server';
import type { ApiContext } from '../context.ts';
import { readBody } from './read-body.ts';

/** Writes a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  response.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** Answers one GraphQL request; rejects only with BodyTooLargeError or an I/O failure. */
export async function handleGraphQL(
  apollo: ApolloServer<ApiContext>,
  makeContext: (request: IncomingMessage) => Promise<ApiContext>,
  request: IncomingMessage,
  response: ServerResponse,
  options: { url: URL; cors: Record<string, string>; bodyLimit: number },
): Promise<void> {
  let body: unknown;
  if (request.method === 'POST') {
    const text = await readBody(request, options.bodyLimit);
    if ((request.headers['content-type'] ?? '').includes('json') && text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        sendJson(
          response,
          400,
          { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] },
          options.cors,
        );
        return;
      }
    } else body = text;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: options.url.search, body },
    context: () => makeContext(request),
  });
  for (const [key, value] of Object.entries(options.cors)) response.setHeader(key, value);
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
