/**
 * `policyByNumber(docNumber)`: finds a policy by its normalised number, as `policy(docNumber)` does: of the texts
 * bearing the number (国务院令第406号, on each text of 道路运输条例), the version in force now (else the latest); a text
 * revised by decree bears its own (国务院令第802号 the 2025 text, 第728号 the 2020 one). Example: `国发[2020]7号` → `{ cypher: 'CALL () { MATCH (p:Policy) WHERE p.id = $id …',
 * params: { id: '国发〔2020〕7号', docNumber: '国发〔2020〕7号', rawNumber: '国发[2020]7号', … } }`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { toDocNumberKey } from '../to-doc-number-key.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { buildPolicyAsOfQuery } from './policy-as-of.ts';

/**
 * Builds the lookup: normalised number, original number or id (a document with a number has it as its id); a full
 * text wins over a cited-only node, the version in force over the others. Before, the first id in order answered, so
 * 国务院令第406号 gave the superseded 道路运输条例 of 2016 while policy(docNumber) gave the 2023 text in force.
 */
export function buildPolicyByNumberQuery(docNumber: string): CypherQuery {
  return buildPolicyAsOfQuery({ id: toDocNumberKey(docNumber), docNumber }, undefined);
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
