// A small @neo4j/graphql 7 schema over the test Neo4j answers a query end to end, and the library's own
// compatibility check (version + required APOC functions) passes on the engine we provide.
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDriver } from '../../graph/create-driver.ts';
import { openTestGraph, resetGraph, testGraphConfig } from '../support/neo4j.ts';

// @neo4j/graphql loads graphql's CommonJS build; vitest's resolver would give this file the ESM build, and graphql
// refuses schema objects from another module instance. Require the same (CommonJS) instance.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const { graph, database } = openTestGraph();
// The library's own compatibility check takes a driver: this test of graph/ may hold one.
const driver = createDriver(testGraphConfig());

const typeDefs = /* GraphQL */ `
  type Policy @node {
    id: ID!
    title: String
    tier: String
    articles: [Article!]! @relationship(type: "HAS_ARTICLE", direction: OUT)
  }
  type Article @node {
    id: ID!
    heading: String
    number: Int
  }
`;

let schema: GraphQLSchema;
let neoSchema: Neo4jGraphQL;

beforeAll(async () => {
  await resetGraph(graph);
  await graph.write([
    {
      cypher: `CREATE (p:Policy {id: $id, title: $title, tier: 'provincial'})
               WITH p UNWIND $articles AS a
               CREATE (p)-[:HAS_ARTICLE]->(:Article {id: a.id, heading: a.heading, number: a.number})`,
      params: {
        id: '桂政办发〔2021〕87号',
        title: '关于促进广西高新技术产业开发区高质量发展的若干措施',
        articles: [
          { id: '桂政办发〔2021〕87号#p1/a2', heading: '推动高新区扩容提质', number: 2 },
          { id: '桂政办发〔2021〕87号#p1/a1', heading: '加快创建国家高新区', number: 1 },
        ],
      },
    },
  ]);
  neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  schema = await neoSchema.getSchema();
});
afterAll(async () => {
  await graph.close();
  await driver.close();
});

describe('@neo4j/graphql over the test Neo4j', () => {
  test('checkNeo4jCompat passes (Neo4j 5 with the APOC functions the library needs)', async () => {
    await expect(neoSchema.checkNeo4jCompat({ sessionConfig: { database } })).resolves.toBeUndefined();
  });

  test('answers a nested query with filter and sort', async () => {
    const result = await graphql({
      schema,
      source: `query ($id: ID!) {
        policies(where: { id: { eq: $id } }) { id title tier articles(sort: [{ number: ASC }]) { id heading number } }
      }`,
      variableValues: { id: '桂政办发〔2021〕87号' },
      contextValue: { sessionConfig: { database } },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      policies: [
        {
          id: '桂政办发〔2021〕87号',
          title: '关于促进广西高新技术产业开发区高质量发展的若干措施',
          tier: 'provincial',
          articles: [
            { id: '桂政办发〔2021〕87号#p1/a1', heading: '加快创建国家高新区', number: 1 },
            { id: '桂政办发〔2021〕87号#p1/a2', heading: '推动高新区扩容提质', number: 2 },
          ],
        },
      ],
    });
  });
});
