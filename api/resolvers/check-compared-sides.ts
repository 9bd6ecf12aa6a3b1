/**
 * Whether two documents can be compared as lower and upper (pure): not one document twice, not two versions of one
 * work (versionDiff compares those), not a lower document of a higher tier than the upper one (the sides swapped: the
 * engine aligns lower articles to upper ones, so such a comparison would answer no pairs and no hint). A tier that is
 * not known says nothing. Example: comparedSidesProblem({ argument: 'lowerPolicyId', given: 't:中华人民共和国|…法@…',
 * id: …, tier: 'national' }, { argument: 'upperPolicyId', given: 't:洛阳市|…', id: …, tier: 'municipal' }) →
 * 'lowerPolicyId "t:中华人民共和国|…" is national and upperPolicyId "t:洛阳市|…" is municipal: the sides look swapped …'.
 */
import { TIERS } from '../../model/index.ts';

/** One side of a comparison: the argument, the id given, and the Policy it was read as. */
export interface ComparedSide {
  argument: string;
  given: string;
  id: string;
  tier: string | null;
  workId: string | null;
}

/** The message of a comparison that cannot be made, or undefined. */
export function comparedSidesProblem(lower: ComparedSide, upper: ComparedSide): string | undefined {
  const named = (s: ComparedSide) => (s.given === s.id ? `"${s.id}"` : `"${s.given}" (read as "${s.id}")`);
  if (lower.id === upper.id)
    return `${lower.argument} ${named(lower)} and ${upper.argument} ${named(upper)} are the same document: compare needs two`;
  if (lower.workId && lower.workId === upper.workId)
    return `${lower.argument} ${named(lower)} and ${upper.argument} ${named(upper)} are two versions of one work: versionDiff compares them`;
  const rank = (tier: string | null) => (tier ? TIERS.indexOf(tier as (typeof TIERS)[number]) : -1);
  if (rank(lower.tier) >= 0 && rank(upper.tier) >= 0 && rank(lower.tier) < rank(upper.tier))
    return `${lower.argument} ${named(lower)} is ${lower.tier} and ${upper.argument} ${named(upper)} is ${upper.tier}: the sides look swapped (the lower document goes in ${lower.argument})`;
  return undefined;
}
