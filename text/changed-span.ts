/**
 * The span that differs between two texts: what lies between their common start and their common end, in each.
 * Pure. Example: changedSpan('本条例自2010年11月1日起施行。', '本条例自2024年6月1日起施行。')
 *   → { removed: '10年11', inserted: '24年6' }
 * Full- and half-width forms are the same character here: changedSpan('(一)改装', '（一）改装') → no change; a span keeps
 * the characters as each text writes them.
 */
import { foldWidth } from './normalize-line.ts';

/** The changed span of `before` (removed) and what stands there in `after` (inserted). */
export function changedSpan(before: string, after: string): { removed: string; inserted: string } {
  // foldWidth keeps every character in place, so offsets in the folded texts are offsets in the texts as written.
  const a = foldWidth(before);
  const b = foldWidth(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return { removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}
