/**
 * Folds text for comparison without moving any character: traditional → simplified, full-width → half-width,
 * Latin to lower case. The output has exactly the length of the input, so offsets found in folded text are
 * offsets into the original. Example: foldText('關於（一）Ａ') → '关于(一)a'.
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });
const cache = new Map<string, string>();

/** Folds one UTF-16 code unit; returns it unchanged when the fold would not be one unit long. */
export function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out = ch;
  const code = ch.charCodeAt(0);
  if (code === 0x3000 || code === 0xa0) out = ' ';
  else if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
  else if (code >= 0x3400 && code <= 0x9fff) {
    const simplified = toSimplified(ch);
    if (simplified.length === 1) out = simplified;
  }
  out = out.toLowerCase();
  if (out.length !== 1) out = ch;
  cache.set(ch, out);
  return out;
}

/** Folds a whole string, one code unit at a time (same length as the input). */
export function foldText(text: string): string {
  // Joined once: a string grown by += is a rope of one node per character until something flattens it.
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldChar(text[i]!);
  return out.join('');
}

/** True for characters that carry content (CJK, Latin letters, digits); punctuation and spaces do not. */
export function isContentChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x3007
  );
}
