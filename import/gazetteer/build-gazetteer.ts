/**
 * Gazetteer data → lookup tables, and merging a user's file over the bundled one. Example:
 *   buildGazetteer(data).typeByName.get('科技局') → { name: '科学技术局', … }
 *   buildGazetteer(data).placesByName.get('朝阳区') → [北京市朝阳区, 长春市朝阳区]
 */
import type { Gazetteer, GazetteerData, JurisdictionEntry } from './gazetteer-types.ts';

// Level words that name no jurisdiction by themselves; they are resolved against the document's jurisdiction.
const GENERIC_WORDS = new Set(['自治区', '省', '市', '县', '区', '国家', '全国', '中国', '中央', '我国']);

/** Builds the lookup tables of a gazetteer. */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const placesByName = new Map<string, JurisdictionEntry[]>();
  const add = (key: string, j: JurisdictionEntry): void => {
    const list = placesByName.get(key) ?? [];
    if (!list.includes(j)) placesByName.set(key, [...list, j]);
  };
  for (const j of data.jurisdictions) {
    add(j.name, j);
    if (j.localName) add(j.localName, j);
    for (const alias of j.aliases) if (!GENERIC_WORDS.has(alias)) add(alias, j);
  }
  const jurisdictionByName = new Map<string, JurisdictionEntry>();
  for (const [name, list] of placesByName) if (list.length === 1) jurisdictionByName.set(name, list[0]!);
  for (const j of data.jurisdictions) jurisdictionByName.set(j.name, j);
  const jurisdictionCodes = data.jurisdictions
    .flatMap((jurisdiction) => jurisdiction.codes.map((code) => ({ code, jurisdiction })))
    .sort((a, b) => b.code.length - a.code.length);
  const typeByName = new Map<string, GazetteerData['agencyTypes'][number]>();
  for (const t of data.agencyTypes) for (const n of [t.name, ...t.aliases]) typeByName.set(n, t);
  const agencyByName = new Map<string, GazetteerData['agencies'][number]>();
  const agencyAliases = new Map<string, GazetteerData['agencies']>();
  for (const a of data.agencies) {
    agencyByName.set(a.name, a);
    for (const alias of a.aliases) agencyAliases.set(alias, [...(agencyAliases.get(alias) ?? []), a]);
  }
  return { data, jurisdictionByName, placesByName, jurisdictionCodes, typeByName, agencyByName, agencyAliases };
}

/** Merges `extra` over `base`: entries with the same name are replaced, new ones added. */
export function mergeGazetteerData(base: GazetteerData, extra: Partial<GazetteerData>): GazetteerData {
  const merge = <T extends { name: string }>(a: T[], b: T[] | undefined): T[] => {
    const byName = new Map(a.map((x) => [x.name, x]));
    for (const x of b ?? []) byName.set(x.name, x);
    return [...byName.values()];
  };
  return {
    jurisdictions: merge(base.jurisdictions, extra.jurisdictions),
    agencyTypes: merge(base.agencyTypes, extra.agencyTypes),
    agencies: merge(base.agencies, extra.agencies),
  };
}
