/**
 * The one module that owns the Cytoscape instance: it applies element definitions and positions, highlight,
 * filters, coverage colours and the workshop style, and answers viewport, PNG and SVG-snapshot requests.
 * Everything it draws comes from pure builders; it holds no domain state of its own.
 */
import cytoscape from 'cytoscape';
import type { Core, NodeSingular, EdgeSingular } from 'cytoscape';
import type { ElementDef, ElementData } from './build-elements.ts';
import type { Position } from './layout-lanes.ts';
import { FONT_FAMILY, graphStyle } from './graph-style.ts';
import { applyElements } from './apply-elements.ts';
import { chainViewport } from './fit-chain.ts';
import { clearChain, fadeChain, markChain, swapClass } from './mark-chain.ts';
import type { SvgEdge, SvgNode, SvgSnapshot } from './write-svg.ts';

/** What the page learns from the graph. */
export interface GraphViewEvents {
  onSelect: (data: ElementData | null) => void;
  onHover: (data: ElementData | null, x: number, y: number) => void;
  /** The viewport moved (pan or zoom); `zoom` is the new zoom level. */
  onViewport?: (zoom: number) => void;
  /** The drawing area changed size (window resize, side panel, workshop style). */
  onResize?: () => void;
}

/** How the view draws; the defaults are what the viewer ships. */
export interface GraphViewOptions {
  /**
   * From this many elements on, a pan or zoom by the user moves a bitmap of the view (edges hidden) and the full
   * drawing returns when the gesture ends: Cytoscape's textureOnViewport and hideEdgesOnViewport. Below it every
   * frame is drawn in full. The bench sets Infinity to measure the plain drawing beside it.
   */
  largeGraphFrom?: number;
  /** What a gesture on a large graph draws: a moved bitmap (`texture`), or the nodes without edges (`hide-edges`). */
  largeGraphGesture?: 'texture' | 'hide-edges';
}

/** Elements from which panning moves a bitmap instead of redrawing (measured: bench measure-viewer, docs/viewer.md). */
export const LARGE_GRAPH_FROM = 1_500;

/** Margin around the whole graph when it is fitted, in px: the overview's rows are sized to the canvas less this. */
export const FIT_PADDING = 16;

/** Largest zoom a chain is fitted at: a short chain is not blown up past what reads comfortably. */
const CHAIN_MAX_ZOOM = 1.5;

/** Cytoscape's renderer flags for viewport gestures (set at init by the public options; read on every frame). */
interface ViewportRenderer {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
}

/** The viewer's handle on the drawing; the Cytoscape instance itself never leaves this module. */
export interface GraphView {
  setElements(defs: ElementDef[], positions: Record<string, Position>): void;
  /** True when nothing but lane bands is drawn. */
  isEmpty(): boolean;
  /** The data of one element, or null. */
  dataOf(id: string): ElementData | null;
  /** Rewrites the lane labels (language switch). */
  relabelLanes(labelOf: (lane: string) => string): void;
  /** Marks elements as waiting for an answer (busy outline), or clears the mark with []. */
  setBusy(ids: string[]): void;
  /** Ids of the policy nodes whose box is at least partly on screen. */
  visiblePolicyIds(): string[];
  zoom(): number;
  /** Size of the drawing area in px. */
  size(): { width: number; height: number };
  /**
   * Fits the graph, lanes and their names included (FIT_PADDING px around), but never below `minZoom`: then it shows
   * the top-left part at `minZoom` (labels readable).
   */
  fitReadable(minZoom: number): void;
  /** Clears the selection mark. */
  unselect(): void;
  panBy(dx: number, dy: number): void;
  setZoom(zoom: number): void;
  elementCount(): number;
  destroy(): void;
  positions(): Record<string, Position>;
  setHidden(ids: Set<string>): void;
  highlight(nodeIds: string[], edgeIds: string[], startId?: string): void;
  clearHighlight(): void;
  /** Fades the highlighted chain into the dimmed rest and brings `focusId` forward (click feedback; mark-chain). */
  fadeHighlight(focusId: string): void;
  setCoverage(colors: Record<string, string>): void;
  setWorkshop(on: boolean): void;
  select(id: string): void;
  fit(ids?: string[]): void;
  /** Shows a chain from `startId` at `minZoom` or more (its labels drawn), panning rather than shrinking (fit-chain). */
  fitChain(ids: string[], startId: string, minZoom: number): void;
  viewport(): { zoom: number; pan: { x: number; y: number } };
  setViewport(v: { zoom: number; pan: { x: number; y: number } }): void;
  png(scale: number): Blob;
  svgSnapshot(): SvgSnapshot;
  allData(): ElementData[];
}

