/**
 * Coverage checked against labels read article by article: for each lower and upper document the labels pair, every
 * article of the upper one is carried (a reader gave it a counterpart in the lower one) or not, and coverage says
 * carried or not, by its rule (computeCoverage) and, for comparison, by any kept pair. Only for sets read whole
 * (every lower article against the whole upper document), where an article no label names is not carried.
 * Example: one upper article labelled, coverage counting it and one more → rule { carried: 1, carriedWrongly: 1,
 * missed: 0, notCarried: … }.
 */
import type { AlignmentPair } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { base, type AlignmentLabel } from './evaluate-alignment.ts';
import { carryingPairs, computeCoverage } from './trace-lineage.ts';

/** Upper articles by what coverage says against what the labels say. */
export interface CoverageCounts {
  /** Carried, and said carried. */
  carried: number;
  /** Not carried, but said carried. */
  carriedWrongly: number;
  /** Carried, but said not carried. */
  missed: number;
  /** Not carried, and said so: what "which articles does it not take up" should list. */
  notCarried: number;
  /** Formal provisions (when the upper text takes effect, who interprets it): coverage counts them neither way. */
  formal: number;
}

/** Pairs a lineage would show, against the labels: how many, and how many a reader gave as counterparts. */
export interface ShownPairs {
  shown: number;
  counterparts: number;
}

/** Coverage by its rule and by any kept pair, over every lower–upper document pair the labels name. */
export function evaluateCoverage(
  pairs: readonly AlignmentPair[],
  docs: readonly AlignDocument[],
  labels: readonly AlignmentLabel[],
): {
  rule: CoverageCounts;
  everyPair: CoverageCounts;
  /** Pairs by the rule and every kept pair, and the labelled pairs (counterparts to find). */
  pairs: { rule: ShownPairs; everyPair: ShownPairs; labelled: number };
} {
  const rule = { carried: 0, carriedWrongly: 0, missed: 0, notCarried: 0, formal: 0 };
  const everyPair = { ...rule };
  const pairCounts = { rule: { shown: 0, counterparts: 0 }, everyPair: { shown: 0, counterparts: 0 }, labelled: 0 };
  const tally = (counts: CoverageCounts, said: boolean, truth: boolean) => {
    if (said) counts[truth ? 'carried' : 'carriedWrongly']++;
    else counts[truth ? 'missed' : 'notCarried']++;
  };
  const documentPairs = new Set(labels.map((l) => `${base(l.lowerFile)}\n${base(l.upperFile)}`));
  for (const key of documentPairs) {
    const [lowerName, upperName] = key.split('\n') as [string, string];
    const lower = docs.find((d) => base(d.file) === lowerName);
    const upper = docs.find((d) => base(d.file) === upperName);
    if (!lower || !upper) continue;
    const labelled = labels.filter((l) => base(l.lowerFile) === lowerName && base(l.upperFile) === upperName);
    const truth = new Set(labelled.map((l) => l.upperArticle));
    const coverage = computeCoverage(pairs, upper, lower);
    const covered = new Set(coverage.covered.map((c) => c.article));
    const between = pairs.filter((p) => base(p.lower.file) === lowerName && base(p.upper.file) === upperName);
    const any = new Set(between.map((p) => p.upper.article));
    const labelledPairs = new Set(labelled.map((l) => `${l.lowerArticle}>${l.upperArticle}`));
    const tallyPairs = (counts: ShownPairs, shown: readonly string[]) => {
      counts.shown += shown.length;
      counts.counterparts += shown.filter((k) => labelledPairs.has(k)).length;
    };
    tallyPairs(
      pairCounts.rule,
      carryingPairs(pairs, upper, lower).map((p) => `${p.lower.article}>${p.upper.article}`),
    );
    tallyPairs(
      pairCounts.everyPair,
      between.map((p) => `${p.lower.article}>${p.upper.article}`),
    );
    pairCounts.labelled += labelledPairs.size;
    const formal = new Set(coverage.formal.map((f) => f.article));
    for (const article of upper.articles) {
      if (formal.has(article.number)) {
        rule.formal++;
        everyPair.formal++;
        continue;
      }
      tally(rule, covered.has(article.number), truth.has(article.number));
      tally(everyPair, any.has(article.number), truth.has(article.number));
    }
  }
  return { rule, everyPair, pairs: pairCounts };
}
