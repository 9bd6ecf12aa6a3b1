/**
 * A validation rule refusing operations whose estimated cost exceeds `maxCost` (see measure-operation.ts for the
 * model: fields cost 1, lists multiply by their page, introspection roots have a fixed price) and introspection that
 * expands a type reached through another type. Example with defaultListSize 10: `{ policies { id articles { id } } }`
 * costs 1 + 10 × (1 + 1 + 10 × 1) = 121.
 */
import { GraphQLError } from '../graphql.ts';
import type { ASTVisitor, ValidationContext } from 'graphql';
import { ENGINE_FIELD_COST, measureOperation, type CostOptions } from './measure-operation.ts';

export type { CostOptions } from './measure-operation.ts';

/** Says what the engine fields added, and their prices, so a client knows to split the request. */
function engineNote(engine: number): string {
  const prices = Object.entries(ENGINE_FIELD_COST)
    .map(([field, price]) => `${field.replace(/^Query\./, '')} ${price}`)
    .join(', ');
  return ` (${engine} of it for fields that run the alignment engine, each priced by its time: ${prices}; send them in several requests)`;
}

/** Builds the cost-limit validation rule. */
export function maxCostRule(maxCost: number, options: CostOptions): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(operation) {
      const { cost, engine, recursion } = measureOperation(
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
          new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}${engine ? engineNote(engine) : ''}`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, ...(engine ? { engineCost: engine } : {}) },
          }),
        );
      }
    },
  });
}
