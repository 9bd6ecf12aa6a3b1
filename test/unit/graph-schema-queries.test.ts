// buildSchemaQueries: the statements ensureSchema runs, checked against graph/MODEL.md's index section.
import { describe, expect, test } from 'vitest';
import { buildSchemaQueries } from '../../graph/index.ts';

describe('buildSchemaQueries', () => {
  const statements = buildSchemaQueries().map((q) => q.cypher);

  test('one idempotent uniqueness constraint on id per node label of MODEL.md', () => {
    const constraints = statements.filter((s) => s.startsWith('CREATE CONSTRAINT'));
    expect(constraints).toEqual(
      ['Policy', 'Part', 'Section', 'Article', 'Item', 'Agency', 'Jurisdiction', 'Goal', 'Event', 'Work', 'Book'].map(
        (label) =>
          `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:\`${label}\`) REQUIRE n.id IS UNIQUE`,
      ),
    );
  });

  test('property indexes on Policy.docNumber, titleKey, tier, file, workId, policyId of Article, Part and Section, and ALIGNS_WITH.id', () => {
    expect(statements.filter((s) => s.startsWith('CREATE INDEX'))).toEqual([
      'CREATE INDEX policy_docNumber IF NOT EXISTS FOR (n:`Policy`) ON (n.`docNumber`)',
      'CREATE INDEX policy_titleKey IF NOT EXISTS FOR (n:`Policy`) ON (n.`titleKey`)',
      'CREATE INDEX policy_tier IF NOT EXISTS FOR (n:`Policy`) ON (n.`tier`)',
      'CREATE INDEX policy_file IF NOT EXISTS FOR (n:`Policy`) ON (n.`file`)',
      'CREATE INDEX policy_workId IF NOT EXISTS FOR (n:`Policy`) ON (n.`workId`)',
      'CREATE INDEX article_policyId IF NOT EXISTS FOR (n:`Article`) ON (n.`policyId`)',
      'CREATE INDEX part_policyId IF NOT EXISTS FOR (n:`Part`) ON (n.`policyId`)',
      'CREATE INDEX section_policyId IF NOT EXISTS FOR (n:`Section`) ON (n.`policyId`)',
      'CREATE INDEX aligns_with_id IF NOT EXISTS FOR ()-[r:`ALIGNS_WITH`]-() ON (r.`id`)',
    ]);
  });

  test('a text index on Policy.titleKey (the importer looks titles up by ENDS WITH)', () => {
    expect(statements.filter((s) => s.startsWith('CREATE TEXT INDEX'))).toEqual([
      'CREATE TEXT INDEX policy_titleKey_text IF NOT EXISTS FOR (n:`Policy`) ON (n.`titleKey`)',
    ]);
  });

  test('the full-text index policygraph_text uses the cjk analyzer and is read-your-writes', () => {
    const fulltext = statements.filter((s) => s.startsWith('CREATE FULLTEXT INDEX'));
    expect(fulltext).toEqual([
      'CREATE FULLTEXT INDEX policygraph_text IF NOT EXISTS FOR (n:`Policy`|`Part`|`Article`|`Agency`) ' +
        'ON EACH [n.`title`, n.`docNumber`, n.`heading`, n.`text`, n.`name`] ' +
        "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }",
    ]);
  });

  test('every statement is idempotent (IF NOT EXISTS)', () => {
    expect(statements.every((s) => s.includes(' IF NOT EXISTS '))).toBe(true);
    expect(statements).toHaveLength(22);
  });
});
