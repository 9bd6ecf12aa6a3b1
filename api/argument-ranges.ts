/**
 * The integer arguments of the custom queries that have a range, and the one message for a value outside it: the
 * limits plugin refuses such a value before anything runs (HTTP 400), and the resolvers read their arguments through
 * the same check. Example: rangeProblem('sources', 'limit', 51) → 'sources: limit must be an integer from 1 to 50,
 * got 51'; readRangedArgument('lineage', 'maxDepth', undefined) → 5.
 */
import { OWN_WORDING } from '../align/index.ts';
import { badInput } from './errors.ts';

/** A range of an integer argument, its value when none is given, and why the range is what it is when not plain. */
export interface ArgumentRange {
  min: number;
  max: number;
  fallback: number;
  why?: string;
}

/** By query field, then argument. */
export const ARGUMENT_RANGES: Readonly<Record<string, Readonly<Record<string, ArgumentRange>>>> = {
  lineage: { maxDepth: { min: 1, max: 10, fallback: 5 } },
  sources: { limit: { min: 1, max: 50, fallback: 10 } },
  likelyParents: { limit: { min: 1, max: 20, fallback: 5 } },
  // Under OWN_WORDING a value would be answered as OWN_WORDING (a passage counts only with that many characters of its
  // own), so it is refused rather than silently raised.
  reuse: {
    minLength: {
      min: OWN_WORDING,
      max: 500,
      fallback: 20,
      why: `a shared passage counts only with ${OWN_WORDING} characters or more of its own wording`,
    },
  },
};

/** The message for a value of a ranged argument outside its range; undefined when it is in range or unranged. */
export function rangeProblem(field: string, argument: string, value: unknown): string | undefined {
  const range = ARGUMENT_RANGES[field]?.[argument];
  if (!range || value === null || value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max)
    return undefined;
  const problem = `${field}: ${argument} must be an integer from ${range.min} to ${range.max}, got ${JSON.stringify(value)}`;
  return range.why ? `${problem} (${range.why})` : problem;
}

/** A ranged argument's value (its fallback when absent); BAD_USER_INPUT outside the range. */
export function readRangedArgument(field: string, argument: string, value: number | null | undefined): number {
  const range = ARGUMENT_RANGES[field]?.[argument];
  if (!range) throw new Error(`readRangedArgument: ${field}(${argument}) has no range`);
  const problem = rangeProblem(field, argument, value);
  if (problem) throw badInput(problem);
  return value ?? range.fallback;
}
