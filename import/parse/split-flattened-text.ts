/**
 * A document a copy flattened into one line (a Word or PDF file's text on a document site), its print lines parted by
 * spaces that fall inside words, cut back into the lines a reader needs: the title, the number, the addressees, each
 * paragraph and heading; the spaces inside words are taken out. Example:
 *   '内蒙古自治区 2023 年坚持稳中快进稳中优 进推动产业高质量发展政策清单 内政发〔2023〕3 号 为全面贯彻…,提出如 下政策清单。 一、推进…'
 *   → ['内蒙古自治区2023年坚持稳中快进稳中优进推动产业高质量发展政策清单', '内政发〔2023〕3号', '为全面贯彻…,提出如下政策清单。',
 *      '一、推进…', …]
 * A line is flattened when it is long, its spaces mostly stand between Chinese characters or figures, and several of
 * them open a heading or close a sentence. Pages run together at their fields (number, addressees) are
 * split-run-in-page's.
 */
import { findDocNumbers } from '../../text/index.ts';
import { ISSUER_END } from './classify-head-line.ts';
import { findDates } from './parse-date.ts';
import { TITLE_END } from './read-kind.ts';
import type { SourceLine } from './source-lines.ts';
import { isRunInPage } from './split-run-in-page.ts';

// Shorter lines are a paragraph, however spaced.
const MIN_FLATTENED = 300;
const MIN_GAPS = 8;
// The median length of what stands between its spaces: pieces of print lines are long.
const MIN_PRINT_LINE = 8;
// Two short Chinese words side by side (张三 市长) are parted by a space of their own, not a print line's end.
const SHORT_WORD = 4;
// The share of the text the flattened line holds.
const MOST = 0.6;
// A gap between two Chinese characters, figures or Chinese marks: where a print line broke, or a figure's spacing.
const CJK_SIDE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\d%]/;
// What opens a heading or an item: 一、 （一） 1. 第一条, an attachment's label, a page's number (—1—).
const OPENS_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]{1,5}[编章节条]|附件\s*\d*\s*[:：])/;
// A division's or an article's number keeps its space (第一条 为了…).
const DIVISION_BEFORE = /第[一二三四五六七八九十百零〇\d]{1,5}[编章节条]$/;
const PAGE_MARK = /^[—–-]\s*\d{1,3}\s*[—–-]$/;
// How a sentence ends; a colon closes the addressees (各…:), not a label inside a bracket ((责任单位: 自治区农牧厅…)).
const CLOSES = /[。；;！!？?]$/;
const ADDRESSED = /(?:^|[。；;])[^。；;(（]*各[^。；;(（]*[:：]$/;
// The note under a signature's date (此件公开发布) and what follows a date of writing.
const AFTER_DATE = /^(?:[(（]此件|[—–-]\s*\d|附件)/;

/** Cuts each flattened line into the lines it stands for; other lines are returned as they are. */
export function splitFlattenedText<T extends SourceLine>(lines: readonly T[]): T[] {
  // The flattened line is the document: most of its words, not one spaced paragraph (a list of names, 新能源汽车 新一代
  // 信息技术 …) among many lines.
  const total = lines.reduce((sum, l) => sum + (l.drop ? 0 : l.match.trim().length), 0);
  return lines.flatMap((line) =>
    line.drop || line.match.trim().length < total * MOST || !isFlattened(line.match) ? [line] : piecesOf(line),
  );
}

interface Gap {
  /** Where the spaces start and end in the line. */
  from: number;
  to: number;
}

function gapsOf(match: string): Gap[] {
  return [...match.matchAll(/[ \u3000]+/g)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
}

function isFlattened(match: string): boolean {
  const trimmed = match.trim();
  if (trimmed.length < MIN_FLATTENED || /[|｜\t]/.test(trimmed) || isRunInPage(match)) return false;
  const gaps = gapsOf(trimmed);
  if (gaps.length < MIN_GAPS) return false;
  const inWords = gaps.filter((g) => CJK_SIDE.test(trimmed[g.from - 1] ?? '') && CJK_SIDE.test(trimmed[g.to] ?? ''));
  const marks = gaps.filter(
    (g) => OPENS_HEADING.test(trimmed.slice(g.to)) || CLOSES.test(trimmed[g.from - 1] ?? ''),
  ).length;
  // A print line holds many characters: words parted by spaces (names in a list, 张三 市长 李四 …) are short.
  const words = trimmed
    .split(/[ \u3000]+/)
    .map((w) => w.length)
    .sort((a, b) => a - b);
  return inWords.length >= gaps.length * 0.6 && marks >= 3 && words[words.length >> 1]! >= MIN_PRINT_LINE;
}

/** The gaps a flattened line breaks at: each other gap is a print line's end inside a word. */
function breaksOf(match: string, gaps: Gap[]): Set<number> {
  const breaks = new Set<number>();
  const ends = new Map(gaps.map((g, i) => [g.from, i]));
  // The text as it reads, spaces out, to find a number or a date written across a gap (内政发〔2023〕3 号).
  const joined = (from: number, length: number): { text: string; at: number[] } => {
    const at: number[] = [];
    let text = '';
    for (let k = from; k < match.length && text.length < length; k++) {
      if (/[ \u3000]/.test(match[k]!)) continue;
      text += match[k];
      at.push(k);
    }
    return { text, at };
  };
  // The gap ending right where a span read without its spaces ends, if one does.
  const gapAfter = (at: number[], length: number): number | undefined => ends.get((at[length - 1] ?? -2) + 1);
  // Each test looks at the words next to the gap, never at the whole line again: a 200 KB page has thousands of gaps.
  gaps.forEach((gap, i) => {
    const before = match.slice(0, gap.from);
    const after = match.slice(gap.to);
    const wordBefore = match.slice(gaps[i - 1]?.to ?? 0, gap.from);
    const wordAfter = match.slice(gap.to, gaps[i + 1]?.from ?? match.length);
    const colon = /[:：]$/.test(wordBefore);
    if (
      CLOSES.test(wordBefore) ||
      (colon && ADDRESSED.test(before)) ||
      OPENS_HEADING.test(after) ||
      PAGE_MARK.test(wordAfter)
    )
      breaks.add(i);
    if (PAGE_MARK.test(wordBefore)) breaks.add(i);
    const ahead = joined(gap.to, 40);
    const number = findDocNumbers(ahead.text)[0];
    if (number?.index === 0) {
      breaks.add(i);
      const end = gapAfter(ahead.at, number.original.length);
      if (end !== undefined) breaks.add(end);
    }
    // A date of writing under its signature, or over the note and the attachments that follow it.
    const date = findDates(ahead.text)[0];
    const dateEnd = date?.index === 0 ? gapAfter(ahead.at, date.text.length) : undefined;
    const closing =
      date?.index === 0 && match.slice((ahead.at[date.text.length - 1] ?? match.length) + 1).trim() === '';
    if (dateEnd !== undefined || closing) {
      const signed = ISSUER_END.test(before.replace(/[ \u3000]/g, ''));
      const noted = dateEnd !== undefined && AFTER_DATE.test(match.slice(gaps[dateEnd]!.to));
      // Or standing alone after the number (浙政发[2009]69号 2009-11-03 为贯彻…): a page's date of the text.
      if (signed || noted || breaks.has(i)) {
        breaks.add(i);
        if (dateEnd !== undefined) breaks.add(dateEnd);
      }
    }
    // The addressees after the title: 各… up to a colon, before the first sentence ends.
    const clause = /^[^。；;:：]{1,150}[:：]/.exec(joined(gap.to, 151).text)?.[0];
    if (clause?.includes('各') && TITLE_END.test(before.replace(/[ \u3000]/g, ''))) breaks.add(i);
  });
  return breaks;
}

/** The line's pieces, each with the spaces inside its words taken out (a space kept between two Latin words). */
function piecesOf<T extends SourceLine>(line: T): T[] {
  const lead = line.match.length - line.match.trimStart().length;
  const match = line.match.trim();
  const text = line.text.slice(lead, lead + match.length);
  const gaps = gapsOf(match);
  const breaks = breaksOf(match, gaps);
  const pieces: T[] = [];
  let from = 0;
  const close = (to: number): void => {
    const own = gaps.filter((g) => g.from >= from && g.to <= to);
    const squeeze = (s: string): string => {
      let out = '';
      let at = from;
      own.forEach((g, k) => {
        // Between two Latin words or two figures (a telephone's 0731 28221234), or two short words, the space is a
        // word's.
        const latin = /[A-Za-z0-9]/.test(s[g.from - 1] ?? '') && /[A-Za-z0-9]/.test(s[g.to] ?? '');
        const word = (a: number, b: number): boolean => b - a <= SHORT_WORD && /^[\u4e00-\u9fff]+$/.test(s.slice(a, b));
        const short = word(own[k - 1]?.to ?? from, g.from) && word(g.to, own[k + 1]?.from ?? to);
        out += s.slice(at, g.from) + (latin || short || DIVISION_BEFORE.test(s.slice(from, g.from)) ? ' ' : '');
        at = g.to;
      });
      return out + s.slice(at, to);
    };
    const piece = { ...line, raw: squeeze(text), text: squeeze(text), match: squeeze(match) };
    if (piece.match !== '') pieces.push(piece);
  };
  gaps.forEach((gap, i) => {
    if (!breaks.has(i)) return;
    close(gap.from);
    from = gap.to;
  });
  close(match.length);
  return pieces;
}
