/**
 * 效力级别 from what the text says of itself: its title, its issuer(s), its number form and the head lines of a
 * statute. Examples:
 *   title 中华人民共和国宪法 / …宪法修正案 → constitution
 *   issuer 全国人民代表大会常务委员会 (a law, or a 决定 of the NPCSC, which has the force of law) → law
 *   国务院令第306号 (国令第306号), or 国务院 adopting/promulgating/approving a 条例 → administrative_regulation
 *   公安部令第164号, a ministry promulgating a 规定/办法 → departmental_rule
 *   最高人民法院 / 最高人民检察院 (issuer or title head) → judicial_interpretation
 *   浙江省人民代表大会常务委员会, 洛阳市人民代表大会常务委员会 → local_regulation
 *   上海市人民政府令第12号, 粤府令第197号 → local_government_rule; 国发〔2020〕7号, 柳政规〔2021〕18号 → normative_document;
 *   a 批复, 函 or 通报 with a number → work_document; nothing that tells → undefined.
 */
import type { AuthorityLevel } from '../../model/index.ts';

/** What the reader looks at. `bodies` are the acting bodies of the head events (meetings, decrees, organs). */
export interface AuthorityClues {
  title: string;
  issuers: string[];
  docNumber?: string;
  /** A decree number of the head (国务院令第306号, 公安部令第164号), when the statute has one. */
  decreeNumber?: string;
  /** The acting bodies of the head events (adoption, revision, amendment, approval, promulgation). */
  bodies: string[];
  /** Organs that approved it: a 规定 approved by 国务院 and issued by a ministry is an administrative regulation. */
  approvers?: string[];
  /** The text's place is a province, city or county (read from its title, head or number), not the nation. */
  local?: boolean;
  /** The text speaks as an autonomous place (自治州, 自治县, 我州, 本州, 自治条例): see `AUTONOMOUS_PLACE`. */
  autonomous?: boolean;
}

/**
 * The words an autonomous place's text speaks by: a 补充规定 with none is a government's, a department's or a court's
 * (关于进一步规范政府采购管理的补充规定), not a congress's adapting a law.
 */
export const AUTONOMOUS_PLACE = /自治州|自治县|我州|本州|自治条例/;

const LOCAL_PLACE = /(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区)$/;
const CONGRESS = /人民代表大会/;
const NATIONAL_CONGRESS = /全国人民代表大会/;
const COURTS = /最高人民(?:法院|检察院)/;
const STATE_COUNCIL = /^(?:中华人民共和国)?(?:国务院|政务院)(?:令|批准|发布|公布|$)|^(?:中华人民共和国)?国务院、/;
// A title that opens with a place: 上海市…, 洛阳市…, 长阳土家族自治县….
const PLACE_TITLE =
  /^(?!中华人民共和国|全国|国家)[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|自治州|盟|县|自治县|旗|经济特区)|^(?:中国[(（])?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)/;
// Only 行政法规 and 地方性法规 may be named 条例 (规章制定程序条例 art. 7: rules are 规定 or 办法, never 条例).
const REGULATION_TITLE = /条例(?:[(（][^()（）]*[)）])?$/;
// An autonomous place's 变通规定 or 补充规定 adapts a national law to it (立法法 art. 75, 婚姻法 art. 50): its congress
// enacts it, a local regulation, when no national organ or number says otherwise. Only such a place makes a 变通规定;
// governments, departments and courts make 补充规定 too, so one is a congress's only when the text speaks as such a place.
const ADAPTING_TITLE = /变通规定(?:[(（][^()（）]*[)）])?$/;
const SUPPLEMENT_TITLE = /补充规定(?:[(（][^()（）]*[)）])?$/;
const MINISTRY = /(?:部|委员会|总局|局|署|银行|办公厅|办公室)(?:令)?$/;
/**
 * A decree's number: 国令第707号, 上海市人民政府令第12号, and one a government numbers by year (政府令〔2010〕第15号,
 * normalised 政府令〔2010〕15号): a 令 before the year's brackets is a decree whatever the serial is written with.
 */
export const DECREE_NUMBER = /令(?:第\s*\d+|〔\d{4}〕\s*第?\s*\d+)\s*号$/;
/**
 * A government decree's author in its short form: a place's code and 府, 政府 or 政 (粤府, 沪府, 津政); a ministry's
 * never reads so (民政部, 财政部).
 */
