/**
 * `setPolicyTier(policyId, tier)`: a curator sets the tier of a document whose text does not tell it (TIER_UNKNOWN).
 * The writer keeps a tier set this way on re-import (`tierSetBy`). Example: `buildSetTierQuery({ id: 't:|关于…',
 * tier: 'county', user: 'li', now: '2026-12-02T09:00:00.000Z' })` → `MATCH (p:Policy {id: $id}) SET p.tier = $tier …`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { badInput, requireCurator } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';

const TIERS = new Set(['national', 'provincial', 'municipal', 'county']);

/** Builds the write of a curator's tier. */
export function buildSetTierQuery(change: { id: string; tier: string; user: string; now: string }): CypherQuery {
  return {
    cypher: `MATCH (p:Policy {id: $id})
SET p.tier = $tier, p.tierSetBy = $user, p.tierSetAt = $now
RETURN p.id AS id`,
    params: { ...change },
  };
}

/** Resolver of Mutation.setPolicyTier. */
export async function resolveSetPolicyTier(
  _: unknown,
  args: { policyId: string; tier: string },
  context: ApiContext,
  info: GraphQLResolveInfo,
): Promise<Record<string, unknown> | null> {
  const user = requireCurator(context.auth);
  if (!TIERS.has(args.tier)) throw badInput(`Unknown tier "${args.tier}"`);
  const rows = await context.runner.write(
    buildSetTierQuery({ id: args.policyId, tier: args.tier, user: user.sub, now: new Date().toISOString() }),
  );
  if (typeof rows[0]?.id !== 'string') throw badInput(`No policy with id "${args.policyId}"`);
  return context.loader.load('Policy', rows[0].id, info);
}
