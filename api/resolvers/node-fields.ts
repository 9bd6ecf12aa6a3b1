/**
 * Field resolvers of the custom result types: each id a custom resolver returned becomes a full Policy or Article
 * through the request's node loader. Example: `LineageStep.from` reads `step.fromId` and loads that Article with
 * the client's sub-selection.
 */
import { GraphQLError } from '../graphql.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { HydratedType } from '../hydrate-nodes.ts';
import { pickScalarSelection } from '../pick-scalar-selection.ts';

type FieldResolver = (
  source: Record<string, unknown>,
  args: unknown,
  context: ApiContext,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * A value the hydration (api/hydrate-nodes.ts) already resolved: a custom-typed field under a hydrated node is resolved
 * inside the hydration query, and the outer resolver then sees the finished value under its response key, not the ids.
 */
export function resolvedBefore(
  source: Record<string, unknown>,
  key: string,
  info: GraphQLResolveInfo,
): { value: unknown } | undefined {
  const responseKey = String(info.path.key);
  return source[key] === undefined && source[responseKey] !== undefined ? { value: source[responseKey] } : undefined;
}

/**
 * A non-null node field read from `source[key]`. When `preloadKey` names scalars the custom query already returned
 * (`source[preloadKey]`) and the client's sub-selection asks only for those, they are answered without hydration.
 */
export function nodeField(type: HydratedType, key: string, preloadKey?: string): FieldResolver {
  // Synchronous when the answer is at hand: a promise per row and field made graphql-js complete every list of
  // lineage steps asynchronously.
  return (source, _args, context, info) => {
    const before = resolvedBefore(source, key, info);
    if (before) return before.value;
    const preloaded = preloadKey ? (source[preloadKey] as Record<string, unknown> | null | undefined) : null;
    const picked = pickScalarSelection(info, preloaded);
    if (picked) return picked;
    return context.loader.load(type, String(source[key]), info).then((node) => {
      if (!node)
        throw new GraphQLError(`${type} "${String(source[key])}" no longer exists`, {
          extensions: { code: 'NOT_FOUND' },
        });
      return node;
    });
  };
}

/** A nullable node field read from `source[key]`: null when the id is null or the node is gone. */
export function optionalNodeField(type: HydratedType, key: string): FieldResolver {
  return async (source, _args, context, info) => {
    const before = resolvedBefore(source, key, info);
    if (before) return before.value;
    const id = source[key];
    return typeof id === 'string' ? context.loader.load(type, id, info) : null;
  };
}

/** A list of nodes read from the id array `source[key]`, in that order; vanished ids are dropped. */
export function nodeListField(type: HydratedType, key: string): FieldResolver {
  return async (source, _args, context, info) => {
    const before = resolvedBefore(source, key, info);
    if (before) return before.value;
    const ids = (source[key] as string[] | undefined) ?? [];
    // The ids came from this request's own query: a selection of `id` alone is answered from them.
    if (pickScalarSelection(info, { id: '' })) return ids.map((id) => ({ id }));
    const nodes = await Promise.all(ids.map((id) => context.loader.load(type, id, info)));
    return nodes.filter((n) => n !== null);
  };
}

/** Field resolvers for LineageStep, ComparedPair, Comparison, CoverageRow and CoverageCounterpart. */
export const nodeFieldResolvers = {
  LineageStep: { from: nodeField('Article', 'fromId', 'fromNode'), to: nodeField('Article', 'toId', 'toNode') },
  ComparedPair: {
    lower: nodeField('Article', 'lowerId', 'lowerNode'),
    upper: nodeField('Article', 'upperId', 'upperNode'),
  },
  Comparison: {
    lower: nodeField('Policy', 'lowerPolicyId'),
    upper: nodeField('Policy', 'upperPolicyId'),
    unmatchedUpper: nodeListField('Article', 'unmatchedUpperIds'),
    unmatchedLower: nodeListField('Article', 'unmatchedLowerIds'),
  },
  Coverage: { upper: nodeField('Policy', 'upperPolicyId') },
  CoverageRow: { article: nodeField('Article', 'articleId', 'articleNode') },
  CoverageCounterpart: { policy: nodeField('Policy', 'policyId'), articles: nodeListField('Article', 'articleIds') },
  BasisChange: {
    upper: nodeField('Policy', 'upperId'),
    newVersion: optionalNodeField('Policy', 'newVersionId'),
    changedArticles: nodeListField('Article', 'changedArticleIds'),
  },
  ArticleBasisChange: {
    upperArticle: nodeField('Article', 'upperArticleId'),
    newArticle: optionalNodeField('Article', 'newArticleId'),
  },
  ArticleVersionChange: { from: nodeField('Article', 'fromId'), to: nodeField('Article', 'toId') },
  VersionDiff: {
    from: nodeField('Policy', 'fromPolicyId'),
    to: nodeField('Policy', 'toPolicyId'),
    added: nodeListField('Article', 'addedIds'),
    deleted: nodeListField('Article', 'deletedIds'),
  },
};
