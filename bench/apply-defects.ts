/**
 * Applies a document's dirty-copy defects to its rendered lines: traditional characters in the title and number,
 * PDF page numbers and web debris between articles, full-width indentation and non-breaking spaces, a title broken
 * across two lines, pinyin after characters, a censored character, a line of mojibake.
 * Example: ['关于…措施', '柳政规〔2021〕18号', …] with 'traditional' → ['關於…措施', '柳政规〔2021〕18號', …].
 */
import type { Defect } from './corpus-types.ts';
import type { Random } from './seeded-random.ts';
import { PINYIN, SPAM_LINES, TRADITIONAL } from './vocabulary.ts';

/** Line roles the defects need to know: which line is the title, the number, and where the body starts. */
export interface LineMap {
  titleLine: number;
  numberLine?: number;
  bodyStart: number;
  bodyEnd: number;
}

const ARTICLE_START = /^(（|\(|第)[一二三四五六七八九十]+(）|\)|条)|^[一二三四五六七八九十]+、/;

/** Returns new lines with the defects applied; the input is not changed. */
export function applyDefects(lines: string[], map: LineMap, defects: Defect[], r: Random): string[] {
  const out = [...lines];
  const has = (d: Defect) => defects.includes(d);
  const bodyIdx = (): number[] =>
    out.map((_, i) => i).filter((i) => i > map.bodyStart && i < map.bodyEnd && ARTICLE_START.test(out[i] ?? ''));
  if (has('traditional')) {
    for (const i of [map.titleLine, map.numberLine]) {
      if (i === undefined) continue;
      for (const [s, t] of TRADITIONAL) out[i] = (out[i] as string).split(s).join(t);
    }
  }
  if (has('pinyin') || has('censored')) {
    const targets = bodyIdx();
    const i = targets.length > 0 ? r.pick(targets) : undefined;
    if (i !== undefined) {
      const line = out[i] as string;
      const cut = line.indexOf('。') + 1;
      let rest = line.slice(cut);
      if (has('pinyin')) for (const [c, py] of PINYIN) rest = rest.replace(c, `${c}(${py})`);
      if (has('censored')) rest = rest.replace(/[\u4e00-\u9fff](?=[\u4e00-\u9fff]{3})/, '*');
      out[i] = line.slice(0, cut) + rest;
    }
  }
  // Insertions go last and bottom-up, so earlier indexes stay valid.
  const inserts: [number, string][] = [];
  const articleLines = bodyIdx();
  if (has('pageNumbers'))
    articleLines.filter((_, k) => k > 0 && k % 6 === 0).forEach((i, k) => inserts.push([i, `—${k + 1}—`]));
  if (has('spam') && articleLines.length > 2)
    inserts.push([articleLines[Math.floor(articleLines.length / 2)] as number, r.pick(SPAM_LINES)]);
  if (has('mojibake') && articleLines.length > 3)
    inserts.push([articleLines[1] as number, Buffer.from('发展改革委员会', 'utf8').toString('latin1')]);
  for (const [i, text] of inserts.sort((a, b) => b[0] - a[0])) out.splice(i, 0, text);
  if (has('spam')) out.push(...r.sample(SPAM_LINES, 2));
  if (has('oddSpaces')) {
    for (let i = 0; i < out.length; i += 1)
      if (ARTICLE_START.test(out[i] ?? '') || i === map.bodyStart)
        out[i] = `\u3000\u3000${out[i]}${r.chance(0.3) ? '\u00a0' : ''}`;
  }
  if (has('brokenTitle')) {
    const title = out[map.titleLine] as string;
    const cut = Math.floor(title.length / 2);
    out.splice(map.titleLine, 1, title.slice(0, cut), title.slice(cut));
  }
  return out;
}
