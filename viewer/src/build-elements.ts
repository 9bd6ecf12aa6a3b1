/**
 * Turns the store into Cytoscape element definitions (pure). Example: a store with policy P (national) holding
 * article P#a1 that aligns with Q#a2 gives nodes `policy:P`, `article:P#a1` (parent `policy:P`) and, when Q#a2 is
 * in view, the edge `aligns:<alignment id>` from `article:P#a1` to `article:Q#a2`.
 */
import type { GraphStore, StoredArticle, StoredGroup, StoredPolicy } from './graph-store.ts';
import { CLOSED_LABEL_WIDTH, LABEL_SIZE } from './graph-style.ts';
import { textWidthEm, wrapCountLine } from './wrap-count-line.ts';

/** Authority levels that get a lane of their own above the tier lanes (law, State Council, ministries, courts). */
const AUTHORITY_LANES: Record<string, string> = {
  constitution: 'law',
  law: 'law',
  administrative_regulation: 'administrative_regulation',
  departmental_rule: 'departmental_rule',
  judicial_interpretation: 'judicial_interpretation',
};

/** The lane of a document: its authority level when that has a lane, else its tier ('unknown' without one). */
export function laneOf(p: { tier?: string | null; authorityLevel?: string | null }): string {
  return AUTHORITY_LANES[p.authorityLevel ?? ''] ?? p.tier ?? 'unknown';
}

/** Cytoscape node id of a group of documents. */
export const groupNodeId = (key: string): string => `group:${key}`;

/** Words the builder needs from the interface language (it stays pure and language-free). */
export interface ElementWords {
  /** The meta line of a closed document: tier, article count, aligned share. */
  documentMeta(p: StoredPolicy): string;
  /** The line of counts drawn in a closed document's box (the lane already names its tier); else documentMeta. */
  documentCounts?(p: StoredPolicy): string;
  /** The label of a group node. */
  groupLabel(g: StoredGroup): string;
}

const PLAIN_WORDS: ElementWords = {
  documentMeta: (p) => (p.articleCount === undefined ? '' : `${p.articleCount}`),
  groupLabel: (g) => `${g.jurisdiction ?? ''} ${g.authorityLevel ?? g.tier ?? ''} ${g.documentCount}`,
};

/** Cytoscape node id of a policy. */
export const policyNodeId = (policyId: string): string => `policy:${policyId}`;
/** Cytoscape node id of an article. */
export const articleNodeId = (articleId: string): string => `article:${articleId}`;
/** Cytoscape edge id of an alignment. */
export const alignmentEdgeId = (alignmentId: string): string => `aligns:${alignmentId}`;

/** Data carried by every element the viewer draws; Cytoscape reads the style from it. */
export interface ElementData {
  id: string;
  kind: 'policy' | 'article' | 'relation' | 'aligns' | 'lane' | 'group';
  /** Lane key (tier or authority-level lane) of policies, articles and groups. */
  lane?: string;
  weight?: number;
  /** Set on documents whose basis was amended or repealed. */
  basisLost?: boolean;
  ref?: string;
  parent?: string;
  source?: string;
  target?: string;
  label?: string;
  /**
   * A closed document's label as drawn: its title, cut to two lines (fitTitle), may break between any two characters
   * (a zero-width space between them), its line of counts only between its parts (wrapCountLine), so `↑0%` never
   * splits and no line ends with the separator.
   */
  drawnLabel?: string;
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
  const core = interpretation
    ? shortTitle(policy.title.replace(/^《(.*)》\s*(政策)?解读$/, '$1').replace(/(政策)?解读$/, ''))
    : shortTitle(policy.title);
  const title = interpretation ? `${shortenLabel(core, 18)}（解读）` : shortenLabel(core, 22);
  return [policy.docNumber, title].filter(Boolean).join('\n');
}

const ZERO_WIDTH_SPACE = '\u200b';

/** How wide a line of a closed document's label may be, in em: the label's width at its largest (workshop) font. */
const LINE_EM = CLOSED_LABEL_WIDTH / LABEL_SIZE.document.workshop;

