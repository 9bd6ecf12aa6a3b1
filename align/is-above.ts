/**
 * Whether one document stands above another: a higher tier, and a place on the lower document's own chain of places.
 * A Guangxi city's measures stand under the State Council and under Guangxi, not under a regulation of 河南省: taken
 * by tier alone, every provincial regulation in the graph was an upper document of every city's text, and the bundled
 * Liuzhou measures were aligned to the science regulations of 上海, 北京, 山东 and 河南.
 * National documents stand above every place. What is unknown never excludes: an upper document whose place is not
 * known, or a lower one whose chain does not reach 中华人民共和国 (a place the map does not know, with no parent
 * named), is judged by tier alone.
 * Within one tier and one place, legal force decides (效力级别, docs/domain.md §10), when both levels are known:
 * a State Council regulation (行政法规) stands under the law it implements, a judicial interpretation under the law it
 * interprets, a provincial government's rule under the province's congress regulations. Taken by tier alone, the
 * administrative regulations of lawrefbook that rest on a law (253 in their first article, 个人所得税法实施条例 →
 * 个人所得税法) were its peers: never aligned with it, and `sources` listed the law's articles as PEER.
 * A policy document without a stated level (意见, 措施, 规划, 通知, 批复, 函: the general reader states levels for
 * statutes only) counts as a normative document, so the State Council's opinions stand under the laws; between two
 * normative documents a government's stands above its departments' (科技部's plan under the State Council's opinions).
 * Example: isAbove(guangxiMeasures, liuzhouMeasures) → true; isAbove(henanRegulation, liuzhouMeasures) → false;
 * isAbove(personalIncomeTaxLaw, itsImplementingRegulation) → true.
 */
import { TIERS, type AuthorityLevel } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';

const COUNTRY = '中华人民共和国';

type Placed = Pick<AlignDocument, 'tier' | 'jurisdiction' | 'jurisdictions' | 'authorityLevel'> &
  Partial<Pick<AlignDocument, 'kind' | 'title' | 'issuer' | 'workId'>>;

const RULES_OF_A_PLACE: readonly AuthorityLevel[] = ['normative_document', 'work_document'];

/**
 * The levels each level outranks within one tier and place (立法法: 宪法 > 法律 > 行政法规 > 部门规章; 地方性法规 >
 * 本级地方政府规章; every rule above the normative and work documents of its place). Left unordered where the level
 * alone does not tell: a ministry's rule and a State Council opinion, two normative documents (the issuer decides
 * there: `leads`), a judicial interpretation and a regulation.
 */
const OUTRANKS: Readonly<Record<AuthorityLevel, readonly AuthorityLevel[]>> = {
  // Every law rests on the constitution (根据宪法，制定本法, without 《》): as an upper it would be every law's, with
  // each of its amendments (宪法修正案, texts of their own in lawrefbook). Left out until a reader asks for it.
  constitution: [],
  // National levels order national documents only: a local regulation is already under them by tier.
  law: ['administrative_regulation', 'departmental_rule', 'judicial_interpretation', ...RULES_OF_A_PLACE],
  administrative_regulation: ['departmental_rule', ...RULES_OF_A_PLACE],
  departmental_rule: [],
  judicial_interpretation: [],
  local_regulation: ['local_government_rule', ...RULES_OF_A_PLACE],
  local_government_rule: [...RULES_OF_A_PLACE],
  normative_document: [],
  work_document: [],
};

/**
 * Kinds of document that are normative or work documents when no level is stated: a government's or department's
 * 意见, 规划, 通知, 批复, 函 (the general reader states levels for statutes only). Not every `measures`: a 办法 may be
 * a statute whose head lines were lost (上海市实施《教师法》办法, a congress regulation; 缔结条约管理办法, a State
 * Council regulation), so only a title ending 措施 counts.
 */
const POLICY_KINDS: ReadonlySet<string> = new Set(['opinions', 'plan', 'notice', 'approval', 'letter']);

/** A document's level for ordering: its own, else normative for a policy document, else unknown. */
function levelOf(doc: Placed): AuthorityLevel | undefined {
  if (doc.authorityLevel) return doc.authorityLevel;
  const policy = (doc.kind && POLICY_KINDS.has(doc.kind)) || (doc.kind === 'measures' && /措施$/.test(doc.title ?? ''));
  return policy ? 'normative_document' : undefined;
}

/** A government (国务院, 广西壮族自治区人民政府) or its general office (办公厅, 办公室). */
const GOVERNMENT = /(?:^国务院|人民政府)(?:办公厅|办公室)?$/;
/** A department of a government: 科学技术部, 发展和改革委员会, 科学技术厅, 柳州市科学技术局, 海关总署. */
const DEPARTMENT = /(?:部|委员会|委|厅|局|署)$/;

/**
 * Between two normative documents the issuer decides: a government's (or its general office's) stands above one of
 * its departments' (国务院 above 科技部, 柳州市人民政府 above 柳州市科学技术局). Two governments' or two departments'
 * documents stay unordered, as does a document whose issuer is not known or not read as either (a bare place name,
 * 云宁县, as a damaged head leaves it, is no department).
 */
