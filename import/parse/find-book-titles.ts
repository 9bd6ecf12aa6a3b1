/**
 * Top-level 《…》 spans of a line, nested titles kept whole. Example:
 *   '转发《关于印发《A》的通知》和《B》' → [{ start: 2, end: 15, title: '关于印发《A》的通知' }, { …, title: 'B' }]
 * `end` is the index of the closing 》.
 */

/** One 《title》 span. */
export interface BookTitleSpan {
  start: number;
  end: number;
  title: string;
}

/** Finds the top-level 《…》 spans of a text; an unclosed 《 yields nothing. */
export function findBookTitles(text: string): BookTitleSpan[] {
  const spans: BookTitleSpan[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '》' && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: i, title: text.slice(start + 1, i).trim() });
    }
  }
  return spans;
}
