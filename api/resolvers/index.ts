/** The custom resolvers handed to @neo4j/graphql: five queries, three curation mutations, result-type fields. */
import { resolveAddAlignment } from './add-alignment.ts';
import { resolveCompare } from './compare.ts';
import { resolveCoverage } from './coverage.ts';
import { resolveLineage } from './lineage.ts';
import { nodeFieldResolvers } from './node-fields.ts';
import { resolvePolicyByNumber } from './policy-by-number.ts';
import { resolvePolicyOverview } from './policy-overview.ts';
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
    policyOverview: resolvePolicyOverview,
  },
  Mutation: {
    confirmAlignment: resolveConfirmAlignment,
    rejectAlignment: resolveRejectAlignment,
    addAlignment: resolveAddAlignment,
  },
  ...nodeFieldResolvers,
};

export { buildSearchQuery } from './search.ts';
export { buildLineageQuery } from './lineage.ts';
