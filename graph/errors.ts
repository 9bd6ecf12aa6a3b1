/**
 * The graph error family: every failure that leaves graph/ is a GraphError with a stable `code`.
 * Driver errors are translated here and nowhere else (`toGraphError`).
 *
 * Example: a Neo4jError with code `Neo.ClientError.Security.Unauthorized` becomes
 *   GraphError { code: 'NEO4J_AUTH', message: 'Neo4j rejected the credentials for user "neo4j" …' }.
 */

/** Stable error codes; callers (CLI, API) switch on these, never on messages. */
export type GraphErrorCode =
  | 'NEO4J_CONFIG'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_AUTH'
  | 'NEO4J_CONSTRAINT'
  | 'NEO4J_QUERY'
  | 'NEO4J_TIMEOUT'
  | 'NEO4J_ENGINE'
  | 'NEO4J_PORT_BUSY'
  | 'NEO4J_UNKNOWN';

/** An error raised by graph/ with a stable code and, when translated, the driver's own code. */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  readonly code: GraphErrorCode;
  /** The Neo4j status code (`Neo.ClientError.…`) or driver code (`ServiceUnavailable`) it came from, if any. */
  readonly neo4jCode: string | undefined;

  constructor(code: GraphErrorCode, message: string, options: { cause?: unknown; neo4jCode?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.neo4jCode = options.neo4jCode;
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError']);

/** Maps a Neo4j status or driver code to a GraphError code. Pure; exported for unit tests. */
export function classifyNeo4jCode(code: string): GraphErrorCode {
  if (UNAVAILABLE.has(code)) return 'NEO4J_UNAVAILABLE';
  if (code.startsWith('Neo.ClientError.Security.')) {
    return code.endsWith('.Unauthorized') ||
      code.endsWith('.AuthenticationRateLimit') ||
      code.endsWith('.CredentialsExpired')
      ? 'NEO4J_AUTH'
      : 'NEO4J_QUERY';
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'NEO4J_CONSTRAINT';
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'NEO4J_TIMEOUT';
  if (code.startsWith('Neo.ClientError.Database.DatabaseNotFound')) return 'NEO4J_CONFIG';
  if (code.startsWith('Neo.ClientError.')) return 'NEO4J_QUERY';
  // Transient errors that outlived the driver's retries, database errors, unknown codes.
  return 'NEO4J_UNKNOWN';
}

/** Turns anything thrown by the driver (or by us) into a GraphError; GraphErrors pass through unchanged. */
export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code === undefined) {
    if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|socket hang up/i.test(message)) {
      return new GraphError('NEO4J_UNAVAILABLE', `Neo4j is not reachable: ${message}`, { cause: error });
    }
    return new GraphError('NEO4J_UNKNOWN', message, { cause: error });
  }
  const graphCode = classifyNeo4jCode(code);
  const prefix: Partial<Record<GraphErrorCode, string>> = {
    NEO4J_UNAVAILABLE: 'Neo4j is not reachable (is it running? check NEO4J_URI)',
    NEO4J_AUTH: 'Neo4j rejected the credentials (check NEO4J_USERNAME / NEO4J_PASSWORD)',
    NEO4J_TIMEOUT: 'Neo4j transaction timed out',
  };
  const text = prefix[graphCode] ? `${prefix[graphCode]}: ${message}` : message;
  return new GraphError(graphCode, text, { cause: error, neo4jCode: code });
}
