/**
 * Maps a pair score to the 4 classes of Kim et al. (EMNLP 2021). Thresholds were calibrated on the hand-labelled
 * pairs of test/data/alignment-docs-align.tsv (see README, section Alignment): each threshold is the midpoint
 * between the highest score of a pair labelled with the weaker class and the lowest score of one labelled with the
 * stronger class, scores as `npm run eval:align` computes them from the parsed files (engine 1.3: alignments 0.2,
 * TF-IDF cosine 0.8): identical 1.0 | 0.933 almost (midpoint 0.967, kept at 0.96); related 0.406 | 0.343 partially
 * (0.375, kept at 0.37). Almost and related overlap (a traditional-character copy labelled related scores 0.757, an
 * almost-identical pair 0.727; engine 1.2 had 0.708 for both): 0.66 sits under every almost pair and over the other
 * related ones, one pair misclassified, as before.
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
