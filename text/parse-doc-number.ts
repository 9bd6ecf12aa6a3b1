/**
 * Document numbers (发文字号) in all their variants → one identity form. Examples:
 *   '国发〔2020〕7号' → { normalized: '国发〔2020〕7号' }; '桂政办发【2021】 81 號' → '桂政办发〔2021〕81号';
 *   '甘区政办发201756号' (brackets stripped) → '甘区政办发〔2017〕56号'.
 * findDocNumbers reads a matching form (normalizeLine().match); normalizeDocNumber takes any raw text.
 */
import { normalizeLine } from './normalize-line.ts';

/** A document number found in a line: where, as written, and normalised. */
export interface DocNumberMatch {
  index: number;
  original: string;
  normalized: string;
  code: string;
  year: number;
  serial: number;
}

const OPEN = '〔\\[(【〈［｛{';
const CLOSE = '〕\\])】〉］｝}';
const BRACKETED = new RegExp(
  `([\\u4e00-\\u9fff]{1,14})\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,5})\\s*[号號]`,
  'g',
);
// Brackets stripped: the authority code must end like one (发, 函, 规, 字, 令, 办) so 2021年 text is not taken.
const STRIPPED = /([\u4e00-\u9fff]{1,12}[发函规字令办])((?:19|20)\d{2})(\d{1,4})[号號]/g;
// Words that stand before a number in running text but are not part of the authority code.
const LEADING_WORDS = /^(?:.*?(?:根据|依据|按照|印发|转发|贯彻|落实|文件|通知|精神|以及|和|及|与|的|是|为|即|见))/;

function trimCode(code: string): string {
  const trimmed = code.replace(LEADING_WORDS, '');
  return trimmed.length > 0 ? trimmed : code;
}

/** Finds every document number in a line (matching form). */
export function findDocNumbers(line: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  if (!/(?:19|20)\d{2}/.test(line) || !/[号號]/.test(line)) return found;
  for (const m of line.matchAll(BRACKETED)) {
    const code = trimCode(m[1] ?? '');
    const start = (m.index ?? 0) + (m[1] ?? '').length - code.length;
    const original = line.slice(start, (m.index ?? 0) + m[0].length);
    found.push(make(start, original, code, Number(m[2]), Number(m[3])));
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

/** Normalises one document number (any variant) or returns undefined when the text holds none. */
export function normalizeDocNumber(text: string): string | undefined {
  return findDocNumbers(normalizeLine(text).match)[0]?.normalized;
}
