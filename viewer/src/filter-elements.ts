/**
 * Which elements the filters hide (pure). Example: with minScore 0.5 an `aligns` edge of score 0.3 is hidden; an
 * article whose tier is filtered out is hidden, and so is every edge touching a hidden node.
 */
import type { ElementData } from './build-elements.ts';
import type { Filters } from './scene.ts';

/** Ids of the elements to hide under these filters. Lanes are never hidden. */
export function hiddenElementIds(elements: ElementData[], filters: Filters): Set<string> {
  const hidden = new Set<string>();
  for (const d of elements) {
    if (d.kind === 'lane' || d.kind === 'relation' || d.kind === 'aligns') continue;
    if (d.kind === 'group') {
      if (!filters.tiers.includes(d.tier ?? 'unknown')) hidden.add(d.id);
      continue;
    }
    if (!filters.tiers.includes(d.tier ?? 'unknown') || !filters.nodeKinds.includes(d.kind)) hidden.add(d.id);
  }
  // A policy box hidden by kind still holds its articles: only hide it when all its articles are hidden too.
  for (const d of elements) {
    if (d.kind !== 'policy' || !hidden.has(d.id) || !filters.tiers.includes(d.tier ?? 'unknown')) continue;
    const hasVisibleChild = elements.some((c) => c.parent === d.id && !hidden.has(c.id));
    if (hasVisibleChild) hidden.delete(d.id);
  }
  for (const d of elements) {
    if (d.kind !== 'relation' && d.kind !== 'aligns') continue;
    const byRelation = !filters.relations.includes(d.relation ?? '');
    const byScore = d.kind === 'aligns' && (d.score ?? 0) < filters.minScore;
    const byStatus = d.kind === 'aligns' && !filters.showRejected && d.status === 'rejected';
    if (byRelation || byScore || byStatus || hidden.has(d.source ?? '') || hidden.has(d.target ?? '')) hidden.add(d.id);
  }
  return hidden;
}
