/**
 * `confirmAlignment(id, comment)` / `rejectAlignment(id, comment)`: a curator sets the status of an ALIGNS_WITH
 * and signs it (reviewedBy from the token's sub, reviewedAt now). The alignment writer keeps confirmed and
 * rejected relationships on re-alignment. Example: `buildReviewQuery({ id: 'a->b', status: 'confirmed', user: 'li',
 * now: '2026-11-26T15:00:00.000Z', comment: null })` → `MATCH (la:Article)-[r:ALIGNS_WITH]->(ua:Article) WHERE r.id
 * = $id SET r.status = $status …`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { badInput, requireCurator } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { PAIR_PROJECTION, toComparedPair } from './compared-pair.ts';
import type { ComparedPairRow } from './compared-pair.ts';

/** What a review sets. A null comment keeps the existing one. */
export interface Review {
  id: string;
  status: 'confirmed' | 'rejected';
  user: string;
  now: string;
  comment: string | null;
}

/** Builds the review write. */
export function buildReviewQuery(review: Review): CypherQuery {
  return {
    cypher: `MATCH (la:Article)-[r:ALIGNS_WITH]->(ua:Article)
WHERE r.id = $id
SET r.status = $status, r.reviewedBy = $user, r.reviewedAt = $now, r.updatedAt = $now,
    r.comment = coalesce($comment, r.comment)
RETURN ${PAIR_PROJECTION} AS pair`,
    params: { ...review },
  };
}

function reviewResolver(status: Review['status']) {
  return async (
    _: unknown,
    args: { id: string; comment?: string | null },
    context: ApiContext,
    _info: GraphQLResolveInfo,
  ): Promise<ComparedPairRow> => {
    const user = requireCurator(context.auth);
    const rows = await context.runner.write(
      buildReviewQuery({
        id: args.id,
        status,
        user: user.sub,
        now: new Date().toISOString(),
        comment: args.comment ?? null,
      }),
    );
    const pair = rows[0]?.pair;
    if (!pair) throw badInput(`No alignment with id "${args.id}"`);
    return toComparedPair(pair as Record<string, unknown>);
  };
}

/** Resolver of Mutation.confirmAlignment. */
export const resolveConfirmAlignment = reviewResolver('confirmed');
/** Resolver of Mutation.rejectAlignment. */
export const resolveRejectAlignment = reviewResolver('rejected');
