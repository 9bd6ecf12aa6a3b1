// Every GraphQL example in the README and the docs validates against the API's real schema: a renamed field or
// argument must take its examples along (a user copies them first).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, specifiedRules, validate } from '../../api/graphql.ts';
import { buildSchema, readApiConfig } from '../../api/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => `docs/${n}`),
];

/** The ```graphql blocks of a page, each with the line it starts on. */
function graphqlBlocks(page: string): { where: string; source: string }[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  return [...text.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((m) => ({
    where: `${page}:${text.slice(0, m.index).split('\n').length}`,
    source: m[1]!,
  }));
}

const EXAMPLES = PAGES.flatMap(graphqlBlocks).filter(
  (b) => !/^\s*(type|enum|input|interface|scalar|extend)\s/m.test(b.source),
);
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ maxPageSize: readApiConfig({}).maxPageSize });
}, 120_000);

describe('GraphQL examples in the README and the docs', () => {
  test('there are examples to check, the README among them', () => {
    expect(EXAMPLES.some((e) => e.where.startsWith('README.md'))).toBe(true);
  });

  test.each(EXAMPLES.map((e) => [e.where, e.source] as const))('%s validates against the schema', (_where, source) => {
    // A block may list several queries one after another: each is validated as the request it would be.
    const document = parse(source);
    const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition');
    const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      const request = { ...document, definitions: [operation, ...fragments] };
      expect(validate(schema, request, specifiedRules).map((e) => e.message)).toEqual([]);
    }
  });
});
