/**
 * Which text of a work an undated document rests on. A dated document rests on the version in force when it was made
 * (versionsInForce); one that tells no date was taken to rest on the latest. Statute books copy many regulations
 * without their head lines (71 of lawrefbook's 1,310 local regulations tell no date), and a text pasted without its date is the same:
 * 上海市统计条例, written against 统计法 of 2009 and numbered after it, was aligned and traced against the 2024 text,
 * whose articles are numbered differently, and none of its labelled sources came first. Its wording is the evidence
 * left: of a work's versions it rests on the one whose whole text is nearest its own (wholeTextNearness: idf over the
 * document and those versions, so the passages the versions differ in weigh most); a tie with a version of another
 * date keeps the latest.
 * Example: const nearest = nearestVersionOf(shanghaiStatistics, () => index); versionsInForce(uppers, undefined,
 * nearest) → 统计法(2009-06-27) in place of 统计法(2024-09-13).
 */
import type { AlignDocument } from './align-types.ts';
import { madeOn } from './existed-before.ts';
import { createWholeTextIndex, type WholeTextIndex, wholeTextNearness } from './whole-text-index.ts';

/**
 * The chooser versionsInForce takes for `lower` (it asks only when `lower` has no date): of a work's versions, the one
 * nearest its whole text. `index` gives whole-text bags holding every version offered (called once, on the first
 * choice, so a dated text costs nothing).
 */
export function nearestVersionOf(
  lower: AlignDocument,
  index: () => WholeTextIndex,
): (versions: readonly AlignDocument[]) => AlignDocument | undefined {
  let weigh: ReturnType<typeof wholeTextNearness> | undefined;
  return (versions) => {
    weigh ??= wholeTextNearness(index(), lower);
    const [first, ...rest] = weigh(versions);
    // Against the nearest text of another date: a version filed twice ties with itself, not with the other versions.
    const rival = rest.find((x) => madeOn(x.doc) !== madeOn(first!.doc));
    return first && (!rival || first.score > rival.score) ? first.doc : undefined;
  };
}

/** Whole-text bags of the documents that are one of several versions of a work (all versionsInForce can choose among). */
export function versionTextIndex(docs: readonly AlignDocument[]): WholeTextIndex {
  const count = new Map<string, number>();
  for (const d of docs) if (d.workId !== undefined) count.set(d.workId, (count.get(d.workId) ?? 0) + 1);
  return createWholeTextIndex(docs.filter((d) => d.workId !== undefined && count.get(d.workId)! > 1));
}
