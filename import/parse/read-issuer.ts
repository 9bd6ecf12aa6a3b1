/**
 * The document's jurisdiction, issuer and tier, from the text only. Examples:
 *   title '国务院关于…' → issuer 国务院, jurisdiction 中华人民共和国, tier national;
 *   '科 技 部' on its own line → 科学技术部 (national); number 柳政规〔2021〕18号 → 柳州市 (municipal);
 *   '柳州市关于…' → 柳州市人民政府; notice body '…已经自治区人民政府同意,现印发给你们' in a Guangxi file →
 *   issuer 广西壮族自治区人民政府办公厅 (the General Office issues what the government approved), approver the government;
 *   head line '…洛阳市第十五届人民代表大会常务委员会第十次会议通过' → 洛阳市 (municipal);
 *   '示例市人民政府' (a city the map does not know) → 示例市, municipal, with PLACE_NOT_IN_MAP.
 *   '…已经自治区人民政府同意' with no place named anywhere → tier provincial, issuer 自治区人民政府办公厅 (no jurisdiction).
 * Nothing tells → no tier (TIER_UNKNOWN is raised by the caller); never "national" by default.
 */
import type { Gazetteer, JurisdictionEntry } from '../gazetteer/index.ts';
import type { AgencyRef, Tier } from '../../model/index.ts';
import { firstPlaceIn, isWithin, placeAt, placeBySuffix, placesIn } from './find-place.ts';
import { approvingOrgans, readApproval } from './approving-organ.ts';
import { parseAgencyList } from './read-agencies.ts';
import {
  cityOfCodeIn,
  contradicted,
  placeNamedBare,
  placesCitedIn,
  readNumberCode,
  readNumberLevel,
} from './read-number-place.ts';
import {
  readAdaptedPlace,
  readDutyProvince,
  readGoverningPlace,
  readLevelProvince,
  readMostNamedPlace,
  readOwnAutonomousPlace,
  readOwnCounty,
  readOwnLevel,
} from './read-own-place.ts';
import { resolveAgency, type AgencyContext } from './resolve-agency.ts';
import {
  readAddresseeLevel,
  readDefinedOrganLevel,
  readLevelDecree,
  readRuleMakingCity,
  readSpokenLevel,
} from './read-spoken-level.ts';
import { blockSigners, splitSigners } from './split-signers.ts';
import { LEVEL_ALONE } from './classify-head-line.ts';

/** A remark about the place for the issue list. */
export interface PlaceIssue {
  code: 'PLACE_NOT_IN_MAP' | 'PLACE_AMBIGUOUS' | 'NUMBER_CODE_SET_ASIDE';
  message: string;
}

/** What is known of the document's place and issuer. */
export interface IssuerResult {
  jurisdiction?: JurisdictionEntry;
  /** The first signer (or the organ the title or the approval names). */
  issuer?: AgencyRef;
  /** Every signer, in order, the first being `issuer`: several when offices issue jointly. */
  issuers?: AgencyRef[];
  /** The bodies that approved it (已经市委、市人民政府同意), in order. */
  approvers?: AgencyRef[];
  tier?: Tier;
  /** How the tier was found, for the issue list. */
  basis: string;
  placeIssues: PlaceIssue[];
}

/** Inputs: the title's head (科技部), the document number, issuer lines, the notice body, the title, head lines. */
export interface IssuerClues {
  titleIssuer?: string;
  /** A site's tag of the place before the title (长沙:关于…), left out of it. */
  titleTag?: string;
  docNumber?: string;
  issuerLines: string[];
  /** The issuer lines the document sets itself, as written, in blocks of consecutive lines (head mark, signature). */
  signatures?: string[][];
  noticeBody: string[];
  title?: string;
  noticeTitle?: string;
  /** Lines before the body: a statute's making (…人民代表大会常务委员会…通过, 国务院令第N号公布). */
  headLines?: string[];
  /** The articles are numbered 第X条, as a statute's are. */
  statuteArticles?: boolean;
  /** The text, to find the county it calls 我县 or 全县 when it names one. */
  text?: string;
  /** The governments and organs the text addresses (各市、县人民政府, 省政府各部门): one level below its own. */
  addressees?: string[];
  /** Who posted the page, as its 来源 and 发布机构 say (宜兴市人民政府网站): a place, never the issuer. */
  publishers?: string[];
  /** The head's lines and the body's first, where a text issued without a notice says who approved it (经国务院同意). */
  opening?: string[];
}

interface Clue {
  candidates: JurisdictionEntry[];
  why: string;
}

const NUMERAL = '[一二三四五六七八九十百零〇0-9]+';
// (A 部 that is no ministry: a headquarters, 指挥部; a club, 俱乐部; a branch, 支部.)
const NATIONAL_BODY =
  /^(?:国务院|中华人民共和国|全国人民代表大会|中共中央|中央(?:军事委员会|军委)?|最高人民(?:法院|检察院))|^国家[\u4e00-\u9fa5]{2,14}(?:局|委员会|署|院)$|^[\u4e00-\u9fa5]{1,14}(?:(?<!指挥|俱乐|支|总|干|本)部|总署|总局|审计署)$/;
