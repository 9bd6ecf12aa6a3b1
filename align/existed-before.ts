/**
 * Dates of texts, for what can rest on what in time. Dates are ISO prefixes ('2020', '2020-09', '2020-09-25'),
 * compared on their common length; an unknown date never excludes.
 * Example: existedBefore(残疾人保障法 2018 text, a 2017 regulation) → true (the law was adopted 1990-12-28).
 */
import type { AlignDocument } from './align-types.ts';

/** The events that make a text: the first of them dates the work. */
const MAKING = new Set(['adoption', 'promulgation', 'issuance']);

/**
 * Whether date `a` is later than date `b`, both ISO prefixes ('2020', '2020-09', '2020-09-25') compared on their
 * common length; an unknown date is never later.
 */
export function isLaterDate(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}

/**
 * The latest date a text can have been issued: its issue date, else the date it was published (a page copied from a
 * government site often tells only 发布日期 2022-06-28; the measures were issued by then). Undefined when neither is known.
 */
export function issuedBy(doc: Pick<AlignDocument, 'issuedOn' | 'publishedOn'>): string | undefined {
  return doc.issuedOn ?? doc.publishedOn;
}

/**
 * When a work first existed, read from one of its texts: `firstIssuedOn` when the reader gave it (the graph reads
 * the work's earliest event and version), else the earliest of the text's own date and the adoption, promulgation or
 * issue its head lines tell (the 2018 text of 残疾人保障法, 1990年12月28日通过 … → '1990-12-28'). Undefined when no
 * date is known.
 */
function firstDateOf(doc: Pick<AlignDocument, 'firstIssuedOn' | 'issuedOn' | 'events'>): string | undefined {
  if (doc.firstIssuedOn) return doc.firstIssuedOn;
  const dates = [doc.issuedOn, ...(doc.events ?? []).filter((e) => MAKING.has(e.kind)).map((e) => e.start)];
  return dates.filter((d): d is string => !!d).sort()[0];
}

/**
 * Whether `lower` can rest on `upper` in time: not when the upper work first existed after the lower text was issued
 * (a 2020 regulation does not implement a law of 2024), the lower text's date being issuedBy's. Unknown dates never
 * exclude. Dates are ISO prefixes ('2020', '2020-09', '2020-09-25'), compared as text.
 */
export function existedBefore(
  upper: Pick<AlignDocument, 'firstIssuedOn' | 'issuedOn' | 'events'>,
  lower: Pick<AlignDocument, 'issuedOn' | 'publishedOn'>,
): boolean {
  return !isLaterDate(firstDateOf(upper), issuedBy(lower));
}

/**
 * Whether, of two versions of one work issued on `a` and `b`, the one of `a` is what a text issued on `at` rests on:
 * the latest issued by then (in force then), else the earliest (the graph holds none that old); with no date for the
 * text, the latest. A version of unknown date loses to a dated one issued by then, and wins over one issued after.
 * Example: preferVersion('2009-07-02', '2002-07-02', '2010-05-01') → true; ('2016-07-02', '2009-07-02', '2010-05-01') → false;
 * (undefined, '2025-03-17', '2021-07-29') → true.
 */
export function preferVersion(a: string | undefined, b: string | undefined, at: string | undefined): boolean {
  if (a === undefined && b === undefined) return false;
  if (a === undefined) return isLaterDate(b, at);
  if (b === undefined) return !isLaterDate(a, at);
  if (at === undefined) return isLaterDate(a, b);
  const [aByThen, bByThen] = [!isLaterDate(a, at), !isLaterDate(b, at)];
  if (aByThen !== bByThen) return aByThen;
  return aByThen ? isLaterDate(a, b) : isLaterDate(b, a);
}

/**
 * `docs` in order but, of the versions of each work (workId), only the one a text issued on `at` rests on
 * (preferVersion), in the place of the work's first version in `docs`. Documents of no work are all kept.
 */
export function versionsInForce<T extends Pick<AlignDocument, 'workId' | 'issuedOn'>>(
  docs: readonly T[],
  at: string | undefined,
): T[] {
  const chosen = new Map<string, T>();
  for (const d of docs) {
    if (d.workId === undefined) continue;
    const other = chosen.get(d.workId);
    if (!other || preferVersion(d.issuedOn, other.issuedOn, at)) chosen.set(d.workId, d);
  }
  const placed = new Set<string>();
  return docs.flatMap((d) => {
    if (d.workId === undefined) return [d];
    if (placed.has(d.workId)) return [];
    placed.add(d.workId);
    return [chosen.get(d.workId)!];
  });
}
