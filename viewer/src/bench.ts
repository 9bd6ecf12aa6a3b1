/**
 * Benchmark page (bench.html?n=500): renders about n synthetic elements through the viewer's own pipeline
 * (buildElements → layoutLanes → the graph view) and reports on window:
 *   window.runViewerBench(n) → Promise<ViewerBenchResult>, and window.__benchResult once ?n= has run.
 * Time to first render runs from creating the view to the second animation frame after the elements are in;
 * pan frame time is the interval between animation frames while the user drags the background by 8 px per frame
 * (mouse events on the canvas, as a hand on the mouse sends them), once as the viewer ships and once per other
 * gesture mode (`plain`: every frame drawn in full, the drawing before issue 17's pan work), side by side.
 */
import type { LineageStep } from './api-types.ts';
import {
  articleNodeId,
  buildElements,
  buildLaneElements,
  groupNodeId,
  laneOf,
  policyNodeId,
} from './build-elements.ts';
import { emptyStore, mergeOverview, mergePolicies, type GraphStore } from './graph-store.ts';
import { readableZoom } from './graph-style.ts';
import type { PolicyOverview } from './overview-types.ts';
import { traceLineage } from './trace-lineage.ts';
import { createGraphView, type GraphView, type GraphViewOptions } from './graph-view.ts';
import { layoutLanes } from './layout-lanes.ts';
import { loadWebFont } from './load-fonts.ts';
import { makeSyntheticPolicies } from './make-synthetic-graph.ts';
import type { ViewerBenchResult } from '../index.ts';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Gesture modes measured beside the shipped one: `plain` draws every frame in full (the drawing before). */
const MODES: Record<string, GraphViewOptions> = {
  shipped: {},
  plain: { largeGraphFrom: Number.POSITIVE_INFINITY },
  hideEdges: { largeGraphGesture: 'hide-edges' },
};

/** Drags the empty left margin of the view by 8 px per animation frame; returns the frame intervals. */
async function dragPan(container: HTMLElement, frames: number): Promise<number[]> {
  const canvas = container.querySelectorAll('canvas');
  const target = canvas[canvas.length - 1]!;
  const box = container.getBoundingClientRect();
  let x = box.left + 12;
  const y = box.top + box.height / 2;
  const send = (type: string, on: EventTarget) =>
    on.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true }));
  send('mousedown', target);
  const intervals: number[] = [];
  let last = await frame();
  for (let i = 0; i < frames; i++) {
    x += i < frames / 2 ? 8 : -8;
    send('mousemove', window);
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  send('mouseup', window);
  await frame();
  return intervals;
}

function summary(intervals: number[]) {
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  return {
    mean,
    fps: 1000 / mean,
    p95: percentile(intervals, 95),
    max: Math.max(...intervals),
    frames: intervals.length,
  };
}

/** First render and pan frame time of one store, drawn through the viewer's own pipeline. */
async function measureStore(store: GraphStore, panFrames: number, options: GraphViewOptions = {}) {
  const fontStart = performance.now();
  await loadWebFont(
    buildElements(store)
      .map((d) => d.data.label ?? '')
      .join(''),
  );
  const fontMs = performance.now() - fontStart;
  const container = document.getElementById('cy')!;
  const t0 = performance.now();
  const view = createGraphView(container, { onSelect: () => {}, onHover: () => {} }, options);
  const defs = buildElements(store);
  const layout = layoutLanes([
    ...Object.values(store.groups).map((g) => ({
      id: groupNodeId(g.key),
      tier: laneOf(g),
      issuedOn: String(g.firstYear ?? ''),
      articleIds: [],
    })),
    ...Object.values(store.policies).map((p) => ({
      id: policyNodeId(p.id),
      tier: laneOf(p),
      issuedOn: p.issuedOn,
      articleIds: p.articleIds.map(articleNodeId),
    })),
  ]);
  const all = [...buildLaneElements(layout.lanes, (x) => x), ...defs];
  view.setElements(all, layout.positions);
  view.fitReadable(readableZoom(false));
  await frame();
  await frame();
  const firstRenderMs = performance.now() - t0;
  const panFrameMs = summary(await dragPan(container, panFrames));
  // The redraw from the store that the page runs after every click (App.render), with nothing changed.
  const redraw = () => view.setElements(all, view.positions());
  return { view, store, redraw, elements: view.elementCount(), fontMs, firstRenderMs, panFrameMs };
}

