/**
 * Which issue of a re-issued title a citation by that title alone means. Work rules, 实施方案 and 工作要点 are issued
 * again under the same title by every new government (国务院工作规则 of 2013, 国发〔2018〕21号, 国发〔2023〕7号): a text
 * that names the title without a number means the issue in force when it was made — the latest made on or before it.
 * Pure. Examples (the issues of 中华人民共和国|国务院工作规则):
 *   pickIssueAtDate([{ id: '…@2013-03-20', madeOn: '2013-03-20' }, { id: '国发〔2018〕21号', madeOn: '2018' },
 *     { id: '…@2023-03-17', madeOn: '2023-03-17' }], '2019-01-17') → { id: '国发〔2018〕21号', match: 'at-date' }
 *   … with '2017' (盐政发〔2017〕40号, no day) → { id: '…@2013-03-20', match: 'at-date' }
 *   … with undefined (an undated citing text) → undefined: left where it was resolved
 */
import { isLaterDate, issuedBy, madeOn, tighterBound } from '../../align/existed-before.ts';

/** A Policy bearing the cited title, with the date it was made when known. */
export interface TitleIssue {
  id: string;
  madeOn?: string;
}

/** The dates the graph keeps on a Policy. */
export interface StoredDates {
  versionDate?: string | null;
  issuedOn?: string | null;
  publishedOn?: string | null;
  effectiveOn?: string | null;
  docNumber?: string | null;
}

const orUndefined = (value: string | null | undefined): string | undefined => value ?? undefined;

/** When an issue was made: its version date, else its issue date, else its number's year (madeOn). */
export function issueMadeOn(p: StoredDates): string | undefined {
  return (
    orUndefined(p.versionDate) ??
    madeOn({ ...(p.issuedOn ? { issuedOn: p.issuedOn } : {}), ...(p.docNumber ? { docNumber: p.docNumber } : {}) })
  );
}

/**
 * When a citing text was made, to find what it was written against: both moves of the version step (the version of a
 * statute, pickCitedVersion; the issue of a re-issued title, pickIssueAtDate) date it here, so neither undoes the other.
 * The text's own date first — its version date, else the date it was issued (signed, adopted) — since that is the day
 * its drafters read the upper text. Without one, the tightest of the dates that follow its making: its publication
 * (a repost may be years late: 杭政办函〔2019〕65号 posted 2022-10-09), its number's year (issuedBy), and, last, the day
 * it took effect, which is no bound (a text may take effect before it is issued) but dates an old regulation telling
 * nothing else better than no date, which would send it to the latest version.
 * Example: { docNumber: '沪科规〔2019〕5号', publishedOn: '2024-08-01' } → '2019'; { effectiveOn: '2002-07-01' } → '2002-07-01'.
 */
export function citingMadeBy(p: StoredDates): string | undefined {
  const bound = issuedBy({
    ...(p.publishedOn ? { publishedOn: p.publishedOn } : {}),
    ...(p.docNumber ? { docNumber: p.docNumber } : {}),
  });
  return orUndefined(p.versionDate) ?? orUndefined(p.issuedOn) ?? tighterBound(bound, orUndefined(p.effectiveOn));
}

/**
 * The issue a citation by title alone means, for a citing text made by `at`: the latest dated issue made on or before
 * it (`at-date`; dates compared on their common length, so '2018' and '2018-06-24' tie and both fit a text of 2018);
 * when every issue is dated later, the earliest (`earliest-later`: the text rests on an older issue the graph lacks).
 * An issue of unknown date never wins over a dated one that fits, nor is excluded: with none that fits, the citation
 * stays where it was resolved (undefined), as it does for a citing text of unknown date.
 */
export function pickIssueAtDate(
  issues: readonly TitleIssue[],
  at: string | undefined,
): { id: string; match: 'at-date' | 'earliest-later' } | undefined {
  if (at === undefined || issues.length === 0) return undefined;
  const sorted = [...issues].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const dated = sorted.filter((i): i is Required<TitleIssue> => i.madeOn !== undefined);
  const fitting = dated.filter((i) => !isLaterDate(i.madeOn, at));
  if (fitting.length > 0) {
    const latest = fitting.reduce((a, b) => (isLaterDate(b.madeOn, a.madeOn) ? b : a));
    return { id: latest.id, match: 'at-date' };
  }
  if (dated.length < sorted.length) return undefined;
  const earliest = dated.reduce((a, b) => (isLaterDate(a.madeOn, b.madeOn) ? b : a));
  return { id: earliest.id, match: 'earliest-later' };
}
