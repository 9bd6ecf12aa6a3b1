/**
 * Answers a node field from scalars a custom query already returned, when the client's sub-selection asks for
 * nothing else — so the hydration round trip (a generated @neo4j/graphql query) is skipped. Pure. Example: for
 * `from { id heading }` and preloaded `{ id: 'x#a1', heading: '总则', label: '第一条' }` →
 * `{ id: 'x#a1', heading: '总则', label: '第一条' }`; for `from { id policy { title } }` → null (hydrate instead).
 */
import type { GraphQLResolveInfo, SelectionNode } from 'graphql';

/** Article scalars the custom queries project beside an article id (keys of ARTICLE_SCALAR_PROJECTION). */
export const ARTICLE_SCALARS = ['id', 'policyId', 'label', 'heading', 'path'] as const;

/** Cypher map projection of ARTICLE_SCALARS for the article variable `v`. */
export function articleScalarProjection(v: string): string {
  return `{${ARTICLE_SCALARS.map((k) => `${k}: ${v}.${k}`).join(', ')}}`;
}

function plainFields(selections: readonly SelectionNode[], available: ReadonlySet<string>): boolean {
  return selections.every(
    (s) =>
      s.kind === 'Field' &&
      !s.selectionSet &&
      (s.arguments?.length ?? 0) === 0 &&
      (s.directives?.length ?? 0) === 0 &&
      (!s.alias || s.alias.value === s.name.value) &&
      (s.name.value === '__typename' || available.has(s.name.value)),
  );
}

/**
 * The preloaded object when every selected field is a plain, unaliased, argument- and directive-free field whose
 * value `preloaded` holds (or `__typename`); otherwise null. Fragments always mean null.
 */
export function pickScalarSelection(
  info: Pick<GraphQLResolveInfo, 'fieldNodes'>,
  preloaded: Record<string, unknown> | null | undefined,
): Record<string, unknown> | null {
  if (!preloaded) return null;
  const available = new Set(Object.keys(preloaded));
  const ok = info.fieldNodes.every((node) => plainFields(node.selectionSet?.selections ?? [], available));
  return ok ? preloaded : null;
}
