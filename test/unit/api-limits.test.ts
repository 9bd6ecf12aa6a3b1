import { buildSchemaFromSDL as buildGraphQLSchema, parse, specifiedRules, validate } from '../../api/graphql.ts';
import { describe, expect, test } from 'vitest';
import { maxCostRule } from '../../api/limits/max-cost-rule.ts';
import { maxDepthRule } from '../../api/limits/max-depth-rule.ts';
import { capLimit, withPageLimits } from '../../api/limits/page-size.ts';
import { propertiesRule } from '../../api/limits/properties-rule.ts';
import { getIntrospectionQuery } from 'graphql';

const schema = buildGraphQLSchema(`
  type Query { policies(limit: Int): [Policy!]! policy: Policy }
  type Policy { id: ID! title: String articles(limit: Int): [Article!]! }
  type Article { id: ID! policy: Policy alignsWith: [Article!]! alignments(limit: Int): [Alignment!]! }
  type Alignment { score: Float evidence: [EvidenceSpan!]! }
  type EvidenceSpan { lowerText: String! upperText: String! }
`);

function errorsOf(query: string, rule: ReturnType<typeof maxDepthRule>) {
  return validate(schema, parse(query), [...specifiedRules, rule]).map((e) => ({
    message: e.message,
    code: e.extensions.code,
  }));
}

describe('depth limit', () => {
  test.each([
    ['{ policy { id } }', 2],
    ['{ policy { articles { policy { id } } } }', 4],
    ['{ policy { ...P } } fragment P on Policy { articles { id } }', 3],
    ['{ policy { ... on Policy { articles { id } } } }', 3],
    // introspection counts, except the ofType chain of a type reference
    ['{ __schema { types { fields { type { ofType { ofType { name } } } } } } policy { id } }', 5],
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
    // limit 0 and negative limits count as the page the library really returns (the page size), not 0 or less
    ['{ policies(limit: 0) { id } }', 51],
    ['{ policies(limit: -5) { id articles(limit: -1) { id } } }', 1 + 50 * (1 + 1 + 50)],
    // evidence spans are parsed from one stored property: their list counts as one item, not a page
    // policies 1 + 2 × (articles 1 + 1 × (alignments 1 + 3 × (score 1 + evidence (1 + 1 × 2))))
    [
      '{ policies(limit: 2) { articles(limit: 1) { alignments(limit: 3) { score evidence { lowerText upperText } } } } }',
      1 + 2 * (1 + 1 * (1 + 3 * (1 + 1 + 2))),
    ],
    // introspection is counted: a fixed price per __schema / __type, __typename free
    ['{ a: __schema { types { name } } b: __type(name: "Policy") { name } __typename }', 1050],
  ])('%s costs %i: accepted at that cost, refused one below', (query, cost) => {
    expect(errorsOf(query, maxCostRule(cost, options))).toEqual([]);
    expect(errorsOf(query, maxCostRule(cost - 1, options))).toEqual([
      { message: `Query cost ${cost} exceeds the maximum of ${cost - 1}`, code: 'QUERY_TOO_COSTLY' },
    ]);
  });
});

