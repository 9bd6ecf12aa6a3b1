/** The GraphQL API: what the CLI, the benchmark and the tests may use. */
export { startApiServer, DEFAULT_LIST_SIZE } from './server.ts';
export type { ApiServerOptions, RunningApiServer } from './server.ts';
export { ApiListenError, listenOn } from './http/listen-on.ts';
export { readApiConfig, describeConfigWarnings, DEFAULT_JWT_SECRET, ApiConfigError } from './config.ts';
export type { ApiConfig } from './config.ts';
export { signToken, verifyToken, readBearer, CURATOR_ROLE } from './auth.ts';
export type { ApiUser, AuthResult } from './auth.ts';
export { buildSchema } from './build-schema.ts';
export { openApiGraph } from './open-api-graph.ts';
