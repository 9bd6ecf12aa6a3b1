/** What others may use from import/write: title keys, resolution decisions, row and query builders. */
export { buildTitleKey, normalizeTitle, type TitleKey } from './build-title-key.ts';
export { titleKeysMatch, pickByTitleKey, type TitleMatch } from './match-title-key.ts';
export { inferCitedPolicy, kindOfTitle, authorityCode, type CitedPolicyFacts } from './infer-cited-policy.ts';
export { tierOfJurisdiction, fullProvinceName, PROVINCES, NATION } from './jurisdiction-names.ts';
export type { KnownPolicy } from './known-policy.ts';
export {
  createRunRegistry,
  addToRegistry,
  numberForTitle,
  isInRun,
  type RunRegistry,
  type RegistryEntry,
} from './run-registry.ts';
export { resolvePolicyIdentity, newPolicyId, type PolicyIdentity } from './resolve-policy-identity.ts';
export { resolveCitations, type CitationLink } from './resolve-citations.ts';
export { buildPolicyRows, type PolicyRows } from './build-policy-rows.ts';
export { buildPolicyWrite, type PolicyWriteOptions, type CypherQuery } from './build-policy-write.ts';
export { buildKnownPolicyLookup, readKnownPolicies, type PolicyLookup } from './lookup-known-policies.ts';
export {
  buildReadAlignmentStatusQuery,
  buildCreateAlignmentsQuery,
  buildRefreshAlignmentsQuery,
  buildSweepAlignmentsQuery,
  buildInferredImplementsQueries,
  chunk,
  type AlignmentRow,
  type InferredRow,
} from './build-alignment-queries.ts';
