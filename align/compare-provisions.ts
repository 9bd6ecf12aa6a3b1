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
import { compareQuantities } from './compare-quantities.ts';
import { compareSubjects } from './compare-subjects.ts';

/** Typed changes from `upperText` to `lowerText`: numbers kind by kind, then obligation, then scope. */
export function compareProvisions(
  lowerText: string,
  upperText: string,
  options: { namesUpper?: boolean } = {},
): ProvisionChange[] {
  const changes: ProvisionChange[] = compareQuantities(lowerText, upperText);
  const duty = compareObligation(lowerText, upperText);
  if (duty)
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
