/**
 * Which version of a statute a citing text was written against: the latest made on or before the day (or year) the
 * text was made. The version step (import/run/link-versions.ts) points every citation of a work at it, and the citation
 * resolver (import/write/resolve-citations.ts) links to it in the first place, so a re-import leaves the link where
 * the step put it. Pure. Examples (上海市科学技术进步条例, versions of 2010-09-17 and 2024-05-10):
 *   pickCitedVersion(versions, '2019') → { id: '…@2010-09-17', match: 'at-date' }
 *   pickCitedVersion(versions, '2025-03-18') → { id: '…@2024-05-10', match: 'at-date' }
 *   pickCitedVersion(versions, undefined) → { id: '…@2024-05-10', match: 'latest' }
 */
import { isLaterDate } from '../../align/existed-before.ts';

/** A version as both callers know it. */
export interface DatedVersion {
  id: string;
  versionDate: string;
  docNumber?: string | null;
}

/**
 * The versions a citation may rest on: a number the citation writes names one issue, so when a version bears it only
 * those qualify; otherwise (no number written, or none bears it) all do. Both callers narrow here before
 * pickCitedVersion, so the step never moves what the resolver linked. Example: a 2019 text citing 沪人大〔2024〕5号,
 * borne by the 2024 version only → [the 2024 version], which pickCitedVersion then takes as 'earliest-later'.
 */
export function citableVersions<T extends DatedVersion>(
  versions: readonly T[],
  writtenNumber: string | null | undefined,
): T[] {
  const bearing = writtenNumber ? versions.filter((v) => v.docNumber === writtenNumber) : [];
  return bearing.length > 0 ? bearing : [...versions];
}

/**
 * The version a citing text was written against, among the versions of one work in time order (orderVersions): the
 * latest made on or before its date (citingMadeBy: a day, or a year when it tells none); when all are later (the graph
 * lacks the older text), the earliest; when the citing text has no date, the last.
 */
export function pickCitedVersion(
  versions: readonly DatedVersion[],
  sourceDate: string | undefined,
): { id: string; match: string } {
  if (!sourceDate) return { id: versions[versions.length - 1]!.id, match: 'latest' };
  // Compared on their common length: a text dated only by its number's year (2017) fits a version of 2017-05-01.
  const before = versions.filter((v) => !isLaterDate(v.versionDate, sourceDate));
  if (before.length > 0) return { id: before[before.length - 1]!.id, match: 'at-date' };
  return { id: versions[0]!.id, match: 'earliest-later' };
}

/** The versions in the order orderVersions puts them: by version date, then id. */
export function inVersionOrder<T extends DatedVersion>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => a.versionDate.localeCompare(b.versionDate) || a.id.localeCompare(b.id));
}
