/**
 * The slice of the document model that alignment reads. A parsed PolicyDocument fits as is; the graph reader
 * builds these from Policy and Article nodes and passes the documents each one cites as `citedFiles`.
 */
import type { Article, Citation, PolicyDocument } from '../model/index.ts';

/** An article as alignment sees it. */
export type AlignArticle = Pick<Article, 'number' | 'path' | 'heading' | 'text'>;

/** A document as alignment sees it; `file` identifies it among the documents given. */
export interface AlignDocument extends Pick<PolicyDocument, 'file' | 'title' | 'tier' | 'kind'> {
  docNumber?: string;
  issuedOn?: string;
  articles: readonly AlignArticle[];
  citations?: readonly Pick<Citation, 'title' | 'docNumber' | 'relation'>[];
  /** Files of the documents it implements, is based on or cites, when already resolved (the graph knows them). */
  citedFiles?: readonly string[];
}

/** Name and version stored on every pair. */
export const ALIGN_METHOD = 'char-bound-search+weighted-smith-waterman+tfidf-cosine';
export const ALIGN_VERSION = '1.2.0';