describe('fields that do fixed work per call are priced by their time (issue 15)', () => {
  const engineSchema = buildGraphQLSchema(`
    type Query {
      sources(articleId: ID!, scope: SourceScope, limit: Int): [SourceMatch!]!
      likelyParents(policyId: ID!, limit: Int): [LikelyParent!]!
      reuse(policyId: ID!): [ReuseMatch!]!
      compare: Comparison!
      coverage(upperPolicyId: ID!): Coverage!
      versionDiff(from: ID!, to: ID!): VersionDiff!
      policyOverview(maxDocuments: Int): PolicyOverview!
    }
    type PolicyOverview { total: Int! }
    type Coverage { rows: [CoverageRow!]! }
    type CoverageRow { lowerDocumentCount: Int! }
    type VersionDiff { unchanged: Int! }
    enum SourceScope { UPPER PEER ALL }
    type SourceMatch { score: Float! }
    type LikelyParent { score: Float! }
    type ReuseMatch { share: Float! }
    type Comparison { pairs: [ComparedPair!]! }
    type ComparedPair { score: Float! changes: [Change!]! }
    type Change { verdict: String! }
  `);
  const options = { maxPageSize: 50, defaultListSize: 10 };
  const check = (query: string, maxCost: number) =>
    validate(engineSchema, parse(query), [...specifiedRules, maxCostRule(maxCost, options)]).map((e) => ({
      message: e.message,
      code: e.extensions.code,
      timedCost: e.extensions.timedCost,
    }));

  test.each([
    // sources: 1 + 1000 + 3 × score, for one scope; ALL (the default, or a scope not written) ranks two and pays twice
    ['{ sources(articleId: "a", scope: UPPER, limit: 3) { score } }', 1004, 1000],
    ['{ sources(articleId: "a", scope: PEER, limit: 3) { score } }', 1004, 1000],
    ['{ sources(articleId: "a", limit: 3) { score } }', 2004, 2000],
    ['{ sources(articleId: "a", scope: ALL, limit: 3) { score } }', 2004, 2000],
    ['query ($s: SourceScope) { sources(articleId: "a", scope: $s, limit: 3) { score } }', 2004, 2000],
    ['{ likelyParents(policyId: "p") { score } }', 1 + 500 + 10, 500],
    ['{ reuse(policyId: "p") { share } }', 1 + 250 + 10, 250],
    // compare 1 + 500 + pairs (1 + 10 × (score 1 + changes (1 + 5 + 10 × verdict 1))): changes priced per pair
    ['{ compare { pairs { score changes { verdict } } } }', 1 + 500 + 1 + 10 * (1 + 1 + 5 + 10), 550],
    // coverage and versionDiff read whole documents whatever they select
    ['{ coverage(upperPolicyId: "p") { rows { lowerDocumentCount } } }', 1 + 250 + 1 + 10, 250],
    ['{ versionDiff(from: "a", to: "b") { unchanged } }', 1 + 250 + 1, 250],
    // aliases each pay, and fragments carry their price to every spread
    [
      '{ a: sources(articleId: "a", scope: UPPER, limit: 1) { score } b: sources(articleId: "b", limit: 1) { score } }',
      1002 + 2002,
      3000,
    ],
    [
      '{ ...S ...S2 } fragment S on Query { s: sources(articleId: "a", scope: PEER, limit: 1) { score } } fragment S2 on Query { t: sources(articleId: "b", scope: PEER, limit: 1) { score } }',
      2 * 1002,
      2000,
    ],
  ])('%s costs %i, %i of it for the timed fields', (query, cost, timedCost) => {
    expect(check(query, cost)).toEqual([]);
    expect(check(query, cost - 1)).toEqual([
      {
        message: `Query cost ${cost} exceeds the maximum of ${cost - 1} (${timedCost} of it for fields priced by their time per call: sources 1000 (2000 of scope ALL), likelyParents 500, reuse 250, compare 500, ComparedPair.changes 5, Comparison.partPairs 50, coverage 250, versionDiff 250, policyOverview 500; send them in several requests)`,
        code: 'QUERY_TOO_COSTLY',
        timedCost,
      },
    ]);
  });

  test('under the default limit of 5000 one request holds four sources of 50 of one scope, not five; two of ALL, not three', () => {
    const aliased = (n: number, scope = '') =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: sources(articleId: "a${i}",${scope} limit: 50) { score }`).join(' ')} }`;
    expect(check(aliased(4, ' scope: PEER,'), 5000)).toEqual([]);
    expect(check(aliased(5, ' scope: PEER,'), 5000)).toHaveLength(1);
    expect(check(aliased(2), 5000)).toEqual([]);
    expect(check(aliased(3), 5000)).toHaveLength(1);
  });

  test('one request holds 19 coverage or versionDiff, not 20 (100 aliased coverage ran 2.9 s before they were priced)', () => {
    const aliased = (n: number, field: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    const coverage = 'coverage(upperPolicyId: "p") { rows { lowerDocumentCount } }';
    const versionDiff = 'versionDiff(from: "a", to: "b") { unchanged }';
    for (const field of [coverage, versionDiff]) {
      expect(check(aliased(19, field), 5000)).toEqual([]);
      expect(check(aliased(20, field), 5000)).toHaveLength(1);
    }
  });

  test('one request holds 9 policyOverview, not 10 (300 aliased ran 3.9 s before it was priced)', () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: policyOverview { total }`).join(' ')} }`;
    expect(check(aliased(9), 5000)).toEqual([]);
    expect(check(aliased(10), 5000)).toHaveLength(1);
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
    expect(withPageLimits('type A @node { id: ID! }', { default: 20, max: 10 })).toContain(
      '@limit(default: 10, max: 10)',
    );
  });
});

