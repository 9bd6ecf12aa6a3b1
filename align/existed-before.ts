/**
 * Dates of texts, for what can rest on what in time. Dates are ISO prefixes ('2020', '2020-09', '2020-09-25'),
 * compared on their common length, so two texts of one year with a day known for one only are never ordered; an
 * unknown date never excludes. A document number's year ('盐政发〔2017〕40号' → '2017') dates a text that tells no
 * day: the number is given when the text is issued.
 * Example: existedBefore(残疾人保障法 2018 text, a 2017 regulation) → true (the law was adopted 1990-12-28);
 * existedBefore(镇政发〔2024〕7号, 太湖's rules of 2019-01-17) → false.
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
 * The year of a document number in its normalised form ('盐政发〔2017〕40号' → '2017'), undefined for a number
 * without one (a decree: 国令第707号) or no number.
 */
export function yearOfNumber(docNumber: string | undefined): string | undefined {
  return /〔((?:19|20)\d{2})〕/.exec(docNumber ?? '')?.[1];
}

/**
 * Of two dates that each bound a text's issue from above, the one that says more: the earlier where they differ on
 * their common length, else the longer ('2017' and '2018-03-23' → '2017'; '2018' and '2018-03-23' → '2018-03-23').
 */
export function tighterBound(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a || b;
  if (isLaterDate(a, b)) return b;
  if (isLaterDate(b, a)) return a;
  return a.length >= b.length ? a : b;
}

/**
 * The latest date a text can have been issued: its issue date, else the tighter of the date it was published (a page
 * copied from a government site often tells only 发布日期 2022-06-28; the measures were issued by then) and the year
 * of its own number (盐政发〔2017〕40号, a copy that lost every date: issued in 2017). Undefined when none is known.
 * Not its effective date: a text may take effect before it is issued (自2019年1月1日起施行, issued in February),
 * and a local text often takes the effective date of the national one it follows.
 */
export function issuedBy(doc: Pick<AlignDocument, 'issuedOn' | 'publishedOn' | 'docNumber'>): string | undefined {
  return doc.issuedOn ?? tighterBound(doc.publishedOn, yearOfNumber(doc.docNumber));
}

/**
 * The date of this text as an upper one: its issue (or version) date, else the year of its own number (镇政发〔2024〕7号,
 * whose page tells only when it was posted). Not the date a page was published: that bounds the issue from above
 * only, and a repost (a 2013 text on a site that posted it in 2019) would date the text years late.
 */
export function madeOn(doc: Pick<AlignDocument, 'issuedOn' | 'docNumber'>): string | undefined {
  return doc.issuedOn ?? yearOfNumber(doc.docNumber);
}

/**
 * When a work first existed, read from one of its texts: `firstIssuedOn` when the reader gave it (the graph reads
 * the work's earliest event and version), else the earliest of the text's own date and the adoption, promulgation or
 * issue its head lines tell (the 2018 text of 残疾人保障法, 1990年12月28日通过 … → '1990-12-28'), else the year of its
 * number. Undefined when no date is known.
 */
function firstDateOf(
  doc: Pick<AlignDocument, 'firstIssuedOn' | 'issuedOn' | 'events' | 'docNumber'>,
): string | undefined {
  if (doc.firstIssuedOn) return doc.firstIssuedOn;
  const dates = [doc.issuedOn, ...(doc.events ?? []).filter((e) => MAKING.has(e.kind)).map((e) => e.start)];
  return dates.filter((d): d is string => !!d).sort()[0] ?? yearOfNumber(doc.docNumber);
}

/**
 * Whether `lower` can rest on `upper` in time: not when the upper work first existed after the lower text was issued
 * (a 2020 regulation does not implement a law of 2024), the lower text's date being issuedBy's. Unknown dates never
 * exclude, nor does a tie at the precision both know (镇政发〔2024〕7号 and a text of 2024-04-06: either may be first).
 */
export function existedBefore(
  upper: Pick<AlignDocument, 'firstIssuedOn' | 'issuedOn' | 'events' | 'docNumber'>,
  lower: Pick<AlignDocument, 'issuedOn' | 'publishedOn' | 'docNumber'>,
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
 * With no date for the text, `nearest` may name the version it rests on instead of the latest (nearest-version.ts:
 * the one its wording is nearest); when it names none, the latest stands.
 */
export function versionsInForce<T extends Pick<AlignDocument, 'workId' | 'issuedOn' | 'docNumber'>>(
  docs: readonly T[],
  at: string | undefined,
  nearest?: (versions: readonly T[]) => T | undefined,
): T[] {
  const chosen = new Map<string, T>();
  const versions = new Map<string, T[]>();
  for (const d of docs) {
    if (d.workId === undefined) continue;
    const other = chosen.get(d.workId);
    if (!other || preferVersion(madeOn(d), madeOn(other), at)) chosen.set(d.workId, d);
    const texts = versions.get(d.workId);
    if (texts) texts.push(d);
    else versions.set(d.workId, [d]);
  }
  if (at === undefined && nearest)
    for (const [work, texts] of versions) {
      const picked = texts.length > 1 ? nearest(texts) : undefined;
      if (picked) chosen.set(work, picked);
    }
  const placed = new Set<string>();
  return docs.flatMap((d) => {
    if (d.workId === undefined) return [d];
    if (placed.has(d.workId)) return [];
    placed.add(d.workId);
    return [chosen.get(d.workId)!];
  });
}

/**
 * Whether `upper` is a text made after `lower` was issued (madeOn against issuedBy; unknown or tied: no). Such a text
 * is above `lower` only as a stand-in for its work (mayRestOn).
 */
export function madeAfter(
  upper: Pick<AlignDocument, 'issuedOn' | 'docNumber'>,
  lower: Pick<AlignDocument, 'issuedOn' | 'publishedOn' | 'docNumber'>,
): boolean {
  return isLaterDate(madeOn(upper), issuedBy(lower));
}

/**
 * Whether `lower` can rest on `upper` in time. Its work existed before `lower` was issued (existedBefore), and either
 * the text itself was made by then, or it stands in for its work: the graph holds no other version of the work made
 * by then (`workVersionDates`, which counts a version whose articles were not read: the 2013 国务院工作规则 parsed with
 * none, and its 2023 text was given as the parent of 汉中's rules of 2014). A later text of an older work stands in
 * when the graph lacks the text in force (a 2017 regulation → 残疾人保障法's 2018 text, the only one held); likelyParents
 * says so (`laterVersion`).
 */
export function mayRestOn(
  upper: Pick<AlignDocument, 'firstIssuedOn' | 'issuedOn' | 'events' | 'docNumber' | 'workVersionDates'>,
  lower: Pick<AlignDocument, 'issuedOn' | 'publishedOn' | 'docNumber'>,
): boolean {
  if (!existedBefore(upper, lower)) return false;
  if (!madeAfter(upper, lower)) return true;
  const by = issuedBy(lower);
  return !(upper.workVersionDates ?? []).some((d) => !isLaterDate(d, by));
}
