/**
 * The county a text speaks for when it says 我县, 本县 or 全县 and names one county of the map. Example:
 *   '…全面运用文水县基层社会治理一体化平台…提升我县行政执法的能力' → [文水县 (county)]; without 我县 → [].
 * readOwnLevel('…结合我县政府工作实际,制定本规则。') → county, whatever county it is.
 * readAdaptedPlace('…根据《昆明市…通知》,结合官渡区实际,特制定如下政策措施。') → [官渡区 (county)].
 * readOwnAutonomousPlace('…结合关岭布依族苗族自治县(以下简称自治县)的特点,制定本条例。') → [关岭布依族苗族自治县 (county)].
 */
import type { Gazetteer, JurisdictionEntry } from '../gazetteer/index.ts';
import type { Tier } from '../../model/index.ts';
import { DUTY_MANNER, LEAD_DUTIES, PART_DUTIES } from './duty-words.ts';
import { isWithin, placeAt, placesIn } from './find-place.ts';

const OWN_COUNTY = /我县|本县|全县/;

/** The one county named in a text that calls itself a county's; empty when it names none or several. */
export function readOwnCounty(text: string, g: Gazetteer): JurisdictionEntry[] {
  if (!OWN_COUNTY.test(text)) return [];
  const found = new Map<string, JurisdictionEntry[]>();
  for (const m of text.matchAll(/[\u4e00-\u9fa5](?=[\u4e00-\u9fa5]{0,6}[县旗])/g)) {
    const at = m.index ?? 0;
    const match = placeAt(text, at, g, 3);
    const counties = match?.candidates.filter((c) => c.tier === 'county' && !c.notInMap) ?? [];
    if (match && counties.length > 0 && /[县旗]$/.test(text.slice(match.at, match.end)))
      found.set(text.slice(match.at, match.end), counties);
  }
  return found.size === 1 ? [...found.values()][0]! : [];
}

/**
 * The level a text speaks for when it says 我县 (结合我县政府工作实际): a county's, whether it names the county or not.
 * Only 我县: 本县 and 全县 also stand in provincial rules (在本县行政区域内), 我市 in a municipality's text.
 * Or when the organs its responsibility brackets name are all of one level, named by it alone (省发展改革委、省财政厅):
 * a division of work assigns the text's own organs, so 省 or 自治区 organs are a province's text, 县 or 旗 ones a
 * county's. A bare 市 tells nothing (a municipality's 市 organs are a province's) and neither does 区.
 */
export function readOwnLevel(text: string): Tier | undefined {
  if (/我县/.test(text)) return 'county';
  return levelOfDuties(text);
}

// A responsibility bracket closing a task: (省发展改革委、省财政厅等按职责分工负责), (县财政局牵头), (…牵头,…参加).
const DUTY = `(?:${DUTY_MANNER})?(?:${[...LEAD_DUTIES, ...PART_DUTIES].join('|')})`;
const DUTY_BRACKET = new RegExp(`[(（]([^()（）]{2,300}?)${DUTY}[)）]`, 'g');
const DUTY_AT_END = new RegExp(`${DUTY}$`);
const LEVEL_OF_ORGAN: [RegExp, Tier | 'other'][] = [
  [/^(?:省|自治区)(?!级)[\u4e00-\u9fa5]{1,20}(?:厅|委|局|办|院|会|部)$/, 'provincial'],
  [/^[县旗](?!级)[\u4e00-\u9fa5]{1,20}(?:局|委|办|院|会|部)$/, 'county'],
];

/**
 * The organs a text's responsibility brackets name, as their level would be read: a 、-list carries its first organ's
 * level to those written without one (省发展改革委、财政厅牵头 → 省财政厅); a collective (各州、市人民政府) is left out,
 * 市 after 各州、 included; the list's roles (牵头, 配合, 负责) and groups (; ,) part them.
 */