export const SHORT_DECREE_AUTHOR = /^[\u4e00-\u9fff]{1,2}(?:府|政府|政)$/;

/** Reads the authority level; undefined when nothing in the text tells it. */
export function readAuthorityLevel(clues: AuthorityClues): AuthorityLevel | undefined {
  const title = clues.title.replace(/\s+/g, '');
  const all = [...clues.issuers, ...clues.bodies];
  const titleHead = /^([^《》]{2,40}?)关于/.exec(title)?.[1] ?? '';
  if (/^(?:中华人民共和国)?宪法(?:修正案.*)?$/.test(title.replace(/[(（][^()（）]*[)）]$/, ''))) return 'constitution';
  if (COURTS.test(titleHead) || all.some((b) => COURTS.test(b)) || /^法释/.test(clues.docNumber ?? ''))
    return 'judicial_interpretation';
  // A congress's own rules (…人民代表大会常务委员会议事规则) name it in the title, outside any 《》.
  const ownTitle = title.replace(/《[^《》]*》/g, '');
  if (
    all.some((b) => NATIONAL_CONGRESS.test(b)) ||
    NATIONAL_CONGRESS.test(titleHead) ||
    /^全国人民代表大会/.test(ownTitle)
  )
    return 'law';
  if (
    all.some((b) => CONGRESS.test(b)) ||
    CONGRESS.test(titleHead) ||
    (PLACE_TITLE.test(ownTitle) && CONGRESS.test(ownTitle))
  )
    return 'local_regulation';
  if (clues.approvers?.some((b) => STATE_COUNCIL.test(b))) return 'administrative_regulation';
  if (clues.bodies.some((b) => STATE_COUNCIL.test(b)) || (clues.issuers.includes('国务院') && !clues.docNumber))
    return 'administrative_regulation';
  if (clues.issuers.some((i) => /人民政府$/.test(i) && i !== '国务院') && !clues.docNumber)
    return 'local_government_rule';
  const decree = clues.decreeNumber ?? (DECREE_NUMBER.test(clues.docNumber ?? '') ? clues.docNumber : undefined);
  if (decree) {
    // 国令第707号 is the short form of 中华人民共和国国务院令第707号.
    if (/^(?:(?:中华人民共和国)?国务院|国令)/.test(decree)) return 'administrative_regulation';
    // A government's decree: 上海市人民政府令, or its short form, a place's code and 府, 政府 or 政 (粤府令, 沪府令,
    // 津政令); a ministry's never reads so (民政部令, 财政部令).
    if (/人民政府令/.test(decree) || SHORT_DECREE_AUTHOR.test(decree.split('令')[0] ?? ''))
      return 'local_government_rule';
    return 'departmental_rule';
  }
  // Only the NPC and its Standing Committee make a 法 of the People's Republic, and none is a 办法 (…检定管理办法).
  if (
    /^中华人民共和国[^《》]*(?<!办)法(?:[(（][^()（）]*[)）])?$/.test(title) &&
    clues.issuers.length === 0 &&
    !clues.docNumber
  )
    return 'law';
  if (clues.issuers.some((i) => MINISTRY.test(i) && !LOCAL_PLACE.test(i.replace(MINISTRY, '')) && !/人民政府/.test(i)))
    return 'departmental_rule';
  if (
    (ADAPTING_TITLE.test(title) || (SUPPLEMENT_TITLE.test(title) && clues.autonomous)) &&
    !titleHead &&
    clues.issuers.length === 0 &&
    !clues.docNumber
  )
    return 'local_regulation';
  if (REGULATION_TITLE.test(title) && clues.issuers.length === 0 && !clues.docNumber)
    return PLACE_TITLE.test(title) || clues.local ? 'local_regulation' : 'administrative_regulation';
  if (clues.bodies.some((b) => MINISTRY.test(b) && !LOCAL_PLACE.test(b.replace(MINISTRY, ''))))
    return 'departmental_rule';
  if (clues.docNumber) {
    if (/(?:批复|复函|函|通报)$/.test(title)) return 'work_document';
    return 'normative_document';
  }
  return undefined;
}
