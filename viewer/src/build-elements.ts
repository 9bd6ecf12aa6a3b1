/**
 * Turns the store into Cytoscape element definitions (pure). Example: a store with policy P (national) holding
 * article P#a1 that aligns with Q#a2 gives nodes `policy:P`, `article:P#a1` (parent `policy:P`) and, when Q#a2 is
 * in view, the edge `aligns:<alignment id>` from `article:P#a1` to `article:Q#a2`.
 */
import type { GraphStore, StoredArticle, StoredPolicy } from './graph-store.ts';

/** Cytoscape node id of a policy. */
export const policyNodeId = (policyId: string): string => `policy:${policyId}`;
/** Cytoscape node id of an article. */
export const articleNodeId = (articleId: string): string => `article:${articleId}`;
/** Cytoscape edge id of an alignment. */
export const alignmentEdgeId = (alignmentId: string): string => `aligns:${alignmentId}`;

/** Data carried by every element the viewer draws; Cytoscape reads the style from it. */
export interface ElementData {
  id: string;
  kind: 'policy' | 'article' | 'relation' | 'aligns' | 'lane';
  ref?: string;
  parent?: string;
  source?: string;
  target?: string;
  label?: string;
  fullLabel?: string;
  tier?: string;
  status?: string;
  relation?: string;
  cls?: string;
  score?: number;
  width?: number;
  height?: number;
}

/** A Cytoscape element definition (the subset the viewer uses). */
export interface ElementDef {
  group: 'nodes' | 'edges';
  data: ElementData;
  position?: { x: number; y: number };
  classes?: string;
}

/** Shortens a label to `max` characters with an ellipsis; the full text goes to the hover title. */
export function shortenLabel(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Drops the habitual lead-in of a Chinese policy title so the label starts with what the document is about. */
export function shortTitle(title: string): string {
  return title.replace(/^(国务院|科技部|[^关]{2,12}?(?:省|市|自治区|人民政府))?关于/, '').replace(/^印发/, '') || title;
}

function articleLabel(article: StoredArticle): string {
  const number = article.label ?? `(${article.number})`;
  return `${number}${article.heading ?? ''}`;
}

/** The box label of a policy: its number, then its short title; an interpretation says so even when shortened. */
export function policyLabel(policy: { title: string; docNumber?: string; kind?: string }): string {
  const interpretation = policy.kind === 'interpretation' || /解读$/.test(policy.title);
  const core = interpretation ? shortTitle(policy.title.replace(/^《(.*)》\s*(政策)?解读$/, '$1').replace(/(政策)?解读$/, '')) : shortTitle(policy.title);
  const title = interpretation ? `${shortenLabel(core, 18)}（解读）` : shortenLabel(core, 22);
  return [policy.docNumber, title].filter(Boolean).join('\n');
}

function policyNode(policy: StoredPolicy): ElementDef {
  const full = [policy.docNumber, policy.title].filter(Boolean).join(' ');
  const label = policyLabel(policy);
  return {
    group: 'nodes',
    data: { id: policyNodeId(policy.id), kind: 'policy', ref: policy.id, label, fullLabel: full, tier: policy.tier ?? 'unknown', status: policy.status ?? 'full' },
    classes: policy.status === 'cited' ? 'cited' : '',
  };
}

/** Builds nodes and edges for everything in the store; edges appear only when both ends are in view. */
export function buildElements(store: GraphStore): ElementDef[] {
  const nodes: ElementDef[] = [];
  const edges: ElementDef[] = [];
  const policyIds = Object.keys(store.policies).sort();
  for (const policyId of policyIds) {
    const policy = store.policies[policyId]!;
    nodes.push(policyNode(policy));
    for (const articleId of policy.articleIds) {
      const article = store.articles[articleId];
      if (!article) continue;
      const full = articleLabel(article);
      nodes.push({
        group: 'nodes',
        data: { id: articleNodeId(article.id), kind: 'article', ref: article.id, parent: policyNodeId(policy.id), label: shortenLabel(full, 18), fullLabel: full, tier: policy.tier ?? 'unknown' },
      });
    }
  }
  for (const key of Object.keys(store.relations).sort()) {
    const r = store.relations[key]!;
    if (!store.policies[r.sourceId] || !store.policies[r.targetId]) continue;
    edges.push({
      group: 'edges',
      data: { id: key, kind: 'relation', relation: r.relation, source: policyNodeId(r.sourceId), target: policyNodeId(r.targetId) },
    });
  }
  for (const key of Object.keys(store.alignments).sort()) {
    const a = store.alignments[key]!;
    if (!store.articles[a.lowerId] || !store.articles[a.upperId]) continue;
    edges.push({
      group: 'edges',
      data: {
        id: alignmentEdgeId(a.id), kind: 'aligns', relation: 'aligns', ref: a.id, source: articleNodeId(a.lowerId), target: articleNodeId(a.upperId),
        cls: a.class, score: a.score, status: a.status, label: a.status === 'confirmed' ? '✓' : a.status === 'rejected' ? '✗' : '',
      },
      classes: `aligns-${a.class} status-${a.status}`,
    });
  }
  return [...nodes, ...edges];
}

/** Lane bands as locked background nodes, so they pan, zoom and export with the graph. */
export function buildLaneElements(
  lanes: { tier: string; top: number; height: number; left: number; right: number }[],
  labelOf: (tier: string) => string,
): ElementDef[] {
  return lanes.map((lane) => ({
    group: 'nodes' as const,
    data: { id: `lane:${lane.tier}`, kind: 'lane' as const, tier: lane.tier, label: labelOf(lane.tier), width: lane.right - lane.left, height: lane.height - 10 },
    position: { x: (lane.left + lane.right) / 2, y: lane.top + lane.height / 2 },
    classes: 'lane',
  }));
}