/** Pan frame time of the same store in the other gesture modes, each in a fresh view (after the shipped one). */
async function panByMode(store: GraphStore, panFrames: number, shipped: GraphView) {
  shipped.destroy();
  const out: Record<string, ReturnType<typeof summary>> = {};
  for (const [mode, options] of Object.entries(MODES)) {
    if (mode === 'shipped') continue;
    const m = await measureStore(store, panFrames, options);
    m.view.destroy();
    out[mode] = m.panFrameMs;
  }
  return out;
}

async function runViewerBench(n: number, panFrames = 90): Promise<ViewerBenchResult> {
  const store = mergePolicies(emptyStore(), makeSyntheticPolicies(n));
  const m = await measureStore(store, panFrames);
  // Click to highlighted chain (the drawing side, as App.focusArticle runs it once the answer is in): the lowest
  // article selected, the graph redrawn from the store, its chain traced, highlighted and fitted.
  const municipal = Object.values(store.policies)
    .filter((p) => p.tier === 'municipal')
    .pop()!;
  const start = municipal.articleIds[0]!;
  const steps: LineageStep[] = [];
  for (let at = start, depth = 1; ; depth++) {
    const up = Object.values(store.alignments).find((a) => a.lowerId === at);
    if (!up) break;
    steps.push({
      depth,
      relation: 'ALIGNS_WITH',
      from: { id: up.lowerId, number: 0 },
      to: { id: up.upperId, number: 0 },
    });
    at = up.upperId;
  }
  const c0 = performance.now();
  m.view.select(articleNodeId(start));
  m.redraw();
  const hl = traceLineage(start, steps, store);
  m.view.highlight(hl.nodeIds, hl.edgeIds, articleNodeId(start));
  m.view.fitChain(hl.nodeIds, articleNodeId(start), readableZoom(false, 'article'));
  await frame();
  await frame();
  const chainMs = performance.now() - c0;
  // Click feedback on another article while that chain is lit, as App.focusArticle gives it before any request.
  const other = articleNodeId(municipal.articleIds.at(-1)!);
  const f0 = performance.now();
  m.view.select(other);
  m.view.fadeHighlight(other);
  m.view.setBusy([other]);
  await frame();
  const feedbackMs = performance.now() - f0;
  m.view.setBusy([]);
  const panFrameMsBy = await panByMode(store, panFrames, m.view);
  return {
    n,
    elements: m.elements,
    fontMs: m.fontMs,
    firstRenderMs: m.firstRenderMs,
    panFrameMs: m.panFrameMs,
    panFrameMsBy,
    chainMs,
    chainLength: hl.nodeIds.length,
    feedbackMs,
  };
}

/** The overview of a real corpus (a policyOverview answer): first render and pan, as the viewer draws it. */
async function runOverviewBench(overview: PolicyOverview, panFrames = 90) {
  const store = mergeOverview(emptyStore(), overview);
  const m = await measureStore(store, panFrames);
  const panFrameMsBy = await panByMode(store, panFrames, m.view);
  return {
    documents: overview.documents.length,
    groups: overview.groups.length,
    grouped: overview.grouped,
    elements: m.elements,
    fontMs: m.fontMs,
    firstRenderMs: m.firstRenderMs,
    panFrameMs: m.panFrameMs,
    panFrameMsBy,
  };
}

Object.assign(window, { runViewerBench, runOverviewBench });
const n = Number(new URLSearchParams(location.search).get('n'));
if (n > 0) {
  void runViewerBench(n).then((result) => {
    Object.assign(window, { __benchResult: result });
    document.getElementById('out')!.textContent = JSON.stringify(result, null, 2);
  });
}
