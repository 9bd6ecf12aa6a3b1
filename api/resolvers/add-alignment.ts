/**
 * `addAlignment(lowerArticleId, upperArticleId, comment)`: a curator records an alignment the engine missed, or
 * confirms the one it suggested. A new relationship gets id `{lowerId}->{upperId}`, score 1, class `related`,
 * method `curator`, no evidence, status confirmed. Example: `buildAddAlignmentQuery({ lowerId: 'a', upperId: 'b',
 * user: 'li', now: '…', comment: '见第二条' })` → `MATCH (la:Article {id: $lowerId}) MATCH (ua:Article {id: $upperId})
 * MERGE (la)-[r:ALIGNS_WITH]->(ua) …`.
 */
import type { ApiContext } from '../context.ts';
import { badInput, requireCurator } from '../errors.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { PAIR_PROJECTION, toComparedPair } from './compared-pair.ts';
import type { ComparedPairRow } from './compared-pair.ts';

/** Method and version recorded on a curator-made alignment. */
export const CURATOR_METHOD = 'curator';
export const CURATOR_VERSION = '1';

/** What an addition writes. */
export interface Addition {
  lowerId: string;
  upperId: string;
  user: string;
  now: string;
  comment: string | null;
}

/** Builds the MERGE of a confirmed alignment. */
export function buildAddAlignmentQuery(addition: Addition): CypherQuery {
  return {
    cypher: `MATCH (la:Article {id: $lowerId})
MATCH (ua:Article {id: $upperId})
MERGE (la)-[r:ALIGNS_WITH]->(ua)
ON CREATE SET r.id = $lowerId + '->' + $upperId, r.score = 1.0, r.class = 'related', r.rank = 1,
              r.evidence = '[]', r.method = $method, r.version = $version
SET r.status = 'confirmed', r.reviewedBy = $user, r.reviewedAt = $now, r.updatedAt = $now,
    r.comment = coalesce($comment, r.comment)
RETURN ${PAIR_PROJECTION} AS pair`,
    params: { ...addition, method: CURATOR_METHOD, version: CURATOR_VERSION },
  };
}

/** Resolver of Mutation.addAlignment; unknown or identical articles are BAD_USER_INPUT. */
export async function resolveAddAlignment(
  _: unknown,
  args: { lowerArticleId: string; upperArticleId: string; comment?: string | null },
  context: ApiContext,
): Promise<ComparedPairRow> {
  const user = requireCurator(context.auth);
  if (args.lowerArticleId === args.upperArticleId) throw badInput('An article cannot align with itself');
  const rows = await context.runner.write(
    buildAddAlignmentQuery({
      lowerId: args.lowerArticleId,
      upperId: args.upperArticleId,
      user: user.sub,
      now: new Date().toISOString(),
      comment: args.comment ?? null,
    }),
  );
  const pair = rows[0]?.pair;
  if (!pair) throw badInput(`No article with id "${args.lowerArticleId}" or "${args.upperArticleId}"`);
  return toComparedPair(pair as Record<string, unknown>);
}
