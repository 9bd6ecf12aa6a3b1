/**
 * The `asOf` argument: a day `YYYY-MM-DD`, and what "in force that day" means for a Policy. A versioned statute is in
 * force from validFrom until validTo (exclusive); any other document from the day it was made (effect, issue or
 * publication date), or always when it gives none. Example: readAsOf('2015-01-01') → '2015-01-01';
 * readAsOf('2015') → BAD_USER_INPUT.
 */
import { badInput } from '../errors.ts';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Validates an asOf argument; undefined when absent. */
export function readAsOf(asOf: string | null | undefined): string | undefined {
  if (asOf === null || asOf === undefined) return undefined;
  if (!DAY.test(asOf.trim())) throw badInput(`asOf must be a day as YYYY-MM-DD, got "${asOf}"`);
  return asOf.trim();
}

/** A Cypher predicate: Policy `p` in force on the day `$asOf` (true when $asOf is null). */
export function inForceCypher(p: string): string {
  return `($asOf IS NULL OR CASE WHEN ${p}.validFrom IS NOT NULL
    THEN ${p}.validFrom <= $asOf AND (${p}.validTo IS NULL OR $asOf < ${p}.validTo)
    ELSE coalesce(${p}.effectiveOn, ${p}.issuedOn, ${p}.publishedOn, '') <= $asOf END)`;
}
