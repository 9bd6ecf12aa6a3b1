/**
 * Answers a node field from scalars a custom query already returned, when the client's sub-selection asks for
 * nothing else — so the hydration round trip (a generated @neo4j/graphql query) is skipped. Pure. Example: for
 * `from { id heading }` and preloaded `{ id: 'x#a1', heading: '总则', label: '第一条' }` →
 * `{ id: 'x#a1', heading: '总则', label: '第一条' }`; for `from { id policy { title } }` → null (hydrate instead).
 */
import type { FieldNode, GraphQLResolveInfo, SelectionNode } from 'graphql';

/** Article scalars the custom queries project beside an article id (keys of ARTICLE_SCALAR_PROJECTION). */
export const ARTICLE_SCALARS = ['id', 'policyId', 'label', 'heading', 'path'] as const;

/** Cypher map projection of ARTICLE_SCALARS for the article variable `v`. */
export function articleScalarProjection(v: string): string {
  return `{${ARTICLE_SCALARS.map((k) => `${k}: ${v}.${k}`).join(', ')}}`;
}

/** The names a field node selects when all are plain fields (see pickScalarSelection), else null. */
function plainNames(selections: readonly SelectionNode[]): string[] | null {
  const names: string[] = [];
  for (const s of selections) {
    if (
      s.kind !== 'Field' ||
      s.selectionSet ||
      (s.arguments?.length ?? 0) > 0 ||
      (s.directives?.length ?? 0) > 0 ||
      (s.alias && s.alias.value !== s.name.value)
    )
      return null;
    if (s.name.value !== '__typename') names.push(s.name.value);
  }
  return names;
}

// Per field node of a (cached, parsed) document: the same `from { id heading }` is looked at once per list row.
const namesByNode = new WeakMap<FieldNode, string[] | null>();

function selectedNames(node: FieldNode): string[] | null {
  let names = namesByNode.get(node);
  if (names === undefined) namesByNode.set(node, (names = plainNames(node.selectionSet?.selections ?? [])));
  return names;
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
  for (const node of info.fieldNodes) {
    const names = selectedNames(node);
    if (names === null || !names.every((name) => Object.hasOwn(preloaded, name))) return null;
  }
  return preloaded;
}
