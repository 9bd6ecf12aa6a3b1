import { describe, expect, test } from 'vitest';
import {
  COMPACT_LANE_HEIGHT,
  LAYOUT,
  STUB_SIZE,
  compactLaneHeight,
  laneIndex,
  laneTop,
  layoutLanes,
  policyWidth,
  stubsPerRow,
  type LayoutPolicy,
} from '../../viewer/src/layout-lanes.ts';

const articles = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}#a${i + 1}`);
const policies: LayoutPolicy[] = [
  { id: 'N', tier: 'national', issuedOn: '2020-07-13', articleIds: articles('N', 21) },
  { id: 'M', tier: 'national', issuedOn: '2022-09-21', articleIds: articles('M', 5) },
  { id: 'G', tier: 'provincial', issuedOn: '2021-08-04', articleIds: articles('G', 3) },
  { id: 'L', tier: 'municipal', issuedOn: '2021-12-24', articleIds: articles('L', 21) },
  { id: 'C', tier: 'provincial', articleIds: [] },
];

function laneOf(y: number): number {
  return Math.floor(y / laneTop(1));
}

describe('layoutLanes', () => {
  const { positions, lanes } = layoutLanes(policies);

  test('every article sits inside its tier lane', () => {
    for (const p of policies) {
      for (const id of p.articleIds.length ? p.articleIds : [p.id])
        expect(lanes[laneOf(positions[id]!.y)]?.tier).toBe(p.tier);
    }
  });

  test('authority-level lanes (law, State Council) sit above the tier lanes when the graph has them', () => {
    const withLaw = layoutLanes([
      ...policies,
      { id: 'LAW', tier: 'law', articleIds: [] },
      { id: 'REG', tier: 'administrative_regulation', articleIds: [] },
    ]);
    expect(withLaw.lanes.map((l) => l.tier)).toEqual([
      'law',
      'administrative_regulation',
      'national',
      'provincial',
      'municipal',
    ]);
    expect(laneOf(withLaw.positions.LAW!.y)).toBe(0);
    expect(laneIndex('law')).toBeLessThan(laneIndex('national'));
  });

  const closed = Array.from({ length: 10 }, (_, i) => ({
    id: `D${i}`,
    tier: 'municipal',
    issuedOn: `2020-01-${10 + i}`,
    articleIds: [] as string[],
  }));

  test('beside an open document, closed documents stack three to a column instead of running out in one long row', () => {
    const { positions: at } = layoutLanes([...closed, policies[0]!]);
    expect(new Set(closed.map((p) => at[p.id]!.x)).size).toBe(4);
    expect(new Set(closed.map((p) => at[p.id]!.y)).size).toBe(3);
  });

  // Issue 17: lanes of 426 units showed one and a half lanes in the first view at 1280×720 in workshop mode, and a
  // row of 19 closed documents ran off the screen: the overview fills rows as wide as the canvas, lanes just as high.
  test('while no document is open the lanes are compact: closed documents in rows of the given width', () => {
    const rowWidth = 3 * STUB_SIZE.width + 2 * LAYOUT.stubGap;
    const { positions: at, lanes: compact } = layoutLanes(
      [...closed, { id: 'N', tier: 'national', articleIds: [] }],
      {},
      { rowWidth },
    );
    expect(stubsPerRow(rowWidth)).toBe(3);
    expect(compact.map((l) => l.height)).toEqual([COMPACT_LANE_HEIGHT, COMPACT_LANE_HEIGHT, compactLaneHeight(4)]);
    expect(compact.map((l) => l.top)).toEqual([0, COMPACT_LANE_HEIGHT, 2 * COMPACT_LANE_HEIGHT]);
    expect(COMPACT_LANE_HEIGHT).toBeLessThan(laneTop(1) / 3);
    expect(new Set(closed.map((p) => at[p.id]!.y)).size).toBe(4);
    expect(new Set(closed.map((p) => at[p.id]!.x)).size).toBe(3);
    for (const p of closed) {
      expect(at[p.id]!.y - STUB_SIZE.height / 2).toBeGreaterThan(compact[2]!.top);
      expect(at[p.id]!.y + STUB_SIZE.height / 2).toBeLessThan(compact[2]!.top + compact[2]!.height);
      expect(at[p.id]!.x + STUB_SIZE.width / 2).toBeLessThanOrEqual(compact[2]!.right);
    }
    // The lanes are as wide as the widest row: no empty band to shrink the first view for.
    expect(compact[2]!.right).toBe(3 * (STUB_SIZE.width + LAYOUT.stubGap));
  });

  test('closed documents in a compact lane never overlap, in any row width', () => {
    for (const rowWidth of [100, 500, 1200, 5000]) {
      const { positions: at } = layoutLanes(closed, {}, { rowWidth });
      const boxes = closed.map((p) => at[p.id]!);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(Math.abs(a.x - b.x) >= STUB_SIZE.width || Math.abs(a.y - b.y) >= STUB_SIZE.height).toBe(true);
    }
  });

  test('draws the national, provincial and municipal lanes top down', () => {
    expect(lanes.map((l) => l.tier)).toEqual(['national', 'provincial', 'municipal']);
    expect(lanes.map((l) => l.top)).toEqual([0, laneTop(1), laneTop(2)]);
  });

  test('policies of a lane run left to right by issue date, undated last, without overlapping', () => {
    const nRight = Math.max(...articles('N', 21).map((id) => positions[id]!.x)) + LAYOUT.articleWidth / 2;
    const mLeft = Math.min(...articles('M', 5).map((id) => positions[id]!.x)) - LAYOUT.articleWidth / 2;
    expect(mLeft - nRight).toBe(LAYOUT.policyGap);
    expect(positions.C!.x).toBeGreaterThan(positions['G#a3']!.x);
  });

  test('a policy with many articles wraps into at most four rows', () => {
    const rows = new Set(articles('L', 21).map((id) => positions[id]!.y));
    expect(rows.size).toBe(LAYOUT.maxRows);
    expect(policyWidth(21)).toBe(6 * LAYOUT.articleWidth + 5 * LAYOUT.gapX);
  });

  test('the same data gives the same picture, whatever the input order', () => {
    expect(layoutLanes([...policies].reverse())).toEqual(layoutLanes(policies));
  });

  test('growing the graph keeps every existing position and puts the newcomer right of its lane', () => {
    const added: LayoutPolicy = { id: 'K', tier: 'national', issuedOn: '2019-01-01', articleIds: articles('K', 2) };
    const grown = layoutLanes([...policies, added], positions);
    for (const [id, p] of Object.entries(positions)) expect(grown.positions[id]).toEqual(p);
    const mRight = Math.max(...articles('M', 5).map((id) => positions[id]!.x));
    expect(grown.positions['K#a1']!.x).toBeGreaterThan(mRight);
    expect(laneOf(grown.positions['K#a1']!.y)).toBe(0);
  });

  // The overview's rows sit at other heights than the full lanes: kept, a closed document stayed where its row
  // happened to fall inside the taller full lane (higher than its neighbours), or stuck out into the next lane.
  test('opening the first document lays the closed ones out afresh, not where the overview had them', () => {
    const closed = (id: string, tier: string): LayoutPolicy => ({
      id,
      tier,
      issuedOn: `2020-01-0${id}`,
      articleIds: [],
    });
    const stubs = ['1', '2', '3', '4', '5', '6'].flatMap((id) => [
      closed(id, 'national'),
      closed(`${id}0`, 'municipal'),
    ]);
    const overview = layoutLanes(stubs, {}, { rowWidth: 500 });
    expect(overview.compact).toBe(true);
    const opened = stubs.map((p) => (p.id === '1' ? { ...p, articleIds: ['1#a1', '1#a2'] } : p));
    const fresh = layoutLanes(opened, {});
    expect(fresh.compact).toBe(false);
    expect(layoutLanes(opened, overview.positions, { previousCompact: true })).toEqual(fresh);
    // What the previous positions did to it: the overview's rows were kept in the national lane.
    expect(layoutLanes(opened, overview.positions).positions['2']).toEqual(overview.positions['2']);
    expect(fresh.positions['2']).not.toEqual(overview.positions['2']);
  });

  test('a county policy opens a fourth lane below the municipal one', () => {
    const out = layoutLanes([...policies, { id: 'X', tier: 'county', articleIds: ['X#a1'] }]);
    expect(out.lanes.map((l) => l.tier)).toEqual(['national', 'provincial', 'municipal', 'county']);
    expect(laneOf(out.positions['X#a1']!.y)).toBe(3);
  });
});

describe('synthetic benchmark graph', () => {
  test.each([500, 5000])('about %i elements, the same every time', async (n) => {
    const { makeSyntheticPolicies } = await import('../../viewer/src/make-synthetic-graph.ts');
    const { buildElements } = await import('../../viewer/src/build-elements.ts');
    const { emptyStore, mergePolicies } = await import('../../viewer/src/graph-store.ts');
    const elements = buildElements(mergePolicies(emptyStore(), makeSyntheticPolicies(n)));
    expect(Math.abs(elements.length - n) / n).toBeLessThan(0.05);
    expect(makeSyntheticPolicies(n)).toEqual(makeSyntheticPolicies(n));
  });
});
