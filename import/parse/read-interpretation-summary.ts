/**
 * What an interpretation says of the document it explains. Example:
 *   '《高新区措施》共五部分二十一条' → declaredParts 5, declaredArticles 21;
 *   '一、提高产业自主创新能力。分别为:(一)加强关键核心技术攻关。(二)建设高层次创新平台。…'
 *   → { number: 1, heading: '提高产业自主创新能力', articles: [{ number: 1, heading: '加强关键核心技术攻关' }, …] }
 */
import type { InterpretationSummary } from '../../model/index.ts';
import { classifyLine, isOutlineLine } from './classify-line.ts';
import { EXPLAINS_DOCUMENT } from './read-kind.ts';
import { CHINESE_NUMERAL_CHARS, findDocNumbers, readChineseNumber } from '../../text/index.ts';
import type { SourceLine } from './source-lines.ts';

const DECLARED = new RegExp(
  `共([${CHINESE_NUMERAL_CHARS}\\d]+)(?:个)?(?:部分|章)(?:[,、]?\\s*(?:共)?([${CHINESE_NUMERAL_CHARS}\\d]+)条)?`,
);
const INLINE_ARTICLE = new RegExp(`\\((?<n>[${CHINESE_NUMERAL_CHARS}]+)\\)(?<h>[^。()]+)`, 'g');

/** Reads the declared counts and the outline; undefined when the text has neither. */
export function readInterpretationSummary(lines: SourceLine[]): InterpretationSummary | undefined {
  const summary: InterpretationSummary = { parts: [] };
  for (const line of lines) {
    if (line.drop) continue;
    const declared = DECLARED.exec(line.match);
    if (declared && summary.declaredParts === undefined) {
      const parts = readChineseNumber(declared[1] ?? '');
      const articles = declared[2] ? readChineseNumber(declared[2]) : undefined;
      if (parts !== undefined) summary.declaredParts = parts;
      if (articles !== undefined) summary.declaredArticles = articles;
    }
    const numbered = classifyLine(line.match);
    if (numbered?.kind !== 'part' || !isOutlineLine(line.match)) continue;
    const shownRest = line.text.slice(line.text.length - numbered.rest.length);
    const headingEnd = numbered.rest.search(/[。:]/);
    const articles = [...numbered.rest.matchAll(INLINE_ARTICLE)].map((m) => ({
      number: readChineseNumber(m.groups?.n ?? '') ?? 0,
      heading: shownRest
        .slice((m.index ?? 0) + m[0].length - (m.groups?.h ?? '').length, (m.index ?? 0) + m[0].length)
        .trim(),
    }));
    summary.parts.push({
      number: numbered.number,
      heading: shownRest.slice(0, headingEnd < 0 ? undefined : headingEnd).trim(),
      articles,
    });
  }
  return summary.declaredParts === undefined && summary.parts.length === 0 ? undefined : summary;
}

// The sentence an interpretation opens with, saying what it explains (…印发了《X》(高政字〔2024〕5号),现将主要内容解读如下).
const EXPLAINS = new RegExp(`[^。]*?(?:${EXPLAINS_DOCUMENT.source})`);
const NAMED = /《((?:[^《》]|《[^《》]*》)+)》(?:[(（]([^()（）]{4,40})[)）])?/g;
// A name this short is a short name (《办法》, 《通知》, 《规划》), not a title.
const SHORT_NAME = 6;

/**
 * The document an interpretation whose title a copy lost says it explains: the last one it names in 《》 in the
 * sentence that says so, with the number in brackets after it. Example:
 *   '2024年3月28日,高唐县人民政府印发了《<…分工方案>的通知》(高政字〔2024〕5号,以下简称《通知》),现将主要内容解读如下'
 *   → { title: '<…分工方案>的通知', docNumber: '高政字〔2024〕5号' }
 */
export function interpretedInText(text: string): { title: string; docNumber?: string } | undefined {
  const explains = EXPLAINS.exec(text);
  if (!explains) return undefined;
  // A short name (以下简称《通知》, 现将《办法》主要内容解读如下) is no document's title: the one it stands for is named whole
  // in that sentence or the one before it.
  const whole = (from: string) =>
    [...from.replace(/[,，]?以下简称《[^《》]*》/g, '').matchAll(NAMED)].filter((m) => m[1]!.length >= SHORT_NAME);
  const before = text.slice(0, explains.index).split('。').at(-2) ?? '';
  const last = whole(explains[0]).at(-1) ?? whole(before).at(-1);
  if (!last) return undefined;
  const number = last[2] ? findDocNumbers(last[2].replace(/\s+/g, ''))[0] : undefined;
  return { title: last[1]!, ...(number ? { docNumber: number.normalized } : {}) };
}
