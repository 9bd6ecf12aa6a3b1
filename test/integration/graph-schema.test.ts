// ensureSchema against the real test Neo4j: idempotent, exactly graph/MODEL.md's constraints and indexes,
// and a full-text index with the cjk analyzer that finds Chinese article text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureSchema, FULLTEXT_INDEX } from '../../graph/index.ts';
import { createDriver } from '../../graph/create-driver.ts';
import { buildTitleKey } from '../../import/index.ts';
import { buildKnownPolicyLookup } from '../../import/write/lookup-known-policies.ts';
import { openTestGraph, resetGraph, testGraphConfig } from '../support/neo4j.ts';

const { graph, database } = openTestGraph();

beforeAll(async () => {
  await resetGraph(graph);
});
afterAll(() => graph.close());

describe('ensureSchema', () => {
  test('runs twice without error and leaves one uniqueness constraint on id per label', async () => {
    await ensureSchema(graph);
    await ensureSchema(graph);
    const rows = await graph.read({
      cypher:
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN name, labelsOrTypes[0] AS label, properties ORDER BY name",
    });
    expect(rows).toEqual(
      ['Agency', 'Article', 'Book', 'Event', 'Goal', 'Item', 'Jurisdiction', 'Part', 'Policy', 'Section', 'Work'].map(
        (label) => ({
          name: `${label.toLowerCase()}_id`,
          label,
          properties: ['id'],
        }),
      ),
    );
  });

  test('creates the property indexes and the cjk full-text index of MODEL.md', async () => {
    const range = await graph.read({
      cypher:
        'SHOW RANGE INDEXES YIELD name, owningConstraint WHERE owningConstraint IS NULL RETURN name ORDER BY name',
    });
    expect(range.map((r) => r.name)).toEqual([
      'aligns_with_id',
      'article_policyId',
      'part_policyId',
      'policy_docNumber',
      'policy_file',
      'policy_tier',
      'policy_titleKey',
      'policy_workId',
      'section_policyId',
    ]);
    const text = await graph.read({ cypher: 'SHOW TEXT INDEXES YIELD name, labelsOrTypes, properties RETURN *' });
    expect(text).toEqual([{ name: 'policy_titleKey_text', labelsOrTypes: ['Policy'], properties: ['titleKey'] }]);
    const [fulltext] = await graph.read({
      cypher: 'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state RETURN *',
    });
    expect(fulltext).toMatchObject({
      name: FULLTEXT_INDEX,
      state: 'ONLINE',
      labelsOrTypes: ['Policy', 'Part', 'Article', 'Agency'],
      properties: ['title', 'docNumber', 'heading', 'text', 'name'],
    });
    expect((fulltext?.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe(
      'cjk',
    );
  });

  test('the full-text index finds Chinese article text by a word inside it (高新区, 科技)', async () => {
    await graph.write([
      {
        cypher: 'UNWIND $rows AS row CREATE (a:Article {id: row.id, heading: row.heading, text: row.text})',
        params: {
          rows: [
            { id: 'ft#a1', heading: '加快创建国家高新区', text: '支持有条件的自治区级高新区创建国家高新区。' },
            { id: 'ft#a2', heading: '强化创新平台', text: '市科技局牵头建设一批重点实验室。' },
            { id: 'ft#a3', heading: '优化营商环境', text: '深化“放管服”改革，提升政务服务效率。' },
          ],
        },
      },
    ]);
    const search = (q: string) =>
      graph.read({
        cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $q) YIELD node RETURN node.id AS id ORDER BY id`,
        params: { q },
      });
    expect(await search('高新区')).toEqual([{ id: 'ft#a1' }]);
    expect(await search('科技')).toEqual([{ id: 'ft#a2' }]);
    expect(await search('营商环境')).toEqual([{ id: 'ft#a3' }]);
  });

  test("the importer's known-policy lookup is planned with index seeks only: no scan of every Policy", async () => {
    await ensureSchema(graph);
    // A jurisdiction-less title (suffix branch) with a file and a number: every branch of the lookup is in the plan.
    const lookup = buildKnownPolicyLookup([
      {
        titleKey: buildTitleKey('关于加快科技成果转化的实施意见'),
        file: '00001-national.txt',
        id: 'x',
        docNumber: '国发〔2022〕3号',
      },
    ]);
    const driver = createDriver(testGraphConfig());
    const session = driver.session({ database });
    try {
      const plan = (await session.run(`EXPLAIN ${lookup.cypher}`, lookup.params)).summary.plan;
      const operators: string[] = [];
      const walk = (p: typeof plan) => {
        if (!p) return;
        operators.push(p.operatorType.replace(/@.*/, ''));
        p.children.forEach(walk);
      };
      walk(plan);
      expect(operators).toContain('NodeIndexEndsWithScan');
      expect(operators.filter((o) => /Scan$/.test(o) && o !== 'NodeIndexEndsWithScan')).toEqual([]);
    } finally {
      await session.close();
      await driver.close();
    }
  });
});
