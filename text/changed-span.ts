/**
 * The span that differs between two texts: what lies between their common start and their common end, in each.
 * Pure. Example: changedSpan('本条例自2010年11月1日起施行。', '本条例自2024年6月1日起施行。')
 *   → { removed: '10年11', inserted: '24年6' }
 */

/** The changed span of `before` (removed) and what stands there in `after` (inserted). */
export function changedSpan(before: string, after: string): { removed: string; inserted: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end += 1;
  return { removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}
