/** What other folders may use from graph/: configuration, the graph handle, schema, errors, the local engine. */
export { readGraphConfig, LOCAL_DEFAULT_PASSWORD, type GraphConfig, type LocalEngineConfig } from './config.ts';
export type { DriverOptions } from './create-driver.ts';
export type { CypherQuery, Row, ExecuteOptions, RunQueries } from './execute.ts';
export { openGraph, type GraphHandle, type GraphHandleOptions, type GraphQLGraphContext } from './graph-handle.ts';
export { ensureSchema, buildSchemaQueries, FULLTEXT_INDEX, NODE_LABELS } from './ensure-schema.ts';
export { connectGraph, type ConnectedGraph } from './connect-graph.ts';
export { GraphError, toGraphError, type GraphErrorCode } from './errors.ts';
export { escapeLabel } from './escape-label.ts';
export { toPlain } from './to-plain.ts';
export { probeBolt, type BoltProbe } from './probe-bolt.ts';
export { readServerInfo, type ServerInfo } from './read-server-info.ts';
export { countGraph, type GraphCounts } from './count-graph.ts';
export { buildReadDocumentsQuery, placesOf } from './build-read-documents-query.ts';
export { buildGraphStampQuery } from './build-graph-stamp-query.ts';
export { startLocalNeo4j, resolveLocalNeo4j, findFreePort, type LocalNeo4j } from './local-neo4j/index.ts';
