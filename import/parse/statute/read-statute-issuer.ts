/**
 * Who made a statute, from the bodies of its head events and its title. Examples:
 *   adoption by '浙江省第十届人民代表大会常务委员会第七次会议' → issuer 浙江省人民代表大会常务委员会 (浙江省)
 *   adoption by '洛阳市第十五届…常务委员会第十四次会议', approval by '河南省第十三届…第十二次会议'
 *     → issuer 洛阳市人民代表大会常务委员会, approver 河南省人民代表大会常务委员会
 *   approval alone by '贵州省第七届…常务委员会第十次会议' → no issuer, approver 贵州省人民代表大会常务委员会
 *   promulgation by '中华人民共和国国务院' (国务院令第306号) → 国务院; by '粤府' (粤府令第197号) → 广东省人民政府; '最高人民法院审判委员会第1823次会议' → 最高人民法院
 *   title '最高人民法院、最高人民检察院关于…的规定' → 最高人民法院 (and 最高人民检察院 as a second issuer)
 */
import type { TimelineEvent } from '../../../model/index.ts';
import { getDefaultGazetteer, type Gazetteer, type JurisdictionEntry } from '../../gazetteer/index.ts';
import { placeAt, placeBySuffix } from '../find-place.ts';
import { readNumberCode } from '../read-number-place.ts';
import { SHORT_DECREE_AUTHOR } from '../read-authority-level.ts';

/** An organ named in a statute's head, with the place it belongs to. */
export interface StatuteBody {
  name: string;
  asWritten: string;
  /** 中华人民共和国 for national organs, else the place named before the organ (浙江省, 洛阳市, 长阳土家族自治县). */
  jurisdiction: string;
}

/** The issuer, co-issuers and approver of a statute. */
export interface StatuteMakers {
  issuers: StatuteBody[];
  approver?: StatuteBody;
}

const NATION = '中华人民共和国';
// 第十一届, and 十一届 as a provincial gazette writes it (省十一届人大常委会第三次会议); a copy may write its figures in
// the formal numerals (第十壹届).
const NUMERALS = '一二三四五六七八九十百零〇壹贰叁肆伍陆柒捌玖拾佰\\d';
const ORDINAL = `第?[${NUMERALS}]+`;
const SESSION = new RegExp(`第[${NUMERALS}]+届`);
const BARE_LEVEL = /^(?:自治区|自治州|自治县|省|市|州|县|旗|区|盟)/;
const BARE_PLACE = /^(?:自治区|自治州|自治县|省|市|州|县|旗|区|盟)$/;

/**
 * A place written bare (省, 自治区) as the statute's own place: 省 in a 甘肃省 statute is 甘肃省; else the place as
 * the map names it, down to the last place written (云南省西双版纳傣族自治州 → 西双版纳傣族自治州).
 */
function placeName(written: string, g: Gazetteer, home?: JurisdictionEntry): string {
  if (BARE_PLACE.test(written)) return home?.name.endsWith(written) ? home.name : written;
  const mapped = placeAt(written, 0, g);
  if (mapped && mapped.end === written.length && mapped.candidates.length === 1) return mapped.candidates[0]!.name;
  // An autonomous place's short name (凉山州, 阿坝州, 松桃县): its name's head and its level, the peoples left out, as
  // heads write it; the statute's own place when its title names that place in full (凉山彝族自治州).
  const short = /^([\u4e00-\u9fff]{2,6}?)(州|县|旗)$/.exec(written);
  if (short && home?.name.startsWith(short[1]!) && home.name.endsWith(`自治${short[2]}`)) return home.name;
  return written;
}

/** A national organ by the name the gazetteer gives it (中央军委 → 中央军事委员会), as every other reader names it. */
function nationalName(organ: string, g: Gazetteer): string {
  if (g.agencyByName.has(organ)) return organ;
  return g.agencyAliases.get(organ)?.find((a) => a.jurisdiction === NATION)?.name ?? organ;
}

/**
 * The organ behind a body as written (a meeting, a decree's author, an organ), or undefined when none is named.
 * `home`, the place the statute's title opens with, names a bare 省 or 自治区 (自治区人民政府第十五次常务会议).
 */
