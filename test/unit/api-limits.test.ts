import { buildSchemaFromSDL as buildGraphQLSchema, parse, specifiedRules, validate } from '../../api/graphql.ts';
import { describe, expect, test } from 'vitest';
import { maxCostRule } from '../../api/limits/max-cost-rule.ts';
import { maxDepthRule } from '../../api/limits/max-depth-rule.ts';
import { capLimit, withPageLimits } from '../../api/limits/page-size.ts';

const schema = buildGraphQLSchema(`
  type Query { policies(limit: Int): [Policy!]! policy: Policy }
  type Policy { id: ID! title: String articles(limit: Int): [Article!]! }
  type Article { id: ID! policy: Policy alignsWith: [Article!]! }
`);

function errorsOf(query: string, rule: ReturnType<typeof maxDepthRule>) {
  return validate(schema, parse(query), [...specifiedRules, rule]).map((e) => ({ message: e.message, code: e.extensions.code }));
}

describe('depth limit', () => {
  test.each([
    ['{ policy { id } }', 2],
    ['{ policy { articles { policy { id } } } }', 4],
    ['{ policy { ...P } } fragment P on Policy { articles { id } }', 3],
    ['{ policy { ... on Policy { articles { id } } } }', 3],
    ['{ __schema { types { fields { type { ofType { name } } } } } policy { id } }', 2],
  ])('%s has depth %i: accepted at that depth, refused one below', (query, depth) => {
    expect(errorsOf(query, maxDepthRule(depth))).toEqual([]);
    expect(errorsOf(query, maxDepthRule(depth - 1))).toEqual([
      { message: `Query depth ${depth} exceeds the maximum of ${depth - 1}`, code: 'QUERY_TOO_DEEP' },
    ]);
  });
});

describe('cost limit', () => {
  const options = { maxPageSize: 50, defaultListSize: 10 };
  test.each([
    // 1 (policy) + 1 (id)
    ['{ policy { id } }', 2],
    // policies: 1 + 10 × (id 1 + articles (1 + 10 × id 1)) = 1 + 10 × 12
    ['{ policies { id articles { id } } }', 121],
    // a literal limit counts as the list size
    ['{ policies(limit: 3) { id } }', 4],
    // a limit over the page size counts as the page size
    ['{ policies(limit: 1000) { id } }', 51],
    // a variable limit counts as the page size
    ['query Q($n: Int) { policies(limit: $n) { id } }', 51],
    // fragments are expanded
    ['{ policies(limit: 2) { ...F } } fragment F on Policy { id title }', 5],
  ])('%s costs %i: accepted at that cost, refused one below', (query, cost) => {
    expect(errorsOf(query, maxCostRule(cost, options))).toEqual([]);
    expect(errorsOf(query, maxCostRule(cost - 1, options))).toEqual([
      { message: `Query cost ${cost} exceeds the maximum of ${cost - 1}`, code: 'QUERY_TOO_COSTLY' },
    ]);
  });
});

describe('page size', () => {
  test.each([
    [undefined, 20],
    [null, 20],
    [5, 5],
    [500, 100],
    [0, 1],
    [-3, 1],
    [7.9, 7],
  ])('capLimit(%j) → %i', (requested, expected) => {
    expect(capLimit(requested, 20, 100)).toBe(expected);
  });

  test('withPageLimits adds @limit to @node types only and keeps an explicit one', () => {
    const out = withPageLimits(
      'type A @node { id: ID! }\ntype B @node @limit(max: 5) { id: ID! }\ntype C { id: ID! }',
      { default: 20, max: 100 },
    );
    expect(out).toContain('type A @node @limit(default: 20, max: 100)');
    expect(out).toContain('type B @node @limit(max: 5)');
    expect(out).toMatch(/type C \{/);
  });

  test('the default never exceeds the maximum', () => {
    expect(withPageLimits('type A @node { id: ID! }', { default: 20, max: 10 })).toContain('@limit(default: 10, max: 10)');
  });
});
