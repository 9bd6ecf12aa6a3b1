/** Versions of statutes (pure): which version a text is, what it says of others, the versions in time, article diffs. */
export {
  readDocumentVersion,
  versionPolicyId,
  fileNameDate,
  isVersionPolicyId,
  workIdOf,
  workKeyOf,
  isStatute,
  type DocumentVersion,
  type MakingEvent,
} from './read-version.ts';
export { chainAbove, readVersionStatements, type VersionStatement } from './read-version-statements.ts';
export {
  orderVersions,
  versionInForce,
  validFromOf,
  type VersionFacts,
  type VersionTimeline,
  type VersionStatus,
  type WorkStatement,
} from './order-versions.ts';
export {
  diffArticleVersions,
  bigramSimilarity,
  MIN_CHANGED_SIMILARITY,
  type ArticleVersionDiff,
  type ArticleVersionLink,
  type VersionArticle,
} from './diff-article-versions.ts';
export {
  pickIssueAtDate,
  issueMadeOn,
  citingMadeBy,
  type TitleIssue,
  type StoredDates,
} from './pick-issue-at-date.ts';
export { citableVersions, pickCitedVersion, inVersionOrder, type DatedVersion } from './pick-cited-version.ts';
