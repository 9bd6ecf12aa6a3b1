/**
 * Maps a pair score to the 4 classes of Kim et al. (EMNLP 2021). Thresholds were calibrated on the hand-labelled
 * pairs of test/data/docs-align (see README, section Alignment): each lies between the score ranges of two classes.
 * Example: classifyScore(0.93) → 'identical'; classifyScore(0.3) → 'partially_related'.
 */
import type { AlignmentClass } from '../model.ts';

/** Lowest score of each class, best class first. */
export const CLASS_THRESHOLDS: readonly { class: AlignmentClass; min: number }[] = [
  { class: 'identical', min: 0.9 },
  { class: 'almost_identical', min: 0.7 },
  { class: 'related', min: 0.4 },
  { class: 'partially_related', min: 0 },
];

/** The class of a score in [0, 1]. */
export function classifyScore(score: number): AlignmentClass {
  for (const t of CLASS_THRESHOLDS) if (score >= t.min) return t.class;
  return 'partially_related';
}

/** Order of classes, strongest first: classRank('identical') = 0. */
export function classRank(value: AlignmentClass): number {
  return CLASS_THRESHOLDS.findIndex((t) => t.class === value);
}
