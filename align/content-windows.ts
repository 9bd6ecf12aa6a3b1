/**
 * The content characters of a text and rolling hashes over them, shared by peer reuse (find-reuse.ts) and the
 * documents a text follows closely (find-followed-uppers.ts), and the scan for wording a peer pair takes from above
 * (find-upper-wording.ts). Example: contentChars('第一条　為了，') →
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
 * A hash of each window of `length` characters of `chars` (polynomial, rolling, 32 bits), in order, with the window's
 * start; stops early when `each` returns true, and then returns true. Equal windows hash alike; equal hashes need not
 * be equal windows.
 */
export function windowHashes(chars: string, length: number, each: (hash: number, start: number) => unknown): boolean {
  if (chars.length < length || length < 1) return false;
  let top = 1;
  for (let k = 1; k < length; k++) top = Math.imul(top, BASE);
  let hash = 0;
  for (let k = 0; k < length; k++) hash = (Math.imul(hash, BASE) + chars.charCodeAt(k)) | 0;
  if (each(hash, 0) === true) return true;
  for (let i = length; i < chars.length; i++) {
    hash = (Math.imul(hash - Math.imul(chars.charCodeAt(i - length), top), BASE) + chars.charCodeAt(i)) | 0;
    if (each(hash, i - length + 1) === true) return true;
  }
  return false;
}

const FILTER_BITS = 22;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * The windows of `chars` whose hash may be among `hashes`, for each of which `each` is called (hash, start): a bit
 * per hash value modulo 2^22 (512 KiB) is tested in the rolling loop itself. Scanning every document of a graph for a
 * few thousand windows meets millions of others, and a call per window cost more than the hashing (a profile of
 * `reuse` on lawrefbook).
 */
export function windowsAmong(
  hashes: Iterable<number>,
): (chars: string, length: number, each: (hash: number, start: number) => void) => void {
  const bits = new Uint32Array(1 << (FILTER_BITS - 5));
  for (const h of hashes) bits[(h & FILTER_MASK) >>> 5]! |= 1 << (h & 31);
  return (chars, length, each) => {
    if (chars.length < length || length < 1) return;
    let top = 1;
    for (let k = 1; k < length; k++) top = Math.imul(top, BASE);
    let hash = 0;
    for (let k = 0; k < length; k++) hash = (Math.imul(hash, BASE) + chars.charCodeAt(k)) | 0;
    for (let i = length; ; i++) {
      if ((bits[(hash & FILTER_MASK) >>> 5]! & (1 << (hash & 31))) !== 0) each(hash, i - length);
      if (i === chars.length) return;
      hash = (Math.imul(hash - Math.imul(chars.charCodeAt(i - length), top), BASE) + chars.charCodeAt(i)) | 0;
    }
  };
}
