/**
 * A validation rule refusing operations whose estimated cost exceeds `maxCost`. Each field costs 1; the fields
 * under a list multiply by the list's expected size: its `limit`/`first` argument when given as a literal (capped at
 * the page size), the page size when given as a variable, else `defaultListSize`. Example with defaultListSize 10:
 * `{ policies { id articles { id } } }` costs 1 + 10 × (1 + 1 + 10 × 1) = 121.
 */
import { GraphQLError, Kind, getNamedType, getNullableType, isListType, isObjectType, isInterfaceType } from '../graphql.ts';
import type {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLSchema,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/** How list sizes are guessed. */
export interface CostOptions {
  maxPageSize: number;
  defaultListSize: number;
}

function listSize(field: FieldNode, options: CostOptions): number {
  for (const arg of field.arguments ?? []) {
    if (arg.name.value !== 'limit' && arg.name.value !== 'first') continue;
    if (arg.value.kind === Kind.INT) return Math.min(Number(arg.value.value), options.maxPageSize);
    if (arg.value.kind === Kind.VARIABLE) return options.maxPageSize;
  }
  return options.defaultListSize;
}

/** Estimated cost of a selection set on `parent`. */
export function measureCost(
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLNamedType | undefined,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  options: CostOptions,
  seen: ReadonlySet<string> = new Set(),
): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const fieldDef = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      const type = fieldDef ? getNullableType(fieldDef.type) : undefined;
      const multiplier = type && isListType(type) ? listSize(selection, options) : 1;
      const child = fieldDef ? getNamedType(fieldDef.type) : undefined;
      total += 1 + multiplier * measureCost(selection.selectionSet, child, schema, fragments, options, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const onType = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      total += measureCost(selection.selectionSet, onType ?? parent, schema, fragments, options, seen);
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue;
      const onType = schema.getType(fragment.typeCondition.name.value) ?? parent;
      total += measureCost(fragment.selectionSet, onType, schema, fragments, options, new Set([...seen, fragment.name.value]));
    }
  }
  return total;
}

/** Builds the cost-limit validation rule. */
export function maxCostRule(maxCost: number, options: CostOptions): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const root =
        operation.operation === 'mutation'
          ? schema.getMutationType()
          : operation.operation === 'subscription'
            ? schema.getSubscriptionType()
            : schema.getQueryType();
      const cost = measureCost(operation.selectionSet, root ?? undefined, schema, fragments, options);
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost },
          }),
        );
      }
    },
  });
}
