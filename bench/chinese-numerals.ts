/**
 * Chinese numerals for labels and dates: 12 → 十二, 21 → 二十一, 2021 as digits → 二〇二一.
 */
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–99 the way document numbering does: 十, 十二, 二十, 二十一. */
export function toChineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`ordinal out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (units === 0 ? '' : (DIGITS[units] as string));
}

/** Writes each digit as a Chinese numeral, as years are written: 2021 → 二〇二一. */
export function toChineseDigits(n: number): string {
  return String(n)
    .split('')
    .map((d) => DIGITS[Number(d)] as string)
    .join('');
}
