/**
 * Decides whether two title keys name the same document. Exact keys match; a key without jurisdiction also matches
 * one with a jurisdiction when the rest is equal (科技部《“十四五”…规划》 vs the plan's own title, which names none).
 * Example: titleKeysMatch(buildTitleKey('“十四五”国家高新技术产业开发区发展规划'),
 *   '中华人民共和国|十四五国家高新技术产业开发区发展规划') → 'loose'
 */
import { titleWording } from '../../text/index.ts';
import type { TitleKey } from './build-title-key.ts';

/** How two keys match: exactly, loosely (one side names no jurisdiction), or not at all. */
export type TitleMatch = 'exact' | 'loose' | 'none';

/** Splits a stored `jurisdiction|rest` key. */
export function splitStoredKey(stored: string): { jurisdiction: string; rest: string } {
  const bar = stored.indexOf('|');
  return bar < 0
    ? { jurisdiction: '', rest: stored }
    : { jurisdiction: stored.slice(0, bar), rest: stored.slice(bar + 1) };
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

/**
 * Whether a key names the document of a stored key in other words — a leading 关于, the 的 before its last words
 * (关于促进我市…的实施方案 / 促进我市…实施方案) — in the same place or with one side naming none. For telling a document
 * citing itself as its issuing notice names it; never used to link two documents.
 */
export function sameWording(key: TitleKey, stored: string | undefined): boolean {
  if (!stored || key.rest === '') return false;
  const other = splitStoredKey(stored);
  if (other.rest === '' || titleWording(other.rest) !== titleWording(key.rest)) return false;
  return other.jurisdiction === key.jurisdiction || other.jurisdiction === '' || key.jurisdiction === '';
}

/**
 * Whether a loose match on `key` is unambiguous: all the keys known with the same rest (the candidates, and the keys
 * the run will write, `known`) name at most one jurisdiction. Judged over the whole run, not only over what the graph
 * holds so far, so the answer does not depend on which documents were imported before (a resumed import).
 */
export function looseMatchIsUnambiguous(key: TitleKey, stored: Iterable<string | undefined>): boolean {
  const jurisdictions = new Set<string>();
  if (key.jurisdiction) jurisdictions.add(key.jurisdiction);
  for (const s of stored) {
    if (!s) continue;
    const other = splitStoredKey(s);
    if (other.rest === key.rest && other.jurisdiction) jurisdictions.add(other.jurisdiction);
  }
  return jurisdictions.size <= 1;
}

/**
 * Picks the one entry whose key matches: an exact match first, else a single loose match, provided no key among
 * the entries and `known` (the run's own keys with the same rest) names another jurisdiction; undefined if ambiguous.
 */
export function pickByTitleKey<T>(
  key: TitleKey,
  entries: readonly T[],
  keyOf: (entry: T) => string | undefined,
  known: Iterable<string> = [],
): T | undefined {
  const exact = entries.filter((e) => titleKeysMatch(key, keyOf(e)) === 'exact');
  if (exact.length > 0) return exact[0];
  const loose = entries.filter((e) => titleKeysMatch(key, keyOf(e)) === 'loose');
  if (loose.length !== 1) return undefined;
  return looseMatchIsUnambiguous(key, [...entries.map(keyOf), ...known]) ? loose[0] : undefined;
}