/** Creates the Cytoscape instance in `container` (call after the web font is loaded, so labels measure right). */
export function createGraphView(
  container: HTMLElement,
  events: GraphViewEvents,
  options: GraphViewOptions = {},
): GraphView {
  const largeGraphFrom = options.largeGraphFrom ?? LARGE_GRAPH_FROM;
  const gesture = options.largeGraphGesture ?? 'texture';
  const cy = cytoscape({
    container,
    style: graphStyle(false),
    layout: { name: 'preset' },
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // One canvas pixel per CSS pixel at most on a projector's laptop too; 2× screens cost 4× the fill for no gain
    // in what a workshop can read.
    pixelRatio: Math.min(1.5, window.devicePixelRatio || 1),
  });
  // The viewport flags are init options of Cytoscape's renderer; it reads them on every frame, so the view
  // switches them with the graph's size (cy.renderer() is the core's accessor for the renderer).
  const renderer = (cy as unknown as { renderer(): ViewportRenderer }).renderer();
  const fitViewportMode = () => {
    const large = cy.elements().length >= largeGraphFrom;
    renderer.textureOnViewport = large && gesture === 'texture';
    renderer.hideEdgesOnViewport = large;
  };
  cy.on('tap', (e) => {
    if (e.target === cy) events.onSelect(null);
    else if (e.target.data('kind') !== 'lane') events.onSelect(e.target.data() as ElementData);
  });
  cy.on('mouseover', 'node, edge', (e) => {
    const d = e.target.data() as ElementData;
    if (d.kind !== 'lane') events.onHover(d, e.renderedPosition?.x ?? 0, e.renderedPosition?.y ?? 0);
  });
  cy.on('mouseout', 'node, edge', () => events.onHover(null, 0, 0));
  cy.on('viewport', () => events.onViewport?.(cy.zoom()));
  // Cytoscape only notices window resizes; a container resized by the page layout needs telling.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      cy.resize();
      events.onResize?.();
    }, 80);
  });
  observer.observe(container);
  if (__POLICYGRAPH_TEST__) Object.assign(window, { cy });

  const view: GraphView = {
    setElements(defs, positions) {
      applyElements(cy, defs, positions);
      fitViewportMode();
    },
    isEmpty: () =>
      cy
        .nodes()
        .filter((n) => n.data('kind') !== 'lane')
        .empty(),
    dataOf(id) {
      const e = cy.getElementById(id);
      return e.nonempty() ? (e.data() as ElementData) : null;
    },
    relabelLanes(labelOf) {
      cy.nodes('.lane').forEach((n) => {
        n.data('label', labelOf(n.data('tier') as string));
      });
    },
    setBusy(ids) {
      cy.batch(() => {
        cy.elements('.busy').removeClass('busy');
        for (const id of ids) cy.getElementById(id).addClass('busy');
      });
    },
    visiblePolicyIds() {
      const ext = cy.extent();
      return cy
        .nodes('[kind = "policy"]')
        .filter((n) => {
          if (n.hasClass('filtered')) return false;
          const b = n.boundingBox({ includeLabels: false });
          return b.x2 > ext.x1 && b.x1 < ext.x2 && b.y2 > ext.y1 && b.y1 < ext.y2;
        })
        .map((n) => n.data('ref') as string);
    },
    zoom: () => cy.zoom(),
    size: () => ({ width: cy.width(), height: cy.height() }),
    fitReadable(minZoom) {
      const target = cy.elements(':visible');
      if (target.filter((e) => e.data('kind') !== 'lane').empty()) return;
      // The lanes too: their names stand left of the documents and must be on screen.
      cy.fit(target, FIT_PADDING);
      if (cy.zoom() >= minZoom) return;
      const box = target.boundingBox({ includeLabels: false });
      cy.zoom(minZoom);
      cy.pan({ x: FIT_PADDING - box.x1 * minZoom, y: FIT_PADDING - box.y1 * minZoom });
    },
    unselect() {
      cy.elements().unselect();
    },
    panBy(dx, dy) {
      cy.panBy({ x: dx, y: dy });
    },
    setZoom(zoom) {
      cy.zoom(zoom);
    },
    elementCount: () => cy.elements().length,
    destroy() {
      observer.disconnect();
      cy.destroy();
    },
    positions() {
      const out: Record<string, Position> = {};
      cy.nodes().forEach((n) => {
        if (n.data('kind') !== 'lane' && n.isChildless()) out[n.id()] = { ...n.position() };
      });
      return out;
    },
    setHidden(ids) {
      cy.batch(() => {
        swapClass(
          cy,
          'filtered',
          cy.elements().filter((e) => ids.has(e.id())),
        );
      });
    },
    highlight(nodeIds, edgeIds, startId) {
      markChain(cy, [...nodeIds, ...edgeIds], startId);
    },
    clearHighlight() {
      clearChain(cy);
    },
    fadeHighlight(focusId) {
      fadeChain(cy, focusId);
    },
    setCoverage(colors) {
      // Only the nodes whose colour changes: every render sets the coverage, and each node touched is restyled.
      cy.batch(() => {
        cy.nodes('[coverage]')
          .filter((n) => !colors[n.id()])
          .removeData('coverage');
        for (const [id, color] of Object.entries(colors)) {
          const n = cy.getElementById(id);
          if (n.nonempty() && n.data('coverage') !== color) n.data('coverage', color);
        }
      });
    },
    setWorkshop(on) {
      cy.style(graphStyle(on));
      // The page style changed the container's size (taller legend): let Cytoscape re-measure it.
      cy.resize();
    },
    select(id) {
      cy.elements().unselect();
      cy.getElementById(id).select();
    },
    fit(ids) {
      let target = cy.collection();
      for (const id of ids ?? []) target = target.union(cy.getElementById(id));
      if (target.empty()) target = cy.elements(':visible');
      cy.fit(target.length ? target : undefined, 40);
    },
    fitChain(ids, startId, minZoom) {
      const chain = cy.collection();
      for (const id of ids) chain.merge(cy.getElementById(id));
      const start = cy.getElementById(startId);
      if (start.empty()) return;
      const labels = cy.nodes('.lane');
      cy.viewport(
        chainViewport({
          chain: chain.union(start).boundingBox({ includeLabels: false }),
          start: start.boundingBox({ includeLabels: false }),
          laneLabels: labels.empty()
            ? null
            : labels.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
          width: cy.width(),
          height: cy.height(),
          minZoom,
          maxZoom: Math.max(minZoom, CHAIN_MAX_ZOOM),
          padding: 40,
        }),
      );
    },
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    setViewport(v) {
      cy.viewport({ zoom: v.zoom, pan: v.pan });
    },
    png(scale) {
      return cy.png({ output: 'blob', full: true, scale, bg: '#ffffff' }) as unknown as Blob;
    },
    svgSnapshot: () => snapshot(cy),
    allData: () => cy.elements().map((e) => e.data() as ElementData),
  };
  return view;
}

