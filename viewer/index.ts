/**
 * What other folders may use of the viewer: the pure element and layout builders (for tests and benchmarks) and
 * the benchmark page contract. The viewer itself runs in the browser and talks to the API over HTTP only.
 */
export {
  buildElements,
  buildLaneElements,
  shortenLabel,
  shortTitle,
  articleNodeId,
  policyNodeId,
  alignmentEdgeId,
} from './src/build-elements.ts';
export type { ElementDef, ElementData } from './src/build-elements.ts';
export { layoutLanes, LAYOUT } from './src/layout-lanes.ts';
export { emptyStore, mergePolicies, mergeArticles } from './src/graph-store.ts';
export { makeSyntheticPolicies } from './src/make-synthetic-graph.ts';
export { encodeHash, decodeHash } from './src/scene.ts';

/** Path of the benchmark page inside the built viewer (viewer/dist): open `bench.html?n=500`. */
export const BENCH_PAGE = 'bench.html';

/** What bench.html reports on `window.__benchResult` and resolves from `window.runViewerBench(n)`. */
/** Frame intervals of one drag, in ms. */
export interface PanFrames {
  mean: number;
  fps: number;
  p95: number;
  max: number;
  frames: number;
}

export interface ViewerBenchResult {
  /** Requested element count. */
  n: number;
  /** Elements actually drawn (nodes, edges and lane bands). */
  elements: number;
  /** Time to load the web font faces (excluded from first render). */
  fontMs: number;
  /** From creating the Cytoscape view to the second animation frame after the elements were added. */
  firstRenderMs: number;
  /** Interval between animation frames while the user drags the view (as shipped); fps = 1000 / mean. */
  panFrameMs: PanFrames;
  /** The same drag in the other gesture modes, measured beside it (`plain`: every frame drawn in full). */
  panFrameMsBy: Record<string, PanFrames>;
  /**
   * From selecting an article to its chain highlighted and fitted (second frame), without the API's answer: the
   * selection, the redraw from the store the page runs after each answer, the highlight and the chain fit.
   */
  chainMs: number;
  chainLength: number;
  /**
   * From the click's own feedback (App.focusArticle before any request: select, fade the old chain, mark the article
   * busy) to the next animation frame, i.e. the feedback painted, with a chain highlighted before.
   */
  feedbackMs: number;
}
