/**
 * A law aggregator's record flattened into one line: the title, its labelled fields glued or spaced (制定机关:…
 * 效力级别:… 公布日期:… 题注:(…)) and the text itself → a line per piece, so that the readers that know a label
 * only at a line's start read them. Example:
 *   ['某条例(2006年修正本)制定机关: 某州人民代表大会效力级别: 地方性法规施行日期: 2006.08.18题注: (…通过)(编者注:…) 第一章 总则 第一条…']
 *   → ['某条例(2006年修正本)', '制定机关: 某州人民代表大会', '效力级别: 地方性法规', '施行日期: 2006.08.18',
 *      '题注: (…通过)', '(编者注:…)', '第一章 总则 第一条…']
 * Only a line holding at least three such labels (outside brackets) is cut: one label alone in a sentence is words.
 * The last field's value is its bracket(s) when it opens with one, else its first word; what follows is the text.
 * A listing's teaser (the record's opening, cut with an ellipsis) over the record itself is left out as debris.
 */
import type { SourceLine } from './source-lines.ts';
import { sliceLine } from './split-run-in-articles.ts';
import { RECORD_LABELS } from './statute-record-labels.ts';

const spaced = (word: string): string => [...word].join('[\\s\u3000]*');
const LABEL = new RegExp(`(?:${RECORD_LABELS.map(spaced).join('|')})[\\s\u3000]*[:：]`, 'g');
const MIN_LABELS = 3;
// A teaser's cut: an ellipsis at the end of the line.
const ELLIPSIS = /[\s\u3000]*(?:\.{3,}|…+|。{3,})$/;

/** Cuts each line of run-in record fields into a line per piece; other lines are returned as they are. */
export function splitRunInFields<T extends SourceLine>(lines: readonly T[]): T[] {
  const out: T[] = [];
  lines.forEach((line, i) => {
    const labels = line.drop ? [] : labelsOf(line.match);
    if (labels.length < MIN_LABELS) {
      out.push(line);
      return;
    }
    if (isTeaser(line, lines[i + 1])) {
      out.push({ ...line, drop: 'debris' });
      return;
    }
    out.push(...piecesOf(line, labels));
  });
  return out;
}

/** The starts of the record's labels in a line, outside brackets. */
function labelsOf(match: string): number[] {
  const starts: number[] = [];
  for (const m of match.matchAll(LABEL)) if (depthAt(match, m.index) === 0) starts.push(labelStart(match, m.index));
  return starts;
}

/**
 * Where a label found at `at` starts: a label starts at a label boundary, so a few characters run into it from a
 * word of their own (法律效力位阶:, the line's start or a space before it) qualify it, and are no piece alone (法律).
 * The first word after a label's colon is that label's value (效力级别: 地方性法规施行日期:): not taken.
 */
function labelStart(match: string, at: number): number {
  const run = /[\u4e00-\u9fff]{1,4}$/.exec(match.slice(0, at));
  if (!run) return at;
  const before = match.slice(0, run.index);
  const boundary = before === '' || /[\s\u3000]$/.test(before);
  return boundary && !/[:：][\s\u3000]*$/.test(before) ? run.index : at;
}

/** How many brackets are open at position `at`. */
function depthAt(text: string, at: number): number {
  let depth = 0;
  for (const ch of text.slice(0, at)) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  return depth;
}

/** A teaser: cut with an ellipsis, and its words (spaces aside) open the next line. */
function isTeaser(line: SourceLine, next: SourceLine | undefined): boolean {
  if (!next || !ELLIPSIS.test(line.match)) return false;
  const compact = (s: string) => s.replace(/[\s\u3000]+/g, '');
  const head = compact(line.match.replace(ELLIPSIS, ''));
  return head.length >= 10 && compact(next.match).startsWith(head);
}

/** The pieces: the words before the first label, each field, the last field's value, and the text after it. */
function piecesOf<T extends SourceLine>(line: T, labels: number[]): T[] {
  const { match } = line;
  const pieces: T[] = [];
  const add = (from: number, to: number) => {
    const piece = sliceLine(line, from, to);
    if (piece.match !== '') pieces.push(piece);
  };
  add(0, labels[0]!);
  labels.slice(0, -1).forEach((from, i) => add(from, labels[i + 1]!));
  const last = labels.at(-1)!;
  const valueAt = last + labelLength(match.slice(last));
  const brackets = bracketsAt(match, valueAt);
  // A bracket never closed (the line cut inside it) is the value to the line's end.
  if (brackets.length === 0 && /^[\s\u3000]*[(（]/.test(match.slice(valueAt))) {
    add(last, match.length);
    return pieces;
  }
  if (brackets.length > 0) {
    // The first bracket stays with its label (题注: (…)); a further one is a note of its own ((编者注:…)).
    add(last, brackets[0]![1]);
    for (const [from, to] of brackets.slice(1)) add(from, to);
    add(brackets.at(-1)![1], match.length);
    return pieces;
  }
  const word = /^[\s\u3000]*\S*/.exec(match.slice(valueAt))![0].length;
  add(last, valueAt + word);
  add(valueAt + word, match.length);
  return pieces;
}

const LABEL_AT_START = new RegExp(`^${LABEL.source}`);

/** The length of the label (and its colon) opening `text`. */
const labelLength = (text: string): number => LABEL_AT_START.exec(text)![0].length;

/** The bracket groups that follow one another from `from` (spaces between allowed), as [start, end) spans. */
function bracketsAt(text: string, from: number): [number, number][] {
  const spans: [number, number][] = [];
  let at = from;
  for (;;) {
    while (at < text.length && /[\s\u3000]/.test(text[at]!)) at++;
    if (text[at] !== '(' && text[at] !== '（') return spans;
    let depth = 0;
    let end = at;
    for (; end < text.length; end++) {
      const ch = text[end]!;
      if (ch === '(' || ch === '（') depth++;
      else if ((ch === ')' || ch === '）') && --depth === 0) break;
    }
    if (depth !== 0 && end >= text.length) return spans;
    spans.push([at, end + 1]);
    at = end + 1;
  }
}
