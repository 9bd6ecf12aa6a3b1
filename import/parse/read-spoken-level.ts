/**
 * The level a text speaks as when it names no place: the governments it addresses, or the words it calls its own
 * area by. Examples:
 *   readAddresseeLevel(['各省、自治区、直辖市人民政府', '国务院各部委']) → national;
 *   (['各市、县人民政府', '省政府各部门']) → provincial; (['各县（市、区）人民政府']) → municipal;
 *   (['各乡镇人民政府', '县直各单位']) → county; (['各区人民政府', '市政府各部门']) → undefined (a municipality's or a city's).
 *   readSpokenLevel('…本省行政区域内…省人民政府…') → provincial; ('…我州…') → municipal; ('全市…走在全省前列') → undefined.
 */
import type { Tier } from '../../model/index.ts';

// The governments a text addresses are one level below its own: 各市 a province's when a list or a government follows
// (各市、各市（州）、各市县、各市人民政府; not 各市直, 各市辖区, 各市级, 各市场, 各市民: a word, not the cities), 各县
// (not 各县直) a city's, 各乡镇 a county's; its own organs named by level alone (省直, 县政府各部门) say its level too.
// 各区 and 市直 alone tell nothing: a municipality's districts and organs are written so, as a city's are.
const ADDRESSED: [RegExp, Tier][] = [
  // The provinces as a class (各省、自治区、直辖市…, 各省（区、市）) and the State Council's own organs (国务院各部委,
  // 部属各高等学校): the nation's.
  [/^各省[、（(]|^国务院各|^部属各/, 'national'],
  [
    /^各(?:市(?:[、，,：:（(县州地委]|(?:人民)?政府|党委|$)|设区的?市|地级以上市|州、市|盟市|地、州、市|市[（(]州[）)])|^(?:省直|(?:省|自治区)(?:人民)?政府各)/,
    'provincial',
  ],
  [/^各(?:县(?!直)|旗县)/, 'municipal'],
  [/^各(?:乡镇|乡[（(、]镇|镇|乡|苏木)|^[县旗]直|^[县旗](?:人民)?政府各/, 'county'],
];

/** The level the addressees tell, when all that tell one tell the same. */
export function readAddresseeLevel(addressees: readonly string[]): Tier | undefined {
  const levels = new Set<Tier>();
  for (const addressee of addressees) {
    const written = addressee.replace(/\s+/g, '');
    const level = ADDRESSED.find(([form]) => form.test(written))?.[1];
    if (level) levels.add(level);
  }
  return levels.size === 1 ? [...levels][0] : undefined;
}

// The words a text calls its own area by. 本省、自治区、直辖市 or 本省（区、市）is a national text speaking of each
// province: a 省 followed by 、 or a bracket is no province's own, nor 全省长 (粮食安全省长责任制). 全州县 is a county of
// Guangxi. 区 (an autonomous region's or a district's) and 市 (a municipality's or a city's) tell no level, but they
// are counted: a city's text says 走在全省前列. A 全 ending a word (健全、安全、完全、齐全、保全、周全) is no 全: 健全县域医共体
// is a province's words as well as a county's.
const WHOLE = '(?<![健安完齐保周])全';
const OWN_AREA: [RegExp, Tier | 'none'][] = [
  [new RegExp(`(?:${WHOLE}|[我本])省(?![、（(长])`, 'g'), 'provincial'],
  [new RegExp(`(?:${WHOLE}|[我本])市`, 'g'), 'none'],
  [new RegExp(`(?:${WHOLE}|我)[县旗]`, 'g'), 'county'],
  [new RegExp(`[我本]州|${WHOLE}州(?!县)`, 'g'), 'municipal'],
  [new RegExp(`(?:${WHOLE}|[我本])区`, 'g'), 'none'],
];

// A text naming the provinces as a class (省、自治区、直辖市, 四省人民政府各对本省…) speaks over them: the nation's.
const ALL_PROVINCES = /省[、（(](?:自治区|区、市)|[二三四五六七八九十几多两]省/;

/**
 * The level a text speaks as most: strictly more 全省/我省/本省 than any other area word is a province's, 全县/我县/全旗
 * a county's, 我州/本州/全州 an autonomous prefecture's (municipal); 全市 or 全区 most, or a tie, tells nothing.
 */
export function readSpokenLevel(text: string): Tier | undefined {
  if (ALL_PROVINCES.test(text)) return undefined;
  const counts = OWN_AREA.map(([form, level]) => ({ level, count: text.match(form)?.length ?? 0 }));
  const most = Math.max(...counts.map((c) => c.count));
  if (most === 0) return undefined;
  const top = counts.filter((c) => c.count === most);
  const level = top.length === 1 ? top[0]!.level : undefined;
  return level === 'none' ? undefined : level;
}

// A city's own rules (市政府规章, 市政府令), not an upper's listed with a province's (省、市政府规章), nor a decree cited in
// brackets after a title (《XX市行政规范性文件管理办法》（市政府令第5号）): a county cites its city's rules so.
const CITY_RULES = /(?<![省、的])(?<!》[（(])市(?:人民)?政府(?:规章|令)/;
// A county's government named by its level alone as the text's own (对县政府及其部门, 县人民政府决定): no city's text.
const COUNTY_GOVERNMENT = /(?:^|[^\u4e00-\u9fff、]|[对由经据照我本])县(?:人民)?政府/m;
// A text on the rules of cities as a class (设区的市, 较大的市) is a province's or the nation's.
const CITIES_AS_CLASS = /设区的市|较大的市/;
// A province's organ by its level alone, written as the text's upper (根据省政府办公厅的部署): no municipality's.
const PROVINCE_ORGAN =
  /(?:^|[^\u4e00-\u9fff]|[据照的、和与及])(?:省|自治区)(?:人民)?政府|(?:^|[^\u4e00-\u9fff]|[据照的、和与及])省委/m;

/**
 * A text on its 市政府规章 (市政府令) that names a province's organs by level alone is a 设区的市's: only such a city and
 * a municipality make government rules (立法法 93), and a municipality has no province above it. A text naming a
 * 县政府 as its own is a county's, whatever city rules it speaks of.
 */
export function readRuleMakingCity(text: string): Tier | undefined {
  if (!CITY_RULES.test(text) || !PROVINCE_ORGAN.test(text)) return undefined;
  return CITIES_AS_CLASS.test(text) || COUNTY_GOVERNMENT.test(text) ? undefined : 'municipal';
}

// The organ a text names by its level alone and defines as its own short name: 省人民代表大会(以下简称代表大会) is the
// body whose rules the text is; a 省 organ it only mentions (报省人民代表大会常务委员会批准) tells nothing.
const DEFINED_ORGAN = /(?:^|[^\u4e00-\u9fff]|[为了保障在由])(省|自治区|县|自治县)[\u4e00-\u9fff]{2,20}?[(（]以下简称/m;
const DEFINED_TIER: Record<string, Tier> = { 省: 'provincial', 自治区: 'provincial', 县: 'county', 自治县: 'county' };

/** The level of the organ a text names by level alone and calls by a short name of its own; undefined when none. */
export function readDefinedOrganLevel(text: string): Tier | undefined {
  const level = DEFINED_ORGAN.exec(text)?.[1];
  return level ? DEFINED_TIER[level] : undefined;
}

// A decree numbered by a city government named by its level alone (市人民政府令第46号). A 市 making government rules
// is a city with districts (some three hundred) or one of the four municipalities, which name themselves.
const CITY_DECREE = /^市(?:人民)?政府令/;

/** The tier a decree number of a government named by level alone tells: 市人民政府令 → municipal. */
export function readLevelDecree(docNumber: string): Tier | undefined {
  return CITY_DECREE.test(docNumber.replace(/\s+/g, '')) ? 'municipal' : undefined;
}