const LEVEL_HEAD = /^(?:省|市|县|区|自治区|州|旗|乡|镇|各|本)/;

/** The nation, from the gazetteer. */
function nation(g: Gazetteer): JurisdictionEntry | undefined {
  return g.data.jurisdictions.find((j) => j.tier === 'national');
}

/** Places a body's name says: its head place, a national body, or an unlisted place by its suffix. */
function placeOfBody(body: string, g: Gazetteer): JurisdictionEntry[] {
  const text = body.replace(/\s+/g, '');
  const fta = /^中国[（(](.{2,8}?)[）)]/.exec(text);
  const head = placeAt(fta ? fta[1]! : text, 0, g);
  if (head) return head.candidates;
  const agency = resolveAgency(text, { gazetteer: g });
  const known = agency.known && agency.ref.jurisdiction ? g.jurisdictionByName.get(agency.ref.jurisdiction) : undefined;
  if (known) return [known];
  if (!LEVEL_HEAD.test(text) && text.split(/[、，,]/).some((part) => NATIONAL_BODY.test(part)))
    return nation(g) ? [nation(g)!] : [];
  const unlisted = placeBySuffix(text);
  return unlisted ? [unlisted] : [];
}

// A title headed by a place the map does not know: 示例市科技创新促进条例, 某某县关于….
const UNLISTED_TITLE_HEAD =
  /^((?!城市|都市|超市|全|本)[\u4e00-\u9fa5]{2,4}?(?:省|市|县))(?![场民政容级域值])(?=关于|[\u4e00-\u9fa5]{2,30}(?:条例|办法|规定|意见|措施|方案|规划|通知|决定|细则)$)/;

/** The place at the head of a title: 河南省实施…办法, 中国（上海）自由贸易试验区条例 → 上海市, 示例市…条例 (not in the map). */
export function placeAtTitleHead(title: string, g: Gazetteer): JurisdictionEntry[] {
  const fta = /^中国[（(](.{2,8}?)[）)]/.exec(title);
  const head = placeAt(fta ? fta[1]! : title, 0, g);
  if (head) return head.candidates;
  const name = UNLISTED_TITLE_HEAD.exec(title)?.[1];
  return name
    ? [
        {
          name,
          tier: name.endsWith('省') ? 'provincial' : name.endsWith('市') ? 'municipal' : 'county',
          aliases: [],
          codes: [],
          notInMap: true,
        },
      ]
    : [];
}

/**
 * Bodies named by a statute's head lines: 河南省第十三届人民代表大会常务委员会, 国务院令, 海关总署令, 林业部发布. A local
 * congress named only as approving (贵州省…常务委员会第十次会议批准) goes in `approvers`: a province's standing committee
 * approves what a city's, an autonomous prefecture's or county's congress made (立法法 81, 85), so its place is the
 * text's only when the text names none of its own.
 */
