/**
 * Document numbers (发文字号) in all their variants → one identity form. Examples:
 *   '国发〔2020〕7号' → { normalized: '国发〔2020〕7号' }; '桂政办发【2021】 81 號' → '桂政办发〔2021〕81号';
 *   '甘区政办发201756号' (brackets stripped) → '甘区政办发〔2017〕56号'; '国办发„2009‟3号' → '国办发〔2009〕3号';
 *   '国办发〔2018118号' (one bracket lost) → '国办发〔2018〕118号';
 *   '中华人民共和国国务院令 第707号' (a decree, numbered without a year) → '国令第707号'; '商务部令第5号' → '商务部令第5号';
 *   '商务部公告2023年第4号' (an announcement, numbered within its year) → '商务部公告2023年第4号'.
 * findDocNumbers reads a matching form (normalizeLine().match); normalizeDocNumber takes any raw text.
 */
import { normalizeLine } from './normalize-line.ts';

/** A document number found in a line: where, as written, and normalised. */
export interface DocNumberMatch {
  index: number;
  original: string;
  normalized: string;
  code: string;
  /** 0 for a decree (令), numbered without a year. */
  year: number;
  serial: number;
}

// „‟ (U+201E, U+201F) stand for 〔〕 in copies that lost the font (国办发„2009‟3号).
const OPEN = '〔\\[(【〈［｛{„';
const CLOSE = '〕\\])】〉］｝}‟';
const BRACKETED = new RegExp(
  `([\\u4e00-\\u9fff]{1,14})\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,5})\\s*[号號]`,
  'g',
);
// One bracket of the two lost (国办发〔2018118号, 国办发2018〕118号): the year is the first four digits.
const HALF_BRACKETED = new RegExp(
  `([\\u4e00-\\u9fff]{1,14})\\s*(?:[${OPEN}]\\s*((?:19|20)\\d{2})|((?:19|20)\\d{2})\\s*[${CLOSE}])\\s*第?\\s*(\\d{1,5})\\s*[号號]`,
  'g',
);
// Brackets stripped: the authority code must end like one (发, 函, 规, 字, 令, 办) so 2021年 text is not taken.
const STRIPPED = /([\u4e00-\u9fff]{1,12}[发函规字令办])((?:19|20)\d{2})(\d{1,4})[号號]/g;
// A decree: 中华人民共和国国务院令 第707号, 商务部令2019年第1号 (the year, when written, is not part of the identity).
const DECREE = /((?:中华人民共和国)?[\u4e00-\u9fff]{1,16}?令)\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*(\d{1,5})\s*[号號]/g;
// An announcement numbered by its year (商务部公告2023年第4号, 国家税务总局公告2012年第54号): the year is part of the
// identity, as each year's announcements are numbered from 1.
const ANNOUNCEMENT = /([\u4e00-\u9fff]{1,16}?公告)\s*((?:19|20)\d{2})\s*年\s*第\s*(\d{1,5})\s*[号號]/g;
// Words that stand before a number in running text but are not part of the authority code.
const LEADING_WORDS = /^(?:.*?(?:根据|依据|按照|印发|转发|贯彻|落实|文件|通知|精神|以及|和|及|与|的|是|为|即|见))/;

function trimCode(code: string): string {
  const trimmed = code.replace(LEADING_WORDS, '');
  return trimmed.length > 0 ? trimmed : code;
}

/** Finds every document number in a line (matching form). */
export function findDocNumbers(line: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  if (!/[号號]/.test(line)) return found;
  for (const m of line.matchAll(DECREE)) {
    const written = m[1] ?? '';
    const state = /中华人民共和国/.exec(written);
    const trimmed = state ? written.slice(state.index) : trimCode(written);
    // A joint decree names each ministry's decree (中华人民共和国卫生部令 中华人民共和国交通部令 2004年第2号): one number,
    // its organs joined as a joint issue's are (卫生部、交通部令第2号).
    const organs = trimmed.split(/令(?=.)/).map((o) => o.replace(/^中华人民共和国/, '').replace(/令$/, ''));
    const code =
      organs.length > 1 && organs.every((o) => o.length >= 2)
        ? `${organs.join('、')}令`
        : trimmed.replace(/^中华人民共和国/, '').replace(/^国务院令$/, '国令');
    if (code.length < 2 || /^(?:命令|指令|法令|政令)$/.test(code)) continue;
    const start = (m.index ?? 0) + written.length - trimmed.length;
    const original = line.slice(start, (m.index ?? 0) + m[0].length);
    found.push({
      index: start,
      original,
      code,
      year: 0,
      serial: Number(m[2]),
      normalized: `${code}第${Number(m[2])}号`,
    });
  }
  if (!/(?:19|20)\d{2}/.test(line)) return found.sort((a, b) => a.index - b.index);
  for (const m of line.matchAll(ANNOUNCEMENT)) {
    const code = trimCode(m[1] ?? '');
    // An organ's, not the text's own words (本公告, 该公告).
    if (code.length < 3 || /^(?:本|此|该|上述)/.test(code)) continue;
    const start = (m.index ?? 0) + (m[1] ?? '').length - code.length;
    const [year, serial] = [Number(m[2]), Number(m[3])];
    const original = line.slice(start, (m.index ?? 0) + m[0].length);
    found.push({ index: start, original, code, year, serial, normalized: `${code}${year}年第${serial}号` });
  }
  for (const m of line.matchAll(BRACKETED)) {
    const code = trimCode(m[1] ?? '');
    const start = (m.index ?? 0) + (m[1] ?? '').length - code.length;
    const original = line.slice(start, (m.index ?? 0) + m[0].length);
    found.push(make(start, original, code, Number(m[2]), Number(m[3])));
  }
  for (const m of line.matchAll(HALF_BRACKETED)) {
    const index = m.index ?? 0;
    if (found.some((f) => index < f.index + f.original.length && f.index < index + m[0].length)) continue;
    const code = trimCode(m[1] ?? '');
    const start = index + (m[1] ?? '').length - code.length;
    const year = Number(m[2] ?? m[3]);
    found.push(make(start, line.slice(start, index + m[0].length), code, year, Number(m[4])));
  }
  for (const m of line.matchAll(STRIPPED)) {
    const index = m.index ?? 0;
    if (found.some((f) => index < f.index + f.original.length && f.index < index + m[0].length)) continue;
    const code = trimCode(m[1] ?? '');
    const start = index + (m[1] ?? '').length - code.length;
    found.push(make(start, line.slice(start, index + m[0].length), code, Number(m[2]), Number(m[3])));
  }
  return found.sort((a, b) => a.index - b.index);
}

function make(index: number, original: string, code: string, year: number, serial: number): DocNumberMatch {
  return { index, original, code, year, serial, normalized: `${code}〔${year}〕${serial}号` };
}

/**
 * True when `text` holds a number written whole: both brackets (of any kind) and 号, or a decree's 令第…号. False for
 * one read from a form that lost characters in copying (国办发〔2018118号, 甘区政办发201756号, 南兴府办函〔202058).
 */
export function isWrittenWhole(text: string): boolean {
  const match = normalizeLine(text).match.replace(/\s+/g, '');
  return WHOLE_FORMS.some((form) => form.test(match));
}

// The whole forms without their global flag, compiled once: a test that remembers no position.
const WHOLE_FORMS = [BRACKETED, DECREE, ANNOUNCEMENT].map((form) => new RegExp(form.source));

/** Normalises one document number (any variant) or returns undefined when the text holds none. */
export function normalizeDocNumber(text: string): string | undefined {
  return findDocNumbers(normalizeLine(text).match)[0]?.normalized;
}
