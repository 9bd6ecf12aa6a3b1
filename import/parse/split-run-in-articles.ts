/**
 * Lines that hold several articles, as a page flattened into one line shows them → one line per article, and per
 * paragraph of those. Example (one line in; four lines out, all with the line's number):
 *   '第一条 为了…，制定本条例。 第二条 自治县的自治机关是…。 自治县的自治机关设在某镇。 第二章 自治机关 第三条 依照本条例第二条规定，…'
 *   → ['第一条 为了…，制定本条例。', '第二条 自治县的自治机关是…。', '自治县的自治机关设在某镇。', '第二章 自治机关',
 *      '第三条 依照本条例第二条规定，…']
 * A line is cut before 第N条 only where that is safe: N follows the article before it (the line's own, or the last one
 * a line opened with), the marker stands after a space or a sentence end (。；), and it reads as a label, not as a
 * reference (第二条规定的…, 第二条 的规定). A chapter or section heading right before such a marker is a line of its own;
 * in a line so cut, a space after a sentence end is the break between two paragraphs. Other lines are kept as they are.
 */
import type { ParseIssue } from '../../model/index.ts';
import { CHINESE_NUMERAL_CHARS, readChineseNumber } from '../../text/index.ts';
import type { SourceLine } from './source-lines.ts';

/** An article's or division's number in Chinese numerals (第一百二十三条). */
export const CN = `[${CHINESE_NUMERAL_CHARS}]{1,7}`;
/** A line opening with an article's marker (第十条, 第 10 条; not 第十条之一): the number in group 1. */
export const ARTICLE_AT_START = new RegExp(`^第\\s*(${CN}|\\d{1,4})\\s*条(?!\\s*之)`);
const DIVISION_AT_START = new RegExp(`^第\\s*(?:${CN}|\\d{1,3})\\s*(?:分编|编|章|节)`);
// A marker after a space or a sentence end; what follows it tells a reference (第二条规定的…, 第二条 的规定) from a label.
const MARKER = new RegExp(`(?<=[\\s。；;])第\\s*(${CN}|\\d{1,4})\\s*条(\\s*)`, 'g');
/** What follows a marker glued to its text when the marker is a reference (第二条规定的…), not a label. */
export const REFERENCE_GLUED = /^[的规中第、,，至和或及与款项所条~～之]/;
/** What follows a marker and a space when the marker is a reference (第二条 的规定). */
export const REFERENCE_SPACED = /^[的第、,，款项至~～之]/;
// A division heading closing the text before a marker: 第二章 自治机关 (its words may be spaced: 总 则).
const HEADING_AT_END = new RegExp(
  `(?:^|(?<=[\\s。；;]))第\\s*(?:${CN}|\\d{1,3})\\s*(?:分编|编|章|节)[^。；;，,：:]{0,40}$`,
);
const PARAGRAPH_BREAK = /(?<=[。；;：:！？!?”])\s+(?=\S)/g;

/** The number a marker's digits write (一百零五, 105); NaN when none. */
export const numberOf = (digits: string): number => readChineseNumber(digits.replace(/\s+/g, '')) ?? Number.NaN;

/** Splits the lines that hold several articles in sequence; every other line is returned as it is. */
export function splitRunInArticles<T extends SourceLine>(lines: readonly T[]): T[] {
  const out: T[] = [];
  let last = 0;
  for (const line of lines) {
    const own = ARTICLE_AT_START.exec(line.match);
    if (own) last = numberOf(own[1]!);
    // Only a line that opens an article or a division, or goes on after an article, can hold the next ones.
    if (line.drop || !(own || DIVISION_AT_START.test(line.match) || last > 0)) {
      out.push(line);
      continue;
    }
    const cuts: number[] = [];
    for (const m of line.match.matchAll(MARKER)) {
      const rest = line.match.slice(m.index + m[0].length);
      const reference = m[2] === '' ? REFERENCE_GLUED : REFERENCE_SPACED;
      if (numberOf(m[1]!) !== last + 1 || reference.test(rest)) continue;
      cuts.push(m.index);
      last++;
    }
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    out.push(...piecesOf(line, cuts));
  }
  return out;
}

