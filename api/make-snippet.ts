/**
 * A short excerpt of a text around the first term of a phrase. Example:
 * `makeSnippet('甲乙丙丁戊己庚辛', '戊', 2)` → `…丙丁戊己庚…`; no match → the opening of the text.
 */

// Only the window around the hit is split into characters (code points), never the whole text: search answers 20
// hits, and spreading each article's full text into an array was the main allocation of a search request.

/** The first `count` characters of text from the UTF-16 index `from`, and whether more follow. */
function leading(text: string, from: number, count: number): { chars: string; more: boolean } {
  const window = [...text.slice(from, from + 2 * count + 2)];
  return { chars: window.slice(0, count).join(''), more: window.length > count };
}

/** The last `count` characters of text before the UTF-16 index `to`, and whether more precede. */
function trailing(text: string, to: number, count: number): { chars: string; more: boolean } {
  const window = [...text.slice(Math.max(0, to - 2 * count - 2), to)];
  return { chars: window.slice(Math.max(0, window.length - count)).join(''), more: window.length > count };
}

/** Returns about `2 × radius` characters around the first hit, with … where text was cut; null for no text. */
export function makeSnippet(text: string | null | undefined, phrase: string, radius = 40): string | null {
  if (!text) return null;
  const terms = phrase
    .normalize('NFKC')
    .split(/[\s\u3000]+/)
    .filter((t) => t !== '');
  let at = -1;
  for (const term of terms) {
    at = text.indexOf(term);
    if (at >= 0) break;
  }
  if (at < 0) {
    const opening = leading(text, 0, radius * 2);
    return opening.more ? `${opening.chars}…` : text;
  }
  const before = trailing(text, at, radius);
  const after = leading(text, at, radius + 1);
  return `${before.more ? '…' : ''}${before.chars}${after.chars}${after.more ? '…' : ''}`;
}
