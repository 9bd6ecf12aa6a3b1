/**
 * Maps a pair score to the 4 classes of Kim et al. (EMNLP 2021). Thresholds were calibrated on the hand-labelled
 * pairs of test/data/alignment-docs-align.tsv (see README, section Alignment): each threshold is the midpoint
 * between the highest score of a pair labelled with the weaker class and the lowest score of one labelled with the
 * stronger class (identical 1.0 | 0.918 almost; almost 0.669 | 0.651 related; related 0.387 | 0.359 partially), scores
 * as `npm run eval:align` computes them from the parsed files (engine 1.2: alignments 0.3, TF-IDF cosine 0.7).
 * Example: classifyScore(0.98) → 'identical'; classifyScore(0.3) → 'partially_related'.
 */
import type { AlignmentClass } from '../model/index.ts';

/** Lowest score of each class, best class first. */
export const CLASS_THRESHOLDS: readonly { class: AlignmentClass; min: number }[] = [
  { class: 'identical', min: 0.96 },
  { class: 'almost_identical', min: 0.66 },
  { class: 'related', min: 0.37 },
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
