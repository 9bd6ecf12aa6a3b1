/**
 * The versions of one work in time: ordered by the date of the act that made each, each valid from the day it takes
 * effect (自…起施行, when that is not before the act) until the next version takes effect; its status says what ended
 * it — the next text revised it (superseded), amended it (amended), a later text repealed it (repealed) — or that it
 * is in force. Pure. Example: 上海市科学技术进步条例 2010-09-17 (effective 2010-11-01) and 2024-05-10 (revision,
 * effective 2024-06-01) → [{ id: '…@2010-09-17', validFrom: '2010-11-01', validTo: '2024-06-01', status: 'superseded' },
 * { id: '…@2024-05-10', validFrom: '2024-06-01', validTo: null, status: 'in_force' }]
 */
import { inVersionOrder } from './pick-cited-version.ts';
import type { MakingEvent } from './read-version.ts';

/** A version's status in time. */
export type VersionStatus = 'in_force' | 'amended' | 'superseded' | 'repealed';

/** One version as the graph holds it. */
export interface VersionFacts {
  id: string;
  versionDate: string;
  event?: MakingEvent | null;
  effectiveOn?: string | null;
}

/** A later text's statement about the work: it repeals or amends it, taking effect on `date`. */
export interface WorkStatement {
  kind: 'repeal' | 'amend';
  date: string;
  byId: string;
  /** The day the stating text was made (adopted, issued), when known: a version made that day or later is its result. */
  madeOn?: string;
}

/** What the version step writes on each version. */
export interface VersionTimeline {
  id: string;
  order: number;
  validFrom: string;
  /** `effect`: the text's 自…起施行; `version-date`: no usable effect date, the act's date stands in. */
  validFromSource: 'effect' | 'version-date';
  validTo: string | null;
  status: VersionStatus;
  /** The version or text that ended it. */
  endedBy: string | null;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The day a version takes effect: its 自…起施行 date unless that precedes the act (an amended text keeps the first one). */
export function validFromOf(version: VersionFacts): { date: string; source: VersionTimeline['validFromSource'] } {
  const effect = version.effectiveOn;
  return effect && FULL_DATE.test(effect) && effect >= version.versionDate
    ? { date: effect, source: 'effect' }
    : { date: version.versionDate, source: 'version-date' };
}

/** Orders the versions of one work and dates each; statements by later texts end the last version. */
export function orderVersions(
  versions: readonly VersionFacts[],
  statements: readonly WorkStatement[] = [],
): VersionTimeline[] {
  const sorted = inVersionOrder(versions);
  const starts = sorted.map(validFromOf);
  return sorted.map((version, index): VersionTimeline => {
    const start = starts[index]!;
    const base = { id: version.id, order: index + 1, validFrom: start.date, validFromSource: start.source };
    const next = sorted[index + 1];
    if (next) {
      return {
        ...base,
        validTo: starts[index + 1]!.date,
        status: next.event === 'amendment' ? 'amended' : 'superseded',
        endedBy: next.id,
      };
    }
    // The earliest later statement ends the last version; a statement made on the version's own day or before is older
    // news, or the act that made this very text (a decision adopted on 2020-12-23 and in force on 2021-01-01 made the
    // version of 2020-12-23: it does not end it).
    const ending = [...statements]
      .filter((s) => s.date > version.versionDate && (s.madeOn ?? s.date) > version.versionDate)
      .sort((a, b) => a.date.localeCompare(b.date) || a.byId.localeCompare(b.byId))[0];
    if (!ending) return { ...base, validTo: null, status: 'in_force', endedBy: null };
    return {
      ...base,
      validTo: ending.date,
      status: ending.kind === 'repeal' ? 'repealed' : 'amended',
      endedBy: ending.byId,
    };
  });
}

/** The version in force on a day (`YYYY-MM-DD`), if any. */
export function versionInForce<T extends Pick<VersionTimeline, 'validFrom' | 'validTo'>>(
  versions: readonly T[],
  day: string,
): T | undefined {
  return versions.find((v) => v.validFrom <= day && (v.validTo === null || day < v.validTo));
}
