/**
 * What can be said of a document known only from a citation: its tier, jurisdiction and kind, read from the
 * authority code of its number and from its title. Examples:
 *   inferCitedPolicy({ docNumber: '国发〔2020〕7号' }) → { tier: 'national', jurisdiction: '中华人民共和国' }
 *   inferCitedPolicy({ title: '科技强桂三年行动方案(2021—2023年)' })
 *     → { tier: 'provincial', jurisdiction: '广西壮族自治区', kind: 'plan' }
 *   inferCitedPolicy({ title: '洛阳市科学技术投入条例' }) → { tier: 'municipal', jurisdiction: '洛阳市', kind: 'regulation' }
 *   inferCitedPolicy({ title: '医疗废物管理条例' }) → { tier: 'national', jurisdiction: '中华人民共和国', kind: 'regulation' }
 *   inferCitedPolicy({ title: '物业管理条例', place: '山东省' }) (本省《物业管理条例》) → provincial, 山东省
 */
import type { PolicyKind, Tier } from '../../model/index.ts';
import { getDefaultGazetteer, type Gazetteer } from '../gazetteer/index.ts';
import { firstPlaceIn, placeAt } from '../parse/find-place.ts';
import { placeAtTitleHead } from '../parse/read-issuer.ts';
import { readNumberCode } from '../parse/read-number-place.ts';
import { buildTitleKey } from './build-title-key.ts';
import { NATION, PROVINCES, tierOfJurisdiction } from './jurisdiction-names.ts';

/** Tier, jurisdiction and kind inferred for a cited-only document; each absent when nothing supports it. */
export interface CitedPolicyFacts {
  tier?: Tier;
  jurisdiction?: string;
  kind?: PolicyKind;
}

/** Authority codes of national bodies: State Council, Party centre, ministries (国科发, 财教, 发改高技 …). */
const NATIONAL_CODE = /^(国|中发|中办|主席令|财|教|工信|科发|人社|发改|商|农|交|水|卫|民|司|公)/;
/** Prefecture-level cities whose one-character code is known: extend as documents of other cities arrive. */
const CITY_CODES: Record<string, string> = { 柳: '柳州市', 邕: '南宁市', 桂林: '桂林市', 梧: '梧州市', 北海: '北海市' };
const SLOGAN = new RegExp(`(?:强|兴)(${PROVINCES.map((p) => p.abbr).join('|')})(?![\\u4e00-\\u9fa5]{0,1}[省市])`);

const NATIONAL_HEAD = /^(?:国务院|中共中央|中国共产党|全国人民代表大会|全国人大|最高人民法院|最高人民检察院)/;

const KIND_BY_ENDING: [RegExp, PolicyKind][] = [
  [/解读$/, 'interpretation'],
  [/批复$/, 'approval'],
  [/通知$/, 'notice'],
  [/(条例|规定|办法|细则)$/, 'regulation'],
  // After 办法: …处理办法 is a rule, not a law.
  [/法$/, 'law'],
  [/意见$/, 'opinions'],
  [/措施$/, 'measures'],
  [/(规划|方案|计划|纲要)$/, 'plan'],
];

/** Reads the authority code of a normalised number (柳政规〔2021〕18号 → 柳政规). */
export function authorityCode(docNumber: string): string {
  return docNumber.split('〔')[0] ?? '';
}

function fromNumber(docNumber: string, g: Gazetteer): CitedPolicyFacts {
  const code = authorityCode(docNumber);
  if (!code) return {};
  if (NATIONAL_CODE.test(code)) return { tier: 'national', jurisdiction: NATION };
  const city = Object.keys(CITY_CODES).find((c) => code.startsWith(c));
  if (city) return { tier: 'municipal', jurisdiction: CITY_CODES[city] };
  // 新府, 苏府: a city's or county's number, not the province's (whose own 府 numbers, 粤府, the gazetteer lists).
  if (readNumberCode(docNumber, g).lowerForm) return {};
  const province = PROVINCES.find((p) => code.startsWith(p.abbr));
  if (province) return { tier: 'provincial', jurisdiction: province.full };
  return {};
}

