import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { parse, specifiedRules, validate } from '../../api/graphql.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSchema, readApiConfig, DEFAULT_LIST_SIZE } from '../../api/index.ts';
import { maxCostRule } from '../../api/limits/max-cost-rule.ts';
import { measureOperation, TIMED_FIELD_COST } from '../../api/limits/measure-operation.ts';
import { maxDepthRule } from '../../api/limits/max-depth-rule.ts';
import * as Q from '../../viewer/src/queries.ts';

// Every document the viewer sends must validate against the API's real schema under its default limits
// (page size, depth, cost): a renamed field or an over-expensive query fails here, not in front of a user.
const config = readApiConfig({});
let schema: GraphQLSchema;
beforeAll(async () => {
  // api/graphql.ts is the one graphql instance the schema and the limit rules share.
  schema = await buildSchema({ maxPageSize: config.maxPageSize });
});

const documents = Object.entries(Q)
  .filter(([, v]) => typeof v === 'string' && /^(query|mutation)/.test(v as string))
  .map(([name, v]) => [name, v as string] as const);
const mutations = (['confirmAlignment', 'rejectAlignment'] as const).map(
  (verb) => [`REVIEW_MUTATION(${verb})`, Q.REVIEW_MUTATION(verb)] as const,
);

describe('viewer GraphQL documents', () => {
  test('cover every operation the viewer uses', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'AGENCY_ARTICLES_QUERY',
      'ARTICLE_DETAILS_QUERY',
      'ARTICLE_NEIGHBOURS_QUERY',
      'ARTICLE_PAGE_QUERY',
      'ARTICLE_PEERS_QUERY',
      'ARTICLE_SOURCES_QUERY',
      'COMPARE_ANYWAY_QUERY',
      'COMPARE_QUERY',
      'COVERAGE_QUERY',
      'LIKELY_PARENTS_QUERY',
      'LINEAGE_QUERY',
      'OVERVIEW_QUERY',
      'POLICIES_QUERY',
      'POLICY_ARTICLE_PAGE_QUERY',
      'POLICY_BASIS_QUERY',
      'POLICY_NEIGHBOURS_QUERY',
      'POLICY_PAGE_QUERY',
      'REUSE_QUERY',
      'SEARCH_QUERY',
    ]);
  });

  test.each([...documents, ...mutations])('%s validates within the default depth and cost limits', (_name, text) => {
    const rules = [
      ...specifiedRules,
      maxDepthRule(config.maxQueryDepth),
      maxCostRule(config.maxQueryCost, { maxPageSize: config.maxPageSize, defaultListSize: DEFAULT_LIST_SIZE }),
    ];
    expect(validate(schema, parse(text), rules).map((e) => e.message)).toEqual([]);
  });
});

test('the check has teeth: a one-shot overview with nested articles and alignments is refused for cost', () => {
  const overview =
    'query { policies { id articles { id alignsWithConnection { edges { properties { id score class status evidenceJson } node { id } } } } } }';
  const rules = [
    ...specifiedRules,
    maxCostRule(config.maxQueryCost, { maxPageSize: config.maxPageSize, defaultListSize: DEFAULT_LIST_SIZE }),
  ];
  expect(validate(schema, parse(overview), rules).map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COSTLY']);
  expect(validate(schema, parse('query { policies { nope } }'), specifiedRules).map((e) => e.message)).toEqual([
    'Cannot query field "nope" on type "Policy".',
  ]);
});

test('every field priced by its time is a field of the real schema (a rename would leave it unpriced)', () => {
  for (const key of Object.keys(TIMED_FIELD_COST)) {
    const [type, field] = key.split('.') as [string, string];
    const named = schema.getType(type) as { getFields?: () => Record<string, unknown> } | undefined;
    expect(named?.getFields?.()[field], key).toBeDefined();
  }
});

test('an article’s sources and its peers are each priced as one ranking: their scope is written, not a variable', () => {
  for (const query of [Q.ARTICLE_SOURCES_QUERY, Q.ARTICLE_PEERS_QUERY]) {
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const options = { maxPageSize: config.maxPageSize, defaultListSize: DEFAULT_LIST_SIZE };
    expect(measureOperation(schema, document, operation, options).timed).toBe(TIMED_FIELD_COST['Query.sources']);
  }
});
