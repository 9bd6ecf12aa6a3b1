/**
 * Dates in the forms policy texts use → `YYYY-MM-DD` or `YYYY-MM`. Examples:
 *   '2021年8月4日' → '2021-08-04'; '二〇二一年八月四日' (also with a Latin O or Cyrillic О) → '2021-08-04';
 *   '二O一一年5月16日' → '2011-05-16'; '2021.08.04', '2021-08-04 17:03' → '2021-08-04'; '2021年12月' → '2021-12';
 *   damaged copies: '20211224日' → '2021-12-24' and '20213月' → '2021-03' (flagged `damaged`).
 * Input is a matching form (normalizeLine().match).
 */
import { normalizeLine, readChineseNumber } from '../../text/index.ts';

/** A date found in a line. */
export interface DateMatch {
  index: number;
  text: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  value: string;
  /** Read from a form with characters lost in copying (20211224日). */
  damaged: boolean;
}

const ZERO = '〇零○OoОоΟο0';
const CN_YEAR = `[${ZERO}一二三四五六七八九]{4}`;
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

const PATTERNS: {
  re: RegExp;
  read: (m: RegExpExecArray) => [number, number, number?] | undefined;
  damaged: boolean;
}[] = [
  {
    re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    read: (m) => [n(m[1]), n(m[2]), n(m[3])],
    damaged: false,
  },
  {
    re: new RegExp(`(${CN_YEAR})\\s*年\\s*(${CN_SMALL})\\s*月(?:\\s*(${CN_SMALL})\\s*日)?`, 'g'),
    read: (m) => [
      cnYear(m[1]),
      readChineseNumber(m[2] ?? '') ?? 0,
      m[3] === undefined ? undefined : readChineseNumber(m[3]),
    ],
    damaged: false,
  },
  // A year in Chinese numerals with its month and day in Arabic digits (二O一一年5月16日): a typist mixing the two forms.
  {
    re: new RegExp(`(${CN_YEAR})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?`, 'g'),
    read: (m) => [cnYear(m[1]), n(m[2]), m[3] === undefined ? undefined : n(m[3])],
    damaged: false,
  },
  {
    re: /(?<![\d.])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/g,
    read: (m) => [n(m[1]), n(m[3]), n(m[4])],
    damaged: false,
  },
  { re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g, read: (m) => [n(m[1]), n(m[2])], damaged: false },
  // Damaged: 日 lost from a date standing alone on its line (a signature's 2018年3月13; not a head note's date broken
  // before its 日, …2014年9月26 / 日山东省…批准), 年 and 月 lost (20211224日), or only 年 lost (20213月, 202112月).
  {
    re: /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?=\s*$)/g,
    read: (m) => [n(m[1]), n(m[2]), n(m[3])],
    damaged: true,
  },
  { re: /(?<!\d)(\d{4})(\d{2})(\d{2})日/g, read: (m) => [n(m[1]), n(m[2]), n(m[3])], damaged: true },
  { re: /(?<!\d)(\d{4})(\d{3})日/g, read: (m) => splitMonthDay(n(m[1]), m[2] ?? ''), damaged: true },
  {
    re: /(?<!\d)(\d{4})(\d{1,2})月(?:(\d{1,2})日)?/g,
    read: (m) => [n(m[1]), n(m[2]), m[3] === undefined ? undefined : n(m[3])],
    damaged: true,
  },
];

function n(text: string | undefined): number {
  return Number(text ?? NaN);
}

function cnYear(text: string | undefined): number {
  return readChineseNumber((text ?? '').replace(new RegExp(`[${ZERO}]`, 'g'), '〇')) ?? NaN;
}

function splitMonthDay(year: number, digits: string): [number, number, number] | undefined {
  const oneDigitMonth: [number, number, number] = [year, Number(digits.slice(0, 1)), Number(digits.slice(1))];
  const twoDigitMonth: [number, number, number] = [year, Number(digits.slice(0, 2)), Number(digits.slice(2))];
  return valid(...oneDigitMonth) ? oneDigitMonth : valid(...twoDigitMonth) ? twoDigitMonth : undefined;
}

function valid(year: number, month: number, day?: number): boolean {
  return year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31));
}

/** Formats a year, month and optional day as `YYYY-MM(-DD)`. */
export function formatDate(year: number, month: number, day?: number): string {
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return day === undefined ? ym : `${ym}-${String(day).padStart(2, '0')}`;
}

/** Finds every date in a line, in order of position; overlapping readings keep the first pattern's. */
export function findDates(line: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const { re, read, damaged } of PATTERNS) {
    for (const m of line.matchAll(re)) {
      const index = m.index ?? 0;
      if (found.some((f) => index < f.index + f.text.length && f.index < index + m[0].length)) continue;
      const parts = read(m as RegExpExecArray);
      if (!parts || !valid(...parts)) continue;
      found.push({ index, text: m[0], value: formatDate(...parts), damaged });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Reads the first date of any text (raw: traditional, full-width digits allowed), or undefined. */
export function parseDate(text: string): string | undefined {
  return findDates(normalizeLine(text).match)[0]?.value;
}

/** A span of time: 2021年3月—9月, 20211012日—1125日 (the end may omit the year, and the month). */
export interface DateRange {
  start: string;
  end?: string;
  index: number;
  text: string;
  damaged: boolean;
}

const DASH = '[—–~～至到\\-－]{1,2}';
// End of a range without its year: 1125日 (damaged), 11月25日, 25日, 9月.
const PARTIAL_END = new RegExp(`^\\s*${DASH}\\s*(?:(\\d{2})(\\d{2})日|(\\d{1,2})月(?:(\\d{1,2})日)?|(\\d{1,2})日)`);

/** Finds date ranges in a line; a date with no range end is a range with only `start`. */
export function findDateRanges(line: string): DateRange[] {
  const dates = findDates(line);
  const ranges: DateRange[] = [];
  for (let i = 0; i < dates.length; i++) {
    const start = dates[i]!;
    const after = start.index + start.text.length;
    const next = dates[i + 1];
    const between = next ? line.slice(after, next.index) : '';
    if (next && new RegExp(`^\\s*${DASH}\\s*$`).test(between)) {
      ranges.push({
        start: start.value,
        end: next.value,
        index: start.index,
        text: line.slice(start.index, next.index + next.text.length),
        damaged: start.damaged || next.damaged,
      });
      i++;
      continue;
    }
    const partial = PARTIAL_END.exec(line.slice(after));
    const end = partial ? readPartialEnd(start.value, partial) : undefined;
    if (partial && end) {
      ranges.push({
        start: start.value,
        end,
        index: start.index,
        text: line.slice(start.index, after + partial[0].length),
        damaged: start.damaged || partial[1] !== undefined,
      });
    } else {
      ranges.push({ start: start.value, index: start.index, text: start.text, damaged: start.damaged });
    }
  }
  return ranges;
}

function readPartialEnd(start: string, m: RegExpExecArray): string | undefined {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const [, mm, dd, m2, d2, d3] = m;
  const parts: [number, number, number?] =
    mm !== undefined
      ? [year, Number(mm), Number(dd)]
      : m2 !== undefined
        ? [year, Number(m2), d2 === undefined ? undefined : Number(d2)]
        : [year, month, Number(d3)];
  return valid(...parts) ? formatDate(...parts) : undefined;
}
