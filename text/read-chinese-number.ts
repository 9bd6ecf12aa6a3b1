/**
 * Reads a number written in Arabic digits or Chinese numerals, as policy texts write article numbers, years, amounts,
 * shares and periods. Numerals without a unit are read digit by digit, as years are written.
 * Examples: '十二' → 12, '一百零五' → 105, '二〇二一' → 2021, '一万' → 10000, '一点五' → 1.5, '2.5' → 2.5, '两' → 2;
 * '第一' → undefined.
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
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters of a Chinese integer numeral up to 万 (for building patterns of article and item numbers). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** The value, or undefined when `text` is not a number. */
export function readChineseNumber(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s === '' || !/^[零〇一二两三四五六七八九十百千万亿点]+$/.test(s)) return undefined;
  const [whole = '', fraction, extra] = s.split('点');
  if (
    extra !== undefined ||
    whole === '' ||
    (fraction !== undefined && !/^[零〇一二两三四五六七八九]+$/.test(fraction))
  )
    return undefined;
  const value = [...whole].some((ch) => ch in SMALL_UNITS || ch in LARGE_UNITS)
    ? readWithUnits(whole)
    : Number([...whole].map((ch) => DIGITS[ch]).join(''));
  return fraction === undefined ? value : value + Number(`0.${[...fraction].map((ch) => DIGITS[ch]).join('')}`);
}

/** '一亿二千万零五' → 120000005: digits times 十/百/千 add up in a section that 万 or 亿 then multiplies. */
function readWithUnits(numeral: string): number {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of numeral) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = undefined;
    } else {
      // 亿 multiplies all that precedes it (一万亿); 万 only the section since the last 亿 (一亿二千万).
      const block = section + (digit ?? 0);
      total = ch === '亿' ? (total + block) * LARGE_UNITS[ch]! : total + block * LARGE_UNITS[ch]!;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}
