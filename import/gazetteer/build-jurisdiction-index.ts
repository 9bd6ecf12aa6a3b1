/**
 * The jurisdiction index: the administrative map (read-place-map.ts) plus the reviewed additions of places.json
 * (short names, 简称 and 文号 codes, 计划单列市, 新区 administrations, 经济特区). Example entries:
 *   { name: '柳州市', tier: 'municipal', parent: '广西壮族自治区', aliases: ['柳州'], codes: ['柳'], code: '450200' }
 *   { name: '北京市朝阳区', localName: '朝阳区', tier: 'county', parent: '北京市', … }  (朝阳区 is also in 长春市)
 * A name several places share is qualified with its parent's name; the bare name stays a lookup key of all of them.
 */
import type { Tier } from '../../model/index.ts';
import type { JurisdictionEntry } from './gazetteer-types.ts';
import additions from './places.json' with { type: 'json' };
import { readPlaceMap } from './read-place-map.ts';

/** The nation's name. */
export const NATION = '中华人民共和国';

// Ethnic names in autonomous prefectures: 延边朝鲜族自治州 is called 延边, 伊犁哈萨克自治州 伊犁.
const ETHNIC_SUFFIX =
  /(?:(?:朝鲜|土家|苗|白|侗|哈萨克|柯尔克孜|蒙古|回|藏|彝|傣|景颇|傈僳|哈尼|壮|布依|羌|瑶|黎|满|锡伯|达斡尔|鄂温克|鄂伦春|仫佬|毛南|仡佬|水|纳西|拉祜|佤|独龙|怒|普米|布朗|阿昌|德昂|基诺|撒拉|保安|东乡|土|裕固|塔吉克|维吾尔|畲|京)族?)+自治(?:州|县|旗)$/;

/** The short name of a prefecture-level place: 柳州市 → 柳州, 延边朝鲜族自治州 → 延边, 阿里地区 → 阿里. */
export function shortPlaceName(name: string): string | undefined {
  const short = name.replace(ETHNIC_SUFFIX, '').replace(/(?:市|地区|盟)$/, '');
  return short !== name && short.length >= 2 ? short : undefined;
}

interface Additions {
  national: { name: string; aliases: string[]; codes: string[] };
  provinces: { name: string; short: string; abbr: string; aliases?: string[]; codes?: string[] }[];
  cities: { name: string; abbr?: string; codes?: string[] }[];
  planSeparatedCities: string[];
  administrations: { name: string; parent: string; tier: Tier; aliases?: string[] }[];
  specialEconomicZones: Record<string, string>;
}

/** Builds every jurisdiction of China with its parent, aliases and document-number codes. */
export function buildJurisdictionIndex(data: Additions = additions as Additions): JurisdictionEntry[] {
  const map = readPlaceMap();
  const count = new Map<string, number>();
  for (const p of map) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  const nameByCode = new Map<string, string>();
  const qualified = (name: string, _code: string, parentCode: string | undefined): string => {
    if ((count.get(name) ?? 0) < 2) return name;
    return `${parentCode ? (nameByCode.get(parentCode) ?? '') : ''}${name}`;
  };
  const entries: JurisdictionEntry[] = [
    { name: NATION, tier: 'national', aliases: [...data.national.aliases], codes: [...data.national.codes] },
  ];
  const byName = new Map<string, JurisdictionEntry>([[NATION, entries[0]!]]);
  for (const p of map) {
    const name = qualified(p.name, p.code, p.parentCode);
    nameByCode.set(p.code, name);
    const entry: JurisdictionEntry = {
      name,
      tier: p.tier,
      parent: p.parentCode ? nameByCode.get(p.parentCode)! : NATION,
      aliases: [],
      codes: [],
      code: p.code,
    };
    if (name !== p.name) entry.localName = p.name;
    entries.push(entry);
    byName.set(name, entry);
  }
  const find = (name: string, why: string): JurisdictionEntry => {
    const entry = byName.get(name);
    if (!entry)
      throw new Error(`import/gazetteer/places.json: ${why} names "${name}", which is not in the administrative map`);
    return entry;
  };
  for (const p of data.provinces) {
    const entry = find(p.name, 'provinces');
    entry.aliases.push(p.short, ...(p.aliases ?? []));
    entry.abbr = p.abbr;
    entry.codes.push(p.abbr, ...(p.codes ?? []));
  }
  for (const c of data.cities) {
    const entry = find(c.name, 'cities');
    if (c.abbr) {
      entry.abbr = c.abbr;
      entry.codes.push(c.abbr);
    }
    entry.codes.push(...(c.codes ?? []));
  }
  for (const name of data.planSeparatedCities) find(name, 'planSeparatedCities').planSeparated = true;
  for (const a of data.administrations) {
    find(a.parent, `administrations (${a.name})`);
    const entry: JurisdictionEntry = {
      name: a.name,
      tier: a.tier,
      parent: a.parent,
      aliases: [...(a.aliases ?? [])],
      codes: [],
      administration: true,
    };
    entries.push(entry);
    byName.set(a.name, entry);
  }
  for (const [zone, place] of Object.entries(data.specialEconomicZones))
    find(place, `specialEconomicZones (${zone})`).aliases.push(zone);
  addShortNames(entries);
  return entries;
}

/** Short names of prefecture-level places, where no other place has that name or short name. */
function addShortNames(entries: JurisdictionEntry[]): void {
  const taken = new Map<string, number>();
  const note = (n: string): void => {
    taken.set(n, (taken.get(n) ?? 0) + 1);
  };
  for (const e of entries) {
    note(e.localName ?? e.name);
    for (const a of e.aliases) note(a);
  }
  const candidates = entries
    .filter((e) => e.tier === 'municipal' && !e.administration)
    .map((e) => [e, shortPlaceName(e.name)] as const);
  for (const [, short] of candidates) if (short) note(short);
  for (const [e, short] of candidates) if (short && taken.get(short) === 1) e.aliases.push(short);
  // An autonomous prefecture, county or banner without its peoples' names, as its own texts write it: 湘西自治州 and
  // 湘西州 for 湘西土家族苗族自治州, 长阳自治县 and 长阳县 for 长阳土家族自治县.
  // A county's or banner's level word after a name another place bears is a word of that place (河南县域 is 河南省's, 本溪
  // 县区 本溪市's): 河南蒙古族自治县 is not 河南县 here. No place is written with 州 so (海南州 is 海南藏族自治州).
  const autonomous = entries.flatMap((e) => {
    const level = /自治(州|县|旗)$/.exec(e.name)?.[1];
    const core = level ? e.name.replace(ETHNIC_SUFFIX, '') : '';
    if (!level || core.length < 2 || core === e.name) return [];
    const elsewhere = level !== '州' && (taken.get(core) ?? 0) > (e.aliases.includes(core) ? 1 : 0);
    return [[e, [`${core}自治${level}`, ...(elsewhere ? [] : [`${core}${level}`])]] as const];
  });
  for (const [, names] of autonomous) for (const n of names) note(n);
  for (const [e, names] of autonomous) for (const n of names) if (taken.get(n) === 1) e.aliases.push(n);
}
