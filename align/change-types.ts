/**
 * The types of a typed comparison between two aligned articles (compare-provisions.ts, compare-obligation.ts).
 * Example: { kind: 'share', verdict: 'stricter', lower: { text: '不低于百分之七十', start: 3, end: 11 }, detail: '70% vs 50%' }.
 */

/** What a quantity measures, in the order the comparison lists them (read-quantities.ts). */
export const QUANTITY_KINDS = ['amount', 'share', 'multiple', 'year', 'deadline', 'count', 'measure'] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

/** What a change is about: a quantity, obligation strength or scope. */
export type ChangeKind = QuantityKind | 'obligation' | 'scope';
/** How the lower article differs from the upper one. */
export type ChangeVerdict = 'stricter' | 'looser' | 'same' | 'added' | 'dropped';

/** A span of one article's text. */
export interface ChangeSpan {
  text: string;
  start: number;
  end: number;
}

/** One typed change. */
export interface ProvisionChange {
  kind: ChangeKind;
  verdict: ChangeVerdict;
  lower?: ChangeSpan;
  upper?: ChangeSpan;
  /** Plain words: '70% vs 50% (floor)', 'added: 医疗卫生机构'. */
  detail: string;
}
