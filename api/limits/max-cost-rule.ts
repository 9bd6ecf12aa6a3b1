/**
 * A validation rule refusing operations whose estimated cost exceeds `maxCost` (see measure-operation.ts for the
 * model: fields cost 1, lists multiply by their page, introspection roots have a fixed price) and introspection that
 * expands a type reached through another type. Example with defaultListSize 10: `{ policies { id articles { id } } }`
 * costs 1 + 10 × (1 + 1 + 10 × 1) = 121.
 */
import { GraphQLError } from '../graphql.ts';
import type { ASTVisitor, ValidationContext } from 'graphql';
import { TIMED_FIELD_COST, measureOperation, type CostOptions } from './measure-operation.ts';

export type { CostOptions } from './measure-operation.ts';

/** Says what the timed fields added, and their prices, so a client knows to split the request. */
function timedNote(timed: number): string {
  const prices = Object.entries(TIMED_FIELD_COST)
    .map(
      ([field, price]) =>
        `${field.replace(/^Query\./, '')} ${price}${field === 'Query.sources' ? ` (${2 * price} of scope ALL)` : ''}`,
    )
    .join(', ');
  return ` (${timed} of it for fields priced by their time per call: ${prices}; send them in several requests)`;
}

/** Builds the cost-limit validation rule. */
export function maxCostRule(maxCost: number, options: CostOptions): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(operation) {
      const { cost, timed, recursion } = measureOperation(
        context.getSchema(),
        context.getDocument(),
        operation,
        options,
      );
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
          new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}${timed ? timedNote(timed) : ''}`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, ...(timed ? { timedCost: timed } : {}) },
          }),
        );
      }
    },
  });
}
