/**
 * The Cytoscape stylesheet (pure data): lanes, policy boxes, articles, relation and alignment edges, highlight,
 * fade, coverage; a workshop variant with large fonts and high contrast. Colours here are also the legend's.
 */
import type { StylesheetJson } from 'cytoscape';
import { LAYOUT, STUB_SIZE } from './layout-lanes.ts';

/** Outline of a document whose basis (an upper document it rests on) was amended or repealed. */
export const BASIS_LOST_COLOR = '#e03131';

/** The web font every label uses (bundled, so machines without CJK fonts draw the same picture). */
export const FONT_FAMILY = '"Noto Sans SC", sans-serif';

/** Lane tints and tier accents. */
export const TIER_COLORS: Record<string, { lane: string; accent: string; article: string }> = {
  national: { lane: '#fff1e6', accent: '#c2410c', article: '#ffe4cc' },
  provincial: { lane: '#e8f1fd', accent: '#1d4ed8', article: '#d3e4fb' },
  municipal: { lane: '#e9f7ec', accent: '#15803d', article: '#cdebd4' },
  county: { lane: '#f3ecfd', accent: '#7e22ce', article: '#e4d5fa' },
  unknown: { lane: '#f1f3f5', accent: '#495057', article: '#e9ecef' },
  law: { lane: '#fdecea', accent: '#a61e4d', article: '#fcc2d7' },
  administrative_regulation: { lane: '#fff1e6', accent: '#c2410c', article: '#ffe4cc' },
  judicial_interpretation: { lane: '#f8f0fc', accent: '#862e9c', article: '#eebefa' },
  departmental_rule: { lane: '#fff9db', accent: '#946c00', article: '#ffec99' },
};

/** Width a closed document's label wraps within, in model units. */
export const CLOSED_LABEL_WIDTH = STUB_SIZE.width - 12;

/** Line height of a closed document's label, in font sizes (three lines fill STUB_SIZE.height in workshop mode). */
export const CLOSED_LINE_HEIGHT = 1.2;

/** Smallest label drawn on screen, in px: smaller labels are hidden, not drawn illegibly (issue 17). */
export const MIN_LABEL_PX = { normal: 12, workshop: 18 } as const;

/** Label sizes in model units; on screen they are multiplied by the zoom. */
export const LABEL_SIZE = {
  lane: { normal: 32, workshop: 40 },
  group: { normal: 30, workshop: 36 },
  document: { normal: 16, workshop: 21 },
  openDocument: { normal: 18, workshop: 24 },
  article: { normal: 14, workshop: 20 },
} as const;

/** The zoom from which labels of `what` (closed documents unless said) are drawn: their size on screen reaches the minimum. */
export function readableZoom(workshop: boolean, what: keyof typeof LABEL_SIZE = 'document'): number {
  const mode = workshop ? 'workshop' : 'normal';
  return MIN_LABEL_PX[mode] / LABEL_SIZE[what][mode];
}

/** Edge colours by relation, and alignment colours by class. */
export const RELATION_COLORS: Record<string, string> = {
  implements: '#d9480f',
  cites: '#868e96',
  interprets: '#7048e8',
  basedOn: '#1971c2',
};

/** Alignment classes, strongest first, with colour and dash used in the graph, the legend and the SVG export. */
export const ALIGNMENT_CLASSES: { cls: string; color: string; dash: number[] }[] = [
  { cls: 'identical', color: '#0b4f6c', dash: [] },
  { cls: 'almost_identical', color: '#1c7ed6', dash: [] },
  { cls: 'related', color: '#4dabf7', dash: [8, 4] },
  { cls: 'partially_related', color: '#91a7ff', dash: [2, 4] },
];

/** Review status colours. */
export const STATUS_COLORS = { confirmed: '#2b8a3e', rejected: '#c92a2a' } as const;

/** Line width of an alignment of score s (the legend explains it). */
export const alignmentWidth = (score: number): number => 1.5 + 6 * Math.max(0, Math.min(1, score));

