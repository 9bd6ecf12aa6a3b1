/**
 * The executable schema: api/type-defs.graphql with page limits added, turned into a schema by @neo4j/graphql 7
 * with the custom resolvers. Example: `await buildSchema({ maxPageSize: 100 })` → a GraphQLSchema whose
 * Query has `policies`, `policiesConnection`, …, `search`, `lineage`, and whose Mutation has only the three
 * curation mutations.
 */
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { withPageLimits } from './limits/page-size.ts';
import { customResolvers } from './resolvers/index.ts';
import { typeAlignmentEvidence } from './type-alignment-evidence.ts';

/** Reads api/type-defs.graphql. */
export function readTypeDefs(): string {
  return readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
}

/** Builds the schema; the database is reached at request time through the context (the graph handle), so this works while Neo4j is down. */
export async function buildSchema(options: { maxPageSize: number }): Promise<GraphQLSchema> {
  const typeDefs = withPageLimits(readTypeDefs(), { default: options.maxPageSize, max: options.maxPageSize });
  const neo = new Neo4jGraphQL({ typeDefs, resolvers: customResolvers });
  return unwrapCustomQueries(typeAlignmentEvidence(await neo.getSchema()), customResolvers.Query);
}

/**
 * Gives the custom read queries back their own resolvers. @neo4j/graphql wraps every Query field, custom ones too,
 * in a resolver that builds an Executor, an authorization context and two copies of the request context for the
 * Cypher it generates; the custom resolvers read none of it (they run their own query builders through
 * `context.runner`); without it the GraphQL layer spends 116.8 instead of 127.5 µs of CPU on a lineage request
 * (bench/profile-graphql-layer.ts). Fields the library generates (`policies`, `articles`, … and the hydration queries
 * that run through them) keep the wrapper.
 * Example: after it, `schema.getQueryType().getFields().lineage.resolve === resolveLineage`.
 */
export function unwrapCustomQueries(
  schema: GraphQLSchema,
  resolvers: Readonly<Record<string, GraphQLFieldResolver<unknown, never>>>,
): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, resolve] of Object.entries(resolvers)) {
    const field = fields[name];
    if (!field) throw new Error(`type-defs.graphql has no Query.${name} for its custom resolver`);
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}
