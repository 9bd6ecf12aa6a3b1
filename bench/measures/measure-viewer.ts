/**
 * Viewer rendering: first render, pan frame time (a mouse drag, as shipped and in the plain full-redraw mode beside
 * it) and click-to-highlighted-chain at 500 and 5,000 elements, from the viewer's own bench page
 * (viewer/bench.html → window.runViewerBench(n)) in headless Chromium (see measure-viewer-page.ts).
 * Example: await measureViewer() → { n500: { firstRenderMs: 180, panFrameMs: { mean: 16.7, fps: 60, … }, … }, n5000: … }.
 */
import { roundAll, withBenchPage } from './measure-viewer-page.ts';

/** Runs the bench page at each size; returns the page's own figures per size. */
export async function measureViewer(sizes: number[] = [500, 5_000]) {
  const out = await withBenchPage('runViewerBench', async (page) => {
    const bySize: Record<string, unknown> = {};
    for (const n of sizes) {
      const result = await page.evaluate(async (count) => {
        const run = (window as unknown as { runViewerBench: (n: number) => Promise<Record<string, unknown>> })
          .runViewerBench;
        return run(count);
      }, n);
      bySize[`n${n}`] = roundAll(result);
    }
    return bySize;
  });
  return {
    ...out,
    notes: [
      'headless Chromium with --disable-gpu (software rendering) on a shared 2-core machine; frame times are bounded below by the display refresh (~16.7 ms)',
      'panFrameMs: the viewer as shipped; panFrameMsBy.plain: every frame drawn in full (no gesture mode), measured right after in the same page',
    ],
  };
}
