/**
 * The title key: one string per document title that survives the ways texts cite each other. It separates the
 * jurisdiction from the rest of the title and drops the issuer. Examples:
 *   buildTitleKey('关于促进广西高新技术产业开发区高质量发展的若干措施')
 *     → { key: '广西壮族自治区|关于促进高新技术产业开发区高质量发展的若干措施', jurisdiction: '广西壮族自治区', … }
 *   buildTitleKey('《广西壮族自治区关于促进高新技术产业开发区高质量发展的若干措施》') → the same key
 *   buildTitleKey('国务院关于促进国家高新技术产业开发区高质量发展的若干意见')
 *     → { key: '中华人民共和国|关于促进国家高新技术产业开发区高质量发展的若干意见', … }
 */
import { readIssuingNotice } from '../parse/read-issuing-notice.ts';
import { NATION, PROVINCES, fullProvinceName } from './jurisdiction-names.ts';

/** A title key and its two halves: `key` = `jurisdiction|rest`; jurisdiction is '' when the title names none. */
export interface TitleKey {
  key: string;
  jurisdiction: string;
  rest: string;
  /** The issuer prefix that was dropped (国务院, 柳州市人民政府), if any. */
  droppedIssuer?: string;
}

const HAN = '\\u4e00-\\u9fa5';
const AFTER_ISSUER = '(?=关于|印发|转发)';
/** Title heads after which a title key drops the issuer before them (国务院关于…, 科技部印发…). */
export const ISSUER_DROPPED_BEFORE = /^(?:关于|印发|转发)/;
const NATIONAL_ISSUER = new RegExp(
  `^(国务院办公厅|国务院|全国人民代表大会常务委员会|全国人大常委会|全国人民代表大会|中共中央办公厅|中共中央|` +
    `[${HAN}]{1,8}?部|国家[${HAN}]{1,10}?(?:委员会|委|总局|局|署))`,
);
const UNQUALIFIED_LOCAL_ISSUER = new RegExp(`^(?:自治区|省|市|县|区)[${HAN}]{0,14}?${AFTER_ISSUER}`);
const CITY_ISSUER = new RegExp(`^([${HAN}]{2,5}?(?:市|自治州|盟|地区|县|区))([${HAN}]{0,14}?)${AFTER_ISSUER}`);
const LOCAL_ISSUER = new RegExp(`^[${HAN}]{1,14}?${AFTER_ISSUER}`);
const PROVINCE_NAMES = PROVINCES.flatMap((p) => [p.full, p.short]).sort((a, b) => b.length - a.length);
const PROVINCE_AT_START = new RegExp(`^(${PROVINCE_NAMES.join('|')})`);
const PROVINCE_AFTER_GUANYU = new RegExp(`^(关于[${HAN}]{0,4}?)(${PROVINCE_NAMES.join('|')})`);

/**
 * Folds the forms a title takes in running text: width, spaces, quotes, brackets, dash variants. A title inside a
 * title may be bracketed <…>, ‹…›, ‹…> as well as 〈…〉 (关于印发<湖北省提升行政执法质量实施方案>的通知).
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[‹<]([^‹›<>]+)[›>]/g, '$1')
    .replace(/[\s\u00a0\u3000]/g, '')
    .replace(/[《》〈〉“”‘’"'「」『』]/g, '')
    .replace(/[—–‐‑‒―－~～]+/g, '-');
}

/** Drops national issuers (国务院, 科技部 …) standing before 关于/印发; returns what is left and what was dropped. */
function dropNationalIssuers(title: string): { rest: string; dropped: string } {
  let rest = title;
  let dropped = '';
  for (;;) {
    const match = NATIONAL_ISSUER.exec(rest);
    if (!match) break;
    const after = rest.slice(match[0].length);
    const more = NATIONAL_ISSUER.exec(after);
    if (!ISSUER_DROPPED_BEFORE.test(after) && !(more && ISSUER_DROPPED_BEFORE.test(after.slice(more[0].length)))) break;
    dropped += match[0];
    rest = after;
  }
  return { rest, dropped };
}

/**
 * Builds the title key of a document title as written in any of its cited forms. A notice that issues a document
 * (X关于印发Y的通知, X印发Y的通知 and the other forms readIssuingNotice reads) is keyed as Y, taking X's jurisdiction
 * when Y names none. A notice that transmits another (转发) keeps its own key.
 */
export function buildTitleKey(title: string): TitleKey {
  const text = normalizeTitle(title);
  const wrapped = readIssuingNotice(text);
  if (wrapped?.verb !== '印发') return splitTitle(text);
  const inner = splitTitle(wrapped.inner);
  if (inner.jurisdiction || !wrapped.issuer) return inner;
  const outer = splitTitle(`${wrapped.issuer}关于`).jurisdiction;
  return { ...inner, key: `${outer}|${inner.rest}`, jurisdiction: outer };
}

/** Splits a normalised, unwrapped title into jurisdiction and rest. */
function splitTitle(title: string): TitleKey {
  let text = title;
  let jurisdiction = '';
  let droppedIssuer: string | undefined;
  const national = dropNationalIssuers(text);
  if (national.dropped) {
    jurisdiction = NATION;
    droppedIssuer = national.dropped;
    text = national.rest;
  } else if (text.startsWith(NATION)) {
    jurisdiction = NATION;
    text = text.slice(NATION.length);
  } else {
    // A local party committee is named by its place after 中共 (中共岳阳市委办公室, 中共湖南省委): that place is the key's.
    const local = /^中共(?!中央)/.test(text) ? text.slice(2) : text;
    const province = PROVINCE_AT_START.exec(local);
    const unqualified = UNQUALIFIED_LOCAL_ISSUER.exec(text);
    const city = CITY_ISSUER.exec(local);
    if (province?.[1]) {
      jurisdiction = fullProvinceName(province[1]) ?? province[1];
      text = local.slice(province[1].length);
      const issuer = ISSUER_DROPPED_BEFORE.test(text) ? null : LOCAL_ISSUER.exec(text);
      if (issuer) {
        droppedIssuer = issuer[0];
        text = text.slice(issuer[0].length);
      }
    } else if (unqualified) {
      droppedIssuer = unqualified[0];
      text = text.slice(unqualified[0].length);
    } else if (city?.[1] && !city[1].endsWith('自治区')) {
      jurisdiction = city[1];
      if (city[2]) droppedIssuer = city[2];
      text = local.slice(city[0].length);
    }
  }
  if (!jurisdiction) {
    const inner = PROVINCE_AFTER_GUANYU.exec(text);
    if (inner?.[1] !== undefined && inner[2]) {
      jurisdiction = fullProvinceName(inner[2]) ?? inner[2];
      text = inner[1] + text.slice(inner[0].length);
    }
  }
  const rest = text || title;
  const key: TitleKey = { key: `${jurisdiction}|${rest}`, jurisdiction, rest };
  if (droppedIssuer) key.droppedIssuer = droppedIssuer;
  return key;
}
