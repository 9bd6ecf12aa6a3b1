/**
 * Benchmark page (bench.html?n=500): renders about n synthetic elements through the viewer's own pipeline
 * (buildElements → layoutLanes → the graph view) and reports on window:
 *   window.runViewerBench(n) → Promise<ViewerBenchResult>, and window.__benchResult once ?n= has run.
 * Time to first render runs from creating the view to the second animation frame after the elements are in;
 * pan frame time is the interval between animation frames while the view pans by 8 px per frame.
 */
import { articleNodeId, buildElements, buildLaneElements, policyNodeId } from './build-elements.ts';
import { mergePolicies, emptyStore } from './graph-store.ts';
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

async function runViewerBench(n: number, panFrames = 90): Promise<ViewerBenchResult> {
  const container = document.getElementById('cy')!;
  const store = mergePolicies(emptyStore(), makeSyntheticPolicies(n));
  const fontStart = performance.now();
  await loadWebFont(buildElements(store).map((d) => d.data.label ?? '').join(''));
  const fontMs = performance.now() - fontStart;
  const t0 = performance.now();
  const view = createGraphView(container, { onSelect: () => {}, onHover: () => {} });
  const defs = buildElements(store);
  const layout = layoutLanes(Object.values(store.policies).map((p) => ({ id: policyNodeId(p.id), tier: p.tier, issuedOn: p.issuedOn, articleIds: p.articleIds.map(articleNodeId) })));
  view.setElements([...buildLaneElements(layout.lanes, (x) => x), ...defs], layout.positions);
  view.fit();
  await frame();
  await frame();
  const firstRenderMs = performance.now() - t0;
  view.setZoom(1);
  const intervals: number[] = [];
  let last = await frame();
  for (let i = 0; i < panFrames; i++) {
    view.panBy(i < panFrames / 2 ? 8 : -8, 3);
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  const elements = view.elementCount();
  view.destroy();
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  return { n, elements, fontMs, firstRenderMs, panFrameMs: { mean, p95: percentile(intervals, 95), max: Math.max(...intervals), frames: intervals.length } };
}

Object.assign(window, { runViewerBench });
const n = Number(new URLSearchParams(location.search).get('n'));
if (n > 0) {
  void runViewerBench(n).then((result) => {
    Object.assign(window, { __benchResult: result });
    document.getElementById('out')!.textContent = JSON.stringify(result, null, 2);
  });
}
