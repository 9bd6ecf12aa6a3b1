/**
 * A validation rule refusing a relationship's `properties` that selects nothing but `__typename`: @neo4j/graphql 7
 * translates such a selection to `RETURN {} AS …`, which Neo4j refuses (DATABASE_ERROR for the client). A
 * relationship's edge type is the one named …Relationship (PolicyImplementsRelationship), as the library names it.
 * Example: `{ policies { implementsConnection { edges { properties { __typename } } } } }` → GRAPHQL_VALIDATION_FAILED,
 * "properties of PolicyImplementsRelationship selects only __typename: select one of its fields as well (inferred, …)".
 */
import { GraphQLError, Kind, getNamedType, isObjectType } from '../graphql.ts';
import type { ASTVisitor, SelectionSetNode, ValidationContext } from 'graphql';

/** The field names a selection set asks for, through inline fragments and named fragments. */
function selectedNames(set: SelectionSetNode, context: ValidationContext, seen = new Set<string>()): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return selectedNames(s.selectionSet, context, seen);
    const name = s.name.value;
    const fragment = context.getFragment(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return selectedNames(fragment.selectionSet, context, seen);
  });
}

/** Builds the rule. */
export function propertiesRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const parent = context.getParentType();
      if (node.name.value !== 'properties' || !node.selectionSet || !parent?.name.endsWith('Relationship')) return;
      if (selectedNames(node.selectionSet, context).some((name) => name !== '__typename')) return;
      const type = getNamedType(context.getType() ?? undefined);
      const fields = type && isObjectType(type) ? Object.keys(type.getFields()).slice(0, 3).join(', ') : '';
      context.reportError(
        new GraphQLError(
          `properties of ${parent.name} selects only __typename: select one of its fields as well${fields ? ` (${fields}, …)` : ''}`,
          { nodes: [node] },
        ),
      );
    },
  };
}
