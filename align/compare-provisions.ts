/**
 * What changed between two aligned articles, typed: the numbers each states (read-quantities.ts: amounts, shares,
 * multiples, target years, deadlines and periods, counts with a threshold, measures), each paired with the number of
 * the same kind in the most alike sentence on the other side; obligation strength of the clause the two share
 * (必须/应当 > 鼓励/支持 > 可以 > a fact; compare-obligation.ts); and scope (subjects named on one side only). Each change
 * says `stricter | looser | same | added | dropped` from the point of view of those the lower article binds: stricter
 * asks more of them (a higher floor, target or fine, the cap of a fine too; a lower cap; a shorter time limit; a longer
 * notice; an earlier year; a stronger obligation word). Spans are offsets into each text. When the lower article
 * names the upper one (`namesUpper`: 依照个人所得税法第六条…, the pair marked `cited`), the upper article applies by
 * reference, so what only the upper says is not dropped and is left out: the implementing regulation's 第十九条, which
 * defines one term of 第六条第三款, dropped none of 第六条's nine amounts.
 * Example: compareProvisions('…提取不低于百分之七十的比例', '…提取不低于百分之五十的比例') →
 * [{ kind: 'share', verdict: 'stricter', lower: { text: '不低于百分之七十', … }, upper: { text: '不低于百分之五十', … }, … }].
 */
import type { ProvisionChange } from './change-types.ts';
import { compareObligation } from './compare-obligation.ts';
import { compareQuantities, penaltyClausesOf } from './compare-quantities.ts';
import { compareSubjects } from './compare-subjects.ts';

/**
 * The score from which a kept pair is compared. Of the pairs the engine keeps (five per lower article), on seven real
 * regulations and the bundled documents read whole, 91–100 % from 0.3 are counterparts a reader gave, against 61–80 %
 * at 0.2–0.3 and 5–26 % under 0.2; under 0.3 most change lines set two different rules side by side (`npm run
 * eval:align`, the score bands). Every blind reading of the changes drew its pairs from this score.
 */
export const COMPARED_FROM = 0.3;

/**
 * Whether a pair's changes are worth listing: it scores at least `minScore`, or its lower text names the upper article,
 * or a reviewer confirmed it; never when a reviewer rejected it. Example: isCompared({ score: 0.12 }) → false;
 * isCompared({ score: 0.12, status: 'confirmed' }) → true.
 */
export function isCompared(
  pair: { score: number; cited?: boolean; status?: string | null },
  minScore = COMPARED_FROM,
): boolean {
  if (pair.status === 'rejected') return false;
  return pair.score >= minScore || pair.cited === true || pair.status === 'confirmed';
}

/** Typed changes from `upperText` to `lowerText`: numbers kind by kind, then obligation, then scope. */
export function compareProvisions(
  lowerText: string,
  upperText: string,
  options: { namesUpper?: boolean } = {},
): ProvisionChange[] {
  const clauses = penaltyClausesOf(lowerText, upperText);
  const changes: ProvisionChange[] = compareQuantities(lowerText, upperText, clauses);
  const duty = compareObligation(lowerText, upperText);
  // A penalty article states no duty word: against the article whose duty it enforces, that is no duty added or
  // dropped (江门 第十八条, a duty, against the law's 第一百一十六条, its fine).
  const dutyAgainstPenalty = clauses.penaltyOnly.lower !== clauses.penaltyOnly.upper;
  if (duty && !(dutyAgainstPenalty && (duty.verdict === 'added' || duty.verdict === 'dropped')))
    changes.push({
      kind: 'obligation',
      verdict: duty.verdict,
      ...(duty.lower ? { lower: duty.lower } : {}),
      ...(duty.upper ? { upper: duty.upper } : {}),
      detail: `${duty.lower?.text ?? '—'} vs ${duty.upper?.text ?? '—'}`,
    });
  changes.push(...compareSubjects(lowerText, upperText));
  return options.namesUpper ? changes.filter((c) => c.verdict !== 'dropped') : changes;
}