function headLineBodies(lines: readonly string[]): { makers: string[]; approvers: string[] } {
  const bodies: string[] = [];
  const approvers: string[] = [];
  for (const raw of lines.slice(0, 12)) {
    const line = raw.replace(/\s+/g, '');
    // Only the making of a statute: a dated line (2004年1月16日 …通过) or an order (国务院令第700号).
    if (!/^[（(]?(?:\d{4}|[一二三四五六七八九〇零]{4})年/.test(line) && !/令第/.test(line)) continue;
    if (new RegExp(`第${NUMERAL}届全国人民代表大会|全国人民代表大会常务委员会`).test(line))
      bodies.push('全国人民代表大会');
    const local = new RegExp(`([\\u4e00-\\u9fa5（）()]{2,16}?)第${NUMERAL}届(?:人民代表大?会|人大)`).exec(
      line.replace(/^.*?日/, ''),
    );
    const verb = local
      ? /通过|批准|公布|发布|颁布|修订|修正/.exec(line.replace(/^.*?日/, '').slice(local.index))
      : null;
    if (local) (verb?.[0] === '批准' ? approvers : bodies).push(`${local[1]}人民代表大会`);
    const order = /([\u4e00-\u9fa5、]{2,30}?)令(?:第|〔|\[)/.exec(line.replace(/^.*?日/, ''));
    if (order) bodies.push(order[1]!);
    if (/国务院|最高人民法院|最高人民检察院/.test(line))
      bodies.push(/国务院|最高人民法院|最高人民检察院/.exec(line)![0]);
    const issued = /日([\u4e00-\u9fa5、]{2,30}?)(?:发布|公布)$/.exec(line);
    if (issued) bodies.push(issued[1]!);
  }
  return { makers: bodies, approvers };
}

/**
 * The clue to follow: the first that names a place, except that a place the map does not know (莱芜市, merged into
 * 济南市 in 2019) yields to a later clue of the same tier that the map knows.
 */
function chooseClue(list: readonly Clue[]): Clue | undefined {
  const found = list.filter((c) => c.candidates.length > 0);
  const first = found[0];
  if (!first) return undefined;
  if (first.candidates.every((j) => j.notInMap)) {
    const known = found.find(
      (c) => c.candidates.length > 0 && c.candidates.every((j) => !j.notInMap && j.tier === first.candidates[0]!.tier),
    );
    if (known) return known;
  }
  return first;
}

// A statute (条例, 规定, 办法, 细则 with 第X条 articles) or a judicial interpretation (…适用法律…的解释).
const STATUTE_TITLE = /(?:条例|规定|办法|细则|规则)(?:[（(][^）)]*[）)])?$|(?:应用|适用)法律.*解释$/;

/** National when a statute's title names no place: local statutes carry their place in the title by drafting rule. */
function statuteWithoutPlace(title: string, statuteArticles: boolean, g: Gazetteer): JurisdictionEntry[] {
  const interpretation = /解释$/.test(title);
  if (!STATUTE_TITLE.test(title) || (!statuteArticles && !interpretation)) return [];
  if (firstPlaceIn(title, g) || /^(?:省|市|县|区|自治区|本)/.test(title)) return [];
  const n = nation(g);
  return n ? [n] : [];
}

/**
 * A place the map does not know, read off words that run into a place it knows (会议通过内蒙古自治区 from
 * '…会议通过 内蒙古自治区人民政府令第4号'), is that place; one whose name holds words no place name holds is none.
 */
function mendUnlisted(candidates: readonly JurisdictionEntry[], g: Gazetteer): JurisdictionEntry[] {
  return candidates.flatMap((c) => {
    if (!c.notInMap) return [c];
    const inner = firstPlaceIn(c.name.slice(1), g);
    if (inner && inner.end === c.name.length - 1) return inner.candidates;
    return /通过|会议|批准|公布|发布|决定|修订|修正|常务|关于/.test(c.name) ? [] : [c];
  });
}

/** Picks one candidate of an ambiguous clue with the other clues' places (a parent named, the number's code). */
function settle(clue: Clue, others: readonly Clue[], g: Gazetteer): JurisdictionEntry[] {
  if (clue.candidates.length < 2) return clue.candidates;
  const evidence = others.flatMap((o) => (o.candidates.length === 1 ? o.candidates : []));
  const fit = clue.candidates.filter((c) => evidence.some((e) => isWithin(c, e, g) || isWithin(e, c, g)));
  return fit.length > 0 ? fit : clue.candidates;
}

/** The tier an organ named by its level alone tells: 自治区人民政府, 省农业农村厅 → provincial; 县人民政府 → county. */
function tierOfLevelName(name: string): Tier | undefined {
  // Not 市 or 区: 市人民政府 is also a municipality's (天津), 区 a city district's or a region's.
  if (/^(?:省|自治区)[\u4e00-\u9fa5]/.test(name)) return 'provincial';
  if (/^(?:县|自治县|旗|自治旗)[\u4e00-\u9fa5]/.test(name)) return 'county';
  return undefined;
}

const CITY_VOICE = /各县[(（]市、区[)）]人民政府|各县(?:市区|区市)人民政府/;
const PROVINCE_VOICE = /我省|我区|省政府各部门|省直各|自治区(?:人民)?政府各/;

/**
 * The place the number's code names, unless it is a lower government's form (新府) or every place the text names (its
 * issuer lines, its title, the documents it cites) lies outside it: then none, and the remark says why.
 */
function placeOfCode(
  clues: IssuerClues,
  issuerClues: readonly Clue[],
  g: Gazetteer,
): { place?: JurisdictionEntry; remark?: PlaceIssue; lowerForm?: boolean } {
  if (!clues.docNumber) return {};
  const read = readNumberCode(clues.docNumber, g);
  if (read.lowerForm) {
    // The word after the code: 府 (新府, a city's or a county's) or 市 (晋市府发, a city none or several of whose names
    // begin with the code).
    const after = clues.docNumber[1];
    const message = `${clues.docNumber}: a province's short code and ${after} is a city's or county's number, not ${read.lowerForm.name}'s; the number names no place`;
    return { remark: { code: 'NUMBER_CODE_SET_ASIDE', message }, lowerForm: true };
  }
  if (!read.place) return {};
  const title = clues.title ?? '';
  const sole = (list: readonly JurisdictionEntry[]) => (list.length === 1 ? list : []);
  const named = [
    ...issuerClues.flatMap((c) => sole(c.candidates)),
    ...sole(placeAtTitleHead(title, g)),
    ...sole(firstPlaceIn(title, g)?.candidates ?? []),
    ...readOwnCounty(clues.text ?? '', g),
    ...placesCitedIn(clues.text ?? '', clues.docNumber, g),
  ];
  if (!contradicted(read.place, named, g)) return { place: read.place };
  const names = [...new Set(named.map((p) => p.name))];
  // Every place named lies in one province, whose one city the code's character begins, and the text is addressed as a
  // prefecture's government addresses its counties (各县(市、区)人民政府), not as a province (自治区政府各部门 in a 闽宁
  // text of 宁夏) or a city of districts alone (南京's 各区人民政府, whose 宁政发 cites 福建 to learn from it): that city's.
  const provinces = [...new Set(named.filter((p) => p.tier === 'provincial'))];
  const cityVoice = CITY_VOICE.test(clues.text ?? '') && !PROVINCE_VOICE.test(clues.text ?? '');
  const city =
    cityVoice && provinces.length === 1 && named.every((p) => isWithin(p, provinces[0]!, g))
      ? cityOfCodeIn(clues.docNumber, provinces[0]!, g)
      : undefined;
  if (city) return { place: city };
  const message = `the code of ${clues.docNumber} names ${read.place.name}, but every place the text names (${names.join(', ')}) lies outside it; the code decides no place`;
  return { remark: { code: 'NUMBER_CODE_SET_ASIDE', message } };
}

// A government's number: its place's code, then its own word (内政发, 汕府办, 湘政办发, 册府通告; not 民政, 财政: another
// organ's), before the year.
const GOVERNMENT_NUMBER = /^([\u4e00-\u9fff]{1,3}?)(?:政|府)(办)?(?:发|字|函|规|通告|通知)?\s*[〔[(（]/;

/** Whether a number is the government's of the place found, its code the place's first characters, and its office's. */
function governmentNumber(number: string, place: JurisdictionEntry): { office: boolean } | undefined {
  const m = GOVERNMENT_NUMBER.exec(number);
  const name = place.localName ?? place.name;
  return m && (name.startsWith(m[1]!) || place.abbr === m[1]) ? { office: m[2] !== undefined } : undefined;
}

/**
 * The one place the page's publisher names (来源, 发布机构: 宜兴市人民政府网站) whose name ends with the word the issuer's
 * level is written by (市), the number not naming another place: its code names none, or opens with a word of its name.
 */
function placeOfPublisher(issuer: AgencyRef, clues: IssuerClues, g: Gazetteer): JurisdictionEntry | undefined {
  const level = LEVEL_ALONE.exec(issuer.name)?.[1];
  if (!level || issuer.jurisdiction) return undefined;
  const named = new Set<JurisdictionEntry>();
  for (const publisher of clues.publishers ?? [])
    for (const c of placeAt(publisher.replace(/\s+/g, ''), 0, g)?.candidates ?? []) named.add(c);
  const [place] = [...named];
  if (named.size !== 1 || !place || place.notInMap || !place.name.endsWith(level)) return undefined;
  if (!clues.docNumber) return place;
  const coded = readNumberCode(clues.docNumber, g).place;
  return coded ? (coded === place ? place : undefined) : place.name.includes(clues.docNumber[0]!) ? place : undefined;
}

// How far into a text the places named beside an organ of its level alone are looked for.
const LEVEL_PLACE_WITHIN = 3000;

/**
 * The one place of the issuer's level the text names, when the issuer is named by its level alone (发布机构: 区发改局,
 * and the table below names 宁波市奉化区 and no other district; a 区 is a district, never an autonomous region): its
 * own. A place it learns from or goes to is not counted. Undefined when it names none or several.
 */
function placeNamedOfLevel(issuer: AgencyRef, text: string, g: Gazetteer): JurisdictionEntry | undefined {
  const level = LEVEL_ALONE.exec(issuer.name)?.[1];
  if (!level || issuer.jurisdiction) return undefined;
  const tiers = LEVEL_TIERS[level] ?? [];
  const head = text.slice(0, LEVEL_PLACE_WITHIN);
  const named = new Set<JurisdictionEntry>();
  for (const match of placesIn(head, g, 3)) {
    // A place the text learns from or goes to (学习借鉴深圳市…, 赴杭州市考察) is another's.
    if (ELSEWHERE.test(head.slice(Math.max(0, match.at - 4), match.at))) continue;
    for (const c of match.candidates) if (!c.notInMap && c.name.endsWith(level) && tiers.includes(c.tier)) named.add(c);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

// The tiers a place of a level word may be: a 市 is a prefecture or a county-level city; 区 a district, never a region.
const LEVEL_TIERS: Record<string, Tier[]> = {
  自治区: ['provincial'],
  省: ['provincial'],
  自治州: ['municipal'],
  州: ['municipal'],
  市: ['municipal', 'county'],
  自治县: ['county'],
  县: ['county'],
  区: ['county'],
  旗: ['county'],
};
const ELSEWHERE = /(?:学习|借鉴|对标|参照|参考|赴|到|与|同|向)$/;

const addresseeLevel = (clues: IssuerClues): Tier | undefined => readAddresseeLevel(clues.addressees ?? []);

/** Reads jurisdiction, issuer and tier from the clues, most reliable first. */
export function readIssuer(clues: IssuerClues, gazetteer: Gazetteer): IssuerResult {
  const g = gazetteer;
  const bare = { gazetteer };
  const titleHead = clues.titleIssuer?.replace(/\s+/g, '');
  const titleHeadPlace = titleHead ? g.jurisdictionByName.get(titleHead) : undefined;
  const titleHeadAgency = titleHead && !titleHeadPlace ? resolveAgency(titleHead, bare) : undefined;
  const issuerClues = clues.issuerLines.map((l) => ({ candidates: placeOfBody(l, g), why: `the issuer line "${l}"` }));
  const placeIssues: PlaceIssue[] = [];
  const coded = placeOfCode(clues, issuerClues, g);
  const code = coded.place;
  const codeClue = { candidates: code ? [code] : [], why: `the number's authority code (${clues.docNumber})` };
  // A province's short code also opens its cities' codes (苏 of Jiangsu, 苏府 of Suzhou), a city's its counties': when
  // the signature names a place inside the one the code names, the code matched by its first characters only.
  const inside = (c: Clue): boolean =>
    c.candidates.length === 1 && c.candidates[0]!.tier !== code?.tier && isWithin(c.candidates[0]!, code!, g);
  const codeYields = code !== undefined && code.tier !== 'national' && issuerClues.some(inside);
  const head = headLineBodies(clues.headLines ?? []);
  const clueList: Clue[] = [
    { candidates: titleHead ? placeOfBody(titleHead, g) : [], why: `the title's head "${titleHead}"` },
    ...(codeYields ? [...issuerClues, codeClue] : [codeClue, ...issuerClues]),
    ...head.makers.map((b) => ({
      candidates: placeOfBody(b, g),
      why: `the body "${b}" in the head lines`,
    })),
    { candidates: placeAtTitleHead(clues.title ?? '', g), why: 'the place at the head of the title' },
    {
      candidates: placeAtTitleHead(clues.titleTag ?? '', g),
      why: `the site's tag "${clues.titleTag}" before the title`,
    },
    {
      candidates: readOwnAutonomousPlace(clues.text ?? '', g),
      why: 'the autonomous place the text calls its own (…自治县(以下简称自治县), 本自治县)',
    },
    // Before a place named inside the title: 关于贯彻落实山西省…的通知 names the province whose plan a county applies.
    { candidates: readOwnCounty(clues.text ?? '', g), why: 'the county the text calls 我县 or 全县' },
    { candidates: firstPlaceIn(clues.title ?? '', g)?.candidates ?? [], why: 'a place named in the title' },
    {
      candidates: firstPlaceIn(clues.noticeTitle ?? '', g)?.candidates ?? [],
      why: "a place named in the notice's title",
    },
    // Last of the places: a text whose title, number and signature a copy lost still says whose it is.
    { candidates: readAdaptedPlace(clues.text ?? '', g), why: 'the place the text adapts to (结合…实际)' },
    {
      candidates: readGoverningPlace(clues.text ?? '', g),
      why: 'the place whose government or congress the text reports (西安市第十七届人民代表大会, 湖北省省长)',
    },
    ...head.approvers.map((b) => ({
      candidates: placeOfBody(b, g),
      why: `the approving body "${b}" in the head lines`,
    })),
  ];
  clueList.push({
    candidates: statuteWithoutPlace(clues.title ?? '', clues.statuteArticles === true, g),
    why: 'a statute title that names no place (local statutes name theirs)',
  });
  // Last of all, and read only then: the place a report names most, when nothing above places it.
  if (clueList.every((c) => c.candidates.length === 0))
    clueList.push({
      candidates: readMostNamedPlace(clues.text ?? '', g),
      why: 'the place the text names most near its opening',
    });
  for (const clue of clueList) clue.candidates = mendUnlisted(clue.candidates, g);
  let jurisdiction: JurisdictionEntry | undefined;
  let tier: Tier | undefined;
  let basis = '';
  const first = chooseClue(clueList);
  if (first) {
    const settled = settle(
      first,
      clueList.filter((c) => c !== first),
      g,
    );
    basis = first.why;
    if (settled.length === 1) jurisdiction = settled[0];
    else {
      placeIssues.push({
        code: 'PLACE_AMBIGUOUS',
        message: `${first.why} may mean ${settled.map((c) => c.name).join(' or ')}; nothing else in the text tells which (set it with a gazetteer file)`,
      });
      if (settled.every((c) => c.tier === settled[0]!.tier)) tier = settled[0]!.tier;
    }
  }
  if (jurisdiction) tier = jurisdiction.tier;
  // A number naming a district's or county's government by level alone (区府办字) under a title naming a province or a
  // city (表彰江西省第四届全民健身运动会…): the title names what the text is about, the number who issues it. Its place is
  // the one district inside that place the text names by its bare name (章贡分赛区 → 章贡区).
  const numberLevel = clues.docNumber ? readNumberLevel(clues.docNumber) : undefined;
  const titlePlace =
    first?.why === 'a place named in the title' || first?.why === "a place named in the notice's title";
  if (
    numberLevel &&
    titlePlace &&
    jurisdiction &&
    (jurisdiction.tier === 'provincial' || jurisdiction.tier === 'municipal')
  ) {
    const own = placeNamedBare(`${clues.title ?? ''}\n${clues.text ?? ''}`, jurisdiction, numberLevel.level, g);
    if (own) {
      jurisdiction = own;
      tier = own.tier;
      basis = `the number ${clues.docNumber} names a ${numberLevel.level}'s government, and the text names ${own.name} by its bare name`;
    }
  }
  // A city the map does not know (兖州市, a county-level city since made a district) is a prefecture's by its name
  // alone; addressing towns (各镇人民政府) or naming its organs 县直 is what a county-level city does.
  let unmappedTier = `tier ${jurisdiction?.tier} from its name`;
  if (jurisdiction?.notInMap && jurisdiction.name.endsWith('市') && addresseeLevel(clues) === 'county') {
    jurisdiction = { ...jurisdiction, tier: 'county' };
    tier = 'county';
    unmappedTier = 'tier county: a 市 by its name, county-level by its addressees';
  }
  // A city's or county's form (苏府) is worth a word only when nothing else named the place.
  if (coded.remark && !(coded.lowerForm && jurisdiction)) placeIssues.push(coded.remark);
  // A township (白沙镇) is below the map and its name is shared across the country: it tells the county tier, and the
  // place stays unknown rather than one node standing for every 白沙镇.
  if (jurisdiction?.notInMap && /[镇乡]$/.test(jurisdiction.name)) {
    placeIssues.push({
      code: 'PLACE_NOT_IN_MAP',
      message: `"${jurisdiction.name}" (${basis}) is a township, below the administrative map: tier county, its county not named`,
    });
    tier = 'county';
    jurisdiction = undefined;
  }
  if (jurisdiction?.notInMap) {
    placeIssues.push({
      code: 'PLACE_NOT_IN_MAP',
      message: `"${jurisdiction.name}" (${basis}) is not in the administrative map; ${unmappedTier}`,
    });
  }

  const ctx: AgencyContext = jurisdiction ? { gazetteer, jurisdiction } : bare;
  // The organs of the first issuer line that names any, with those of the lines set right with it (one signature):
  // joint offices (中共岳阳市委办公室 and 岳阳市人民政府办公室) sign on two lines, or on one.
  const signers: AgencyRef[] = [];
  // An organ's own office signing under it (岳阳市农业农村局 / 岳阳市农业农村局办公室) is that organ, signing once.
  const sign = (refs: AgencyRef[]): void => {
    for (const r of refs)
      if (
        !signers.some(
          (s) =>
            s.name === r.name || (/^(?:办公室|办公厅)$/.test(r.name.slice(s.name.length)) && r.name.startsWith(s.name)),
        )
      )
        signers.push(r);
  };
  const unspaced = (l: string): string => l.replace(/[\s、]+/g, '');
  // The line signing with the very organ the title's head names (牟定县人民政府办公室关于印发…) is its signature, before a
  // line naming another organ above the title (the site's name, 牟定县人民政府).
  const firstLine =
    clues.issuerLines.find((l) => titleHead !== undefined && unspaced(l) === titleHead) ??
    clues.issuerLines.find((l) => splitSigners(l, ctx).length > 0);
  if (firstLine !== undefined) {
    const block = (clues.signatures ?? []).find((b) => b.some((l) => unspaced(l) === unspaced(firstLine)));
    if (block) for (const line of block) sign(blockSigners(line, ctx));
    else sign(splitSigners(firstLine, ctx));
  }
  if (signers.length === 0 && titleHead && !titleHeadPlace) sign(splitSigners(titleHead, ctx));
  let issuer: AgencyRef | undefined = signers[0];
  if (!issuer && titleHeadPlace)
    issuer = {
      name: `${titleHeadPlace.name}人民政府`,
      asWritten: titleHead!,
      jurisdiction: titleHeadPlace.name,
      collective: false,
    };
  if (!issuer && titleHeadAgency) issuer = resolveAgency(titleHead!, ctx).ref;
  const approval = readApproval(clues.noticeBody, { notice: true });
  // 已经市委、市人民政府同意: two approvers, the second short for 岳阳市人民政府. A document issued without a notice says
  // it at its opening (经国务院同意，现提出以下意见): an approver, though no issuer is guessed from it.
  const opened = approval === undefined ? readApproval(clues.opening ?? [], { notice: false }) : undefined;
  const approvers = approval ? approversOf(approval, ctx) : opened ? approversOf(opened, ctx) : [];
  const approver = approvers.find((a) => /人民政府$/.test(a.name)) ?? approvers[0];
  if (approver && approval) {
    if (!issuer && /人民政府$/.test(approver.name)) {
      // The general office of a national or provincial government is its 办公厅, below it 办公室 (自治区人民政府 without
      // its region's name is provincial all the same).
      const level = jurisdiction?.tier ?? tierOfLevelName(approver.name);
      const office = level === 'national' || level === 'provincial' ? '办公厅' : '办公室';
      issuer = {
        name: `${approver.name}${office}`,
        asWritten: `${approval}${office}`,
        collective: false,
        ...(approver.jurisdiction ? { jurisdiction: approver.jurisdiction } : {}),
      };
    }
  }
  if (!issuer && clues.issuerLines[0]) issuer = resolveAgency(clues.issuerLines[0], ctx).ref;
  // Nothing signed: a number naming the office of a government by level alone (区府办字) is that office's, of the
  // place found (a county's or district's, as its level says).
  if (
    !issuer &&
    numberLevel?.office &&
    jurisdiction?.tier === 'county' &&
    jurisdiction.name.endsWith(numberLevel.level)
  )
    issuer = resolveAgency(`${jurisdiction.name}人民政府办公室`, ctx).ref;
  // Nothing signed: a number whose code names the place found by its first characters, then a government's own word
  // (内政发, 汕府办, 湘政办发), is that government's, or with 办 its general office's.
  const own =
    jurisdiction && jurisdiction.tier !== 'national'
      ? governmentNumber(clues.docNumber ?? '', jurisdiction)
      : undefined;
  if (!issuer && own) {
    const office = !own.office ? '' : jurisdiction!.tier === 'provincial' ? '办公厅' : '办公室';
    issuer = resolveAgency(`${jurisdiction!.name}人民政府${office}`, ctx).ref;
  }
  if (!jurisdiction && issuer?.jurisdiction) {
    const place =
      g.jurisdictionByName.get(issuer.jurisdiction) ??
      (issuer.jurisdiction === ctx.jurisdiction?.name ? ctx.jurisdiction : undefined);
    if (place) {
      jurisdiction = place;
      tier = place.tier;
      basis = `the issuer ${issuer.name}`;
    }
  }
  // An organ named by its level alone (市政府关于…) is the organ of the place the page's publisher names, when that is
  // one place of the organ's level and the number does not name another (宜政发 on 宜兴市人民政府网站).
  // Else the one place of its level the text names (区发改局 over a table naming 宁波市奉化区).
  const publisherPlace = jurisdiction || !issuer ? undefined : placeOfPublisher(issuer, clues, g);
  const levelPlace =
    jurisdiction || !issuer || publisherPlace ? undefined : placeNamedOfLevel(issuer, clues.text ?? '', g);
  const ownPlace = publisherPlace ?? levelPlace;
  if (ownPlace && issuer) {
    const own = resolveAgency(issuer.asWritten, { gazetteer, jurisdiction: ownPlace }).ref;
    if (signers.length === 1 && signers[0]!.name === issuer.name) signers[0] = own;
    issuer = own;
    jurisdiction = ownPlace;
    tier = ownPlace.tier;
    basis = publisherPlace
      ? `the organ "${issuer.asWritten}" named by its level, of the place that posted the page (${ownPlace.name})`
      : `the organ "${issuer.asWritten}" named by its level, of the one such place the text names (${ownPlace.name})`;
  }
  // An organ named by its level alone (已经自治区人民政府同意, a signature 省人民政府) tells the tier, not the place.
  if (!tier) {
    const named = [issuer, approver].find((a) => a && tierOfLevelName(a.name));
    if (named) {
      tier = tierOfLevelName(named.name);
      basis = `the level "${named.name}" names`;
    }
  }
  // A decree number of a government named by level alone (市人民政府令第46号), in a text naming no place: a city's.
  const decreeLevel = tier || jurisdiction || !clues.docNumber ? undefined : readLevelDecree(clues.docNumber);
  if (decreeLevel) {
    tier = decreeLevel;
    basis = `the decree number "${clues.docNumber}" names its government by level alone`;
  }
  // The organ the text is about, named by level alone and given a short name (省人民代表大会(以下简称代表大会)).
  const definedLevel = tier || jurisdiction ? undefined : readDefinedOrganLevel(clues.text ?? '');
  if (definedLevel) {
    tier = definedLevel;
    basis = 'the text names its own organ by level alone (省人民代表大会(以下简称代表大会))';
  }
  // A text saying 我县 is a county's, though it names no county (a copy that blanked the name).
  const ownLevel = tier ? undefined : readOwnLevel(clues.text ?? '');
  if (ownLevel) {
    tier = ownLevel;
    basis = 'the text calls itself 我县, or its responsibility brackets name its organs by their level alone';
  }
  // Or the one province a text speaking of its 省 organs by level alone names, and no other place (江苏 over 今年的
  // 省政府工作报告).
  const levelProvince = !tier && !jurisdiction ? readLevelProvince(clues.text ?? '', g) : undefined;
  if (levelProvince) {
    jurisdiction = levelProvince;
    tier = 'provincial';
    basis = `the text speaks of its 省 organs and names ${levelProvince.name} alone`;
  }
  // The one province its brackets' organs name in full (国家开发银行云南省分行) is a provincial text's place.
  const dutyProvince = ownLevel === 'provincial' && !jurisdiction ? readDutyProvince(clues.text ?? '', g) : undefined;
  if (dutyProvince) {
    jurisdiction = dutyProvince;
    basis = `its responsibility brackets name ${dutyProvince.name}'s organs`;
  }
  // Nothing named tells the tier: the governments the text addresses are one level below its own; else the area it
  // speaks of as its own most (本省, 我州, 全县); else its 市政府规章 under a province. The first that tells, in order.
  const unnamedLevels: [() => Tier | undefined, string][] = [
    [() => addresseeLevel(clues), 'the governments and organs it addresses'],
    [() => readSpokenLevel(clues.text ?? ''), 'the area it speaks of as its own most (本省, 我州, 全县)'],
    [
      () => readRuleMakingCity(clues.text ?? ''),
      'it speaks of its 市政府规章 under a province (a city with districts)',
    ],
  ];
  for (const [read, why] of unnamedLevels) {
    const level = tier ? undefined : read();
    if (level) {
      tier = level;
      basis = why;
    }
  }
  // A national text is the nation's, whatever told its tier (各省、自治区、直辖市人民政府 it addresses, 教育部办公厅).
  if (tier === 'national' && !jurisdiction) jurisdiction = nation(g);
  const result: IssuerResult = { basis, placeIssues };
  if (jurisdiction) result.jurisdiction = jurisdiction;
  if (tier) result.tier = tier;
  if (issuer) result.issuer = issuer;
  const placed: AgencyContext = jurisdiction ? { gazetteer, jurisdiction } : ctx;
  // Organs written as one byline (万载县统计局、国家统计局万载调查队) are each an issuer: one node per organ.
  const byline = issuer && /、/.test(issuer.name) ? parseAgencyList(issuer.asWritten, placed).agencies : [];
  if (issuer) result.issuers = signers.length > 0 ? signers : byline.length > 0 ? byline : [issuer];
  // An approver written by level alone (区政府常务会, 区委常委会) is of the place found after it was read.
  const approversPlaced = approvers
    .map((a) =>
      a.jurisdiction || !jurisdiction ? a : { ...resolveAgency(a.asWritten, placed).ref, asWritten: a.asWritten },
    )
    .map((a) => partyGroupOf(a, placed, result.issuers ?? []));
  if (approversPlaced.length > 0) result.approvers = approversPlaced;
  return result;
}

/** The bodies of an approval as written (市委、市人民政府), each resolved; a list's prefix applies to its items. */
function approversOf(approval: string, ctx: AgencyContext): AgencyRef[] {
  const organs = approvingOrgans(approval);
  if (organs.length === 0) return [];
  const organ = organs.join('、');
  const { agencies } = parseAgencyList(organ, ctx);
  return agencies.length > 0 ? agencies : [resolveAgency(organ, ctx).ref];
}

/**
 * An approving Party group named for its organ: 市政府党组 → 中共柳州市人民政府党组; a bare 厅党组 (经厅党组会议审议同意) is
 * the issuing body's own, an office issuing for its commission standing for the commission (委党组 →
 * 中共四川省发展和改革委员会党组). Any other approver as it is.
 */
function partyGroupOf(approver: AgencyRef, ctx: AgencyContext, issuers: readonly AgencyRef[]): AgencyRef {
  const body = /^(.+?)党组$/.exec(approver.asWritten.replace(/\s+/g, ''))?.[1];
  if (!body) return approver;
  if (/^[厅局委部办]$/.test(body)) {
    const own = issuers.length === 1 ? issuers[0]!.name : undefined;
    if (!own) return approver;
    const organ = own.replace(/^中共|党组$/g, '').replace(/(?<=[厅局委部]|委员会)(?:办公室|办公厅)$/, '');
    return { ...approver, name: `中共${organ}党组` };
  }
  const organ = resolveAgency(body, ctx);
  return organ.known ? { ...approver, name: `中共${organ.ref.name}党组` } : approver;
}