/**
 * Lines a closed document's label takes at most as drawn (the box holds three at the workshop size): the counts
 * first, the title what is left, at least one line. The whole title is in the tooltip and the panel.
 */
export const LABEL_LINES = 3;

/** Lines a label of char widths `widths` (em) takes when broken between any two characters within `lineEm`. */
function lineCount(widths: readonly number[], lineEm: number): number {
  let lines = 1;
  let em = 0;
  for (const w of widths) {
    if (em + w > lineEm && em > 0) {
      lines += 1;
      em = 0;
    }
    em += w;
  }
  return lines;
}

/**
 * The title cut to `maxLines` lines of `lineEm`, in the middle: its end names the kind of document (意见, 措施,
 * 条例), so it is kept. Example: fitTitle('促进国家高新技术产业开发区高质量发展的若干意见', 2, 9.9) →
 * '促进国家高新技术产业开发区…若干意见'. The longest head that fits is found by halving: adding a character never
 * makes the text take fewer lines.
 */
export function fitTitle(title: string, maxLines: number, lineEm: number): string {
  const chars = [...title];
  const widths = chars.map(textWidthEm);
  if (lineCount(widths, lineEm) <= maxLines) return title;
  const tailStart = chars.length - 4;
  const cutWidths = (head: number) => [...widths.slice(0, head), textWidthEm('…'), ...widths.slice(tailStart)];
  let fits = 0;
  let tooLong = tailStart;
  while (tooLong - fits > 1) {
    const head = (fits + tooLong) >> 1;
    if (lineCount(cutWidths(head), lineEm) <= maxLines) fits = head;
    else tooLong = head;
  }
  if (fits > 0) return [...chars.slice(0, fits), '…', ...chars.slice(tailStart)].join('');
  return [...chars.slice(0, Math.max(1, Math.floor(lineEm * maxLines) - 1)), '…'].join('');
}

function policyNode(policy: StoredPolicy, words: ElementWords): ElementDef {
  const full = [policy.docNumber, policy.title].filter(Boolean).join(' ');
  const open = policy.articleIds.length > 0;
  // A closed document is a node of its own: the whole title (wrapped, never cut) and a line of counts.
  const head = [policy.docNumber, shortTitle(policy.title)].filter((line): line is string => !!line);
  const meta = [words.documentMeta(policy)].filter(Boolean);
  const label = open ? [policy.docNumber, policy.title].filter(Boolean).join('  ') : [...head, ...meta].join('\n');
  // Drawn: the title on at most two lines, and the counts; the number and the tier are in the tooltip, the panel
  // and the lane. Three lines at 18 px on screen is what lets the whole overview fit a projector (issue 17).
  const counts = [(words.documentCounts ?? words.documentMeta)(policy)].filter(Boolean);
  const countLines = counts.flatMap((line) => wrapCountLine(line, LINE_EM));
  const titleLines = Math.max(1, LABEL_LINES - countLines.length);
  const drawnLabel = open
    ? label
    : [Array.from(fitTitle(shortTitle(policy.title), titleLines, LINE_EM)).join(ZERO_WIDTH_SPACE), ...countLines].join(
        '\n',
      );
  const classes = [
    policy.status === 'cited' ? 'cited' : '',
    open ? 'open' : 'closed',
    policy.basisChanged ? 'basis-lost' : '',
    policy.versionStatus && policy.versionStatus !== 'in_force' ? `version-${policy.versionStatus}` : '',
  ];
  return {
    group: 'nodes',
    data: {
      id: policyNodeId(policy.id),
      kind: 'policy',
      ref: policy.id,
      label,
      drawnLabel,
      fullLabel: full,
      tier: policy.tier ?? 'unknown',
      lane: laneOf(policy),
      status: policy.status ?? 'full',
      basisLost: policy.basisChanged === true,
    },
    classes: classes.filter(Boolean).join(' '),
  };
}

