/**
 * `policyByNumber(docNumber)`: finds a policy by its normalised number. Example: `国发[2020]7号` →
 * `{ cypher: 'MATCH (p:Policy) WHERE p.docNumber = $docNumber …', params: { docNumber: '国发〔2020〕7号', raw: … } }`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { toDocNumberKey } from '../to-doc-number-key.ts';
import type { CypherQuery } from '../run-cypher.ts';

/** Builds the lookup: normalised number, original number or id; a full text wins over a cited-only node. */
export function buildPolicyByNumberQuery(docNumber: string): CypherQuery {
  return {
    cypher: `MATCH (p:Policy)
WHERE p.docNumber = $docNumber OR p.id = $docNumber OR p.docNumberOriginal = $raw
RETURN p.id AS id
ORDER BY CASE p.status WHEN 'full' THEN 0 ELSE 1 END, p.id
LIMIT 1`,
    params: { docNumber: toDocNumberKey(docNumber), raw: docNumber.trim() },
  };
}

/** Resolver of Query.policyByNumber. */
export async function resolvePolicyByNumber(
  _: unknown,
  args: { docNumber: string },
  context: ApiContext,
  info: GraphQLResolveInfo,
): Promise<Record<string, unknown> | null> {
  if (args.docNumber.trim() === '') return null;
  const rows = await context.runner.read(buildPolicyByNumberQuery(args.docNumber));
  const id = rows[0]?.id;
  return typeof id === 'string' ? context.loader.load('Policy', id, info) : null;
}
