/**
 * Splits a text into plain and marked segments by character spans (pure). Example: splitBySpans('abcdef',
 * [[1, 3]]) → [{ text: 'a', marked: false }, { text: 'bc', marked: true }, { text: 'def', marked: false }].
 * Offsets count UTF-16 code units, as JavaScript strings do; overlapping spans merge; out-of-range parts are cut.
 */

/** A run of text, marked or not. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** The string alignment offsets refer to: heading + '。' + text (import/model.ts EvidenceSpan). */
export function articleBody(heading: string | null | undefined, text: string | null | undefined): string {
  return `${heading ?? ''}。${text ?? ''}`;
}

/**
 * An article's text split by evidence spans (offsets into articleBody), as it is shown: without the '。' that joins
 * an empty heading to the text (a statute's articles have none), which would open every one of them.
 * Example: markArticle('', '为了促进', [[1, 3]]) → [{ text: '为了', marked: true }, { text: '促进', marked: false }].
 */
export function markArticle(
  heading: string | null | undefined,
  text: string | null | undefined,
  spans: [number, number][],
): Segment[] {
  const segments = splitBySpans(articleBody(heading, text), spans);
  if (heading) return segments;
  const [first, ...rest] = segments;
  const trimmed = { ...first!, text: first!.text.slice(1) };
  return trimmed.text || rest.length === 0 ? [trimmed, ...rest] : rest;
}

/** Splits `text` at the given [start, end) spans. */
export function splitBySpans(text: string, spans: [number, number][]): Segment[] {
  const clean = spans
    .map(([s, e]) => [Math.max(0, Math.min(s, e)), Math.min(text.length, Math.max(s, e))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of clean) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}
