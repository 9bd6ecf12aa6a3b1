/**
 * `Comparison.partPairs`: the targets the two documents state in their parts compared (align/compare-parts.ts), beside
 * the aligned article pairs. Example: for 阜阳's 实施方案 against 国发〔2018〕22号 →
 * [{ lowerPartId: '…#p1', upperPartId: '国发〔2018〕22号#p1', pairedBy: 'HEADING', lowerText: '以习近平…到2020年…',
 *   changes: [{ kind: 'share', verdict: 'added', lowerText: '11.2%', … }, …] }].
 */
import { compareParts, type PartStatement } from '../../align/index.ts';
import type { ApiContext } from '../context.ts';
import type { CypherQuery } from '../run-cypher.ts';
import { toProvisionChangeRow } from './alignment-sources.ts';

/** Part scalars projected beside a part id, so a scalar-only sub-selection needs no hydration. */
const PART_SCALARS = ['id', 'policyId', 'number', 'label', 'heading', 'text', 'order'] as const;

/** The parts of both policies with their own text and their articles (stale ones left out), in document order. */
export function buildPartStatementsQuery(lowerPolicyId: string, upperPolicyId: string): CypherQuery {
  return {
    cypher: `UNWIND [$lowerPolicyId, $upperPolicyId] AS policyId
MATCH (:Policy {id: policyId})-[:HAS_PART]->(pt:Part)
CALL (pt) {
  OPTIONAL MATCH (pt)-[:HAS_ARTICLE]->(a:Article) WHERE coalesce(a.stale, false) = false
  WITH a ORDER BY a.order
  RETURN [x IN collect(a) | {heading: x.heading, text: x.text}] AS articles
}
WITH policyId, pt, articles ORDER BY pt.order
RETURN policyId, {${PART_SCALARS.map((k) => `${k}: pt.${k}`).join(', ')}} AS node, articles`,
    params: { lowerPolicyId, upperPolicyId },
  };
}

/** Resolver of Comparison.partPairs. */
export async function resolveComparedParts(source: Record<string, unknown>, _args: unknown, context: ApiContext) {
  const lowerPolicyId = String(source.lowerPolicyId);
  const upperPolicyId = String(source.upperPolicyId);
  const rows = await context.runner.read(buildPartStatementsQuery(lowerPolicyId, upperPolicyId));
  const nodes = new Map<string, Record<string, unknown>>();
  const side = (policyId: string): PartStatement[] =>
    rows
      .filter((r) => r.policyId === policyId)
      .map((r) => {
        const node = r.node as Record<string, unknown>;
        nodes.set(String(node.id), node);
        return {
          id: String(node.id),
          heading: typeof node.heading === 'string' ? node.heading : '',
          text: typeof node.text === 'string' ? node.text : null,
          articles: r.articles as PartStatement['articles'],
        };
      });
  return compareParts(side(lowerPolicyId), side(upperPolicyId)).map((p) => ({
    lowerPartId: p.lowerId,
    upperPartId: p.upperId,
    lowerNode: nodes.get(p.lowerId),
    upperNode: nodes.get(p.upperId),
    pairedBy: p.pairedBy.toUpperCase(),
    lowerText: p.lowerText,
    upperText: p.upperText,
    changes: p.changes.map(toProvisionChangeRow),
  }));
}