function dutyOrgans(text: string): string[] {
  const organs: string[] = [];
  for (const m of text.matchAll(DUTY_BRACKET)) {
    for (const group of m[1]!.split(/[;；,，]/)) {
      let level = '';
      let collective = false;
      for (const written of group.split('、')) {
        const organ = written.replace(DUTY_AT_END, '').replace(/等$/, '').trim();
        if (organ === '') continue;
        collective ||= organ.startsWith('各');
        if (collective) continue;
        const own = /^(?:省|自治区|县|旗)(?!级)/.exec(organ)?.[0];
        if (own) level = own;
        // Written by its kind alone (财政厅, 地税局), it is of the level the list opened with.
        const bare =
          !own && level !== '' && /^[\u4e00-\u9fa5]{2,12}(?:厅|委|局|办)$/.test(organ) && !/[省市县区州旗]/.test(organ);
        organs.push(bare ? `${level}${organ}` : organ);
      }
    }
  }
  return organs;
}

function levelOfDuties(text: string): Tier | undefined {
  const levels = new Set<Tier | 'other'>();
  const organs = dutyOrgans(text).filter((organ) => !namesProvince(organ));
  for (const organ of organs) levels.add(LEVEL_OF_ORGAN.find(([form]) => form.test(organ))?.[1] ?? 'other');
  const [level] = [...levels];
  return organs.length >= 2 && levels.size === 1 && level !== 'other' ? level : undefined;
}

// An organ named with a province in full (国家开发银行云南省分行, 云南省财政厅): of that province, whatever its kind.
const namesProvince = (organ: string): boolean => /[\u4e00-\u9fa5]{2,}(?:省|自治区)/.test(organ);

/**
 * The province a provincial text's responsibility brackets name in full (国家开发银行云南省分行, 农业发展银行云南省分行
 * beside 省发展改革委、财政厅): the organs a division of work assigns are the text's own, so the one province they name
 * is its place. Undefined when they name none or several, or the brackets are no province's.
 */
export function readDutyProvince(text: string, g: Gazetteer): JurisdictionEntry | undefined {
  if (levelOfDuties(text) !== 'provincial') return undefined;
  const named = new Set<JurisdictionEntry>();
  for (const organ of dutyOrgans(text).filter(namesProvince))
    for (const place of g.data.jurisdictions)
      if (place.tier === 'provincial' && organ.includes(place.name)) named.add(place);
  return named.size === 1 ? [...named][0] : undefined;
}

// A province's organs named by its level alone (今年的省政府工作报告, 省委, 省人民政府): the text speaks as a province's.
// A place's name before 省 (江苏省人民政府) names the province instead: only 省 after no word, or after 的/、/和, counts.
// An autonomous region's organs so too (自治区政府各部门), whose text calls the region 我区.
const PROVINCE_ORGAN = /(?:^|[^\u4e00-\u9fff]|[的、和与及])(省|自治区)(?:(?:人民)?政府|委)/;
// A city, county or district speaking of itself; 我区 is a region's own word in a 自治区's text.
const LOWER_SELF = /[我本](?:市|县|区|州|旗|盟)/;
const LOWER_SELF_IN_REGION = /[我本](?:市|县|州|旗|盟)/;
// How far into a text the places it names are looked for.
const NAMED_WITHIN = 3000;

/**
 * The province a text names as its own when it speaks of its 省 (or 自治区) organs by their level alone (翻阅今年的
 * 省政府工作报告, 自治区政府各部门) and names that province (江苏, 宁夏回族自治区) and no other place: a province's text,
 * or a report of it, names its cities too when it is a city's, so one city named leaves it unknown, as two provinces
 * do.
 */
