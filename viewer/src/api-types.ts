/**
 * Shapes of the GraphQL data the viewer reads (the API contract in README `api`), declared here because the viewer
 * talks to the API over HTTP only and imports nothing from the server side.
 */

/** Administrative level, top down. */
export type Tier = 'national' | 'provincial' | 'municipal' | 'county';

/** Lanes from the top of the picture down. */
export const TIER_ORDER: readonly Tier[] = ['national', 'provincial', 'municipal', 'county'];

/** Alignment review state. */
export type AlignmentStatus = 'suggested' | 'confirmed' | 'rejected';

/** A shared span of two articles: offsets into heading + '。' + text of each. */
export interface EvidenceSpan {
  lowerStart: number;
  lowerEnd: number;
  upperStart: number;
  upperEnd: number;
  lowerText: string;
  upperText: string;
}

/** ALIGNS_WITH relationship properties; `evidence` arrives as a JSON string from the generated schema. */
export interface AlignmentProps {
  id: string;
  score: number;
  class: string;
  status?: string | null;
  rank?: number | null;
  evidence?: string | EvidenceSpan[] | null;
  reviewedBy?: string | null;
  comment?: string | null;
}

/** A minimal policy reference. */
export interface PolicyRef {
  id: string;
  title: string;
  docNumber?: string | null;
  tier?: Tier | null;
  issuedOn?: string | null;
  status?: string | null;
  kind?: string | null;
}

/** An alignment edge as read through a connection field. */
export interface AlignmentEdge {
  properties: AlignmentProps;
  node: { id: string; number?: number; label?: string | null; heading?: string | null; text?: string | null; policy?: PolicyRef | null };
}

/** An article as the viewer reads it. */
export interface ArticleData {
  id: string;
  number: number;
  label?: string | null;
  heading?: string | null;
  text?: string | null;
  order?: number | null;
  policyId?: string | null;
  policy?: PolicyRef | null;
  alignsWithConnection?: { edges: AlignmentEdge[] } | null;
}

/** A policy with (some of) its articles and document relations. */
export interface PolicyData extends PolicyRef {
  articles?: ArticleData[] | null;
  implements?: { id: string }[] | null;
  cites?: { id: string }[] | null;
  interprets?: { id: string }[] | null;
  basedOn?: { id: string }[] | null;
}

/** Result of `search`. */
export interface SearchHit {
  kind: string;
  id: string;
  title: string;
  snippet?: string | null;
  score: number;
  policyId?: string | null;
  docNumber?: string | null;
  tier?: Tier | null;
}

/** Result of `lineage`. */
export interface LineageStep {
  depth: number;
  relation: string;
  from: ArticleData;
  to: ArticleData;
}

/** One aligned pair of `compare`. */
export interface ComparedPair {
  id: string;
  lower: ArticleData;
  upper: ArticleData;
  score: number;
  class: string;
  status: string;
  evidence: EvidenceSpan[];
}

/** Result of `compare`. */
export interface Comparison {
  lower: PolicyRef;
  upper: PolicyRef;
  pairs: ComparedPair[];
  unmatchedUpper: ArticleData[];
  unmatchedLower: ArticleData[];
}

/** Result of `coverage`. */
export interface Coverage {
  upper: PolicyRef;
  rows: { article: ArticleData; lowerDocumentCount: number; counterparts: { policy: PolicyRef; articles: { id: string }[]; bestScore: number }[] }[];
}
