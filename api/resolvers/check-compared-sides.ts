/**
 * Whether two documents can be compared as lower and upper (pure): not one document twice, not two versions of one
 * work (versionDiff compares those), and the upper document above the lower one as the engine reads "above"
 * (align/is-above.ts: a higher tier on the lower document's own chain of places, or the same tier and place and greater
 * legal force), since the engine aligns a lower document only to the documents above it: any other comparison answers
 * no pairs and no hint. A lower document of a higher tier than the upper one, or above it by legal force, is told the
 * sides look swapped. A tier that is not known says nothing, nor does a legal force that is not known between two
 * texts of one tier and place. Example: comparedSidesProblem(河南's regulation as upper, 山东's as lower) →
 * 'upperPolicyId "t:河南省|…" is not above lowerPolicyId "t:山东省|…": both are provincial, and 河南省 is not on
 * 山东省's chain of places (山东省 → 中华人民共和国); compare pairs a lower document with one above it — for texts of
 * one tier use reuse or sources(scope: PEER)'.
 */
import { isAbove, placeChain } from '../../align/index.ts';
import { TIERS, type AuthorityLevel, type Tier } from '../../model/index.ts';
import { placesOf } from '../../graph/index.ts';
import type { CypherQuery } from '../run-cypher.ts';

/** One side of a comparison: the argument, the id given, and the Policy it was read as. */
export interface ComparedSide {
  argument: string;
  given: string;
  id: string;
  tier: string | null;
  workId: string | null;
  jurisdiction?: string | null;
  authorityLevel?: string | null;
  kind?: string | null;
  title?: string | null;
  issuer?: string | null;
  /** Its jurisdiction and those above it, each with its parent (as the engine reads them). */
  places?: readonly { name: string; parent?: string | null }[];
}

const ADVICE =
  'compare pairs a lower document with one above it — for texts of one tier use reuse or sources(scope: PEER)';

/** The side as the engine's isAbove reads a document. */
function placed(side: ComparedSide) {
  return {
    tier: side.tier as Tier,
    jurisdiction: side.jurisdiction ?? undefined,
    jurisdictions: (side.places ?? []).map((p) => (p.parent ? { name: p.name, parent: p.parent } : { name: p.name })),
    authorityLevel: (side.authorityLevel ?? undefined) as AuthorityLevel | undefined,
    kind: (side.kind ?? undefined) as never,
    title: side.title ?? undefined,
    issuer: side.issuer ?? undefined,
  };
}

/** The message of a comparison that cannot be made, or undefined. */
export function comparedSidesProblem(lower: ComparedSide, upper: ComparedSide): string | undefined {
  const named = (s: ComparedSide) => (s.given === s.id ? `"${s.id}"` : `"${s.given}" (read as "${s.id}")`);
  if (lower.id === upper.id)
    return `${lower.argument} ${named(lower)} and ${upper.argument} ${named(upper)} are the same document: compare needs two`;
  if (lower.workId && lower.workId === upper.workId)
    return `${lower.argument} ${named(lower)} and ${upper.argument} ${named(upper)} are two versions of one work: versionDiff compares them`;
  const rank = (tier: string | null) => (tier ? TIERS.indexOf(tier as (typeof TIERS)[number]) : -1);
  if (rank(lower.tier) < 0 || rank(upper.tier) < 0) return undefined;
  const swapped = `the sides look swapped (the lower document goes in ${lower.argument})`;
  if (rank(lower.tier) < rank(upper.tier))
    return `${lower.argument} ${named(lower)} is ${lower.tier} and ${upper.argument} ${named(upper)} is ${upper.tier}: ${swapped}`;
  const [l, u] = [placed(lower), placed(upper)];
  if (isAbove(u, l)) return undefined;
  const head = `${upper.argument} ${named(upper)} is not above ${lower.argument} ${named(lower)}`;
  if (lower.tier !== upper.tier) {
    const chain = placeChain(l);
    return `${head}: ${upper.jurisdiction} is not on ${lower.jurisdiction}'s chain of places${chain ? ` (${chain.join(' → ')})` : ''}; ${ADVICE}`;
  }
  const samePlace = lower.tier === 'national' || (!!lower.jurisdiction && lower.jurisdiction === upper.jurisdiction);
  if (!samePlace) {
    if (!lower.jurisdiction || !upper.jurisdiction) return undefined;
    const chain = placeChain(l);
    return `${head}: both are ${lower.tier}, and ${upper.jurisdiction} is not on ${lower.jurisdiction}'s chain of places${chain ? ` (${chain.join(' → ')})` : ''}; ${ADVICE}`;
  }
  // One tier and place: legal force decides, and says nothing when a level is not known.
  if (!lower.authorityLevel || !upper.authorityLevel) return undefined;
  if (isAbove(l, u))
    return `${head}: both are ${lower.tier}, and ${lower.argument} is of greater legal force (${lower.authorityLevel} over ${upper.authorityLevel}): ${swapped}`;
  return `${head}: both are ${lower.tier}, and neither is of greater legal force (${upper.authorityLevel}, ${lower.authorityLevel}); ${ADVICE}`;
}

/** What the engine reads of each document to judge what stands above it (align/is-above.ts), places as alignment reads them. */
export function buildComparedSidesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (p:Policy) WHERE p.id IN $ids
RETURN p {.id, .tier, .workId, .jurisdiction, .authorityLevel, .kind, .title, .issuer} AS policy, ${placesOf('p')} AS places`,
    params: { ids: [...ids] },
  };
}
