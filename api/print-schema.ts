/**
 * Prints the API's full executable schema (the type definitions as @neo4j/graphql expands them) as SDL, for code
 * generation: `npm run codegen` writes it to viewer/src/generated/schema.graphql and generates the TypeScript types
 * the viewer uses from it. Example: `node --import tsx api/print-schema.ts` → `schema { query: Query … }`.
 */
import { createRequire } from 'node:module';
import { buildSchema } from './build-schema.ts';
import { readApiConfig } from './config.ts';

const { printSchema, lexicographicSortSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The SDL of the schema the server serves with the default page size. */
export async function printApiSchema(): Promise<string> {
  const schema = await buildSchema({ maxPageSize: readApiConfig({}).maxPageSize });
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(await printApiSchema());
