/**
 * A validation rule refusing operations whose estimated cost exceeds `maxCost` (see measure-operation.ts for the
 * model: fields cost 1, lists multiply by their page, introspection roots have a fixed price) and introspection that
 * expands a type reached through another type. Example with defaultListSize 10: `{ policies { id articles { id } } }`
 * costs 1 + 10 × (1 + 1 + 10 × 1) = 121.
 */
import { GraphQLError } from '../graphql.ts';
import type { ASTVisitor, ValidationContext } from 'graphql';
import { measureOperation, type CostOptions } from './measure-operation.ts';

export type { CostOptions } from './measure-operation.ts';

/** Builds the cost-limit validation rule. */
export function maxCostRule(maxCost: number, options: CostOptions): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(operation) {
      const { cost, recursion } = measureOperation(context.getSchema(), context.getDocument(), operation, options);
      if (recursion !== undefined) {
        context.reportError(
          new GraphQLError(
            `Introspection may not expand a type reached through another type's members (${recursion})`,
            {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_COSTLY', path: recursion },
            },
          ),
        );
      }
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
