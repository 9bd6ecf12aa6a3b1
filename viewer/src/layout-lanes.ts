/**
 * Deterministic preset layout in tier lanes (pure). Each tier is a horizontal band (national on top); a policy's
 * articles sit in a grid of at most MAX_ROWS rows inside the band, policies left to right by issue date then id.
 * Example: one national policy with 3 articles → article nodes at y = laneTop + padding, x = 0, 164, 328.
 * Given `previous` positions, a policy whose nodes all have positions keeps them; new policies go to the right
 * of what is already in their lane, so the picture only grows. While no document is open the lanes are compact
 * (the overview): closed documents fill rows as wide as `rowWidth` (the canvas at a readable zoom), each lane just
 * as high as its rows, so every lane shows at once; lanes take their full height once a document opens.
 */
import { TIER_ORDER } from './api-types.ts';

/** Lanes from the top: authority-level lanes (when the graph has them), then the tiers, then unknown. */
export const LANE_ORDER: readonly string[] = [
  'law',
  'administrative_regulation',
  'judicial_interpretation',
  'departmental_rule',
  ...TIER_ORDER,
  'unknown',
];

/** What the layout needs to know of a policy. */
export interface LayoutPolicy {
  id: string;
  /** The lane key (a tier, or an authority-level lane of LANE_ORDER). */
  tier?: string;
  issuedOn?: string;
  articleIds: string[];
}

/** A point in model coordinates. */
export interface Position {
  x: number;
  y: number;
}

/** A horizontal band. */
export interface LaneBand {
  tier: string;
  top: number;
  height: number;
  left: number;
  right: number;
}

/** Node positions keyed by the ids the caller gave (policy ids for policies without articles, article ids). */
export interface LaneLayout {
  positions: Record<string, Position>;
  lanes: LaneBand[];
  /** True for the overview (no document open, compact lanes); its positions are never kept by a full layout. */
  compact: boolean;
}

/** Geometry, in model units. */
export const LAYOUT = {
  articleWidth: 150,
  articleHeight: 66,
  gapX: 14,
  gapY: 16,
  maxRows: 4,
  minCols: 4,
  policyGap: 110,
  lanePadTop: 48,
  lanePadBottom: 50,
  /** Left edge of every lane: the lane's name stands in the column between it and the first document (x = 0). */
  laneLeft: -220,
  /**
   * A closed document or group: three lines of its label at the workshop size (21 units, line height 1.2) and a
   * little air. Sized for the first view at 1280×720 in workshop mode: five lanes, one of them two rows, at 18 px.
   */
  stubWidth: 232,
  stubHeight: 84,
  /** Space between closed documents, across and down. */
  stubGap: 12,
} as const;

const STUB_HEIGHT = LAYOUT.stubHeight;
/** Closed documents beside an open one stack this many to a column (the height of four article rows). */
const STUB_ROWS = Math.floor((LAYOUT.maxRows * (LAYOUT.articleHeight + LAYOUT.gapY)) / (STUB_HEIGHT + LAYOUT.stubGap));

/** Size of a closed document or group node, in model units. */
export const STUB_SIZE = { width: LAYOUT.stubWidth, height: STUB_HEIGHT } as const;

const LANE_HEIGHT = LAYOUT.lanePadTop + LAYOUT.maxRows * (LAYOUT.articleHeight + LAYOUT.gapY) + LAYOUT.lanePadBottom;

/** Clear lane above and below the rows of a compact lane (lanes are drawn 10 units apart on top of it). */
const COMPACT_PAD = 12;

/** Height of a compact lane (no document open) holding `rows` rows of closed documents. */
export function compactLaneHeight(rows = 1): number {
  return 2 * COMPACT_PAD + rows * STUB_HEIGHT + (rows - 1) * LAYOUT.stubGap;
}

/**
 * Height of a one-row lane while no document is open. Lanes sized for four rows of articles (426 units) showed one
 * and a half lanes in the first view at 1280×720 in workshop mode.
 */