const leads = (upper: Placed, lower: Placed): boolean =>
  !!upper.issuer &&
  !!lower.issuer &&
  GOVERNMENT.test(upper.issuer) &&
  DEPARTMENT.test(lower.issuer) &&
  !GOVERNMENT.test(lower.issuer);

/**
 * Same tier: above by legal force, both levels known, in the same place (any national document for national ones).
 * The place is compared first: most same-tier pairs of a large graph are two places, and need no level at all.
 */
function outranks(upper: Placed, lower: Placed): boolean {
  if (upper.tier !== 'national' && (!upper.jurisdiction || upper.jurisdiction !== lower.jurisdiction)) return false;
  const [above, below] = [levelOf(upper), levelOf(lower)];
  if (!above || !below) return false;
  const normative = above === 'normative_document' && below === 'normative_document';
  // A level outside the list (set by hand in Cypher) orders nothing.
  return normative ? leads(upper, lower) : !!OUTRANKS[above]?.includes(below);
}

/**
 * The places a document's authority runs through, its own first, up to 中华人民共和国 (柳州市 → 广西壮族自治区 →
 * 中华人民共和国), from its jurisdiction and the parents its `jurisdictions` give. Undefined when the chain does not
 * reach the country, or skips the province: a city or county straight under the country is a place the map does not
 * know (莱芜市, merged into 济南市 in 2019), not a fact, and would cut 山东省 off from its regulations.
 */
export function placeChain(doc: Pick<AlignDocument, 'tier' | 'jurisdiction' | 'jurisdictions'>): string[] | undefined {
  if (!doc.jurisdiction) return undefined;
  const parentOf = new Map((doc.jurisdictions ?? []).map((j) => [j.name, j.parent]));
  const chain = [doc.jurisdiction];
  for (let parent = parentOf.get(doc.jurisdiction); parent && !chain.includes(parent); parent = parentOf.get(parent))
    chain.push(parent);
  const belowProvince = doc.tier === 'municipal' || doc.tier === 'county';
  return chain.at(-1) === COUNTRY && !(belowProvince && chain.length < 3) ? chain : undefined;
}

/** Each lower document's chain (null: unknown), computed once: isAbove runs for every pair of a large graph. */
const chains = new WeakMap<object, string[] | null>();

/**
 * True when `upper` is of a higher tier than `lower` and its place is on `lower`'s chain (or one of them unknown), or
 * of the same tier and place and of greater legal force.
 */
export function isAbove(upper: Placed, lower: Placed): boolean {
  if (!upper.tier || !lower.tier) return false;
  const [u, l] = [TIERS.indexOf(upper.tier), TIERS.indexOf(lower.tier)];
  if (u === l) return outranks(upper, lower);
  if (u > l) return false;
  if (upper.tier === 'national' || !upper.jurisdiction) return true;
  let chain = chains.get(lower);
  if (chain === undefined) chains.set(lower, (chain = placeChain(lower) ?? null));
  return chain === null || chain.includes(upper.jurisdiction);
}

/**
 * Peers: the same tier (both unknown counts as the same), neither above the other, and not two versions of one work.
 * Other cities' measures are peers; a law and its implementing regulation are not, nor 上海市科学技术进步条例 of 2010
 * and of 2024 (the earlier text is where the later comes from in time: versionDiff tells that). `reuse` lists every
 * peer (two texts of one county sharing their rules are worth seeing); `sources` (PEER) only those of other places
 * (inAnotherPlace).
 */
export function isPeer(a: Placed, b: Placed): boolean {
  if (sameWork(a, b)) return false;
  return a.tier === b.tier && !isAbove(a, b) && !isAbove(b, a);
}

/**
 * Whether two texts are of different places, as issue 15 has PEER sources (same tier, other places). 上海's
 * 促进中小企业发展条例 and 促进科技成果转化条例 share 用地 and 政府采购 clauses, and each took PEER's first place from the
 * other provinces' counterparts (bench/measure-peer-sources.ts). National texts stay peers of each other (the nation
 * has no other place for them), and a text of unknown place counts as of another place.
 */
export function inAnotherPlace(a: Placed, b: Placed): boolean {
  return a.tier === 'national' || !a.jurisdiction || a.jurisdiction !== b.jurisdiction;
}

/**
 * Two versions of one work: the same work id, or, when either has none, the same title in the same place. A text
 * with no date in it and no statute's head lines gets no work id (lawrefbook's 上海市实施《义务教育法》办法(2009-02-24).md
 * beside its dated 2024 text; 上海市殡葬管理条例.md beside 上海市殡葬管理条例(2024-08-22).md), and `reuse` listed it as the
 * other's copy (91.9 %).
 */
function sameWork(a: Placed, b: Placed): boolean {
  if (a.workId !== undefined && b.workId !== undefined) return a.workId === b.workId;
  if (!a.jurisdiction || a.jurisdiction !== b.jurisdiction || !a.title || !b.title) return false;
  return a.title.replace(/\s+/g, '') === b.title.replace(/\s+/g, '');
}
