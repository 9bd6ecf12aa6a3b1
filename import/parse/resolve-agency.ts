/**
 * One agency as written → its full official name, using the document's jurisdiction and the gazetteer. Examples in a
 * Liuzhou text: '市科技局' → 柳州市科学技术局; '新区管委会' → 柳州市柳东新区管理委员会; '各县区人民政府' → collective.
 * A prefix inherited from the first item of a 、-list applies when the item has none: ('财政局', '市') → 柳州市财政局.
 */
import type { Gazetteer, JurisdictionEntry } from '../gazetteer/index.ts';
import type { AgencyRef, Tier } from '../../model/index.ts';
import { misleveled, placeAt, placeBySuffix } from './find-place.ts';
import { NATION } from '../gazetteer/build-jurisdiction-index.ts';

/** The document's place, for expanding abbreviations. */
export interface AgencyContext {
  gazetteer: Gazetteer;
  jurisdiction?: JurisdictionEntry;
}

/** An agency resolved: the reference, the prefix it was written with (for the next items), whether it is known. */
export interface ResolvedAgency {
  ref: AgencyRef;
  prefix?: string;
  known: boolean;
}

// A ministry, commission or office of the state, or an office of one (交通部办公厅).
const STATE_BODY_AFTER_NAME = /^[\u4e00-\u9fff]{1,20}(?:部|委员会|总局|局|署|院)(?:办公厅)?$/;

const LEVEL_WORDS: Record<string, Tier> = {
  自治区: 'provincial',
  自治州: 'municipal',
  州: 'municipal',
  省: 'provincial',
  市: 'municipal',
  县区: 'county',
  县: 'county',
  区: 'county',
  国家: 'national',
};

const chains = new WeakMap<Gazetteer, Map<string, JurisdictionEntry[]>>();
const prefixLists = new WeakMap<Gazetteer, string[]>();
const resolved = new WeakMap<Gazetteer, Map<string, ResolvedAgency>>();

/** The document's jurisdiction and its parents up to the national level (cached per gazetteer). */
export function jurisdictionChain(ctx: AgencyContext): JurisdictionEntry[] {
  const byPlace = chains.get(ctx.gazetteer) ?? new Map<string, JurisdictionEntry[]>();
  chains.set(ctx.gazetteer, byPlace);
  const key = ctx.jurisdiction?.name ?? '';
  const cached = byPlace.get(key);
  if (cached) return cached;
  const chain = buildChain(ctx);
  byPlace.set(key, chain);
  return chain;
}

function buildChain(ctx: AgencyContext): JurisdictionEntry[] {
  const chain: JurisdictionEntry[] = [];
  let current = ctx.jurisdiction;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.parent ? ctx.gazetteer.jurisdictionByName.get(current.parent) : undefined;
  }
  const nation = ctx.gazetteer.data.jurisdictions.find((j) => j.tier === 'national');
  if (nation && !chain.includes(nation)) chain.push(nation);
  return chain;
}

/** Resolves a prefix (柳州市, 广西, 自治区, 市 …) to a jurisdiction of the document's chain or the gazetteer. */
export function resolvePrefix(prefix: string, ctx: AgencyContext): JurisdictionEntry | undefined {
  const named = ctx.gazetteer.jurisdictionByName.get(prefix);
  if (named) return named;
  const chain = jurisdictionChain(ctx);
  const own = chain.find((j) => j.name === prefix || j.localName === prefix);
  if (own) return own;
  // A name several places share (朝阳区) is the one under the document's own place.
  const shared = (ctx.gazetteer.placesByName.get(prefix) ?? []).filter(
    (j) => j.parent !== undefined && chain.some((c) => c.name === j.parent || c === j),
  );
  if (shared.length === 1) return shared[0];
  const tier = LEVEL_WORDS[prefix];
  // 州 and 自治州 are an autonomous prefecture's own (州政府 in a 甘南藏族自治州 text), no other city's (their tiers in
  // LEVEL_WORDS serve the list of prefixes only).
  if (prefix.endsWith('州'))
    return jurisdictionChain(ctx).find((j) => j.tier === 'municipal' && j.name.endsWith(prefix));
  // 市 in a county-level city's text (宜兴市) is that city, not the prefecture above it.
  if (prefix === '市' && ctx.jurisdiction?.tier === 'county' && ctx.jurisdiction.name.endsWith('市'))
    return ctx.jurisdiction;
  // 市 in a Tianjin text is Tianjin, a municipality of provincial rank.
  if (tier)
    return (
      jurisdictionChain(ctx).find((j) => j.tier === tier) ??
      (prefix === '市'
        ? jurisdictionChain(ctx).find((j) => j.tier === 'provincial' && j.name.endsWith('市'))
        : undefined)
    );
  const nested = nestedPlace(prefix, ctx);
  return nested?.end === prefix.length ? nested.place : undefined;
}

