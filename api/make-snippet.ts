/**
 * A short excerpt of a text around the first term of a phrase. Example:
 * `makeSnippet('甲乙丙丁戊己庚辛', '戊', 2)` → `…丙丁戊己庚…`; no match → the opening of the text.
 */

/** Returns about `2 × radius` characters around the first hit, with … where text was cut; null for no text. */
export function makeSnippet(text: string | null | undefined, phrase: string, radius = 40): string | null {
  if (!text) return null;
  const chars = [...text];
  const terms = phrase
    .normalize('NFKC')
    .split(/[\s\u3000]+/)
    .filter((t) => t !== '');
  let at = -1;
  for (const term of terms) {
    const index = text.indexOf(term);
    if (index >= 0) {
      at = [...text.slice(0, index)].length;
      break;
    }
  }
  if (at < 0) return chars.length > radius * 2 ? `${chars.slice(0, radius * 2).join('')}…` : text;
  const start = Math.max(0, at - radius);
  const end = Math.min(chars.length, at + radius + 1);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}
