/**
 * Decides whether two title keys name the same document. Exact keys match; a key without jurisdiction also matches
 * one with a jurisdiction when the rest is equal (科技部《“十四五”…规划》 vs the plan's own title, which names none).
 * Example: titleKeysMatch(buildTitleKey('“十四五”国家高新技术产业开发区发展规划'),
 *   '中华人民共和国|十四五国家高新技术产业开发区发展规划') → 'loose'
 */
import type { TitleKey } from './build-title-key.ts';

/** How two keys match: exactly, loosely (one side names no jurisdiction), or not at all. */
export type TitleMatch = 'exact' | 'loose' | 'none';

/** Splits a stored `jurisdiction|rest` key. */
export function splitStoredKey(stored: string): { jurisdiction: string; rest: string } {
  const bar = stored.indexOf('|');
  return bar < 0 ? { jurisdiction: '', rest: stored } : { jurisdiction: stored.slice(0, bar), rest: stored.slice(bar + 1) };
}

/** Compares a computed key with a stored one. */
export function titleKeysMatch(key: TitleKey, stored: string | undefined): TitleMatch {
  // An empty title names nothing: it must never match another empty title.
  if (!stored || key.rest === '' || splitStoredKey(stored).rest === '') return 'none';
  if (stored === key.key) return 'exact';
  const other = splitStoredKey(stored);
  if (other.rest !== key.rest) return 'none';
  return other.jurisdiction === '' || key.jurisdiction === '' ? 'loose' : 'none';
}

/** Picks the one entry whose key matches: an exact match first, else a single loose match; undefined if ambiguous. */
export function pickByTitleKey<T>(key: TitleKey, entries: readonly T[], keyOf: (entry: T) => string | undefined): T | undefined {
  const exact = entries.filter((e) => titleKeysMatch(key, keyOf(e)) === 'exact');
  if (exact.length > 0) return exact[0];
  const loose = entries.filter((e) => titleKeysMatch(key, keyOf(e)) === 'loose');
  return loose.length === 1 ? loose[0] : undefined;
}
