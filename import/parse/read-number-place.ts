/**
 * The place a document number's authority code names, weighed against the places the text names. Examples:
 *   readNumberCode('柳政规〔2021〕18号') → 柳州市; readNumberCode('粤府〔2019〕71号') → 广东省 (places.json lists 粤府);
 *   readNumberCode('赣市府办字〔2021〕47号') → 赣州市 (a province's short code and 市: its city named so);
 *   readNumberCode('新府〔2016〕2号') → no place (lowerForm 新疆维吾尔自治区): a province's short code and 府 is a city's
 *   or county's number (新丰县人民政府 → 新府, 苏州市 → 苏府); Xinjiang numbers its own 新政发.
 *   contradicted(宁夏, [江苏省]) → true: 宁政办发 in a text whose other places (the documents it cites, 苏政办发) all lie
 *   outside 宁夏 is no 宁夏 number (南京 writes 宁政 too).
 */
import type { Gazetteer, JurisdictionEntry } from '../gazetteer/index.ts';
import { findDocNumbers } from '../../text/index.ts';
import { isWithin, placeAt } from './find-place.ts';

/** What a number's authority code tells: its place, or the province whose short code opens a lower government's form. */
export interface NumberCode {
  place?: JurisdictionEntry;
  /** 新府 → 新疆维吾尔自治区: the province the code would have named. */
  lowerForm?: JurisdictionEntry;
}

/**
 * Reads a number's authority code; a province's short code and 府 names no place (lowerForm says which it is not). A
 * province's short code and 市 is a city government's number (赣市府办字 of 赣州市): the city is the province's one
 * prefecture-level city whose name begins with the code (赣 → 赣州市), else none (晋 → 晋中市 or 晋城市).
 */
export function readNumberCode(number: string, g: Gazetteer): NumberCode {
  const match = g.jurisdictionCodes.find((c) => number.startsWith(c.code));
  if (!match) return {};
  const { code, jurisdiction } = match;
  const provinceShort = jurisdiction.tier === 'provincial' && code.length === 1;
  if (provinceShort && number[1] === '府') return { lowerForm: jurisdiction };
  if (provinceShort && number[1] === '市') {
    const city = citiesNamedBy(code, jurisdiction, g);
    return city.length === 1 ? { place: city[0]! } : { lowerForm: jurisdiction };
  }
  return { place: jurisdiction };
}

/**
 * The city a province's short code names when the text speaks from another province (宁政〔2011〕4号 in a text citing
 * only 福建's documents: 宁德市, the one city of 福建 whose name begins with 宁); none when no city or several do
 * (南京 writes 宁政 too, but no city of 江苏 begins with 宁).
 */
export function cityOfCodeIn(number: string, province: JurisdictionEntry, g: Gazetteer): JurisdictionEntry | undefined {
  const cities = citiesNamedBy(number[0] ?? '', province, g);
  return cities.length === 1 ? cities[0] : undefined;
}

/** The province's prefecture-level places whose name begins with its short code (赣 → 赣州市; 湘 → 湘潭市, 湘西…). */
function citiesNamedBy(code: string, province: JurisdictionEntry, g: Gazetteer): JurisdictionEntry[] {
  return g.data.jurisdictions.filter(
    (j) => j.tier === 'municipal' && j.parent === province.name && (j.localName ?? j.name).startsWith(code),
  );
}

const BOOK_TITLE = /《([^《》]{2,80})》/g;

/**
 * The places of the documents a text cites: the place heading each 《title》 and the place of each number's code
 * (the text's own number left out). Only places the map knows and names alone; the nation is no evidence.
 */
export function placesCitedIn(text: string, ownNumber: string | undefined, g: Gazetteer): JurisdictionEntry[] {
  const found: JurisdictionEntry[] = [];
  for (const m of text.matchAll(BOOK_TITLE)) {
    const head = placeAt(m[1]!, 0, g, 2);
    if (head?.candidates.length === 1) found.push(head.candidates[0]!);
  }
  for (const n of findDocNumbers(text.replace(/\s+/g, ''))) {
    if (n.normalized === ownNumber) continue;
    const { place } = readNumberCode(n.normalized, g);
    if (place) found.push(place);
  }
  return found.filter((p) => p.tier !== 'national' && !p.notInMap);
}

/**
 * True when the text names places and none lies inside the code's place or around it: every place it names (its
 * issuer, its title, the documents it cites) contradicts the code, which then decides nothing.
 */
export function contradicted(code: JurisdictionEntry, named: readonly JurisdictionEntry[], g: Gazetteer): boolean {
  if (code.tier === 'national') return false;
  const local = named.filter((p) => p.tier !== 'national' && !p.notInMap);
  return local.length > 0 && !local.some((p) => isWithin(p, code, g) || isWithin(code, p, g));
}

// A number whose code names its government by level alone (区府办字, 县政发, 旗府办发): a district's, a county's or a
// banner's, its place unnamed; 办 after it, the government's office.
const LEVEL_CODE = /^([区县旗])(?:人民)?(?:政府|府|政)(办)?(?=[\u4e00-\u9fff]{0,3}[〔[(（]?\d{4})/;

/** The level word a number's code opens with (区府办字〔2012〕142号 → 区, office) and whether it is the office's. */
export function readNumberLevel(number: string): { level: string; office: boolean } | undefined {
  const m = LEVEL_CODE.exec(number);
  if (!m) return undefined;
  return { level: m[1]!, office: m[2] !== undefined };
}

/**
 * The one place of a level's word (区) inside `within` that a text names by its bare name (章贡 of 章贡区, in
 * 章贡分赛区): a district's text calls itself so, as the site does. Names of one character before the word are too
 * common to tell; several such places tell none.
 */
export function placeNamedBare(
  text: string,
  within: JurisdictionEntry,
  level: string,
  g: Gazetteer,
): JurisdictionEntry | undefined {
  const found = g.data.jurisdictions.filter(
    (j) =>
      j.tier === 'county' &&
      !j.notInMap &&
      j.name.endsWith(level) &&
      j.name.length >= 3 &&
      text.includes(j.name.slice(0, -1)) &&
      isWithin(j, within, g),
  );
  return found.length === 1 ? found[0] : undefined;
}
