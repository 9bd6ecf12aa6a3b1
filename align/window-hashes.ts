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
