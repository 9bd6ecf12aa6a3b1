/**
 * The floors, checked against one run's results: import ≥ 0.5 of plain CREATE, alignment ≤ 0.05 of brute
 * force with ≥ 0.99 top-1 agreement, lineage p99 < 100 ms and search p99 < 300 ms with zero errors, GraphQL ≥ 0.6 of
 * direct Cypher throughput and one-connection p99 < 25 ms (lineage) / < 50 ms (search), importer peak
 * memory < 1 GB, the viewer's real-corpus overview drawn in < 3 s, panning at ≥ 30 frames/s and a click's feedback
 * painted in < 100 ms at 5,000 elements. Pure. Example: checkFloors({ import: { status: 'ok', ratioToPlainCreate: 0.62 } }) →
 * [{ name: 'import.ratioToPlainCreate', value: 0.62, floor: '≥ 0.5', pass: true }, { name: 'align…', value: null, pass: null }, …].
 */

/** One floor and how the run did; `pass` is null when the figure was not measured. */
export interface FloorCheck {
  name: string;
  value: number | null;
  floor: string;
  pass: boolean | null;
}

type Results = Record<string, unknown>;

function read(results: Results, path: string): number | null {
  let node: unknown = results;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' && Number.isFinite(node) ? node : null;
}

const FLOORS: { name: string; floor: string; ok: (v: number) => boolean }[] = [
  { name: 'import.ratioToPlainCreate', floor: '≥ 0.5', ok: (v) => v >= 0.5 },
  { name: 'align.ratioToBruteForce', floor: '≤ 0.05', ok: (v) => v <= 0.05 },
  { name: 'align.top1Agreement', floor: '≥ 0.99', ok: (v) => v >= 0.99 },
  // The 50-connection latencies (api.<kind>.p99Ms) are reported, not floored: on 2 cores Little's law alone puts them
  // in the hundreds of ms. Issue 16 floors GraphQL throughput against the same Cypher straight through the driver,
  // and one user's p99.
  { name: 'api.lineage.errors', floor: '= 0', ok: (v) => v === 0 },
  { name: 'api.search.errors', floor: '= 0', ok: (v) => v === 0 },
  { name: 'api.lineage.throughputRatioToDirect', floor: '≥ 0.6', ok: (v) => v >= 0.6 },
  { name: 'api.search.throughputRatioToDirect', floor: '≥ 0.6', ok: (v) => v >= 0.6 },
  { name: 'api.lineage.single.p99Ms', floor: '< 25', ok: (v) => v < 25 },
  { name: 'api.search.single.p99Ms', floor: '< 50', ok: (v) => v < 50 },
  { name: 'importer.peakRssMB', floor: '< 1024', ok: (v) => v < 1024 },
  { name: 'viewerOverview.grouped.firstRenderMs', floor: '< 3000', ok: (v) => v < 3000 },
  { name: 'viewer.n5000.panFrameMs.mean', floor: '≤ 33.3 (≥ 30 frames/s)', ok: (v) => v <= 1000 / 30 },
  { name: 'viewer.n5000.feedbackMs', floor: '< 100', ok: (v) => v < 100 },
];

/** Checks every floor. */
export function checkFloors(results: Results): FloorCheck[] {
  return FLOORS.map(({ name, floor, ok }) => {
    const value = read(results, name);
    return { name, value, floor, pass: value === null ? null : ok(value) };
  });
}
