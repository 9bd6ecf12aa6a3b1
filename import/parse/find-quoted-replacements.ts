/**
 * The new wording a decision puts into the text it amends: after 修改为 / 改为 / 表述为 / 内容为 (or 增加…：), the span in
 * “…” or ‘…’ (nested quotes counted; it may run over several lines, each paragraph opening with “ as Chinese quotes
 * do), or, without quotes, from the colon to the end of the item. The 《titles》 in it are the amended text's words: not
 * texts the decision amends, rests on or cites. Pure. Example:
 *   ['(一)将第一条修改为:“…根据宪法和《中华人民共和国立法法》…制定本条例。”'] → [[[11, 38]]] (quotes included)
 */

/** A [start, end) span of one line. */
export type LineSpan = [number, number];

const OPEN = new Set(['“', '‘']);
const CLOSE = new Set(['”', '’']);
const NEW_WORDING = '(?:修改|改|表述|内容|修订|替换|调整)为';
/** Right before an opening quote: the new wording follows (修改为：“, 增加一条，作为第四条：“, 在第二款中增加“). */
const BEFORE_QUOTE = new RegExp(
  `(?:${NEW_WORDING}\\s*[:：]?|[中后前](?:增加|增写|补充)|(?:增加|增写|补充)[^。；“”‘’]*[:：])\\s*$`,
);
/** The last character BEFORE_QUOTE can match at (a cheap test run first: most quotes and lines end elsewhere). */
const QUOTE_TRIGGER_END = new Set(['为', ':', '：', '加', '写', '充']);

/** The last character BEFORE_COLON can match at. */
const COLON_TRIGGER_END = new Set(['为', '条', '款', '项']);

/** Whether the text right before a position opens the new wording (spaces before the position ignored). */
function opensNewWording(before: string): boolean {
  const end = before.trimEnd();
  return QUOTE_TRIGGER_END.has(end[end.length - 1] ?? '') && BEFORE_QUOTE.test(end.slice(-80));
}

/** Right before a colon that the new wording follows, quoted or not (修改为：…, 增加一项，作为第五项：…). */
const BEFORE_COLON = new RegExp(
  `(?:${NEW_WORDING}|(?:增加|增写|补充)[^。；“”‘’:：]*作为第[^。；“”‘’:：]*[条款项])\\s*$`,
);

/** Whether the text right before a colon opens the new wording (修改为：, 增加一项，作为第五项：). */
function opensUnquotedWording(before: string): boolean {
  const end = before.trimEnd();
  return COLON_TRIGGER_END.has(end[end.length - 1] ?? '') && BEFORE_COLON.test(end);
}

/** For each line, the spans of quoted replacement text in it (lines in document order, blank ones included). */
export function findQuotedReplacements(lines: readonly string[]): LineSpan[][] {
  let depth = 0;
  let pending = false;
  return lines.map((line) => {
    const spans: LineSpan[] = [];
    let start = 0;
    let from = 0;
    if (depth > 0) {
      // A paragraph inside the quote opens with “ again: it continues the quote, it does not nest.
      const lead = line.search(/\S/);
      if (lead >= 0 && OPEN.has(line[lead]!)) from = lead + 1;
    } else if (pending) {
      const lead = line.search(/\S/);
      if (lead < 0) return spans;
      pending = false;
      if (OPEN.has(line[lead]!)) {
        depth = 1;
        start = lead;
        from = lead + 1;
      }
    }
    // Only quotes and colons matter: jump from one to the next.
    const marks = /[“‘”’:：]/g;
    marks.lastIndex = from;
    for (let m = marks.exec(line); m; m = marks.exec(line)) {
      const i = m.index;
      const ch = m[0];
      if (depth > 0) {
        if (OPEN.has(ch)) depth += 1;
        else if (CLOSE.has(ch) && --depth === 0) spans.push([start, i + 1]);
        continue;
      }
      if (OPEN.has(ch) && opensNewWording(line.slice(Math.max(0, i - 80), i))) {
        depth = 1;
        start = i;
      } else if ((ch === '：' || ch === ':') && opensUnquotedWording(line.slice(Math.max(0, i - 80), i))) {
        const rest = line.slice(i + 1).trim();
        if (rest !== '' && !OPEN.has(rest[0]!)) {
          spans.push([i + 1, line.length]);
          return spans;
        }
      }
    }
    if (depth > 0 && line.length > start) spans.push([start, line.length]);
    // 修改为： ending its line: the quote opens on the next line that has text.
    if (depth === 0) pending = opensNewWording(line);
    return spans;
  });
}

/** Whether position `at` of a line lies in quoted replacement text (`spans`: that line's, from findQuotedReplacements). */
export function inQuotedReplacement(spans: readonly LineSpan[] | undefined, at: number): boolean {
  return (spans ?? []).some(([start, end]) => at >= start && at < end);
}

/** The texts with their quoted replacement text blanked by spaces (same lengths: positions hold). */
export function blankQuotedReplacements(texts: readonly string[]): string[] {
  const spans = findQuotedReplacements(texts);
  return texts.map((text, index) =>
    spans[index]!.reduce((out, [start, end]) => out.slice(0, start) + ' '.repeat(end - start) + out.slice(end), text),
  );
}