export const COMPACT_LANE_HEIGHT = compactLaneHeight(1);

/** Closed documents in one row of a compact lane `rowWidth` units wide (at least one). */
export function stubsPerRow(rowWidth: number): number {
  return Math.max(1, Math.floor((rowWidth + LAYOUT.stubGap) / (LAYOUT.stubWidth + LAYOUT.stubGap)));
}

/** Lane index of a lane key; unknown keys share the last lane. */
export function laneIndex(tier: string | undefined): number {
  const i = LANE_ORDER.indexOf(tier ?? 'unknown');
  return i === -1 ? LANE_ORDER.length - 1 : i;
}

/** Top y of a full lane (a document is open): full lanes have a fixed height so growth never moves a lane. */
export function laneTop(index: number): number {
  return index * LANE_HEIGHT;
}

function gridColumns(count: number): number {
  return Math.max(LAYOUT.minCols, Math.ceil(count / LAYOUT.maxRows));
}

/** Width of the box a policy occupies in its lane. */
export function policyWidth(articleCount: number): number {
  if (articleCount === 0) return LAYOUT.stubWidth;
  const cols = Math.min(gridColumns(articleCount), articleCount);
  return cols * LAYOUT.articleWidth + (cols - 1) * LAYOUT.gapX;
}

function comparePolicies(a: LayoutPolicy, b: LayoutPolicy): number {
  const da = a.issuedOn ?? '9999';
  const db = b.issuedOn ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function place(policy: LayoutPolicy, left: number, top: number, out: Record<string, Position>): void {
  const rowY = top + LAYOUT.lanePadTop + LAYOUT.articleHeight / 2;
  if (policy.articleIds.length === 0) {
    out[policy.id] = { x: left + LAYOUT.stubWidth / 2, y: top + LAYOUT.lanePadTop + STUB_HEIGHT / 2 };
    return;
  }
  const cols = gridColumns(policy.articleIds.length);
  policy.articleIds.forEach((id, i) => {
    out[id] = {
      x: left + LAYOUT.articleWidth / 2 + (i % cols) * (LAYOUT.articleWidth + LAYOUT.gapX),
      y: rowY + Math.floor(i / cols) * (LAYOUT.articleHeight + LAYOUT.gapY),
    };
  });
}

/** How the layout fits the screen. */
export interface LayoutOptions {
  /** Width a row of closed documents may take while no document is open, in model units (default 1200). */
  rowWidth?: number;
  /**
   * The `previous` positions are the overview's (compact lanes, other heights): the full layout keeps none of them,
   * else a closed document would stay where its overview row happened to fall inside the taller full lane.
   */
  previousCompact?: boolean;
}

/** Lays out policies in lanes; `previous` positions are kept for policies whose nodes all have one in their lane. */
export function layoutLanes(
  policies: LayoutPolicy[],
  previous: Record<string, Position> = {},
  options: LayoutOptions = {},
): LaneLayout {
  const byLane = new Map<number, LayoutPolicy[]>();
  for (const p of [...policies].sort(comparePolicies)) {
    const i = laneIndex(p.tier);
    byLane.set(i, [...(byLane.get(i) ?? []), p]);
  }
  // National, provincial and municipal lanes are always drawn so an empty tier reads as empty, not missing.
  const fixed = ['national', 'provincial', 'municipal'].map((t) => LANE_ORDER.indexOf(t));
  const indices = [...new Set([...fixed, ...byLane.keys()])].sort((a, b) => a - b);
  // While no document is open the lanes are compact, so every tier shows at once.
  if (policies.every((p) => p.articleIds.length === 0))
    return layoutCompact(indices, byLane, stubsPerRow(options.rowWidth ?? 1200));
  return layoutFull(indices, byLane, options.previousCompact ? {} : previous);
}

/** The overview: closed documents in rows of `perRow`, each lane as high as its rows; nothing is kept. */
function layoutCompact(indices: number[], byLane: Map<number, LayoutPolicy[]>, perRow: number): LaneLayout {
  const positions: Record<string, Position> = {};
  const lanes: LaneBand[] = [];
  const step = { x: LAYOUT.stubWidth + LAYOUT.stubGap, y: STUB_HEIGHT + LAYOUT.stubGap };
  let top = 0;
  for (const index of indices) {
    const lanePolicies = byLane.get(index) ?? [];
    const rows = Math.max(1, Math.ceil(lanePolicies.length / perRow));
    lanePolicies.forEach((p, i) => {
      positions[p.id] = {
        x: (i % perRow) * step.x + LAYOUT.stubWidth / 2,
        y: top + COMPACT_PAD + Math.floor(i / perRow) * step.y + STUB_HEIGHT / 2,
      };
    });
    const height = compactLaneHeight(rows);
    lanes.push({ tier: LANE_ORDER[index] ?? 'unknown', top, height, left: LAYOUT.laneLeft, right: 0 });
    top += height;
  }
  // As wide as the widest row (and a gap): a wider band would only make the whole picture smaller.
  const widest = Math.min(perRow, Math.max(1, ...indices.map((i) => byLane.get(i)?.length ?? 0)));
  for (const lane of lanes) lane.right = widest * step.x;
  return { positions, lanes, compact: true };
}

/** Lanes of fixed height once a document is open; positions in `previous` are kept, newcomers go right. */
function layoutFull(
  indices: number[],
  byLane: Map<number, LayoutPolicy[]>,
  previous: Record<string, Position>,
): LaneLayout {
  const positions: Record<string, Position> = {};
  const lanes: LaneBand[] = [];
  let right = 0;
  indices.forEach((index, position) => {
    const lanePolicies = byLane.get(index) ?? [];
    const top = laneTop(position);
    const inLane = (q: Position) => q.y > top && q.y < top + LANE_HEIGHT;
    const nodeIds = (p: LayoutPolicy) => (p.articleIds.length ? p.articleIds : [p.id]);
    const kept = lanePolicies.filter((p) => nodeIds(p).every((id) => previous[id] && inLane(previous[id]!)));
    let cursor = 0;
    for (const p of kept) {
      for (const id of nodeIds(p)) positions[id] = previous[id]!;
      const xs = nodeIds(p).map((id) => previous[id]!.x);
      const halfWidth = p.articleIds.length ? LAYOUT.articleWidth / 2 : LAYOUT.stubWidth / 2;
      cursor = Math.max(cursor, Math.max(...xs) + halfWidth + LAYOUT.policyGap);
    }
    // Closed documents and groups stack STUB_ROWS to a column; an open document takes its own grid.
    let stubRow = STUB_ROWS;
    let stubLeft = cursor;
    for (const p of lanePolicies) {
      if (kept.includes(p)) continue;
      if (p.articleIds.length === 0) {
        if (stubRow >= STUB_ROWS) {
          stubLeft = cursor;
          stubRow = 0;
          cursor += LAYOUT.stubWidth + LAYOUT.gapX * 2;
        }
        positions[p.id] = {
          x: stubLeft + LAYOUT.stubWidth / 2,
          y: top + LAYOUT.lanePadTop + STUB_HEIGHT / 2 + stubRow * (STUB_HEIGHT + LAYOUT.stubGap),
        };
        stubRow += 1;
        continue;
      }
      if (stubRow < STUB_ROWS) cursor += LAYOUT.policyGap - LAYOUT.gapX * 2;
      stubRow = STUB_ROWS;
      place(p, cursor, top, positions);
      cursor += policyWidth(p.articleIds.length) + LAYOUT.policyGap;
    }
    right = Math.max(right, cursor);
    lanes.push({ tier: LANE_ORDER[index] ?? 'unknown', top, height: LANE_HEIGHT, left: LAYOUT.laneLeft, right: 0 });
  });
  for (const lane of lanes) lane.right = Math.max(right, 1200);
  return { positions, lanes, compact: false };
}
