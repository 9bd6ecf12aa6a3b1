/**
 * A validation rule refusing operations nested deeper than `maxDepth` fields (fragments expanded, each measured
 * once: see measure-operation.ts; introspection counted except its `ofType` chains). Example: with maxDepth 2,
 * `{ policies { articles { id } } }` (depth 3) fails with extensions.code QUERY_TOO_DEEP.
 */
import { GraphQLError } from '../graphql.ts';
import type { ASTVisitor, ValidationContext } from 'graphql';
import { measureOperation, type CostOptions } from './measure-operation.ts';

/** Builds the depth-limit validation rule. */
export function maxDepthRule(
  maxDepth: number,
  options: CostOptions = { maxPageSize: 100, defaultListSize: 10 },
): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(operation) {
      const { depth } = measureOperation(context.getSchema(), context.getDocument(), operation, options);
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`Query depth ${depth} exceeds the maximum of ${maxDepth}`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth },
          }),
        );
      }
    },
  });
}
