import { describe, expect, test } from 'vitest';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { articleScalarProjection, pickScalarSelection } from '../../api/pick-scalar-selection.ts';

/** The field nodes of the first root field's first sub-field, as a resolver of `from` would see them. */
function fieldNodesOf(query: string): FieldNode[] {
  const op = parse(query).definitions[0] as OperationDefinitionNode;
  const root = op.selectionSet.selections[0] as FieldNode;
  return [root.selectionSet!.selections[0] as FieldNode];
}

const preloaded = { id: 'x#a1', heading: '总则', label: '第一条', policyId: 'x', path: 'a1' };

describe('pickScalarSelection', () => {
  test('a selection of preloaded scalars (and __typename) is answered from them', () => {
    expect(
      pickScalarSelection({ fieldNodes: fieldNodesOf('{ lineage { from { id heading __typename } } }') }, preloaded),
    ).toBe(preloaded);
  });

  test('a field not preloaded, a relationship, an alias, an argument, a directive or a fragment needs hydration', () => {
    for (const q of [
      '{ lineage { from { id text } } }',
      '{ lineage { from { id policy { title } } } }',
      '{ lineage { from { h: heading } } }',
      '{ lineage { from { id alignsWith(limit: 1) { id } } } }',
      '{ lineage { from { id heading @include(if: true) } } }',
      '{ lineage { from { ...F } } } fragment F on Article { id }',
      '{ lineage { from { ... on Article { id } } } }',
    ]) {
      expect(pickScalarSelection({ fieldNodes: fieldNodesOf(q) }, preloaded), q).toBeNull();
    }
  });

  test('nothing preloaded means hydration', () => {
    expect(pickScalarSelection({ fieldNodes: fieldNodesOf('{ lineage { from { id } } }') }, undefined)).toBeNull();
  });

  test('the Cypher projection names exactly the preloaded keys', () => {
    expect(articleScalarProjection('a')).toBe(
      '{id: a.id, policyId: a.policyId, label: a.label, heading: a.heading, path: a.path}',
    );
  });
});
