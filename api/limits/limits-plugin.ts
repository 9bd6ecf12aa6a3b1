/**
 * The Apollo plugin that checks what validation rules cannot see: argument values once variables are bound
 * (check-arguments.ts) and the operation type (this API has no subscriptions). Example: `{ policies(limit: $n) { id } }`
 * with `{ "n": -1 }` → HTTP 400, `policies: limit must be at least 1, got -1` (BAD_USER_INPUT), before any Cypher runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from '../graphql.ts';
import type { FragmentDefinitionNode } from 'graphql';
import { checkArguments, type ArgumentLimits } from './check-arguments.ts';

/** Builds the plugin. */
export function limitsPlugin<T extends object>(limits: ArgumentLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are not supported by this API; use a query', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const fragments = document.definitions.filter(
            (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
          );
          const problem = checkArguments(
            operation,
            (request.variables ?? {}) as Record<string, unknown>,
            fragments,
            limits,
          );
          if (problem) throw problem;
        },
      };
    },
  };
}
