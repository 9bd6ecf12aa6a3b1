/**
 * A statute copied with no line opening an article, its chapters and articles run together inside lines (glued or
 * spaced, several on a line, as a page flattened into text shows them) → a line per division and per article.
 * Example:
 *   ['某某条例', '第一章总则第一条为了…，制定本条例。第二条本条例所称…。', '…受法律保护。第三条各级…。第二章组织实施第四条…']
 *   → ['某某条例', '第一章总则', '第一条为了…，制定本条例。', '第二条本条例所称…。', '…受法律保护。', '第三条各级…。',
 *      '第二章组织实施', '第四条…']
 * Only the next article in sequence is cut: 第一条 first, then 第二条 …, where its marker stands at a sentence's
 * boundary (a line's start, a space, 。；：！？) or right after the heading of the next chapter (or section) standing so.
 * A marker read as a reference never cuts: after other words (依照本条例第三条, 《…》第十条, 前款第二项), or followed by
 * what a reference says (第三条规定的, 第二条 的规定, 第五条修改为). A text where some line opens an article (the body's
 * reader cuts those lines), one that never names itself (本条例, 本办法 …) or has a line opening a part (一、: an
 * interpretation telling 第一条明确了立法目的), or of which 第一条 and 第二条 are not both cut, is returned as it is.
 */
import { CHINESE_NUMERAL_CHARS } from '../../text/index.ts';
import type { SourceLine } from './source-lines.ts';
import {
  ARTICLE_AT_START,
  CN,
  numberOf,
  paragraphsOf,
  REFERENCE_GLUED,
  REFERENCE_SPACED,
  sliceLine,
} from './split-run-in-articles.ts';

// Any article's marker, wherever it stands (the body's MARKER needs a boundary before it; here the heading may be glued).
const MARKER = new RegExp(`第\\s*(${CN}|\\d{1,4})\\s*条(\\s*)`, 'g');
const BOUNDARY = /(?:^|[\s。；;：:！？!?])$/;
// A chapter's or section's heading closing the text before a marker, standing at a boundary: 第二章组织实施, 第一章 总 则.
const DIVISION_BEFORE = new RegExp(
  `(?:^|(?<=[\\s。；;：:！？!?]))第\\s*(${CN}|\\d{1,3})\\s*(章|节)[^。；;，,：:、第]{0,20}$`,
);
// How a statute names itself (制定本条例, 本办法所称) and how a part opens a line (一、总体框架).
// Its qualifier may stand between (特制定本工作条例, 本实施办法, 本暂行规定, an autonomous place’s 本自治条例 and 本单行条例);
// never 本条规定 or 本款规定 (its own article).
const OWN_NAME = /本(?:(?:工作|实施|暂行|试行|自治|单行)?(?:条例|办法|规定|细则|规则)|法)/;
const PART_AT_START = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]{1,3}、`);
// What an amending text says of an article as it names it (第五条修改为, 第二条删去): a reference, never a label.
const AMENDING = /^(?:修改|修正|改为|删去|删除|增加|中的)/;

/** The numbers read so far: the last article, chapter and section cut. */
interface Sequence {
  article: number;
  chapter: number;
  section: number;
}

interface Cut {
  at: number;
  division: boolean;
}

/** Splits a statute's run-in lines at its divisions and articles in sequence; else returns the lines as they are. */
export function splitRunInStatute<T extends SourceLine>(lines: readonly T[]): T[] {
  const kept = lines.filter((l) => !l.drop);
  if (kept.some((l) => ARTICLE_AT_START.test(l.match.trim()))) return [...lines];
  // Only a statute's own text: it names itself (制定本条例), and no line opens a part. An interpretation telling of its
  // statute (条例共七章。第一条明确了立法目的。第二条… / 二、主要内容) has no articles of its own.
  if (!kept.some((l) => OWN_NAME.test(l.match)) || kept.some((l) => PART_AT_START.test(l.match.trim())))
    return [...lines];
  const seen: Sequence = { article: 0, chapter: 0, section: 0 };
  const out: T[] = [];
  for (const line of lines) {
    const inArticle = seen.article > 0;
    const cuts = line.drop ? [] : cutsOf(line.match, seen);
    if (cuts.length === 0) out.push(line);
    else out.push(...piecesOf(line, cuts, inArticle));
  }
  return seen.article >= 2 ? out : [...lines];
}

/** Where a line is cut: before each next article's marker, and before the division heading right before one. */
function cutsOf(match: string, seen: Sequence): Cut[] {
  const cuts: Cut[] = [];
  let from = 0;
  for (const m of match.matchAll(MARKER)) {
    if (numberOf(m[1]!) !== seen.article + 1) continue;
    const rest = match.slice(m.index + m[0].length);
    if ((m[2] === '' ? REFERENCE_GLUED : REFERENCE_SPACED).test(rest) || AMENDING.test(rest)) continue;
    const before = match.slice(from, m.index);
    const heading = DIVISION_BEFORE.exec(before.trimEnd());
    const division = heading ? nextDivision(numberOf(heading[1]!), heading[2]!, seen) : undefined;
    if (!division && !BOUNDARY.test(before)) continue;
    if (heading && division) {
      Object.assign(seen, division);
      cuts.push({ at: from + heading.index, division: true });
    }
    cuts.push({ at: m.index, division: false });
    seen.article++;
    from = m.index;
  }
  return cuts;
}

/** The numbers after a chapter or section heading, when it is the next one; undefined when it is out of sequence. */
function nextDivision(n: number, kind: string, seen: Sequence): Partial<Sequence> | undefined {
  if (kind === '章') return n === seen.chapter + 1 ? { chapter: n, section: 0 } : undefined;
  return n === seen.section + 1 ? { section: n } : undefined;
}

/** The pieces of a line cut at each cut: divisions whole, articles (and the text before them) by paragraph. */
function piecesOf<T extends SourceLine>(line: T, cuts: Cut[], inArticle: boolean): T[] {
  const bounds = [0, ...cuts.map((c) => c.at), line.match.length];
  return bounds.slice(0, -1).flatMap((from, i) => {
    const piece = sliceLine(line, from, bounds[i + 1]!);
    if (piece.match === '') return [];
    // The text before the first article is the head's (a title); after one, it goes on the article before.
    const whole = i === 0 ? !inArticle : cuts[i - 1]!.division;
    return whole ? [piece] : paragraphsOf(piece);
  });
}