/** A place named after its parent at the head of a name (南宁市兴宁区…, 广西柳州市…): the child, and where it ends. */
function nestedPlace(name: string, ctx: AgencyContext): { place: JurisdictionEntry; end: number } | undefined {
  const match = placeAt(name, 0, ctx.gazetteer);
  if (match?.candidates.length !== 1 || ctx.gazetteer.placesByName.has(name.slice(0, match.end))) return undefined;
  return { place: match.candidates[0]!, end: match.end };
}

function prefixes(ctx: AgencyContext): string[] {
  let list = prefixLists.get(ctx.gazetteer);
  if (!list) {
    // Two-character names other than counties (东区, 城区) are words more often than places.
    const names = [...ctx.gazetteer.placesByName.keys()].filter((n) => n.length > 2 || n.endsWith('县'));
    list = [...names, ...Object.keys(LEVEL_WORDS)].sort((a, b) => b.length - a.length);
    prefixLists.set(ctx.gazetteer, list);
  }
  return list;
}

function specificAgency(name: string, ctx: AgencyContext): AgencyRef | undefined {
  const exact = ctx.gazetteer.agencyByName.get(name);
  const chain = jurisdictionChain(ctx).map((j) => j.name);
  const aliased = ctx.gazetteer.agencyAliases.get(name) ?? [];
  // An alias applies in its own jurisdiction (and below it), or anywhere when it names its place (广西税务局).
  const entry =
    exact ??
    aliased.find((a) => chain.includes(a.jurisdiction)) ??
    aliased.find((a) =>
      [...ctx.gazetteer.jurisdictionByName.entries()].some(([n, j]) => j.name === a.jurisdiction && name.includes(n)),
    );
  return entry ? { name: entry.name, asWritten: name, jurisdiction: entry.jurisdiction, collective: false } : undefined;
}

// The heads a national body's full name adds to the short form the State Council writes (人民银行 → 中国人民银行,
// 国资委 → 国务院国有资产监督管理委员会, 中央宣传部 → 中共中央宣传部, 供销合作总社 → 中华全国供销合作总社).
const NATIONAL_HEADS = ['国家', '国务院', '中国', '中华全国', '中共'];
// A government's own offices are no national body's short form (办公厅 is not 国务院办公厅 unless written so).
const OWN_OFFICES = new Set(['人民政府', '人民政府办公厅', '人民政府办公室', '办公厅', '办公室']);

/**
 * In a national document, a body written short: the named national body whose name or alias is the short form, or
 * its kind written in full, with a national head (外汇局 → 国家外汇管理局 by its alias 国家外汇局; 发展改革委 → the kind
 * 发展和改革委员会 → 国家发展和改革委员会). Elsewhere a short form is a local office (a county's 统计局).
 */
function nationalBody(name: string, ctx: AgencyContext): AgencyRef | undefined {
  if (ctx.jurisdiction?.tier !== 'national') return undefined;
  const type = ctx.gazetteer.typeByName.get(name);
  if (OWN_OFFICES.has(type?.name ?? name)) return undefined;
  const forms = type ? [name, type.name, ...type.aliases] : [name];
  for (const head of NATIONAL_HEADS)
    for (const form of forms) {
      const body = specificAgency(head + form, ctx);
      if (body?.jurisdiction === NATION) return body;
    }
  return undefined;
}

