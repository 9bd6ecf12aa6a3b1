/**
 * The slice of the document model that alignment reads. A parsed PolicyDocument fits as is; the graph reader
 * builds these from Policy and Article nodes and passes the documents each one cites as `citedFiles`.
 */
import type { Article, Citation, JurisdictionRef, PolicyDocument, TimelineEvent } from '../model/index.ts';

/** An article as alignment sees it; `label` (第六条, （一）) only names it to a reader, alignment never reads it. */
export type AlignArticle = Pick<Article, 'number' | 'path' | 'heading' | 'text'> & Partial<Pick<Article, 'label'>>;

/** A document as alignment sees it; `file` identifies it among the documents given. */
export interface AlignDocument
  extends Pick<PolicyDocument, 'file' | 'title' | 'tier' | 'kind' | 'jurisdiction' | 'authorityLevel' | 'issuer'> {
  docNumber?: string;
  /** Places with their parents, enough to follow its jurisdiction up to 中华人民共和国 (is-above.ts). */
  jurisdictions?: readonly Pick<JurisdictionRef, 'name' | 'parent'>[];
  /** The date of this text (this version's issue or adoption). */
  issuedOn?: string;
  /**
   * The date it was published (a page's 发布日期, a date line under the title), when known: it was issued by then. Read
   * only where `issuedOn` is unknown (existed-before.ts, issuedBy).
   */
  publishedOn?: string;
  /**
   * The first date known of the work: the earliest adoption, promulgation or issue told by its head lines, by an
   * earlier version or by this text (水法 2016 text → 1988-01-21; a text that tells no history → its own date).
   * Absent when no date is known.
   */
  firstIssuedOn?: string;
  /**
   * The dates of the other versions of its work the graph holds, those whose articles were not read too (a failed
   * parse): a later version stands in for its work only where none was made by the lower text's date (existed-before.ts).
   */
  workVersionDates?: readonly string[];
  /** Its timeline as parsed (adoption, revision …): tells the first date when `firstIssuedOn` is not given. */
  events?: readonly Pick<TimelineEvent, 'kind' | 'start'>[];
  articles: readonly AlignArticle[];
  citations?: readonly Pick<Citation, 'title' | 'docNumber' | 'relation'>[];
  /**
   * The work it is a version of (a statute's Work id, `w:上海市|科学技术进步条例`), when known. Two versions of one
   * work are one text in time, never peers of each other: no `sources` PEER and no `reuse` between them.
   */
  workId?: string;
  /** The date of this version of a statute (docs/versions.md), when known: names it to a reader, beside its title. */
  versionDate?: string;
  /** Files of the documents it implements, is based on or cites, when already resolved (the graph knows them). */
  citedFiles?: readonly string[];
  /**
   * The works of those it cites (workId), when known: a citation of 《国务院工作规则》 resolved to its 2013 text cites
   * the 2018 text too, as another version of the work (citesWork).
   */
  citedWorkIds?: readonly string[];
  /** Of those, the files its text says it rests on (根据《…》: BASED_ON), when known. */
  basedOnFiles?: readonly string[];
}

/** Name and version stored on every pair. */
export const ALIGN_METHOD = 'char-bound-search+weighted-smith-waterman+tfidf-cosine';
export const ALIGN_VERSION = '1.13.0';