export function readLevelProvince(text: string, g: Gazetteer): JurisdictionEntry | undefined {
  const head = text.slice(0, NAMED_WITHIN);
  // A text that speaks as a city's or a county's (我市出台…, 结合我市实际) cites its province's organs as upper ones.
  const level = PROVINCE_ORGAN.exec(head)?.[1];
  if (!level || (level === '自治区' ? LOWER_SELF_IN_REGION : LOWER_SELF).test(head)) return undefined;
  const named = new Set<JurisdictionEntry>();
  for (const match of placesIn(head, g)) {
    if (match.candidates.some((c) => c.tier !== 'provincial' && c.tier !== 'national')) return undefined;
    for (const c of match.candidates) if (c.tier === 'provincial') named.add(c);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/** 结合官渡区实际 / 结合广西的实际 / 结合本省具体实际: what a text adapts its upper rules to, near its opening. */
const ADAPTED_TO = /结合([\u4e00-\u9fa5]{2,16}?)的?(?:具体|工作)?实际/g;

/** How far into a text its own 结合…实际 is looked for: the preamble, or a statute's 第一条. */
const ADAPTED_WITHIN = 1000;

/**
 * The place a text says it adapts its upper rules to (结合官渡区实际, 特制定如下政策措施): the text's own, as a county's
 * measures that name no place in a title a copy lost. Empty when the words are no place (结合本省实际, 结合我县政府工作实际)
 * or the nation (结合中国实际).
 */
export function readAdaptedPlace(text: string, g: Gazetteer): JurisdictionEntry[] {
  for (const m of text.slice(0, ADAPTED_WITHIN).matchAll(ADAPTED_TO)) {
    const name = m[1]!;
    const match = placeAt(name, 0, g);
    if (!match || match.end !== name.length || match.candidates.some((c) => c.tier === 'national')) continue;
    const places = match.candidates.filter((c) => !c.notInMap);
    if (places.length > 0) return places;
  }
  return [];
}

const AUTONOMOUS = '自治州|自治县|自治旗';
/** 关岭布依族苗族自治县(以下简称自治县): the text names its own autonomous place and the short name it goes by. */
const DEFINED_AS = new RegExp(
  `([\\u4e00-\\u9fa5]{2,20}?(?:${AUTONOMOUS}))[(（]以下简称(?:本)?(${AUTONOMOUS})[)）]`,
  'g',
);
const CALLED_OWN = new RegExp(`本(${AUTONOMOUS})`);

/**
 * The autonomous prefecture, county or banner a text speaks for: the one it names and defines as 自治县 (…自治县(以下简称
 * 自治县)), else the one place of that kind it names when it says 本自治县. A 自治条例 or 单行条例 is made by that place's
 * congress, whoever approved it. Empty when the text defines none and names none or several.
 */
export function readOwnAutonomousPlace(text: string, g: Gazetteer): JurisdictionEntry[] {
  for (const m of text.matchAll(DEFINED_AS)) {
    const name = m[1]!;
    if (!name.endsWith(m[2]!)) continue;
    for (let at = 0; at < name.length - 2; at++) {
      const match = placeAt(name, at, g);
      if (!match || match.end !== name.length) continue;
      const places = match.candidates.filter((c) => !c.notInMap);
      if (places.length > 0) return places;
    }
  }
  const own = CALLED_OWN.exec(text)?.[1];
  if (!own) return [];
  const found = new Map<string, JurisdictionEntry[]>();
  for (const m of text.matchAll(new RegExp(`[\\u4e00-\\u9fa5]{2,16}?${own}`, 'g'))) {
    for (let at = m.index; at < m.index + m[0].length - own.length; at++) {
      const match = placeAt(text, at, g, 3);
      if (!match || match.end !== m.index + m[0].length) continue;
      const places = match.candidates.filter((c) => !c.notInMap);
      if (places.length > 0) found.set(text.slice(match.at, match.end), places);
      break;
    }
  }
  return found.size === 1 ? [...found.values()][0]! : [];
}

// What only a place's own government or congress is said to do: its congress in session (西安市第十七届人民代表大会
// 第六次会议, 安徽省十四届人大三次会议开幕; not its standing committee's chairman or a deputy quoted), its head
// delivering the report (湖北省省长李殿勋向…作政府工作报告; not a county head quoted: 郫都区区长…说), its report
// (吉林省政府工作报告), its government acting (古交市政府将).
const GOVERNING = new RegExp(
  [
    '(?:第?[一二三四五六七八九十]{1,3}届)?(?:人民代表大会|人大)(?!常务委员会|常委会|代表)(?=[^，,。；;]{0,12}(?:会议|开幕|闭幕))',
    '(?:省|自治区|市|州|县|区|旗|盟)?长(?=[\u4e00-\u9fff·]{2,4}(?:代表[^，,。]{0,12})?(?:作|向))',
    '(?:人民)?政府(?:工作报告|将|要|印发|发布|下达|出台|制定)',
  ].join('|'),
  'g',
);
/** How far into a text, and how far before its anchor, the governing place is looked for. */
const GOVERNED_WITHIN = 1500;
const NAME_SPAN = 12;

/**
 * The place a text reports the government or congress of, near its opening, when that is one place (or places each
 * within the next): a news report of a work report or a plan names its place only so (西安市第十七届人民代表大会第六次
 * 会议…西安市市长…作工作报告 → [西安市]; 海口市琼山区第十四届人民代表大会 → [琼山区]). Empty when it names two
 * places apart (a province's and another province's) or none.
 */
export function readGoverningPlace(text: string, g: Gazetteer): JurisdictionEntry[] {
  const head = text.slice(0, GOVERNED_WITHIN);
  let found: JurisdictionEntry[] = [];
  for (const m of head.matchAll(GOVERNING)) {
    const end = m.index ?? 0;
    for (let at = Math.max(0, end - NAME_SPAN); at < end - 1; at++) {
      const match = placeAt(head, at, g);
      if (!match || match.end !== end) continue;
      const places = match.candidates.filter((c) => !c.notInMap && c.tier !== 'national');
      if (places.length !== 1) break;
      const place = places[0]!;
      // The most specific of places each within the next; two places apart tell nothing.
      const held = found[0];
      if (!held || isWithin(place, held, g)) found = [place];
      else if (held !== place && !isWithin(held, place, g)) return [];
      break;
    }
  }
  return found;
}

// The words a text speaks as a level's by: its whole (全省), itself (我省, 本省), its organs by level alone (省委, 自治区
// 党委, 省政府), and the tiers a place of that level may be (a 市 is a prefecture or a county-level city).
const SPOKEN_LEVELS: [RegExp, Tier[]][] = [
  [/全省|[我本]省|(?<![\u4e00-\u9fff])省(?:委|政府|人民政府|人大)/, ['provincial']],
  [
    /全区|[我本]区|(?<![\u4e00-\u9fff])自治区(?=党委|政府|人民政府|人大|[\u4e00-\u9fff]{1,3}[厅委局])|自治区[一二三四五六七八九十]+届/,
    ['provincial', 'county'],
  ],
  [/全州|[我本]州|(?<![\u4e00-\u9fff])州(?:委|政府|人民政府|人大)/, ['municipal']],
  // A 全市 text naming a county-level city most may be its prefecture's report on it: only a prefecture counts.
  [/全市|[我本]市/, ['municipal']],
  [/全县|[我本]县|(?<![\u4e00-\u9fff])县(?:委|政府|人民政府|人大)/, ['county']],
];

// The nation's government or its whole speaking: its meetings, its premier, its call on every region and department.
const NATIONAL_SPEAKER = /国务院(?:常务会议|全体会议|总理|副总理|办公厅|新闻办)|党中央、国务院|各地区各部门|全国各地/;

// How far into a text the places it names most are counted, and how often the one it names most must be named.
const MOST_NAMED_WITHIN = 1500;
const MOST_NAMED_TIMES = 2;

/**
 * The place a text names most near its opening, twice at least and more often than any other, of a text nothing else
 * places: a news report of a press conference on 广西's plan (自治区…广西…广西), a preview of 湘潭's master plan
 * (湘潭市域 …). A place each named names its parents only when it names them (宁波市奉化区 counts 奉化区). Empty when two
 * places tie or none is named twice.
 */
export function readMostNamedPlace(text: string, g: Gazetteer): JurisdictionEntry[] {
  const head = text.slice(0, MOST_NAMED_WITHIN);
  // The level the text speaks as (全省, 自治区…, 全州, 我县), when it speaks as one: only a place of that level is its own.
  // A report of the nation's government (国务院常务会议…浙江…浙江) names provinces as examples, not as its own.
  if (NATIONAL_SPEAKER.test(head)) return [];
  const levels = SPOKEN_LEVELS.filter(([form]) => form.test(head)).map(([, tiers]) => tiers);
  const spoken = levels.length === 1 ? levels[0]! : undefined;
  const counts = new Map<string, { places: JurisdictionEntry[]; times: number }>();
  for (const match of placesIn(head, g, 3)) {
    const places = match.candidates.filter(
      (c) => !c.notInMap && c.tier !== 'national' && (!spoken || spoken.includes(c.tier)),
    );
    if (places.length === 0) continue;
    const key = places.map((p) => p.name).join('|');
    const seen = counts.get(key) ?? { places, times: 0 };
    seen.times++;
    counts.set(key, seen);
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.times - a.times);
  return first && first.times >= MOST_NAMED_TIMES && first.times > (second?.times ?? 0) ? first.places : [];
}
