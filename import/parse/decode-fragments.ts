/**
 * One line mixing UTF-8 text and GBK fragments → text. Example: bytes of '（二）完善' (UTF-8) + b7fe cef1 (GBK 服务)
 * + '。' (UTF-8) → '（二）完善服务。'. Three-byte UTF-8 sequences (where CJK lives) are read as UTF-8; other non-ASCII
 * bytes as GB18030 pairs (or four-byte sequences), since GBK pairs often look like two-byte UTF-8.
 */

import { gb18030, tryDecode, utf8 } from './try-decode.ts';

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * A line with UTF-8 text and GBK fragments: three-byte UTF-8 sequences (where CJK lives) are read as UTF-8, other
 * non-ASCII bytes as GB18030 pairs (or four-byte sequences). Undefined when a fragment is not GB18030 either.
 */
export function decodeFragments(line: Uint8Array): string | undefined {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const b = line[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
    } else if (b >= 0xe0 && b <= 0xef && isContinuation(line[i + 1]) && isContinuation(line[i + 2])) {
      const piece = tryDecode(utf8, line.subarray(i, i + 3));
      if (piece === undefined) return undefined;
      out += piece;
      i += 3;
    } else {
      const four = line[i + 1] !== undefined && line[i + 1]! >= 0x30 && line[i + 1]! <= 0x39;
      const width = four ? 4 : 2;
      const piece = tryDecode(gb18030, line.subarray(i, i + width));
      if (piece === undefined) return undefined;
      out += piece;
      i += width;
    }
  }
  return out;
}