function fromTitle(title: string, g: Gazetteer): CitedPolicyFacts {
  const key = buildTitleKey(title);
  if (key.jurisdiction) {
    const tier = tierOfJurisdiction(key.jurisdiction);
    return tier ? { tier, jurisdiction: key.jurisdiction } : { jurisdiction: key.jurisdiction };
  }
  // A city or county the title opens with, as the administrative map knows it (洛阳市科学技术投入条例): the title key
  // knows provinces only, and left such a document in no place and no tier.
  const head = placeAt(key.rest, 0, g)?.candidates ?? [];
  if (head.length === 1 && !head[0]!.notInMap) return { tier: head[0]!.tier, jurisdiction: head[0]!.name };
  // A title headed by a national body (国务院工作规则) is national though it names no place.
  if (NATIONAL_HEAD.test(key.rest)) return { tier: 'national', jurisdiction: NATION };
  // Provincial slogans name the province by its abbreviation: 科技强桂, 科教兴桂, 工业强桂.
  const slogan = SLOGAN.exec(key.rest);
  const province = slogan ? PROVINCES.find((p) => p.abbr === slogan[1]) : undefined;
  return province ? { tier: 'provincial', jurisdiction: province.full } : {};
}

/** The kind of a document read from the last words of its title (法 → law, 意见 → opinions, 方案 → plan …). */
export function kindOfTitle(title: string): PolicyKind | undefined {
  const text = title.replace(/[》」”"\s]+$/, '').replace(/[(（][^()（）]*[)）]$/, '');
  return KIND_BY_ENDING.find(([ending]) => ending.test(text))?.[1];
}

/** Infers tier, jurisdiction and kind of a cited-only document; the number wins over the title. */
export function inferCitedPolicy(
  cited: { docNumber?: string; title?: string; place?: string },
  gazetteer: Gazetteer = getDefaultGazetteer(),
): CitedPolicyFacts {
  const byNumber = cited.docNumber ? fromNumber(cited.docNumber, gazetteer) : {};
  const byTitle = cited.title ? fromTitle(cited.title, gazetteer) : {};
  const facts: CitedPolicyFacts = { ...byTitle, ...byNumber };
  // Neither number nor title tells the place: the citing text may (国务院《…》, 本省《…》), else a 条例 is national.
  const place =
    cited.place ??
    (!facts.jurisdiction && cited.title && isPlacelessRegulation(cited.title, gazetteer) ? NATION : undefined);
  if (!facts.jurisdiction && place) {
    facts.jurisdiction = place;
    const tier = tierOfJurisdiction(place);
    if (tier) facts.tier = tier;
  }
  const kind = cited.title ? kindOfTitle(cited.title) : undefined;
  if (kind) facts.kind = kind;
  return facts;
}

/**
 * A 条例 whose title names no place: a local regulation carries its place in its title by drafting rule, so the
 * regulation cited without one is the State Council's (《医疗废物管理条例》, 《优化营商环境条例》 in a city's text; over
 * the local regulations of LawRefBook, 259 of 280 such citations are of a national regulation and none is of a local
 * one). A bare short title (《条例》, 《实施条例》) names nothing by itself.
 */
function isPlacelessRegulation(title: string, g: Gazetteer): boolean {
  const text = title.replace(/[《》\s]/g, '').replace(/[(（][^()（）]*[)）]$/, '');
  const name = /^(.*?)(?:实施)?(?:暂行)?条例$/.exec(text)?.[1];
  if (!name || name.length < 2 || /^(?:本|该|此|上述|前款|省|市|县|区|自治区)/.test(name)) return false;
  return (
    placeAtTitleHead(text, g).length === 0 && !firstPlaceIn(text, g)?.candidates.some((j) => j.tier !== 'national')
  );
}
