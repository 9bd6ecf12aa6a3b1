/**
 * Mojibake: UTF-8 text decoded as GBK turns 加快高新区发展 into 鍔犲揩楂樻柊鍖哄彂灞曪紝 — characters whose GBK codes
 * pair UTF-8 lead and continuation bytes, almost never used in real text. Also 锟斤拷 and Latin-1 debris (â€, Ã).
 * Example: looksLikeMojibake('鍔犲揩楂樻柊鍖哄彂灞曪紝') → true; looksLikeMojibake('加快高新区发展') → false.
 */

let suspects: Set<string> | undefined;

/** CJK characters that GBK gives to byte pairs made of UTF-8 lead (E4–E9) and continuation (80–BF) bytes. */
function suspectCharacters(): Set<string> {
  if (suspects) return suspects;
  const gbk = new TextDecoder('gbk');
  const leads = [...Array.from({ length: 0x3f }, (_, i) => 0x81 + i), 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9];
  const trails = [...Array.from({ length: 0x40 }, (_, i) => 0x80 + i), 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9];
  suspects = new Set();
  for (const lead of leads) {
    for (const trail of trails) {
      if (lead >= 0xb0 && trail >= 0xa1) continue; // GB2312 level 1: the common characters
      const ch = gbk.decode(new Uint8Array([lead, trail]));
      if (/^[\u4e00-\u9fff]$/.test(ch)) suspects.add(ch);
    }
  }
  return suspects;
}

const DEBRIS = /锟斤拷|烫烫烫|屯屯屯|Ã[\u0080-\u00ff]|â€|Â[\s\u00a0]/;

/** True when a line reads like text decoded with the wrong encoding. */
export function looksLikeMojibake(line: string): boolean {
  if (DEBRIS.test(line)) return true;
  const set = suspectCharacters();
  let cjk = 0;
  let odd = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    cjk++;
    if (set.has(line[i]!)) odd++;
  }
  return odd >= 3 && odd / cjk >= 0.4;
}
