/**
 * Breaks a closed document's line of counts between its parts, so a separator never ends a line (pure). Example:
 * wrapCountLine('国家级 · 52 条 · ↑0%', 8) → ['国家级 · 52 条', '↑0%'] (not '国家级 · 52 条 ·' / '↑0%', which is what
 * Cytoscape's own wrapping at spaces drew). The width is estimated on the generous side, so a line given here is
 * never wrapped again by Cytoscape.
 */

/** What joins the parts of a line of counts (tier, article count, aligned share). */
export const COUNT_SEPARATOR = ' · ';

/** Ideographs, kana, full-width forms, arrows and symbols, and dashes, quotes and … (full width in a CJK font). */
const WIDE = /[\u2014-\u2026\u2190-\u2bff\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Latin glyphs wider than the usual 0.62 em of the estimate. */
const BROAD = /[%MWmw@]/;

/** A space: 0.22 em in Noto Sans SC; 0.62 like a digit made '⚠ 56 条 · ↑100%' two lines in a box it fits. */
const SPACE_EM = 0.4;

/** Estimated width of `text` in em of the label font, never less than it is drawn in Noto Sans SC. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : BROAD.test(ch) ? 0.9 : ch === ' ' ? SPACE_EM : 0.62;
  return em;
}

/** The lines of `line` within `maxEm`, broken only between parts; a part wider than that stands on its own line. */
export function wrapCountLine(line: string, maxEm: number): string[] {
  const lines: string[] = [];
  for (const part of line.split(COUNT_SEPARATOR)) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? part : `${last}${COUNT_SEPARATOR}${part}`;
    if (last !== undefined && textWidthEm(joined) <= maxEm) lines[lines.length - 1] = joined;
    else lines.push(part);
  }
  return lines;
}