function color(value: unknown): string {
  return typeof value === 'string' ? value : '#000000';
}

function nodeSnapshot(n: NodeSingular): SvgNode {
  const kind = n.data('kind') as string;
  const box = n.isParent() || kind === 'lane' ? n.boundingBox({ includeLabels: false, includeOverlays: false }) : null;
  const shape = String(n.style('shape'));
  return {
    x: box ? (box.x1 + box.x2) / 2 : n.position('x'),
    y: box ? (box.y1 + box.y2) / 2 : n.position('y'),
    width: box ? box.w : n.width(),
    height: box ? box.h : n.height(),
    shape: shape === 'ellipse' ? 'ellipse' : shape === 'rectangle' ? 'rectangle' : 'round-rectangle',
    fill: color(n.style('background-color')),
    fillOpacity: Number(n.style('background-opacity')),
    stroke: color(n.style('border-color')),
    strokeWidth: parseFloat(String(n.style('border-width'))) || 0,
    opacity: Number(n.style('opacity')),
    label: String(n.data('label') ?? ''),
    fontSize: parseFloat(String(n.style('font-size'))) || 13,
    color: color(n.style('color')),
    labelPlace: kind === 'lane' ? 'left' : n.isParent() ? 'top' : 'center',
    maxLabelWidth: parseFloat(String(n.style('text-max-width'))) || 140,
    title: n.data('fullLabel') as string | undefined,
  };
}

function edgeSnapshot(e: EdgeSingular): SvgEdge {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const dash =
    String(e.style('line-style')) === 'solid' ? [] : String(e.style('line-style')) === 'dotted' ? [2, 4] : [8, 4];
  return {
    x1: s.x,
    y1: s.y,
    x2: t.x,
    y2: t.y,
    color: color(e.style('line-color')),
    width: parseFloat(String(e.style('width'))) || 1,
    dash,
    opacity: Number(e.style('opacity')),
    arrow: String(e.style('target-arrow-shape')) !== 'none',
  };
}

function snapshot(cy: Core): SvgSnapshot {
  const visible = cy.elements(':visible');
  const nodes = visible.nodes().sort((a, b) => depth(a) - depth(b));
  return {
    nodes: nodes.map(nodeSnapshot),
    edges: visible.edges().map(edgeSnapshot),
    background: '#ffffff',
    fontFamily: FONT_FAMILY.replace(/"/g, "'"),
  };
}

function depth(n: NodeSingular): number {
  return n.data('kind') === 'lane' ? -1 : n.ancestors().length + (n.isParent() ? 0 : 1);
}
