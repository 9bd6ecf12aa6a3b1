/**
 * Shapes of the GraphQL data the viewer reads. The enums and the result types come from the API's schema through
 * code generation (`npm run codegen` → ./generated/graphql.ts), never copied by hand; the interfaces below are the
 * selections the viewer's queries make, written in terms of those generated types.
 */
import type * as G from './generated/graphql.ts';

/** Administrative level, top down. */
export type Tier = G.Tier;

/** Lanes from the top of the picture down. */
export const TIER_ORDER: readonly Tier[] = ['national', 'provincial', 'municipal', 'county'];

/** Alignment review state. */
export type AlignmentStatus = G.AlignmentStatus;

/** How close two aligned articles are. */
export type AlignmentClass = G.AlignmentClass;

/** What a search hit is. */
export type SearchHitKind = G.SearchHitKind;

/** A shared span of two articles: offsets into heading + '。' + text of each. */
export type EvidenceSpan = G.EvidenceSpan;

/** ALIGNS_WITH relationship properties; `evidence` comes typed (Alignment.evidence: [EvidenceSpan!]!). */
export interface AlignmentProps {
  id: G.Alignment['id'];
  score: G.Alignment['score'];
  class: string;
  alignmentClass?: AlignmentClass;
  status?: AlignmentStatus | string | null;
  rank?: number | null;
  evidence?: EvidenceSpan[] | null;
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
  /** Versioned statutes: the date of this version, and whether it is still in force (versions share a title). */
  versionDate?: string | null;
  versionStatus?: string | null;
}

/** An alignment edge as read through a connection field. */
export interface AlignmentEdge {
  properties: AlignmentProps;
  node: {
    id: string;
    number?: number;
    label?: string | null;
    heading?: string | null;
    text?: string | null;
    policy?: PolicyRef | null;
  };
}

/** An article as the viewer reads it. */
export interface ArticleData {
  id: string;
  number: number;
  label?: string | null;
  heading?: string | null;
  text?: string | null;
  order?: number | null;
  /** The number of the part it stands in (absent outside parts, or where not asked). */
  partNumber?: number | null;
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

/** Result of `search`: `id` is the hit's own key, `nodeId` the id of what was found. */
export type SearchHit = Pick<G.SearchHit, 'kind' | 'id' | 'nodeId' | 'title' | 'score'> &
  Partial<
    Pick<G.SearchHit, 'snippet' | 'policyId' | 'policyTitle' | 'docNumber' | 'tier' | 'versionDate' | 'versionStatus'>
  >;

/** Result of `lineage`. */
export interface LineageStep {
  depth: number;
  relation: string;
  alignmentId?: string;
  /** The pair's score and whether it is a counterpart (absent when the query does not ask: then it counts as one). */
  score?: G.LineageStep['score'];
  counterpart?: G.LineageStep['counterpart'];
  /** The depth along counterparts only; null when reached only through weak candidates (absent when not asked). */
  counterpartDepth?: G.LineageStep['counterpartDepth'];
  from: ArticleData;
  to: ArticleData;
}

/** One aligned pair of `compare`. */
export interface ComparedPair {
  id: string;
  lower: ArticleData;
  upper: ArticleData;
  score: G.ComparedPair['score'];
  class: string;
  alignmentClass?: AlignmentClass;
  status: AlignmentStatus;
  /** The lower article names the upper one (absent where the query did not ask for it). */
  cited?: boolean;
  /** False for the engine's weak candidates, which the table hides until asked (absent where not asked). */
  counterpart?: boolean;
  evidence: EvidenceSpan[];
  /**
   * The typed comparison of the two texts (absent where the query did not ask for it; null when the pair is not
   * compared: it scores under 0.3, and neither a citation nor a reviewer makes it a counterpart).
   */
  changes?: ProvisionChangeData[] | null;
}

/** One typed change of a compared pair: kind, verdict and the wording on each side. */
export type ProvisionChangeData = Pick<G.ProvisionChange, 'kind' | 'verdict' | 'lowerText' | 'upperText'>;

/** A part (一、总体要求) with the text under its heading before its first article, if any. */
export interface PartData {
  id: string;
  number: number;
  label?: string | null;
  heading?: string | null;
  text?: string | null;
}

/** Two parts whose targets `compare` compared (`partPairs`): how they were paired and what changed. */
export interface ComparedPartPairData {
  lower: PartData;
  upper: PartData;
  pairedBy: string;
  /** Offsets count in what each part states: its own text first. */
  changes: (ProvisionChangeData &
    Partial<Pick<G.ProvisionChange, 'lowerStart' | 'lowerEnd' | 'upperStart' | 'upperEnd'>>)[];
}

/** Result of `compare`. */
export interface Comparison {
  lower: PolicyRef & { parts?: PartData[] | null };
  upper: PolicyRef & { parts?: PartData[] | null };
  pairs: ComparedPair[];
  unmatchedUpper: ArticleData[];
  unmatchedLower: ArticleData[];
  /** Absent where the query did not ask for it. */
  partPairs?: ComparedPartPairData[] | null;
}

/** Result of `coverage`. */
export interface Coverage {
  upper: PolicyRef;
  rows: {
    article: ArticleData;
    lowerDocumentCount: number;
    counterparts: { policy: PolicyRef; articles: { id: string }[]; bestScore: number }[];
    /** Set on a formal provision (when the text takes effect, who interprets it): counted neither way. */
    formal?: G.FormalProvision | null;
  }[];
}