// An office or department inside a body (办公厅, 政治工作部, a ministry's 综合司).
const INNER_OFFICE = /^(?:办公厅|办公室|[\u4e00-\u9fff]{2,6}部|[\u4e00-\u9fff]{1,6}(?<!公)司)$/;

/** An office of a national body written with the body's short name: 中央军委办公厅 → 中央军事委员会办公厅. */
function officeOfShortNamed(name: string, ctx: AgencyContext): AgencyRef | undefined {
  for (let cut = 2; cut <= name.length - 3; cut++) {
    const written = name.slice(0, cut);
    const inner = name.slice(cut);
    // A body named in full before its office is read elsewhere, but for a ministry's 司 (教育部高校学生司).
    if (!INNER_OFFICE.test(inner) || (ctx.gazetteer.agencyByName.has(written) && !inner.endsWith('司'))) continue;
    const body = specificAgency(written, ctx);
    if (body?.jurisdiction === NATION) return { ...body, name: body.name + name.slice(cut) };
  }
  return undefined;
}

// Kinds of office that belong to a national body, not to the place's government (垂直管理): a place's 税务局 is, since
// 2018, 国家税务总局's office there (国家税务总局韶关市税务局).
const VERTICAL: Record<string, string> = { 税务局: '国家税务总局' };

function typed(
  typeName: string,
  jurisdiction: JurisdictionEntry | undefined,
  prefix: string,
  asWritten: string,
): AgencyRef {
  const vertical = VERTICAL[typeName];
  // The national body itself in a national text (税务局 there is 国家税务总局); elsewhere its office, named as the body
  // names its offices: a city's district with its city (国家税务总局北京市大兴区税务局, 国家税务总局鞍山市立山区税务局), a
  // county alone (国家税务总局柳城县税务局).
  if (vertical && jurisdiction?.tier === 'national')
    return { name: vertical, asWritten, jurisdiction: jurisdiction.name, collective: false };
  const parent = jurisdiction?.tier === 'county' && jurisdiction.name.endsWith('区') ? jurisdiction.parent : undefined;
  const place =
    vertical && parent && !jurisdiction!.name.startsWith(parent)
      ? `${parent}${jurisdiction!.name}`
      : jurisdiction?.name;
  return jurisdiction
    ? { name: `${vertical ?? ''}${place}${typeName}`, asWritten, jurisdiction: jurisdiction.name, collective: false }
    : { name: `${prefix}${typeName}`, asWritten, collective: false };
}

// A national body's office named for its place, after the body's name: 国家开发银行 / 云南省分行, and the offices of
// bodies managed from the centre down (垂直管理): 国家税务总局 / 陇南市税务局, 国家金融监督管理总局 / 甘肃监管局,
// 国家统计局 / 甘肃调查总队. The place may be written short (甘肃).
const OFFICE = /^(?:分行|支行|分公司|总部|营业管理部|[\u4e00-\u9fa5]{0,8}(?:局|调查总?队|海关|中心|中心支行))$/;

/**
 * A known national body's office named for a place of the map: 国家税务总局陇南市税务局 → that, in 陇南市; 人民银行上海总部
 * → 中国人民银行上海总部.
 */
function branchOf(name: string, ctx: AgencyContext): AgencyRef | undefined {
  for (let cut = 2; cut < name.length - 3; cut++) {
    // The body may be written short, without its 中国 (人民银行柳州市中心支行, 人民银行上海总部).
    const body = specificAgency(name.slice(0, cut), ctx) ?? specificAgency(`中国${name.slice(0, cut)}`, ctx);
    if (!body || ctx.gazetteer.jurisdictionByName.get(body.jurisdiction ?? '')?.tier !== 'national') continue;
    const office = name.slice(cut);
    const match = placeAt(office, 0, ctx.gazetteer);
    const place = match?.candidates.length === 1 ? match.candidates[0] : undefined;
    if (place && place.tier !== 'national' && OFFICE.test(office.slice(match!.end)))
      return { name: `${body.name}${office}`, asWritten: name, jurisdiction: place.name, collective: false };
  }
  return undefined;
}

