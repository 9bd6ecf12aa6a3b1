/**
 * What an import run knows of all its files before it writes any: each document's title key and number, and the
 * numbers that documents give each other (the Liuzhou interpretation names the measures' 柳政规〔2021〕18号).
 * Small by design: a few strings per file. Example:
 *   addToRegistry(registry, { titleKey: '柳州市|关于…若干措施政策解读', given: [{ titleKey: '柳州市|关于…若干措施',
 *     docNumber: '柳政规〔2021〕18号' }] }); numberForTitle(registry, buildTitleKey('柳州市关于…若干措施')) → '柳政规〔2021〕18号'
 */
import type { TitleKey } from './build-title-key.ts';
import { pickByTitleKey, splitStoredKey } from './match-title-key.ts';

/** Title keys and numbers of the run's documents and the numbers they give to the documents they cite. */
export interface RunRegistry {
  /** Title key → number, from own numbers first, then from citations that carry both. */
  numberByKey: Map<string, string>;
  /** Title keys and numbers of the documents the run will import. */
  ownKeys: Set<string>;
  ownNumbers: Set<string>;
  /**
   * Rest of a title key → every key the run writes with that rest (own titles and cited titles), for loose matches
   * without scanning every key, and to judge them over the whole run rather than over what the graph holds so far.
   */
  keysByRest: Map<string, Set<string>>;
  /** Number → the title keys `numberByKey` gives it: which titles bear a number, without scanning every key. */
  keysByNumber: Map<string, Set<string>>;
}

/** What the light first pass keeps of one file. */
export interface RegistryEntry {
  titleKey: string;
  docNumber?: string;
  given: { titleKey: string; docNumber: string }[];
  /** Title keys of all its citations, with or without a number (each may become a cited-only Policy). */
  cited?: string[];
}

/** An empty registry (for a run that skips the first pass, or a single document). */
export function createRunRegistry(): RunRegistry {
  return {
    numberByKey: new Map(),
    ownKeys: new Set(),
    ownNumbers: new Set(),
    keysByRest: new Map(),
    keysByNumber: new Map(),
  };
}

/** Gives `key` its number in both directions (a key's earlier number, if any, no longer lists it). */
function setNumber(registry: RunRegistry, key: string, number: string): void {
  const before = registry.numberByKey.get(key);
  if (before !== undefined) registry.keysByNumber.get(before)?.delete(key);
  registry.numberByKey.set(key, number);
  const keys = registry.keysByNumber.get(number) ?? new Set<string>();
  keys.add(key);
  registry.keysByNumber.set(number, keys);
}

/** Adds one file's entry; a document's own number wins over a number another document gives it. */
export function addToRegistry(registry: RunRegistry, entry: RegistryEntry): void {
  for (const key of [entry.titleKey, ...entry.given.map((g) => g.titleKey), ...(entry.cited ?? [])]) {
    const rest = splitStoredKey(key).rest;
    const keys = registry.keysByRest.get(rest) ?? new Set<string>();
    keys.add(key);
    registry.keysByRest.set(rest, keys);
  }
  registry.ownKeys.add(entry.titleKey);
  if (entry.docNumber) {
    registry.ownNumbers.add(entry.docNumber);
    setNumber(registry, entry.titleKey, entry.docNumber);
  }
  for (const given of entry.given) {
    if (!registry.numberByKey.has(given.titleKey)) setNumber(registry, given.titleKey, given.docNumber);
  }
}

/** Every key the run writes (own or cited titles) with the same rest as `key`. */
export function runKeysWithRest(registry: RunRegistry, key: TitleKey): ReadonlySet<string> {
  return registry.keysByRest.get(key.rest) ?? new Set();
}

/**
 * The number other texts of the run give a document's own title. A statute takes it only for its exact key: a local
 * regulation shares its name with the national one (上海市企业名称登记管理规定 / 企业名称登记管理规定), so the number
 * cited for the national text (国家工商行政管理局令第7号) must not become the local one's.
 */
export function ownNumberForTitle(registry: RunRegistry, key: TitleKey, statute: boolean): string | undefined {
  return statute ? registry.numberByKey.get(key.key) : numberForTitle(registry, key);
}

/** The number the run knows for a title, if any. */
export function numberForTitle(registry: RunRegistry, key: TitleKey): string | undefined {
  const exact = registry.numberByKey.get(key.key);
  if (exact) return exact;
  const sameRest = [...runKeysWithRest(registry, key)].filter((k) => registry.numberByKey.has(k));
  const stored = pickByTitleKey(key, sameRest, (k) => k, runKeysWithRest(registry, key));
  return stored === undefined ? undefined : registry.numberByKey.get(stored);
}

/**
 * The number the run knows for a cited title. A title the run imports under exactly this key names that document: it
 * takes no number given to a title of no place (《河南省失业保险条例》 never takes the 国务院令第258号 cited for
 * 《失业保险条例》, which would make it the national regulation).
 */
export function numberForCitedTitle(registry: RunRegistry, key: TitleKey): string | undefined {
  return registry.ownKeys.has(key.key) ? registry.numberByKey.get(key.key) : numberForTitle(registry, key);
}

/** Whether the run itself imports the document with this number or title. */
export function isInRun(registry: RunRegistry, docNumber: string | undefined, key: TitleKey | undefined): boolean {
  if (docNumber && registry.ownNumbers.has(docNumber)) return true;
  if (key === undefined) return false;
  if (registry.ownKeys.has(key.key)) return true;
  const sameRest = [...(registry.keysByRest.get(key.rest) ?? [])].filter((k) => registry.ownKeys.has(k));
  return pickByTitleKey(key, sameRest, (k) => k) !== undefined;
}
