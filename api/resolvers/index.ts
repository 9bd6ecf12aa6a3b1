/** The custom resolvers handed to @neo4j/graphql: five queries, three curation mutations, result-type fields. */
import { resolveAddAlignment } from './add-alignment.ts';
import { resolveLikelyParents, resolvePairChanges, resolveReuse, resolveSources } from './alignment-sources.ts';
import { nodeField } from './node-fields.ts';
import { resolveCompare } from './compare.ts';
import { resolveCoverage } from './coverage.ts';
import { resolveLineage } from './lineage.ts';
import { nodeFieldResolvers } from './node-fields.ts';
import { resolvePolicyByNumber } from './policy-by-number.ts';
import { resolveConfirmAlignment, resolveRejectAlignment } from './review-alignment.ts';
import { resolveSearch } from './search.ts';

/** Resolver map for Neo4jGraphQL's `resolvers` option. */
export const customResolvers = {
  Query: {
    policyByNumber: resolvePolicyByNumber,
    search: resolveSearch,
    lineage: resolveLineage,
    compare: resolveCompare,
    coverage: resolveCoverage,
    sources: resolveSources,
    likelyParents: resolveLikelyParents,
    reuse: resolveReuse,
  },
  Mutation: {
    confirmAlignment: resolveConfirmAlignment,
    rejectAlignment: resolveRejectAlignment,
    addAlignment: resolveAddAlignment,
  },
  ...nodeFieldResolvers,
  ComparedPair: { ...nodeFieldResolvers.ComparedPair, changes: resolvePairChanges },
  SourceMatch: { article: nodeField('Article', 'articleId') },
  LikelyParent: { policy: nodeField('Policy', 'policyId') },
  ReuseMatch: { policy: nodeField('Policy', 'policyId') },
  ReuseSpan: { article: nodeField('Article', 'articleId'), otherArticle: nodeField('Article', 'otherArticleId') },
};

export { buildSearchQuery } from './search.ts';
export { buildLineageQuery } from './lineage.ts';
