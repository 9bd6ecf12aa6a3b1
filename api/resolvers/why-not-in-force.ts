/**
 * Why no version of a text was in force on a day (pure), for the messages of compare, coverage and lineage: before its
 * first version took effect, or after its last ended. Example: whyNotInForce('t:…@2021-07-29', '"t:…@2021-07-29"',
 * '2021-10-02', [{ id: 't:…@2021-07-29', validFrom: '2022-01-01', validTo: null }]) → ': "t:…@2021-07-29" takes effect on
 * 2022-01-01'; '' when neither.
 */

/** A version's time in force. */
export interface TimeInForce {
  id: string;
  validFrom: string | null;
  validTo: string | null;
}

/** The reason, to append to a message; `self` is how the message names the text asked for (`asked`). */
export function whyNotInForce(asked: string, self: string, day: string, versions: readonly TimeInForce[]): string {
  const dated = versions.filter((v) => v.validFrom !== null).sort((a, b) => (a.validFrom! < b.validFrom! ? -1 : 1));
  const first = dated[0];
  const last = dated.at(-1);
  const named = (v: TimeInForce, which: string) => (v.id === asked ? self : `its ${which} version "${v.id}"`);
  if (first && day < first.validFrom!) return `: ${named(first, 'first')} takes effect on ${first.validFrom}`;
  if (last?.validTo && day >= last.validTo) return `: ${named(last, 'last')} was in force until ${last.validTo}`;
  return '';
}
