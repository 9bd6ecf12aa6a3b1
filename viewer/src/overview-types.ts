/**
 * Shapes of the `policyOverview` answer (api/type-defs.graphql), the viewer's aggregated first picture of a graph
 * of any size. Declared beside api-types.ts until the generated types cover the query.
 */
import type { Tier } from './api-types.ts';

/** A link of an overview document: a document relation, or its article alignments to one document summed. */
export interface OverviewLink {
  policyId: string;
  relation: 'implements' | 'cites' | 'interprets' | 'basedOn' | 'aligns';
  weight: number;
}

/** A document without its articles. */
export interface OverviewDocument {
  id: string;
  title: string;
  docNumber?: string | null;
  tier?: Tier | null;
  kind?: string | null;
  status?: string | null;
  issuedOn?: string | null;
  versionDate?: string | null;
  effectiveOn?: string | null;
  jurisdiction?: string | null;
  authorityLevel?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  versionStatus?: string | null;
  basisChanged?: boolean | null;
  articleCount: number;
  alignedArticleCount: number;
  links: OverviewLink[];
}

/** Documents of one authority level, tier and jurisdiction. */
export interface OverviewGroup {
  key: string;
  authorityLevel?: string | null;
  tier?: Tier | null;
  jurisdiction?: string | null;
  documentCount: number;
  articleCount: number;
  firstYear?: number | null;
  lastYear?: number | null;
}

/** Values the filters can take. */
export interface OverviewFacets {
  jurisdictions: { name: string; parent?: string | null }[];
  kinds: string[];
  authorityLevels: string[];
  versionStatuses: string[];
  firstYear?: number | null;
  lastYear?: number | null;
}

/** The whole answer. */
export interface PolicyOverview {
  total: number;
  grouped: boolean;
  groups: OverviewGroup[];
  documents: OverviewDocument[];
  facets: OverviewFacets;
}

/** The filter argument. */
export interface OverviewFilter {
  tiers?: string[];
  authorityLevels?: string[];
  jurisdictions?: string[];
  kinds?: string[];
  versionStatuses?: string[];
  yearFrom?: number;
  yearTo?: number;
  asOf?: string;
  groupKey?: string;
}
