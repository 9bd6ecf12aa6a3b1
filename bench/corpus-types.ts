/**
 * Types of the synthetic corpus: each generated document with its text and the ground truth a parser and an
 * aligner should recover from it (articles, agencies, citations, and which upper article each lower one derives from).
 */
import type { Tier } from '../model/index.ts';

/** Corpus sizes named by the benchmark. */
export type CorpusSize = 'small' | 'medium' | 'large';

/** An agency as the generator wrote it and as its full official name. */
export interface AgencyTruth {
  /** With the list prefix applied: 市发展改革委, 市工业和信息化局. */
  asWritten: string;
  /** Full official name with jurisdiction, or the collective's wording. */
  name: string;
  collective: boolean;
}

/** Where a lower article's text came from. */
export interface Derivation {
  file: string;
  docNumber?: string;
  article: number;
  /** verbatim: all upper sentences kept; paraphrase: synonyms swapped; partial: one sentence reused. */
  kind: 'verbatim' | 'paraphrase' | 'partial';
}

/** One article as generated. */
export interface GeneratedArticle {
  number: number;
  partNumber?: number;
  heading: string;
  sentences: string[];
  items: string[];
  lead: AgencyTruth[];
  cooperating: AgencyTruth[];
  derivedFrom?: Derivation;
}

/** A citation the text makes, as it should be recovered. */
export interface CitationTruth {
  title?: string;
  docNumber?: string;
  relation: 'implements' | 'based_on' | 'cites';
}

/** How a document is laid out on the page. */
export type Layout = 'parts' | 'flat' | 'chapters';

/** Dirty-copy defects a document may carry. */
export type Defect =
  | 'traditional'
  | 'pageNumbers'
  | 'spam'
  | 'oddSpaces'
  | 'brokenTitle'
  | 'pinyin'
  | 'censored'
  | 'mojibake';

/** How a document is typeset: each choice is one of the variants docs/domain.md lists. */
export interface DocumentStyle {
  /** Half-width (),:; as in the bundled copies, instead of full-width （），：；. */
  halfWidth: boolean;
  /** 牵头单位/配合单位, 责任单位 in （）, 责任单位 in 〔〕, or a comma instead of the semicolon. */
  agencies: 'labels' | 'responsible' | 'bracketResponsible' | 'comma';
  /** How the year of the document number is bracketed: 〔〕 or a variant seen in the wild. */
  numberBracket: 'standard' | 'square' | 'round' | 'lenticular' | 'fullRound' | 'mixed' | 'spaced';
  dates: 'arabic' | 'chinese' | 'iso' | 'dotted';
  /** Wrapped in an issuing notice (addressees, 现印发给你们, date) before the document's own title. */
  notice: boolean;
  /** Repeat the 市 prefix on every item of an agency list instead of only the first. */
  repeatPrefix: boolean;
}

/** One generated document: metadata, structure, truth, and (after rendering) its text. */
export interface GeneratedDocument {
  index: number;
  file: string;
  tier: Tier;
  jurisdiction: string;
  /** The province a provincial, municipal or county document belongs to. */
  province?: string;
  city?: string;
  issuer: string;
  title: string;
  topic: string;
  docNumber?: string;
  issuedOn: string;
  year: number;
  parentIndex?: number;
  layout: Layout;
  restartNumbering: boolean;
  parts: { number: number; heading: string }[];
  articles: GeneratedArticle[];
  citations: CitationTruth[];
  defects: Defect[];
  style: DocumentStyle;
}

/** A whole generated corpus. */
export interface GeneratedCorpus {
  seed: number;
  documents: GeneratedDocument[];
}
