/** The custom resolvers handed to @neo4j/graphql: five queries, four curation mutations, result-type fields. */
import { resolveAddAlignment } from './add-alignment.ts';
import { resolveArticleBasisChanged, resolvePolicyBasisChanged } from './basis-changed.ts';
import { resolvePolicyAsOf, resolveVersions } from './policy-as-of.ts';
import { resolveVersionDiff } from './version-diff.ts';
import { resolveLikelyParents, resolvePairChanges, resolveReuse, resolveSources } from './alignment-sources.ts';
import { nodeField, optionalNodeField } from './node-fields.ts';
import { resolveCompare } from './compare.ts';
import { resolveComparedParts } from './compared-parts.ts';
import { resolveCoverage } from './coverage.ts';
import { lineageStepFields, resolveLineage } from './lineage.ts';
import { nodeFieldResolvers } from './node-fields.ts';
import { resolvePolicyByNumber } from './policy-by-number.ts';
import { resolvePolicyOverview } from './policy-overview.ts';
import { resolveConfirmAlignment, resolveRejectAlignment } from './review-alignment.ts';
import { resolveSearch } from './search.ts';
import { resolveSetPolicyTier } from './set-policy-tier.ts';

/** Resolver map for Neo4jGraphQL's `resolvers` option. */
export const customResolvers = {
  Query: {
    policyByNumber: resolvePolicyByNumber,
    search: resolveSearch,
    lineage: resolveLineage,
    compare: resolveCompare,
    coverage: resolveCoverage,
    policy: resolvePolicyAsOf,
    versions: resolveVersions,
    versionDiff: resolveVersionDiff,
    sources: resolveSources,
    likelyParents: resolveLikelyParents,
    reuse: resolveReuse,
    policyOverview: resolvePolicyOverview,
  },
  Policy: { basisChanged: resolvePolicyBasisChanged },
  Article: { basisChanged: resolveArticleBasisChanged },
  Mutation: {
    confirmAlignment: resolveConfirmAlignment,
    rejectAlignment: resolveRejectAlignment,
    addAlignment: resolveAddAlignment,
    setPolicyTier: resolveSetPolicyTier,
  },
  ...nodeFieldResolvers,
  LineageStep: { ...nodeFieldResolvers.LineageStep, ...lineageStepFields },
  ComparedPair: { ...nodeFieldResolvers.ComparedPair, changes: resolvePairChanges },
  Comparison: { ...nodeFieldResolvers.Comparison, partPairs: resolveComparedParts },
  ComparedPartPair: {
    lower: nodeField('Part', 'lowerPartId', 'lowerNode'),
    upper: nodeField('Part', 'upperPartId', 'upperNode'),
  },
  SourceMatch: { article: nodeField('Article', 'articleId') },
  LikelyParent: { policy: nodeField('Policy', 'policyId'), via: optionalNodeField('Policy', 'viaId') },
  ReuseMatch: { policy: nodeField('Policy', 'policyId') },
  ReuseSpan: { article: nodeField('Article', 'articleId'), otherArticle: nodeField('Article', 'otherArticleId') },
  InheritedSpan: {
    article: nodeField('Article', 'articleId'),
    otherArticle: nodeField('Article', 'otherArticleId'),
    from: nodeField('Article', 'fromArticleId'),
  },
};

export { buildSearchQuery } from './search.ts';
export { buildLineageQuery } from './lineage.ts';
