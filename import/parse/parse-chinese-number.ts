/**
 * Chinese numerals → numbers. Examples: '十二' → 12, '二十一' → 21, '一百零五' → 105, '二〇二一' → 2021 (digit by
 * digit), '18' → 18, '两' → 2. Returns undefined for anything else.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Characters that may appear in a Chinese numeral (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** Parses a Chinese or Arabic numeral; undefined when the text is not one. */
export function parseChineseNumber(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '' || ![...s].every((ch) => ch in DIGITS || ch in UNITS)) return undefined;
  // Without units it is read digit by digit: 二〇二一 → 2021.
  if (![...s].some((ch) => ch in UNITS)) return Number([...s].map((ch) => DIGITS[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = UNITS[ch] ?? 1;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      section += (digit ?? 1) * unit;
    }
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}
