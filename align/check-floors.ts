/**
 * Issue 15's floors on one labelled set of real pairs: precision@1 at least 0.8 and recall@3 at least 0.9, each at
 * least both baselines' (a tie counts as holding). Recall@3 is judged over pairs, as the issue counts it; capped
 * (BEIR's R_cap@3) is reported beside it against 0.9, since an article with five labelled uppers can show three.
 * Example: engine 0.806 / 0.712 against TF-IDF 0.839 / 0.731 → { precisionAt1: true, precisionAboveBaselines: false,
 * recallAt3: false, … }.
 */
import type { AlignmentEvaluation } from './evaluate-alignment.ts';

/** The floors the issue names for every labelled real set. */
export const FLOORS = { precisionAt1: 0.8, recallAt3: 0.9 } as const;

/** Which floor holds on one set. */
export interface FloorCheck {
  precisionAt1: boolean;
  precisionAboveBaselines: boolean;
  recallAt3: boolean;
  cappedRecallAt3: boolean;
  recallAboveBaselines: boolean;
  /** Every floor above, recall@3 over pairs (the count). */
  all: boolean;
}

type Figures = Pick<AlignmentEvaluation, 'precisionAt1' | 'recallAt3' | 'cappedRecallAt3'>;

// Figures of one set share their denominators, so equal counts give equal floats; the margin only absorbs rounding
// of a figure read back from JSON.
const atLeast = (x: number, y: number) => x >= y - 1e-9;

/** The floors on one set: the engine's figures against the and against each baseline's. Pure. */
export function checkFloors(engine: Figures, baselines: readonly Figures[]): FloorCheck {
  const check = {
    precisionAt1: atLeast(engine.precisionAt1, FLOORS.precisionAt1),
    precisionAboveBaselines: baselines.every((b) => atLeast(engine.precisionAt1, b.precisionAt1)),
    recallAt3: atLeast(engine.recallAt3, FLOORS.recallAt3),
    cappedRecallAt3: atLeast(engine.cappedRecallAt3, FLOORS.recallAt3),
    recallAboveBaselines: baselines.every((b) => atLeast(engine.recallAt3, b.recallAt3)),
  };
  return {
    ...check,
    all: check.precisionAt1 && check.precisionAboveBaselines && check.recallAt3 && check.recallAboveBaselines,
  };
}

/** How many sets each floor holds on. Pure. */
export function countFloors(checks: readonly FloorCheck[]): Record<keyof FloorCheck, number> {
  const count = (key: keyof FloorCheck) => checks.filter((c) => c[key]).length;
  return {
    precisionAt1: count('precisionAt1'),
    precisionAboveBaselines: count('precisionAboveBaselines'),
    recallAt3: count('recallAt3'),
    cappedRecallAt3: count('cappedRecallAt3'),
    recallAboveBaselines: count('recallAboveBaselines'),
    all: count('all'),
  };
}
