/**
 * Field resolvers of the custom result types: each id a custom resolver returned becomes a full Policy or Article
 * through the request's node loader. Example: `LineageStep.from` reads `step.fromId` and loads that Article with
 * the client's sub-selection.
 */
import { GraphQLError } from '../graphql.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { HydratedType } from '../hydrate-nodes.ts';

type FieldResolver = (source: Record<string, unknown>, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => Promise<unknown>;

/** A non-null node field read from `source[key]`. */
export function nodeField(type: HydratedType, key: string): FieldResolver {
  return async (source, _args, context, info) => {
    const node = await context.loader.load(type, String(source[key]), info);
    if (!node) throw new GraphQLError(`${type} "${String(source[key])}" no longer exists`, { extensions: { code: 'NOT_FOUND' } });
    return node;
  };
}

/** A list of nodes read from the id array `source[key]`, in that order; vanished ids are dropped. */
export function nodeListField(type: HydratedType, key: string): FieldResolver {
  return async (source, _args, context, info) => {
    const ids = (source[key] as string[] | undefined) ?? [];
    const nodes = await Promise.all(ids.map((id) => context.loader.load(type, id, info)));
    return nodes.filter((n) => n !== null);
  };
}

/** Field resolvers for LineageStep, ComparedPair, Comparison, CoverageRow and CoverageCounterpart. */
export const nodeFieldResolvers = {
  LineageStep: { from: nodeField('Article', 'fromId'), to: nodeField('Article', 'toId') },
  ComparedPair: { lower: nodeField('Article', 'lowerId'), upper: nodeField('Article', 'upperId') },
  Comparison: {
    lower: nodeField('Policy', 'lowerPolicyId'),
    upper: nodeField('Policy', 'upperPolicyId'),
    unmatchedUpper: nodeListField('Article', 'unmatchedUpperIds'),
    unmatchedLower: nodeListField('Article', 'unmatchedLowerIds'),
  },
  Coverage: { upper: nodeField('Policy', 'upperPolicyId') },
  CoverageRow: { article: nodeField('Article', 'articleId') },
  CoverageCounterpart: { policy: nodeField('Policy', 'policyId'), articles: nodeListField('Article', 'articleIds') },
};
