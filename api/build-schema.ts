/**
 * The executable schema: api/type-defs.graphql with page limits added, turned into a schema by @neo4j/graphql 7
 * with the custom resolvers. Example: `await buildSchema({ maxPageSize: 100 })` → a GraphQLSchema whose
 * Query has `policies`, `policiesConnection`, …, `search`, `lineage`, and whose Mutation has only the three
 * curation mutations.
 */
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
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
  return typeAlignmentEvidence(await neo.getSchema());
}
