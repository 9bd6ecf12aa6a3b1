/**
 * The per-request context: what @neo4j/graphql needs (the graph handle's execution context, database, transaction
 * timeout) plus the caller, the Cypher runner and the node and article-text loaders used by the custom resolvers.
 */
import type { GraphQLGraphContext } from '../graph/index.ts';
import type { AlignmentGraph } from './alignment-graph.ts';
import type { AuthResult } from './auth.ts';
import type { ApiConfig } from './config.ts';
import type { NodeLoader } from './hydrate-nodes.ts';
import type { ArticleTextLoader } from './load-article-texts.ts';
import type { CypherRunner } from './run-cypher.ts';

/** The GraphQL context of one request. */
export interface ApiContext extends GraphQLGraphContext {
  auth: AuthResult;
  runner: CypherRunner;
  loader: NodeLoader;
  /** Article texts by id, batched per turn of the event loop (ComparedPair.changes). */
  articleTexts: ArticleTextLoader;
  /** The documents as alignment sees them, kept across requests while the graph is unchanged (sources, reuse…). */
  alignmentGraph: () => Promise<AlignmentGraph>;
  config: ApiConfig;
}
