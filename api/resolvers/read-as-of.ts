/**
 * The `asOf` argument: a day `YYYY-MM-DD`, and what "in force that day" means for a Policy. A versioned statute is in
 * force from validFrom until validTo (exclusive); any other document from the day it was made (effect, issue or
 * publication date), or always when it gives none. Example: readAsOf('2015-01-01') → '2015-01-01';
 * readAsOf('2015') and readAsOf('2019-02-30') → BAD_USER_INPUT. Every date argument of the API is checked by isDay.
 */
import { badInput } from '../errors.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a text is a day of the calendar as YYYY-MM-DD: 2019-02-30 and 2019-13-45 are not (the shape alone let
 * 2019-02-30 through, and a string comparison then read it as 2019-03-01's eve).
 */
export function isDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Validates an asOf argument (`argument` names it in the message); undefined when absent. */
export function readAsOf(asOf: string | null | undefined, argument = 'asOf'): string | undefined {
  if (asOf === null || asOf === undefined) return undefined;
  if (!isDay(asOf.trim())) throw badInput(`${argument} must be a day of the calendar as YYYY-MM-DD, got "${asOf}"`);
  return asOf.trim();
}

/** A Cypher predicate: Policy `p` in force on the day `$asOf` (true when $asOf is null). */
export function inForceCypher(p: string): string {
  return `($asOf IS NULL OR CASE WHEN ${p}.validFrom IS NOT NULL
    THEN ${p}.validFrom <= $asOf AND (${p}.validTo IS NULL OR $asOf < ${p}.validTo)
    ELSE coalesce(${p}.effectiveOn, ${p}.issuedOn, ${p}.publishedOn, '') <= $asOf END)`;
}