/** The part of a line from `from` to `to` (offsets of its match, which keeps the text's length), trimmed. */
export function sliceLine<T extends SourceLine>(line: T, from: number, to: number): T {
  const text = line.text.slice(from, to).trim();
  return { ...line, raw: text, text, match: line.match.slice(from, to).trim() };
}

/** The pieces of a line cut before each marker: headings apart, each article's paragraphs apart. */
function piecesOf<T extends SourceLine>(line: T, cuts: number[]): T[] {
  const spans: [number, number][] = [];
  const bounds = [0, ...cuts, line.match.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i]!, bounds[i + 1]!];
    const heading = i + 1 < bounds.length - 1 ? HEADING_AT_END.exec(line.match.slice(from, to).trimEnd()) : null;
    if (heading && heading.index > 0) spans.push([from, from + heading.index], [from + heading.index, to]);
    else spans.push([from, to]);
  }
  return spans.flatMap(([from, to]) => {
    const whole = sliceLine(line, from, to);
    if (whole.match === '') return [];
    if (DIVISION_AT_START.test(whole.match) && !ARTICLE_AT_START.test(whole.match) && whole.match.length <= 48)
      return [whole];
    return paragraphsOf(whole);
  });
}

/** A piece cut at each space after a sentence end: the paragraphs a flattened page ran together. */
export function paragraphsOf<T extends SourceLine>(line: T): T[] {
  const starts = [0, ...[...line.match.matchAll(PARAGRAPH_BREAK)].map((m) => m.index + m[0].length)];
  return starts.map((from, i) => sliceLine(line, from, starts[i + 1] ?? line.match.length));
}

// 第一条 … 第二条 inside a line, after other words (a page flattened into one line with its head before them).
const FIRST_ARTICLES_INSIDE = /\S.*?第\s*(?:一|1)\s*条.{2,}?第\s*(?:二|2)\s*条/;

/**
 * The number of a line that holds a text's first two articles after other words, when no line opens with an article:
 * why no structure was found, for the refusal to name (四川省体育条例 copied on one line, its head first).
 */
function lineWithArticlesInside(lines: readonly Pick<SourceLine, 'no' | 'match'>[]): number | undefined {
  return lines.find((l) => FIRST_ARTICLES_INSIDE.test(l.match))?.no;
}

/** The message of a text in which no structure was found, naming the line that holds its articles if one does. */
export function noStructureMessage(found: string, lines: readonly Pick<SourceLine, 'no' | 'match'>[]): string {
  const inside = lineWithArticlesInside(lines);
  return inside === undefined
    ? `no recognisable structure: ${found}`
    : `no recognisable structure: ${found}; line ${inside} holds 第一条 and 第二条 after other words (a page run into one line): put each article on a line of its own`;
}

// A statute's own title: a 条例, 办法, 规定, 细则, 规则 or 法 (a version note in brackets after it).
const STATUTE_TITLE = /(?:条例|办法|规定|细则|规则|法)(?:[(（][^()（）]*[)）])?$/;

/**
 * The error of a statute of which no article was read though a line holds its 第一条 and 第二条 after other words:
 * stored, it would be a statute without articles (a chapter's heading holding them all), so it is not imported.
 */
export function articlesNotReadIssue(
  file: string,
  title: string,
  lines: readonly Pick<SourceLine, 'no' | 'match'>[],
): ParseIssue | undefined {
  if (!STATUTE_TITLE.test(title)) return undefined;
  const inside = lineWithArticlesInside(lines);
  if (inside === undefined) return undefined;
  return {
    file,
    line: inside,
    severity: 'error',
    code: 'ARTICLES_NOT_READ',
    message: `${title} holds its 第一条 and 第二条 inside this line, after other words, and no article could be cut from it: put each article on a line of its own`,
  };
}