// The Party committee of a place and its offices: 中共岳阳市委办公室, 市委, 自治区党委, 省委组织部.
const PARTY_COMMITTEE = /^(中共)?(.+?)(?:党委|委)(办公室|办公厅|组织部|宣传部|统战部)?$/;

/** 中共岳阳市委办公室 → 中共岳阳市委办公室 (岳阳市); 市委 in a 岳阳市 text → 中共岳阳市委员会; nothing for other names. */
function partyCommittee(name: string, ctx: AgencyContext): AgencyRef | undefined {
  const m = PARTY_COMMITTEE.exec(name);
  if (!m?.[2]) return undefined;
  const place = resolvePrefix(m[2], ctx);
  if (!place || place.tier === 'national') return undefined;
  return {
    name: `中共${place.name}${m[3] ? `委${m[3]}` : '委员会'}`,
    asWritten: name,
    jurisdiction: place.name,
    collective: false,
  };
}

/**
 * A place the map does not know that is a short name run into a level its place does not have (贵州市 on a 筑府办发
 * notice, a slip for 贵阳市): the document's own place when that is of the level written; else the place as written.
 */
function slipFor(
  unlisted: JurisdictionEntry | undefined,
  agency: string,
  ctx: AgencyContext,
): JurisdictionEntry | undefined {
  const own = ctx.jurisdiction;
  if (!unlisted || !own || own.tier !== unlisted.tier || own.notInMap) return unlisted;
  for (let cut = unlisted.name.length - 1; cut >= 2; cut--) {
    const stem = agency.slice(0, cut);
    if (ctx.gazetteer.placesByName.has(stem) && misleveled(stem, agency, cut, ctx.gazetteer)) return own;
  }
  return unlisted;
}

/** Resolves one agency name as written; `inherited` is the prefix of the list's first item. Cached per gazetteer. */
export function resolveAgency(asWritten: string, ctx: AgencyContext, inherited?: string): ResolvedAgency {
  const cache = resolved.get(ctx.gazetteer) ?? new Map<string, ResolvedAgency>();
  resolved.set(ctx.gazetteer, cache);
  const key = `${ctx.jurisdiction?.name ?? ''}|${inherited ?? ''}|${asWritten}`;
  let result = cache.get(key);
  if (!result) {
    result = resolveUncached(asWritten, ctx, inherited);
    if (cache.size < 100_000) cache.set(key, result);
  }
  return { ...result, ref: { ...result.ref } };
}