// Colours per tier as plain selector blocks: Cytoscape caches these, whereas function values run per element.
function tierBlocks(workshop: boolean): StylesheetJson {
  return Object.entries(TIER_COLORS).flatMap(([tier, c]) => [
    { selector: `node.lane[tier = "${tier}"]`, style: { 'background-color': c.lane, color: c.accent } },
    {
      selector: `node[kind = "policy"][lane = "${tier}"]`,
      style: { 'border-color': c.accent, color: workshop ? '#000000' : c.accent },
    },
    {
      selector: `node[kind = "policy"].closed[lane = "${tier}"]`,
      style: { 'background-color': c.article, 'background-opacity': 1, color: '#000000' },
    },
    {
      selector: `node[kind = "group"][lane = "${tier}"]`,
      style: { 'background-color': c.lane, 'border-color': c.accent, color: workshop ? '#000000' : c.accent },
    },
    {
      selector: `node[kind = "article"][lane = "${tier}"]`,
      style: { 'background-color': c.article, 'border-color': workshop ? '#000000' : c.accent },
    },
  ]);
}

/** The stylesheet; `workshop` enlarges labels and raises contrast for a projector. */
export function graphStyle(workshop: boolean): StylesheetJson {
  const f = workshop ? 1.4 : 1;
  const mode = workshop ? 'workshop' : 'normal';
  const size = (what: keyof typeof LABEL_SIZE) => LABEL_SIZE[what][mode];
  const style: StylesheetJson = [
    // Semantic zoom: a label that would be drawn under the minimum on screen is hidden instead (and not drawn at
    // all, which is also what keeps a large overview fast).
    {
      selector: 'node',
      style: {
        'font-family': FONT_FAMILY,
        color: '#212529',
        'text-wrap': 'wrap',
        'text-overflow-wrap': 'anywhere',
        'min-zoomed-font-size': MIN_LABEL_PX[mode],
        // Not the default 1, which Cytoscape does not store: fading from an unstored opacity counts as a change of
        // drawing order, and every element is then re-sorted (0.3 s at 5,000 elements, issue 17's click to chain).
        opacity: 0.999,
      },
    },
    { selector: 'edge', style: { 'min-zoomed-font-size': MIN_LABEL_PX[mode] } },
    {
      selector: 'node.lane',
      style: {
        shape: 'rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'border-width': 0,
        label: 'data(label)',
        'font-size': size('lane'),
        'font-weight': 'bold',
        // In the column left of the documents (x < 0), right-aligned against them, mid-lane.
        'text-halign': 'left',
        'text-valign': 'center',
        'text-justification': 'right',
        'text-margin-x': -LAYOUT.laneLeft - 12,
        'text-max-width': `${-LAYOUT.laneLeft - 20}px`,
        'line-height': 1.1,
        'z-index': 0,
        events: 'no',
        'z-compound-depth': 'bottom',
      },
    },
    {
      selector: 'node[kind = "policy"]',
      style: {
        shape: 'round-rectangle',
        'background-color': '#ffffff',
        'background-opacity': 0.75,
        'border-width': 2 * f,
        label: 'data(label)',
        'font-size': size('openDocument'),
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
        'text-max-width': '600px',
        padding: '14px',
        width: STUB_SIZE.width,
        height: STUB_SIZE.height,
      },
    },
    {
      selector: 'node[kind = "policy"]:childless',
      style: {
        // Breaks only where drawnLabel allows: anywhere in the title, at spaces in the line of counts.
        label: 'data(drawnLabel)',
        // The box is the label's size: no padding around it (the 14 of an open document's box made it 176 tall).
        padding: '0px',
        'text-overflow-wrap': 'whitespace',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': `${CLOSED_LABEL_WIDTH}px`,
        'font-size': size('document'),
        'font-weight': 'normal',
        'line-height': CLOSED_LINE_HEIGHT,
      },
    },
    {
      selector: 'node[kind = "group"]',
      style: {
        shape: 'round-rectangle',
        width: STUB_SIZE.width,
        height: STUB_SIZE.height,
        'border-width': 4,
        'border-style': 'double',
        label: 'data(label)',
        'font-size': size('group'),
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-max-width': `${STUB_SIZE.width - 12}px`,
      },
    },
    ...tierBlocks(workshop),
    { selector: 'node.cited', style: { 'border-style': 'dashed', 'background-color': '#f8f9fa', color: '#495057' } },
    {
      selector: 'node[kind = "article"]',
      style: {
        shape: 'round-rectangle',
        width: 150,
        height: 66,
        'border-width': workshop ? 2 : 1,
        label: 'data(label)',
        'font-size': size('article'),
        'text-valign': 'center',
        'text-halign': 'center',
        'text-max-width': '140px',
        color: workshop ? '#000000' : '#212529',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#f59f00' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.2,
        width: 2 * f,
        opacity: 0.9,
      },
    },
    ...Object.entries(RELATION_COLORS).map(([relation, color]) => ({
      selector: `edge[relation = "${relation}"]`,
      style: {
        'line-color': color,
        'target-arrow-color': color,
        width: (relation === 'implements' ? 4 : 2.5) * f,
        'line-style': relation === 'cites' ? 'dashed' : 'solid',
      } as const,
    })),
    ...ALIGNMENT_CLASSES.map(({ cls, color, dash }) => ({
      selector: `edge.aligns-${cls}`,
      style: {
        'line-color': color,
        'target-arrow-color': color,
        'line-style': dash.length ? 'dashed' : 'solid',
        'line-dash-pattern': dash.length ? dash : [1, 0],
      } as const,
    })),
    {
      selector: 'edge[kind = "aligns"]',
      style: { width: `mapData(score, 0, 1, ${alignmentWidth(0) * f}, ${alignmentWidth(1) * f})`, 'arrow-scale': 0.9 },
    },
    {
      selector: 'edge.status-confirmed',
      style: {
        'line-color': STATUS_COLORS.confirmed,
        'target-arrow-color': STATUS_COLORS.confirmed,
        label: 'data(label)',
        'font-size': 18 * f,
        color: STATUS_COLORS.confirmed,
        'text-background-color': '#fff',
        'text-background-opacity': 1,
      },
    },
    {
      selector: 'edge.status-rejected',
      style: {
        'line-color': STATUS_COLORS.rejected,
        'target-arrow-color': STATUS_COLORS.rejected,
        'line-style': 'dashed',
        opacity: 0.5,
        label: 'data(label)',
        'font-size': 18 * f,
        color: STATUS_COLORS.rejected,
      },
    },
    {
      selector: 'edge.doc-aligns',
      style: {
        'line-color': '#4dabf7',
        'target-arrow-color': '#4dabf7',
        width: `mapData(weight, 1, 20, ${2 * f}, ${10 * f})`,
        opacity: 0.7,
      },
    },
    {
      selector: 'node.basis-lost',
      style: { 'border-color': BASIS_LOST_COLOR, 'border-width': 6, 'border-style': 'double' },
    },
    {
      selector: 'node.version-repealed, node.version-superseded',
      style: { 'background-opacity': 0.45, 'border-style': 'dotted' },
    },
    { selector: '.busy', style: { 'overlay-color': '#f59f00', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    {
      selector: 'node[coverage]',
      style: { 'background-color': 'data(coverage)', 'border-width': 3, 'border-color': '#212529' },
    },
    { selector: '.faded', style: { opacity: 0.13 } },
    { selector: 'node.lane.faded', style: { opacity: 1 } },
    { selector: 'node.hl', style: { 'border-width': 4, 'border-color': '#e67700', opacity: 1 } },
    {
      selector: 'node.hl-start',
      style: { 'border-width': 7, 'border-color': '#d9480f', 'background-color': '#fff3bf' },
    },
    {
      selector: 'edge.hl',
      // No z-index of its own: a change of z-index re-sorts every element for drawing (0.3 s at 5,000 elements),
      // and the faded edges the chain might pass under are drawn at 13 % opacity.
      style: { 'line-color': '#e67700', 'target-arrow-color': '#e67700', opacity: 1, width: 7 * f },
    },
    { selector: '.filtered', style: { display: 'none' } },
  ];
  return style;
}
