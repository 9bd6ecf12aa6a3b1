import { describe, expect, test } from 'vitest';
import { buildSchema } from '../../api/build-schema.ts';
import { buildHydrationDocument } from '../../api/hydrate-nodes.ts';
import { execute, parse, print } from '../../api/graphql.ts';
import { customResolvers } from '../../api/resolvers/index.ts';
import type { GraphQLResolveInfo } from 'graphql';

describe('the built schema (no database needed)', async () => {
  const schema = await buildSchema({ maxPageSize: 50 });

  test('the only mutations are the four curation mutations', () => {
    expect(Object.keys(schema.getMutationType()!.getFields())).toEqual([
      'confirmAlignment',
      'rejectAlignment',
      'addAlignment',
      'setPolicyTier',
    ]);
  });

  test('the custom queries have the contract arguments', () => {
    const fields = schema.getQueryType()!.getFields();
    const signature = (name: string) =>
      `${name}(${fields[name]!.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')}): ${String(fields[name]!.type)}`;
    expect(
      ['policyByNumber', 'search', 'lineage', 'compare', 'coverage', 'policy', 'versions', 'versionDiff'].map(
        signature,
      ),
    ).toEqual([
      'policyByNumber(docNumber: String!): Policy',
      'search(phrase: String!, limit: Int): [SearchHit!]!',
      'lineage(articleId: ID!, direction: LineageDirection, maxDepth: Int, asOf: String, counterpartsOnly: Boolean): [LineageStep!]!',
      'compare(lowerPolicyId: ID!, upperPolicyId: ID!, asOf: String): Comparison!',
      'coverage(upperPolicyId: ID!, tier: Tier, asOf: String): Coverage!',
      'policy(id: ID, docNumber: String, title: String, asOf: String): Policy',
      'versions(workId: ID!): [Policy!]!',
      'versionDiff(from: ID!, to: ID!): VersionDiff!',
    ]);
  });

  test('the custom queries run their own resolvers, not the library wrapper; generated reads keep it', () => {
    const fields = schema.getQueryType()!.getFields();
    for (const [name, resolve] of Object.entries(customResolvers.Query)) expect(fields[name]!.resolve).toBe(resolve);
    expect(fields.policies!.resolve).toBeTypeOf('function');
    expect(Object.values(customResolvers.Query)).not.toContain(fields.policies!.resolve);
  });

  test('a custom query answers from a context without a driver (the library wrapper would refuse it)', async () => {
    const rows = [
      {
        depth: 1,
        fromId: 'l#a1',
        toId: 'u#a1',
        alignmentId: 'l#a1->u#a1',
        score: 0.8,
        class: 'almost_identical',
        status: 'suggested',
        evidence: '[]',
        fromNode: { id: 'l#a1', heading: null },
        toNode: { id: 'u#a1', heading: '总则' },
      },
    ];
    const result = await execute({
      schema,
      document: parse('{ lineage(articleId: "l#a1") { depth from { id } to { id heading } } }'),
      contextValue: { runner: { read: async () => rows, write: async () => [] } },
    });
    expect(result).toEqual({
      data: { lineage: [{ depth: 1, from: { id: 'l#a1' }, to: { id: 'u#a1', heading: '总则' } }] },
    });
  });

  test('generated reads with filtering, sorting and cursor pagination exist for every node type', () => {
    const fields = Object.keys(schema.getQueryType()!.getFields());
    for (const root of [
      'policies',
      'parts',
      'articles',
      'items',
      'agencies',
      'jurisdictions',
      'goals',
      'events',
      'works',
    ]) {
      expect(fields).toContain(root);
      expect(fields).toContain(`${root}Connection`);
    }
    // jurisdictions is the custom lookup by name (issue 13); its connection stays generated.
    const jurisdictions = schema.getQueryType()!.getFields().jurisdictions!;
    expect(jurisdictions.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['name: String', 'tier: Tier']);
    const place = schema.getType('Jurisdiction') as import('graphql').GraphQLObjectType;
    expect(Object.keys(place.getFields())).toEqual(
      expect.arrayContaining(['parent', 'children', 'policies', 'policiesWithin', 'code', 'notInMap']),
    );
    expect(
      schema
        .getQueryType()!
        .getFields()
        .policiesConnection!.args.map((a) => a.name),
    ).toEqual(['first', 'after', 'where', 'sort']);
  });

  test('Article carries policy (nullable), number Int! and alignments with properties', () => {
    const article = schema.getType('Article') as import('graphql').GraphQLObjectType;
    const f = article.getFields();
    expect(String(f.policy!.type)).toBe('Policy');
    expect(String(f.number!.type)).toBe('Int!');
    expect(Object.keys(f)).toEqual(
      expect.arrayContaining([
        'alignsWith',
        'alignedFrom',
        'alignsWithConnection',
        'leadAgencies',
        'cooperatingAgencies',
      ]),
    );
  });
});

describe('hydration query', () => {
  test('selects the id and the client selection, filters by the id list and keeps the operation variables and fragments', () => {
    const document = parse(
      'query Q($n: Int) { lineage(articleId: "a") { from { heading ...F } } } fragment F on Article { number }',
    );
    const operation = document.definitions[0] as import('graphql').OperationDefinitionNode;
    const lineage = operation.selectionSet.selections[0] as import('graphql').FieldNode;
    const from = lineage.selectionSet!.selections[0] as import('graphql').FieldNode;
    const info = {
      fieldNodes: [from],
      operation,
      fragments: { F: document.definitions[1] },
    } as unknown as GraphQLResolveInfo;
    expect(print(buildHydrationDocument('Article', info, 3))).toBe(
      [
        'query ($n: Int, $__ids: [ID!]!) {',
        '  __nodes: articles(where: {id: {in: $__ids}}, limit: 3) {',
        '    __hydrateId: id',
        '    heading',
        '    ...F',
        '  }',
        '}',
        '',
        'fragment F on Article {',
        '  number',
        '}',
      ].join('\n'),
    );
  });
});