function groupNode(group: StoredGroup, words: ElementWords): ElementDef {
  return {
    group: 'nodes',
    data: {
      id: groupNodeId(group.key),
      kind: 'group',
      ref: group.key,
      label: words.groupLabel(group),
      fullLabel: words.groupLabel(group),
      tier: group.tier ?? 'unknown',
      lane: laneOf(group),
    },
    classes: 'group',
  };
}

/**
 * Builds nodes and edges for everything in the store; edges appear only when both ends are in view. Groups not yet
 * opened are nodes of their own; a document-level `aligns` edge stands for its article alignments until both
 * documents are open.
 */
export function buildElements(store: GraphStore, words: ElementWords = PLAIN_WORDS): ElementDef[] {
  const nodes: ElementDef[] = [];
  const edges: ElementDef[] = [];
  for (const key of Object.keys(store.groups).sort()) {
    const group = store.groups[key]!;
    if (!group.opened) nodes.push(groupNode(group, words));
  }
  const policyIds = Object.keys(store.policies).sort();
  for (const policyId of policyIds) {
    const policy = store.policies[policyId]!;
    nodes.push(policyNode(policy, words));
    for (const articleId of policy.articleIds) {
      const article = store.articles[articleId];
      if (!article) continue;
      const full = articleLabel(article);
      nodes.push({
        group: 'nodes',
        data: {
          id: articleNodeId(article.id),
          kind: 'article',
          ref: article.id,
          parent: policyNodeId(policy.id),
          label: shortenLabel(full, 24),
          fullLabel: full,
          tier: policy.tier ?? 'unknown',
          lane: laneOf(policy),
        },
      });
    }
  }
  for (const key of Object.keys(store.relations).sort()) {
    const r = store.relations[key]!;
    const source = store.policies[r.sourceId];
    const target = store.policies[r.targetId];
    if (!source || !target) continue;
    if (r.relation === 'aligns' && source.articleIds.length > 0 && target.articleIds.length > 0) continue;
    edges.push({
      group: 'edges',
      data: {
        id: key,
        kind: 'relation',
        relation: r.relation,
        source: policyNodeId(r.sourceId),
        target: policyNodeId(r.targetId),
        weight: r.weight,
      },
      classes: r.relation === 'aligns' ? 'doc-aligns' : undefined,
    });
  }
  for (const key of Object.keys(store.alignments).sort()) {
    const a = store.alignments[key]!;
    if (!store.articles[a.lowerId] || !store.articles[a.upperId]) continue;
    edges.push({
      group: 'edges',
      data: {
        id: alignmentEdgeId(a.id),
        kind: 'aligns',
        relation: 'aligns',
        ref: a.id,
        source: articleNodeId(a.lowerId),
        target: articleNodeId(a.upperId),
        cls: a.class,
        score: a.score,
        status: a.status,
        label: a.status === 'confirmed' ? '✓' : a.status === 'rejected' ? '✗' : '',
      },
      classes: `aligns-${a.class} status-${a.status}`,
    });
  }
  return [...nodes, ...edges];
}

/** A lane's name as drawn: a qualifier in brackets on a line of its own (省级 / （自治区）, not 省级（自治 / 区）). */
export function laneLabelText(name: string): string {
  return name.replace(/\s*([（(])/, '\n$1');
}

/** Lane bands as locked background nodes, so they pan, zoom and export with the graph. */
export function buildLaneElements(
  lanes: { tier: string; top: number; height: number; left: number; right: number }[],
  labelOf: (tier: string) => string,
): ElementDef[] {
  return lanes.map((lane) => ({
    group: 'nodes' as const,
    data: {
      id: `lane:${lane.tier}`,
      kind: 'lane' as const,
      tier: lane.tier,
      lane: lane.tier,
      label: laneLabelText(labelOf(lane.tier)),
      width: lane.right - lane.left,
      height: lane.height - 10,
    },
    position: { x: (lane.left + lane.right) / 2, y: lane.top + lane.height / 2 },
    classes: 'lane',
  }));
}
