/**
 * Benchmark page (bench.html?n=500): renders about n synthetic elements through the viewer's own pipeline
 * (buildElements → layoutLanes → the graph view) and reports on window:
 *   window.runViewerBench(n) → Promise<ViewerBenchResult>, and window.__benchResult once ?n= has run.
 * Time to first render runs from creating the view to the second animation frame after the elements are in;
 * pan frame time is the interval between animation frames while the view pans by 8 px per frame.
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
import { createGraphView } from './graph-view.ts';
import { layoutLanes } from './layout-lanes.ts';
import { loadWebFont } from './load-fonts.ts';
import { makeSyntheticPolicies } from './make-synthetic-graph.ts';
import type { ViewerBenchResult } from '../index.ts';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** First render and pan frame time of one store, drawn through the viewer's own pipeline. */
async function measureStore(store: GraphStore, panFrames: number) {
  const fontStart = performance.now();
  await loadWebFont(
    buildElements(store)
      .map((d) => d.data.label ?? '')
      .join(''),
  );
  const fontMs = performance.now() - fontStart;
  const container = document.getElementById('cy')!;
  const t0 = performance.now();
  const view = createGraphView(container, { onSelect: () => {}, onHover: () => {} });
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
  view.setElements([...buildLaneElements(layout.lanes, (x) => x), ...defs], layout.positions);
  view.fitReadable(readableZoom(false));
  await frame();
  await frame();
  const firstRenderMs = performance.now() - t0;
  const intervals: number[] = [];
  let last = await frame();
  for (let i = 0; i < panFrames; i++) {
    view.panBy(i < panFrames / 2 ? 8 : -8, 3);
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  const elements = view.elementCount();
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  return {
    view,
    store,
    elements,
    fontMs,
    firstRenderMs,
    panFrameMs: { mean, p95: percentile(intervals, 95), max: Math.max(...intervals), frames: intervals.length },
  };
}

async function runViewerBench(n: number, panFrames = 90): Promise<ViewerBenchResult> {
  const store = mergePolicies(emptyStore(), makeSyntheticPolicies(n));
  const m = await measureStore(store, panFrames);
  // Click to highlighted chain (the drawing side): the lowest article's chain traced, highlighted and fitted.
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
  const hl = traceLineage(start, steps, store);
  m.view.highlight(hl.nodeIds, hl.edgeIds, articleNodeId(start));
  m.view.fit(hl.nodeIds);
  await frame();
  await frame();
  const chainMs = performance.now() - c0;
  m.view.destroy();
  return {
    n,
    elements: m.elements,
    fontMs: m.fontMs,
    firstRenderMs: m.firstRenderMs,
    panFrameMs: m.panFrameMs,
    chainMs,
    chainLength: hl.nodeIds.length,
  };
}

/** The overview of a real corpus (a policyOverview answer): first render and pan, as the viewer draws it. */
async function runOverviewBench(overview: PolicyOverview, panFrames = 90) {
  const m = await measureStore(mergeOverview(emptyStore(), overview), panFrames);
  m.view.destroy();
  return {
    documents: overview.documents.length,
    groups: overview.groups.length,
    grouped: overview.grouped,
    elements: m.elements,
    fontMs: m.fontMs,
    firstRenderMs: m.firstRenderMs,
    panFrameMs: m.panFrameMs,
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
