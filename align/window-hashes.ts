/**
 * A hash of each window of `length` characters of a text (polynomial, rolling, 32 bits), in order, with the window's
 * start: how `reuse` finds shared passages without building every shingle. Equal windows hash alike; equal hashes
 * need not be equal windows. Example: windowHashes('甲乙丙', 2, (h, i) => …) calls back for 甲乙 (0) and 乙丙 (1).
 */
const BASE = 0x9e3779b1;

/** Calls `each` for every window; stops early, returning true, when `each` returns true. */
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
