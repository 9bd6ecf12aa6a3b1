/**
 * The viewport that shows a highlighted chain (pure): the whole chain when it fits at a zoom where its article
 * labels are readable, else that zoom, centred on the chain but always keeping the clicked article in view; the
 * lane labels are shown whole at the left when the chain leaves room, and never cut by the left edge.
 * Example: a chain from x 0 to 3,000 in an 800×500 canvas, minZoom 0.9 → zoom 0.9 (not 0.25, where labels are
 * hidden), panned so the clicked article is on screen.
 */

/** A box in model coordinates. */
export interface ModelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the fit needs to know. */
export interface ChainFitInput {
  chain: ModelBox;
  /** The clicked article: it is always in view. */
  start: ModelBox;
  /** Where the lane labels are drawn (all of them), or null when there are none. */
  laneLabels: ModelBox | null;
  /** Canvas size in px. */
  width: number;
  height: number;
  /** The zoom from which the chain's labels are drawn; the fit never goes below it. */
  minZoom: number;
  maxZoom: number;
  /** Margin in px. */
  padding: number;
}

/** Zoom and pan (Cytoscape's: model x is drawn at x × zoom + pan.x). */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** Left (or top) edge of a view `span` wide that is centred on [a1, a2] but keeps [s1, s2] inside, with `margin`. */
function place(a1: number, a2: number, s1: number, s2: number, span: number, margin: number): number {
  return clamp((a1 + a2) / 2 - span / 2, s2 + margin - span, s1 - margin);
}

/** The zoom at which `b` fills the canvas, within the padding. */
function fitZoom(b: ModelBox, input: ChainFitInput): number {
  const { width, height, padding } = input;
  return Math.min((width - 2 * padding) / (b.x2 - b.x1 || 1), (height - 2 * padding) / (b.y2 - b.y1 || 1));
}

/** The viewport for a chain. */
export function chainViewport(input: ChainFitInput): Viewport {
  const { chain, start, laneLabels, width, height, minZoom, maxZoom } = input;
  // The lane labels beside the chain when both fit with the labels readable.
  const target = laneLabels ? { ...chain, x1: Math.min(chain.x1, laneLabels.x1) } : chain;
  const around = fitZoom(target, input) >= minZoom ? target : chain;
  const zoom = Math.max(minZoom, Math.min(fitZoom(around, input), maxZoom));
  const margin = input.padding / zoom;
  const spanX = width / zoom;
  let left = place(around.x1, around.x2, start.x1, start.x2, spanX, margin);
  if (laneLabels && left > laneLabels.x1 - margin && left < laneLabels.x2) {
    // The left edge would cut the lane labels: show them whole, or not at all, keeping the most of the chain.
    const shows = (b: ModelBox, at: number) => b.x1 >= at && b.x2 <= at + spanX;
    const options = [laneLabels.x2, laneLabels.x1 - margin];
    left = options.find((at) => shows(chain, at)) ?? options.find((at) => shows(start, at)) ?? laneLabels.x1 - margin;
  }
  const top = place(around.y1, around.y2, start.y1, start.y2, height / zoom, margin);
  return { zoom, pan: { x: -left * zoom, y: -top * zoom } };
}
