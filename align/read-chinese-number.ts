/**
 * Reads a number written in digits or Chinese numerals, as laws write amounts, shares and periods.
 * Example: readChineseNumber('一万') → 10000; readChineseNumber('百分之七十' without 百分之 → '七十') → 70;
 * readChineseNumber('2.5') → 2.5; readChineseNumber('十五') → 15.
 */
const DIGIT: Record<string, number> = {
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
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The value, or undefined when `text` is not a number. */
export function readChineseNumber(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s === '' || !/^[零〇一二两三四五六七八九十百千万亿点]+$/.test(s)) return undefined;
  const [whole, fraction] = s.split('点');
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of whole!) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in UNIT) {
      section += (digit || 1) * UNIT[ch]!;
      digit = 0;
    } else if (ch in BIG) {
      total += (section + digit) * BIG[ch]!;
      section = 0;
      digit = 0;
    }
  }
  let value = total + section + digit;
  if (fraction) value += Number(`0.${[...fraction].map((c) => DIGIT[c] ?? '').join('')}`);
  return value;
}