export function organOf(
  written: string,
  g: Gazetteer = getDefaultGazetteer(),
  home?: JurisdictionEntry,
): StatuteBody[] {
  const text = written
    .replace(/\s+/g, '')
    .replace(/人大常委会/g, '人民代表大会常务委员会')
    .replace(/人大(?!学)/g, '人民代表大会')
    .replace(/人民代表会/g, '人民代表大会');
  const congress = new RegExp(
    `^(?:中华人民共和国)?([\\u4e00-\\u9fff]{0,24}?)(?:${ORDINAL}届)?(全国)?人民代表大会(常务委员会)?`,
  ).exec(text.replace(new RegExp(`${ORDINAL}届`), ''));
  if (congress && /人民代表大会/.test(text)) {
    const national = congress[2] === '全国' || congress[1] === '';
    const place = national ? NATION : placeName(congress[1]!, g, home);
    const name = `${national ? '全国' : place}人民代表大会${congress[3] ?? ''}`;
    return [{ name, asWritten: written, jurisdiction: place }];
  }
  const found: StatuteBody[] = [];
  for (const part of text.split(/[、,，]/)) {
    const level = BARE_LEVEL.exec(part)?.[0];
    const qualified =
      level && home?.name.endsWith(level) && !placeAt(part, 0, g) ? home.name + part.slice(level.length) : part;
    const organ = qualified
      .replace(/^中华人民共和国/, '')
      .replace(SESSION, '')
      .replace(
        /(?:\d{4}年)?(?:审判委员会|检察委员会)?(?:第[\d一二三四五六七八九十百零〇]+次)?(?:常务|全体|部务|室务|局务|署务|委务|主任)?会议$/,
        '',
      )
      .replace(/第\d+号$/, '')
      .replace(/(?:公告|令)$/, '');
    if (organ === '') continue;
    // A decree's short form names its government by the place's number code (粤府令 → 粤府 → 广东省人民政府); a
    // province's short code and 府 that is a city's form (苏府) names none.
    const coded = SHORT_DECREE_AUTHOR.test(organ) ? readNumberCode(organ, g).place : undefined;
    if (coded) {
      found.push({ name: `${coded.name}人民政府`, asWritten: part, jurisdiction: coded.name });
      continue;
    }
    if (/^(?:国务院|政务院|中央军事委员会|中央军委|最高人民法院|最高人民检察院)$/.test(organ))
      found.push({ name: nationalName(organ, g), asWritten: part, jurisdiction: NATION });
    else if (/^(?:国务院)?[\u4e00-\u9fff]{2,20}(?:部|委员会|总局|局|署|银行|办公厅|办公室|院|人民政府)$/.test(organ)) {
      // The place heading the organ, read as places' reader reads every place (the map, else the name's suffix).
      const place = /^国家/.test(organ) ? undefined : (placeAt(organ, 0, g)?.candidates ?? [placeBySuffix(organ)])[0];
      const jurisdiction = place?.name ?? NATION;
      found.push({ name: jurisdiction === NATION ? nationalName(organ, g) : organ, asWritten: part, jurisdiction });
    }
  }
  return found;
}

const MAKING: TimelineEvent['kind'][] = ['adoption', 'revision', 'promulgation', 'amendment'];

/** Reads the issuer(s) and approver from the head events, else from the title's head (…关于); `home` as organOf's. */
export function readStatuteMakers(
  events: TimelineEvent[],
  title: string,
  home?: JurisdictionEntry,
  g: Gazetteer = getDefaultGazetteer(),
): StatuteMakers {
  const organs = (written: string) => organOf(written, g, home);
  const makers: StatuteMakers = { issuers: [] };
  const approval = events.find((e) => e.kind === 'approval' && e.bodies?.[0]);
  for (const kind of MAKING) {
    const event = events.find((e) => e.kind === kind && e.bodies?.[0] && organs(e.bodies[0]).length > 0);
    if (!event) continue;
    const found = organs(event.bodies![0]!);
    // 国务院批准, 劳动人事部发布: the ministry issues what the State Council approved.
    makers.issuers = found;
    break;
  }
  const titleHead = /^([\u4e00-\u9fff、]{2,40}?)关于/.exec(title)?.[1];
  const fromTitle = titleHead ? organs(titleHead) : [];
  if (makers.issuers.length === 0) makers.issuers = fromTitle;
  else if (fromTitle.length > 1 && fromTitle.some((o) => o.name === makers.issuers[0]!.name))
    makers.issuers = fromTitle;
  if (approval) {
    const approver = organs(approval.bodies![0]!)[0];
    // A local congress's standing committee approves what a lower place's congress made (立法法 81, 85: a city's,
    // an autonomous prefecture's or county's regulation): it is never the maker, even when no line names the maker.
    // The State Council approving (国务院批准) is another matter: what it approves is its own 行政法规.
    const localApproval =
      approver !== undefined && approver.jurisdiction !== NATION && /人民代表大会/.test(approver.name);
    if (approver && makers.issuers.length === 0 && !localApproval) makers.issuers = [approver];
    else if (approver && approver.name !== makers.issuers[0]?.name) makers.approver = approver;
  }
  return makers;
}