describe('attacks on the limits (issue 16)', () => {
  const options = { maxPageSize: 50, defaultListSize: 10 };
  const rules = [...specifiedRules, maxDepthRule(10, options), maxCostRule(5000, options)];

  test('fragment fan-out: 40 levels of fragments spreading the previous one twice are measured at once and refused', () => {
    const fragments = ['fragment F0 on Article { id }'];
    for (let i = 1; i <= 39; i++) fragments.push(`fragment F${i} on Article { ...F${i - 1} ...F${i - 1} }`);
    const query = `{ policy { articles { ...F39 } } } ${fragments.join(' ')}`;
    const started = performance.now();
    const errors = validate(schema, parse(query), rules);
    expect(performance.now() - started).toBeLessThan(500);
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0]!.message).toBe(`Query cost ${1 + 1 + 10 * 2 ** 39} exceeds the maximum of 5000`);
  });

  test('600 aliases of __schema are refused for cost', () => {
    const aliases = Array.from({ length: 600 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(
      ' ',
    );
    expect(validate(schema, parse(`{ ${aliases} }`), rules).map((e) => e.message)).toEqual([
      'Query cost 600000 exceeds the maximum of 5000',
    ]);
  });

  test('introspection that expands a type reached through another type is refused; the standard introspection query passes', () => {
    const recursive = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    // graphql-js's own MaxIntrospectionDepthRule refuses it too (three levels of fields); ours already at the second.
    const once = '{ __schema { types { fields { type { fields { name } } } } } }';
    expect(validate(schema, parse(once), rules).map((e) => e.message)).toEqual([
      "Introspection may not expand a type reached through another type's members (query.__schema.types.fields.type.fields)",
    ]);
    expect(validate(schema, parse(recursive), rules).map((e) => e.message)).toContain(
      "Introspection may not expand a type reached through another type's members (query.__schema.types.fields.type.fields)",
    );
    expect(validate(schema, parse(getIntrospectionQuery()), rules)).toEqual([]);
  });
});

describe("a relationship's properties selecting only __typename", () => {
  // @neo4j/graphql 7 sends `RETURN {} AS …` for it, which Neo4j refuses: the client got DATABASE_ERROR.
  const edges = buildGraphQLSchema(`
    type Query { policies: [Policy!]! }
    type Policy { id: ID! implementsConnection: PolicyImplementsConnection! }
    type PolicyImplementsConnection { edges: [PolicyImplementsRelationship!]! }
    type PolicyImplementsRelationship { properties: Implementation! node: Policy! }
    type Implementation { inferred: Boolean line: Int }
  `);
  const errors = (query: string) =>
    validate(edges, parse(query), [...specifiedRules, propertiesRule]).map((e) => e.message);
  test.each([
    ['{ policies { implementsConnection { edges { properties { __typename } } } } }', 1],
    ['{ policies { implementsConnection { edges { properties { ... on Implementation { __typename } } } } } }', 1],
    ['{ policies { implementsConnection { edges { properties { __typename inferred } } } } }', 0],
    [
      '{ policies { implementsConnection { edges { properties { ...P } } } } } fragment P on Implementation { line }',
      0,
    ],
    ['{ policies { implementsConnection { edges { node { __typename } } } } }', 0],
  ])('%s → %i error(s)', (query, count) => {
    expect(errors(query)).toHaveLength(count);
  });
  test('the message names the type and some of its fields', () => {
    expect(errors('{ policies { implementsConnection { edges { properties { __typename } } } } }')).toEqual([
      'properties of PolicyImplementsRelationship selects only __typename: select one of its fields as well (inferred, line, …)',
    ]);
  });
});
