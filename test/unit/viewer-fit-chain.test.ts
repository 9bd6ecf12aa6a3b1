import { describe, expect, test } from 'vitest';
import { chainViewport, type ChainFitInput, type ModelBox } from '../../viewer/src/fit-chain.ts';

const box = (x1: number, y1: number, x2: number, y2: number): ModelBox => ({ x1, y1, x2, y2 });
const base: ChainFitInput = {
  chain: box(0, 0, 400, 300),
  start: box(0, 250, 150, 300),
  laneLabels: box(-260, 0, -10, 1200),
  width: 800,
  height: 500,
  minZoom: 0.9,
  maxZoom: 1.5,
  padding: 40,
};

/** The model box on screen for a viewport. */
function extent(input: ChainFitInput) {
  const { zoom, pan } = chainViewport(input);
  return { zoom, ...box(-pan.x / zoom, -pan.y / zoom, (input.width - pan.x) / zoom, (input.height - pan.y) / zoom) };
}

const inside = (b: ModelBox, e: ModelBox) => b.x1 >= e.x1 && b.x2 <= e.x2 && b.y1 >= e.y1 && b.y2 <= e.y2;

describe('chainViewport', () => {
  test('a chain that fits with its labels readable is shown whole, with the lane labels whole at the left', () => {
    const e = extent(base);
    expect(e.zoom).toBeGreaterThanOrEqual(0.9);
    expect(inside(base.chain, e)).toBe(true);
    expect(inside({ ...base.laneLabels!, y2: 300 }, { ...e, y2: 300 })).toBe(true);
  });

  // Issue 17: fitting a chain across four lanes shrank it until its article labels were hidden.
  test.each([
    ['wide', box(0, 0, 3_000, 300), box(2_000, 0, 2_150, 66)],
    ['tall', box(0, 0, 400, 2_000), box(0, 1_900, 150, 1_966)],
    ['both', box(300, 0, 4_000, 2_000), box(3_800, 1_900, 3_950, 1_966)],
  ])('a %s chain is shown at the readable zoom with the clicked article in view', (_, chain, start) => {
    const e = extent({ ...base, chain, start });
    expect(e.zoom).toBeCloseTo(0.9);
    expect(inside(start, e)).toBe(true);
  });

  test.each([
    ['start near the labels', box(0, 0, 3_000, 300), box(100, 0, 250, 66)],
    ['start far from them', box(0, 0, 3_000, 300), box(1_200, 0, 1_350, 66)],
    ['chain centred on the edge', box(-100, 0, 600, 300), box(500, 0, 600, 66)],
  ])('the lane labels are never cut by the left edge (%s)', (_, chain, start) => {
    const { x1 } = extent({ ...base, chain, start, minZoom: 1 });
    const labels = base.laneLabels!;
    expect(x1 <= labels.x1 || x1 >= labels.x2).toBe(true);
  });
});
