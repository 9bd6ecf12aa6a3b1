/**
 * The content characters of a text and rolling hashes over them, shared by peer reuse (find-reuse.ts) and the
 * documents a text follows closely (find-followed-uppers.ts). Example: contentChars('第一条　為了，') →
 * { chars: '第一条为了', offsets: [0, 1, 2, 4, 5] }; windowHashes('为了促进', 2, (h) => void list.push(h)) pushes 3 hashes.
 */
import { foldText, isContentChar } from './fold-text.ts';

/** The folded content characters of `text` (punctuation and spaces dropped) and where each stands in `text`. */
export function contentChars(text: string): { chars: string; offsets: number[] } {
  const folded = foldText(text);
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < folded.length; i++)
    if (isContentChar(folded[i]!)) {
      chars.push(folded[i]!);
      offsets.push(i);
    }
  return { chars: chars.join(''), offsets };
}

const BASE = 0x9e3779b1;

/**
 * A hash of each window of `length` characters of `chars` (polynomial, rolling, 32 bits), in order; stops early when
 * `each` returns true, and then returns true.
 */
export function windowHashes(chars: string, length: number, each: (hash: number) => boolean | undefined): boolean {
  if (chars.length < length) return false;
  let top = 1;
  for (let k = 1; k < length; k++) top = Math.imul(top, BASE);
  let hash = 0;
  for (let k = 0; k < length; k++) hash = (Math.imul(hash, BASE) + chars.charCodeAt(k)) | 0;
  if (each(hash)) return true;
  for (let i = length; i < chars.length; i++) {
    hash = (Math.imul(hash - Math.imul(chars.charCodeAt(i - length), top), BASE) + chars.charCodeAt(i)) | 0;
    if (each(hash)) return true;
  }
  return false;
}
