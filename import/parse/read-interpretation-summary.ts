/**
 * What an interpretation says of the document it explains. Example:
 *   '《高新区措施》共五部分二十一条' → declaredParts 5, declaredArticles 21;
 *   '一、提高产业自主创新能力。分别为:(一)加强关键核心技术攻关。(二)建设高层次创新平台。…'
 *   → { number: 1, heading: '提高产业自主创新能力', articles: [{ number: 1, heading: '加强关键核心技术攻关' }, …] }
 */
import type { InterpretationSummary } from '../../model/index.ts';
import { classifyLine, isOutlineLine } from './classify-line.ts';
import { CHINESE_NUMERAL_CHARS, readChineseNumber } from '../../text/index.ts';
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
