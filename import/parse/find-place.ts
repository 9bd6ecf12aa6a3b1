/**
 * Places written in a text, against the jurisdiction index. Examples:
 *   placeAt('大连市沙河口区人民政府', 0) → [沙河口区] (a child named right after its parent is taken)
 *   placeAt('朝阳区人民政府', 0) → [北京市朝阳区, 长春市朝阳区] (ambiguous: the caller weighs other evidence)
 *   placeBySuffix('示例市人民政府') → { name: '示例市', tier: 'municipal', notInMap: true }
 */
import type { Gazetteer, JurisdictionEntry } from '../gazetteer/index.ts';
import type { Tier } from '../../model/index.ts';

/** A place found in a text: the places the words may mean (one, or several when the name is shared). */
export interface PlaceMatch {
  candidates: JurisdictionEntry[];
  at: number;
  end: number;
}

const indexes = new WeakMap<Gazetteer, Map<string, string[]>>();

// Two-character names (新县, 东区, 城区) are too common as words; they count only where a parent precedes them.
function namesByFirstChar(g: Gazetteer): Map<string, string[]> {
  let index = indexes.get(g);
  if (index) return index;
  index = new Map();
  for (const name of g.placesByName.keys()) {
    const list = index.get(name[0]!) ?? [];
    list.push(name);
    index.set(name[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  indexes.set(g, index);
  return index;
}

// Short names of provinces and cities (广西, 柳州) count anywhere; other names of two characters only at the head.
function longEnough(name: string, minLength: number, g: Gazetteer): boolean {
  return (
    name.length >= minLength ||
    (g.placesByName.get(name) ?? []).every((j) => j.tier === 'provincial' || j.tier === 'municipal')
  );
}

function longestNameAt(text: string, at: number, g: Gazetteer, minLength: number): string | undefined {
  return namesByFirstChar(g)
    .get(text[at] ?? '')
    ?.find((n) => text.startsWith(n, at) && longEnough(n, minLength, g));
}

/** True when `child` lies under `ancestor` (or is it). */
export function isWithin(child: JurisdictionEntry, ancestor: JurisdictionEntry, g: Gazetteer): boolean {
  let current: JurisdictionEntry | undefined = child;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current === ancestor || current.name === ancestor.name) return true;
    current = current.parent ? g.jurisdictionByName.get(current.parent) : undefined;
  }
  return false;
}

// A level word after a short name, before the organ of a place of that level (贵州市人民政府, 广东县政府); before any
// other word (市州, 县城, 市场, 县域) it is no level of a place.
const LEVEL_AFTER = /^(?:市|县|省)(?=人民政府|政府|人民代表大会|人大)/;

/**
 * True when a short name runs into a level word its place does not have (贵州市, a slip for 贵阳市; 广东县): the words
 * name no place of the map, so not that one.
 */
export function misleveled(name: string, text: string, end: number, g: Gazetteer): boolean {
  if (tierBySuffix(name) !== undefined) return false;
  const level = LEVEL_AFTER.exec(text.slice(end))?.[0];
  const tier = level ? tierBySuffix(`${name}${level}`) : undefined;
  return tier !== undefined && (g.placesByName.get(name) ?? []).every((j) => j.tier !== tier);
}

/** The place named at `at` (longest name), followed down through children named right after it (广西柳州市柳城县). */
export function placeAt(text: string, at: number, g: Gazetteer, minLength = 2): PlaceMatch | undefined {
  const name = longestNameAt(text, at, g, minLength);
  if (!name || misleveled(name, text, at + name.length, g)) return undefined;
  let match: PlaceMatch = { candidates: g.placesByName.get(name) ?? [], at, end: at + name.length };
  // 中华人民共和国海南自由贸易港法 is a national law about Hainan: the nation is not followed down.
  if (match.candidates.some((j) => j.tier === 'national')) return match;
  for (;;) {
    const next = longestNameAt(text, match.end, g, 2);
    if (!next) return match;
    const children = (g.placesByName.get(next) ?? []).filter((c) =>
      match.candidates.some((p) => p !== c && isWithin(c, p, g)),
    );
    if (children.length === 0) return match;
    match = { candidates: children, at, end: match.end + next.length };
  }
}

/** Every place named in the text, in order, each read whole (大连市沙河口区 once, as 沙河口区). */
export function* placesIn(text: string, g: Gazetteer, minLength = 2): Generator<PlaceMatch> {
  for (let at = 0; at < text.length; at++) {
    const match = placeAt(text, at, g, minLength);
    if (!match) continue;
    yield match;
    at = match.end - 1;
  }
}

/** The first place named in the text (names of at least three characters, or a place at the very start). */
export function firstPlaceIn(text: string, g: Gazetteer): PlaceMatch | undefined {
  for (let i = 0; i < text.length; i++) {
    const match = placeAt(text, i, g, i === 0 ? 2 : 3);
    if (match) return match;
  }
  return undefined;
}

/** The tier a place name's suffix says: …省/自治区 provincial, …市/州/盟/地区 municipal, …县/旗/区 county. */
export function tierBySuffix(name: string): Tier | undefined {
  if (/(?:省|自治区|特别行政区)$/.test(name)) return 'provincial';
  if (/(?:市|自治州|地区|盟)$/.test(name)) return 'municipal';
  if (/(?:县|旗|区)$/.test(name)) return 'county';
  return undefined;
}

// A place-like name at the head of an issuer: two or more characters and a level suffix, then a body.
const UNLISTED_HEAD =
  /^((?!关于|各|全|本|我|该|原|新建)[\u4e00-\u9fa5]{2,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|旗|区))(?![场民政容级域值])(?=人民政府|人民代表大会|人大|政府|党委|委员会|[\u4e00-\u9fa5]{0,10}(?:局|厅|委|办|院|会|室)$|关于)/;

// A township's government or congress at the head of an issuer (白沙镇人民政府, 某某乡人民代表大会).
// A place's name before it (宁乡市花明楼镇) is the county's: the town is read only alone.
const TOWN_HEAD =
  /^((?!关于|各|全|本|我|该|原)(?:(?![省市县区州旗盟])[\u4e00-\u9fa5]){1,6}?(?:镇|乡))(?=人民政府|政府|人民代表大会|党委)/;

/** A place at the head of an issuer or title that the map does not know (示例市人民政府 → 示例市, municipal). */
export function placeBySuffix(text: string): JurisdictionEntry | undefined {
  // A township (白沙镇人民政府) is below every tier the project has: it stands in its county's, the nearest.
  const town = TOWN_HEAD.exec(text)?.[1];
  if (town) return { name: town, tier: 'county', aliases: [], codes: [], notInMap: true };
  const name = UNLISTED_HEAD.exec(text)?.[1];
  if (name && /^(?:自治区|自治州|自治县|自治旗|特别行政区)$/.test(name)) return undefined;
  // No place's name holds an organ's (云南省财政厅云南省 is two organs' names written together, 厅 then a province).
  if (name && /厅|局|委|办|政府/.test(name)) return undefined;
  const tier = name ? tierBySuffix(name) : undefined;
  return name && tier ? { name, tier, aliases: [], codes: [], notInMap: true } : undefined;
}
