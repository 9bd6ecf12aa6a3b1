/**
 * Where a text names another document: the title in 《》 and an aside in brackets right after it (its number, its
 * version, the short name it is given). Two articles naming the same law share that title because both rest on the
 * law, not because one copies the other, so alignment weighs these characters CITATION_FACTOR (prepare-articles.ts).
 * A 《》 naming no document (《独生子女父母光荣证》, a certificate both a law and its regulation speak of) is wording.
 * Example: findCitationRanges('根据《中华人民共和国野生动物保护法》（2018年修正），制定本办法') → [[2, 26]].
 */

/** Multiplier of the weight of a character inside a citation: a cited title is no shared wording. */
export const CITATION_FACTOR = 0;

/** Longest title read as one citation; an unclosed 《 is no citation. */
const MAX_TITLE = 100;
/** Longest aside after a title read as part of the citation (（国办发〔2018〕118号）, （以下简称《条例》）). */
const MAX_ASIDE = 40;

const CLOSING: Record<string, string> = { '（': '）', '(': ')' };

/** How the title of a document ends (法, 条例, 意见, 规划 …), a version note in brackets left out. */
const DOCUMENT_TITLE =
  /(?:法|法典|条例|规定|办法|细则|意见|通知|措施|方案|解释|规则|决定|决议|规程|准则|通则|守则|章程|规范|纲要|批复|规划|计划|公约|协定|条约|目录|清单|标准|指南|指引|公告|通告|报告|令)\s*(?:[(（][^()（）]*[)）])?\s*$/;

/** Ranges [start, end) of `text` (offsets unchanged by foldText) that cite a document, sorted, disjoint. */
export function findCitationRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let i = text.indexOf('《');
  while (i >= 0) {
    // Titles nest (《关于修改《…》的决定》): the citation ends where the first 《 is closed.
    let depth = 0;
    let end = -1;
    for (let k = i; k < text.length && k - i <= MAX_TITLE; k++) {
      if (text[k] === '《') depth++;
      else if (text[k] === '》' && --depth === 0) {
        end = k + 1;
        break;
      }
    }
    if (end < 0) {
      i = text.indexOf('《', i + 1);
      continue;
    }
    if (!DOCUMENT_TITLE.test(text.slice(i + 1, end - 1))) {
      i = text.indexOf('《', end);
      continue;
    }
    const close = CLOSING[text[end] ?? ''];
    if (close) {
      const asideEnd = text.indexOf(close, end + 1);
      if (asideEnd > end && asideEnd - end <= MAX_ASIDE) end = asideEnd + 1;
    }
    ranges.push([i, end]);
    i = text.indexOf('《', end);
  }
  return ranges;
}
