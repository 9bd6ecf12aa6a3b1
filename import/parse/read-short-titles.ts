/**
 * Short titles defined without 《》, inside one line. Example:
 *   '大力激发广西高新技术产业开发区(以下简称高新区)' → pushes { short: '高新区', full: '广西高新技术产业开发区' }.
 * (Short titles of 《》 citations are read with the citation in read-citations.ts.)
 */
import type { AgencyContext } from './resolve-agency.ts';

/** Punctuation that ends a clause. */
export const CLAUSE_MARKS = ',，;；。:：!！?？';

/**
 * A title that is only a genre word (《意见》, 《条例》, 《实施意见》, 本《办法》): a short title of a document the text names
 * elsewhere, or of the text itself — never a document by its title alone.
 */
const GENRE_ONLY =
  /^(?:本|该|此|上述)?(?:实施|暂行|若干|管理|指导|工作)?(?:意见|通知|办法|条例|规定|细则|方案|决定|规划|纲要|措施|计划|通告|公告|批复|规则|指引|指南|法)$/;

/** Whether a title is only a genre word: isGenreOnly('《意见》') → true, isGenreOnly('物业管理条例') → false. */
export function isGenreOnly(title: string): boolean {
  return GENRE_ONLY.test(title.replace(/[《》〈〉\s]/g, ''));
}

const isSubsequence = (short: string, text: string): boolean => {
  let i = 0;
  for (const ch of text) if (ch === short[i]) i++;
  return i === short.length;
};

/**
 * Short titles defined without 《》: '大力激发广西高新技术产业开发区(以下简称高新区)' → 高新区 = 广西高新技术产业开发区.
 * The full form is the shortest tail of the clause that starts with the short form's first character and holds all
 * its characters in order, with a place name standing right before it included.
 */
export function readPlainShortTitles(
  text: string,
  shortTitles: { short: string; full: string }[],
  ctx: AgencyContext,
): void {
  for (const m of text.matchAll(/[(（]\s*以下简称\s*([^《》“”"()（）,，。]{1,16})\s*[)）]/g)) {
    const short = (m[1] ?? '').trim();
    if (short === '' || shortTitles.some((s) => s.short === short)) continue;
    const before = text.slice(0, m.index ?? 0);
    const clause = before.slice(Math.max(...[...(CLAUSE_MARKS + '、')].map((c) => before.lastIndexOf(c))) + 1);
    let start = -1;
    for (let i = clause.length - 1; i >= 0; i--) {
      if (clause[i] === short[0] && isSubsequence(short, clause.slice(i))) {
        start = i;
        break;
      }
    }
    if (start < 0) continue;
    const place = [...ctx.gazetteer.jurisdictionByName.keys()]
      .filter((n) => clause.slice(0, start).endsWith(n))
      .sort((a, b) => b.length - a.length)[0];
    const full = clause.slice(start - (place?.length ?? 0));
    if (full !== short) shortTitles.push({ short, full });
  }
}