function resolveUncached(asWritten: string, ctx: AgencyContext, inherited?: string): ResolvedAgency {
  const name = asWritten.replace(/\s+/g, '');
  if (/^各/.test(name)) {
    const ref: AgencyRef = { name, asWritten, collective: true };
    if (ctx.jurisdiction) ref.jurisdiction = ctx.jurisdiction.name;
    return { ref, known: true };
  }
  const party = partyCommittee(name, ctx);
  if (party) return { ref: { ...party, asWritten }, known: true };
  // An item naming its own place (北京市人民政府、上海市人民政府) takes no prefix from the list's first.
  if (inherited && !placeAt(name, 0, ctx.gazetteer)) {
    // The list's prefix first: ('市场监管局', '自治区') → 自治区市场监管局, ('税务局', '县') → not the city's bureau.
    const withPrefix = resolveAgency(inherited + name, ctx);
    if (withPrefix.known) return { ...withPrefix, ref: { ...withPrefix.ref, asWritten } };
  }
  const specific = specificAgency(name, ctx) ?? nationalBody(name, ctx) ?? officeOfShortNamed(name, ctx);
  if (specific) return { ref: { ...specific, asWritten }, known: true };
  // A national body's branch named for a place (国家开发银行云南省分行, 农业发展银行云南省分行): the body in full, then the
  // branch; its 国家 or 中国 is the body's name, no level.
  const branch = branchOf(name, ctx);
  if (branch) return { ref: { ...branch, asWritten }, known: true };
  const type = ctx.gazetteer.typeByName.get(name);
  if (type) {
    const jurisdiction = inherited ? resolvePrefix(inherited, ctx) : ctx.jurisdiction;
    return {
      ref: typed(type.name, jurisdiction, inherited ?? '', asWritten),
      known: true,
      ...(inherited ? { prefix: inherited } : {}),
    };
  }
  // A place named with its parent (南宁市兴宁区人民政府办公室): the child is the place, not an unlisted 南宁市兴宁区.
  const nested = nestedPlace(name, ctx);
  if (nested && nested.end < name.length) {
    const prefix = name.slice(0, nested.end);
    const rest = name.slice(nested.end);
    const restType = ctx.gazetteer.typeByName.get(rest);
    if (restType) return { ref: typed(restType.name, nested.place, prefix, asWritten), prefix, known: true };
    const restSpecific = specificAgency(rest, ctx);
    if (restSpecific?.jurisdiction === nested.place.name)
      return { ref: { ...restSpecific, asWritten }, prefix, known: true };
  }
  const own = ctx.jurisdiction?.notInMap && name.startsWith(ctx.jurisdiction.name) ? [ctx.jurisdiction.name] : [];
  for (const prefix of [...own, ...prefixes(ctx)]) {
    if (!name.startsWith(prefix) || name.length === prefix.length) continue;
    const rest = name.slice(prefix.length);
    const jurisdiction = resolvePrefix(prefix, ctx);
    const restType = ctx.gazetteer.typeByName.get(rest);
    if (restType) return { ref: typed(restType.name, jurisdiction, prefix, asWritten), prefix, known: true };
    const restSpecific = specificAgency(rest, ctx);
    if (restSpecific && (!jurisdiction || restSpecific.jurisdiction === jurisdiction.name))
      return { ref: { ...restSpecific, asWritten }, prefix, known: true };
    // A national body the list does not hold (中华人民共和国交通部办公厅, a ministry since merged): named as the list
    // names national bodies, without the state's name.
    if (prefix === NATION && STATE_BODY_AFTER_NAME.test(rest))
      return {
        ref: { name: rest, asWritten, jurisdiction: NATION, collective: false },
        prefix,
        known: false,
      };
  }
  // A place the map does not know, before a known kind of agency: 示例市科技局 → 示例市科学技术局 (示例市).
  const unlisted = slipFor(placeBySuffix(name), name, ctx);
  const unlistedType = unlisted ? ctx.gazetteer.typeByName.get(name.slice(unlisted.name.length)) : undefined;
  // A township's organ keeps no place: its name is shared across the country (see read-issuer).
  const town = unlisted !== undefined && /[镇乡]$/.test(unlisted.name);
  if (unlisted && unlistedType)
    return {
      ref: {
        name: unlisted.name + unlistedType.name,
        asWritten,
        ...(town ? {} : { jurisdiction: unlisted.name }),
        collective: false,
      },
      prefix: unlisted.name,
      known: true,
    };
  // Unknown: keep the name, with its level prefix expanded when it has one (市住建局 → 柳州市住建局). 国家 opens the names
  // of national bodies (国家数据局): the name stays as written, in the nation.
  for (const prefix of Object.keys(LEVEL_WORDS).sort((a, b) => b.length - a.length)) {
    const jurisdiction = name.startsWith(prefix) ? resolvePrefix(prefix, ctx) : undefined;
    if (jurisdiction && prefix === '国家' && name.length > prefix.length + 1)
      return { ref: { name, asWritten, jurisdiction: jurisdiction.name, collective: false }, prefix, known: false };
    if (jurisdiction && name.length > prefix.length + 1) {
      return {
        ref: {
          name: jurisdiction.name + name.slice(prefix.length),
          asWritten,
          jurisdiction: jurisdiction.name,
          collective: false,
        },
        prefix,
        known: false,
      };
    }
  }
  // A customs office is named by its own city (吴江海关, 苏州海关 after 区商务局): no list's prefix is its.
  if (/海关$/.test(name)) return { ref: { name, asWritten, collective: false }, known: false };
  const jurisdiction = inherited ? resolvePrefix(inherited, ctx) : undefined;
  const ref: AgencyRef = { name: jurisdiction ? jurisdiction.name + name : name, asWritten, collective: false };
  if (jurisdiction) ref.jurisdiction = jurisdiction.name;
  return { ref, known: false };
}
