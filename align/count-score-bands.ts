/**
 * Whether the typed comparison of a pair means anything, by the pair's score: every pair an alignment keeps (its five
 * best per lower article, weak ones included), counted in bands of score against labels read article by article —
 * how many are counterparts a reader gave, and how many change lines the comparison lists on them and on the rest.
 * A change between two articles that state different rules is not a change of either rule, so the bands say from
 * which score a comparison is worth showing (`COMPARED_FROM`, compare-provisions.ts).
 * Example: pairs of score 0.07 (not labelled) and 0.42 (labelled), two change lines each →
 * [{ from: 0.05, to: 0.1, pairs: 1, counterparts: 0, changeLines: 2, changeLinesOnOthers: 2 }, …,
 *  { from: 0.3, to: 0.5, pairs: 1, counterparts: 1, changeLines: 2, changeLinesOnOthers: 0 }, …].
 */

/**
 * Band edges: a pair of score s is in the band [edge, next edge); the last band takes 1 too. The first starts at 0:
 * the engine keeps pairs from 0.05 (0.02 with a heading-only side), and a pair the text names whatever its score.
 */
export const SCORE_BAND_EDGES = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1] as const;

/** One band of scores. */
export interface ScoreBand {
  from: number;
  to: number;
  pairs: number;
  /** Pairs a reader labelled as counterparts (strong or medium). */
  counterparts: number;
  /** Change lines (verdict other than same) the comparison lists on the band's pairs. */
  changeLines: number;
  /** Of those, the lines on pairs no reader labelled as counterparts. */
  changeLinesOnOthers: number;
}

/** Counts `pairs` by score band; `isCounterpart` and `changesOf` (a number of change lines) are asked per pair. */
export function countScoreBands<P extends { score: number }>(
  pairs: readonly P[],
  isCounterpart: (pair: P) => boolean,
  changesOf: (pair: P) => number,
): ScoreBand[] {
  const bands = emptyBands();
  for (const pair of pairs) {
    const band = bands.find((b, i) => pair.score < b.to || i === bands.length - 1)!;
    const counterpart = isCounterpart(pair);
    const lines = changesOf(pair);
    band.pairs++;
    band.changeLines += lines;
    if (counterpart) band.counterparts++;
    else band.changeLinesOnOthers += lines;
  }
  return bands;
}

/** Adds band counts of several sets, band by band (all from countScoreBands). */
export function addScoreBands(sets: readonly ScoreBand[][]): ScoreBand[] {
  const totals = emptyBands();
  totals.forEach((total, i) => {
    for (const bands of sets) {
      const b = bands[i]!;
      total.pairs += b.pairs;
      total.counterparts += b.counterparts;
      total.changeLines += b.changeLines;
      total.changeLinesOnOthers += b.changeLinesOnOthers;
    }
  });
  return totals;
}

function emptyBands(): ScoreBand[] {
  return SCORE_BAND_EDGES.slice(0, -1).map((from, i) => ({
    from,
    to: SCORE_BAND_EDGES[i + 1]!,
    pairs: 0,
    counterparts: 0,
    changeLines: 0,
    changeLinesOnOthers: 0,
  }));
}
