/**
 * Dates and numbers of a document's head or closing that lost characters in copying, read only when one reading
 * exists and reported either way. Examples:
 *   readDamagedNumber('南兴府办函〔202058') → { normalized: '南兴府办函〔2020〕58号', original: '南兴府办函〔202058' }
 *   readRunTogetherDate('20151214') → ['2015-12-14'] (one reading: read);
 *   readRunTogetherDate('202091') → ['2020-09-01'] and readRunTogetherDate('2020111') → ['2020-01-11', '2020-11-01']
 *   (年, 月 or 日 lost and digits perhaps with them: named, not read);
 *   readSpacedDate('{ 2017 6 23') → '2017-06-23' (the digits stayed apart: one reading);
 *   soleRunTogetherDate('2015917') → '2015-09-17' (also 20150917 if a 0 was lost); soleRunTogetherDate('202091') → none.
 */
import type { ParseIssue } from '../../model/index.ts';
import { isWrittenWhole } from '../../text/index.ts';
import { formatDate } from './parse-date.ts';

// An authority code, an opening bracket, a year and a serial, with the closing bracket or 号 lost, or both:
// 南兴府办函〔2020〕58, 南兴府办函〔202058号, 南兴府办函〔202058 (matching form, no spaces).
const DAMAGED_NUMBER = /^([\u4e00-\u9fff]{2,14})[〔[(【{]((?:19|20)\d{2})(?:[〕\])】}]第?(\d{1,5})|(\d{1,5})[号號]?)$/;
// A date of writing with 年, 月 and 日 lost: digits alone on their line, a year first (5 to 8 digits).
const RUN_TOGETHER_DATE = /^(?:19|20)\d{3,6}$/;

// A date of writing whose 年, 月 and 日 were lost but whose parts stayed apart, perhaps beside a stray mark ({ 2017 6 23):
// one reading, as the spaces part year, month and day.
const SPACED_DATE =
  /^[^\d\u4e00-\u9fff\s]{0,2}[\s\u3000]*((?:19|20)\d{2})[\s\u3000]+(\d{1,2})[\s\u3000]+(\d{1,2})[\s\u3000]*[^\d\u4e00-\u9fff\s]{0,2}$/;

/** The day a date of spaced digits names ({ 2017 6 23 → 2017-06-23), or undefined (no month or day it can be). */
export function readSpacedDate(match: string): string | undefined {
  const m = SPACED_DATE.exec(match.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? formatDate(year, month, day) : undefined;
}

/** A number missing its closing bracket or 号 (matching form; spaces ignored), or undefined. */
export function readDamagedNumber(match: string): { normalized: string; original: string } | undefined {
  const m = DAMAGED_NUMBER.exec(match.replace(/\s+/g, ''));
  const serial = m?.[3] ?? m?.[4];
  if (!m || serial === undefined) return undefined;
  return { normalized: `${m[1]}〔${m[2]}〕${Number(serial)}号`, original: match.trim() };
}

/** The warning for a document's own number read from a form that lost a bracket or its 号; none when written whole. */
export function damagedNumberIssue(
  file: string,
  line: number,
  number: { normalized: string; original: string },
): ParseIssue | undefined {
  if (isWrittenWhole(number.original)) return undefined;
  return {
    file,
    line,
    severity: 'warning',
    code: 'DAMAGED_NUMBER',
    message: `damaged document number "${number.original}" read as ${number.normalized}; check it against the source`,
  };
}

/** True for a line of digits that may be a date of writing run together (20151214, 202091). */
export function isRunTogetherDate(match: string): boolean {
  return RUN_TOGETHER_DATE.test(match.replace(/\s+/g, ''));
}

/** Every date the digits can be read as (year first; month and day of one or two digits; or a month alone). */
export function readRunTogetherDate(match: string): string[] {
  const digits = match.replace(/\s+/g, '');
  if (!RUN_TOGETHER_DATE.test(digits)) return [];
  const year = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  const readings: [number, number, number?][] = [];
  if (rest.length <= 2) readings.push([year, Number(rest)]);
  for (let cut = 1; cut < rest.length; cut++) {
    const [month, day] = [rest.slice(0, cut), rest.slice(cut)];
    if (month.length <= 2 && day.length <= 2) readings.push([year, Number(month), Number(day)]);
  }
  return readings
    .filter(([y, mo, d]) => y >= 1949 && y <= 2100 && mo >= 1 && mo <= 12 && (d === undefined || (d >= 1 && d <= 31)))
    .map((r) => formatDate(...r));
}

/**
 * The one day the digits can mean, counting the readings of the digits as written and of every form with one digit
 * more (年, 月 and 日 lost, and perhaps a digit with them): 2015917 → 2015-09-17 (20150917 is the same day, 91 no
 * month); 202091 → none (2020-09-01, or 9月1X日 with a digit lost); 2020111 → none (1月11日 or 11月1日).
 */
export function soleRunTogetherDate(match: string): string | undefined {
  const digits = match.replace(/\s+/g, '');
  const days = new Set(readRunTogetherDate(digits));
  for (let at = 0; at <= digits.length; at++)
    for (let d = 0; d <= 9; d++)
      for (const r of readRunTogetherDate(digits.slice(0, at) + d + digits.slice(at))) days.add(r);
  const [only] = days;
  // A month alone (2020-09) is no day of writing, nor a day its month lacks (2015-09-31: digits were lost or wrong).
  return days.size === 1 && only!.length === 10 && isCalendarDay(only!) ? only : undefined;
}

/** Whether a YYYY-MM-DD names a day of the calendar (2019-02-30 does not). */
function isCalendarDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
