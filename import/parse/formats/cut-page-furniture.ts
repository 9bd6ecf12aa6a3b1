/**
 * A printed document's page furniture, which is no text of it: the page number at a page's top or foot (`— 3 —`,
 * `- 3 -`, `第3页 共8页`, `3/8`, a bare number), and a running header or footer (the issuer's name over each page, the
 * date, title and address a browser prints) — a line that stands at the top or the foot of most pages alike, its
 * numbers aside. Example (three pages, each ending with its number):
 *   cutPageFurniture([{ text: '正文', page: 1, y: 700 }, { text: '— 1 —', page: 1, y: 40 }, …, { text: '— 3 —', page: 3 }])
 *   → [{ text: '正文', page: 1, y: 700 }, …]
 */
import type { PrintedLine } from './printed-lines.ts';

const PAGE_NUMBER = [
  /^[-—–－‐―~～\s]*\d{1,4}[-—–－‐―~～\s]*$/,
  /^第\s*\d{1,4}\s*页(?:[\s,，、/]*共\s*\d{1,4}\s*页)?$/,
  /^(?:共\s*\d{1,4}\s*页[\s,，、/]*)?第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(?:page\s*)?\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i,
];

// How many lines at each edge of a page may be furniture: a browser prints two (date and title; address and number).
const EDGE = 2;

/** The lines standing at the top and at the foot of one page (by height on the page, not by drawing order). */
function edgeLines(lines: PrintedLine[]): PrintedLine[] {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  return [...byHeight.slice(0, EDGE), ...byHeight.slice(-EDGE)];
}

/** A line with its numbers made one mark, so the footer of page 2 is that of page 3 (`file:///a.html 2/3`). */
const shape = (line: PrintedLine): string => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** The lines without the pages' numbers and running headers and footers. */
export function cutPageFurniture(lines: readonly PrintedLine[]): PrintedLine[] {
  const pages = new Map<number, PrintedLine[]>();
  for (const line of lines) {
    const page = pages.get(line.page);
    if (page) page.push(line);
    else pages.set(line.page, [line]);
  }
  const edges = [...pages.values()].map(edgeLines);
  const seen = new Map<string, number>();
  for (const edge of edges)
    for (const shaped of new Set(edge.map(shape))) seen.set(shaped, (seen.get(shaped) ?? 0) + 1);
  // Running: on more than half the pages, and on two at least (a one-page text repeats nothing).
  const running = (line: PrintedLine): boolean => pages.size >= 2 && (seen.get(shape(line)) ?? 0) * 2 > pages.size;
  const furniture = (line: PrintedLine): boolean =>
    PAGE_NUMBER.some((pattern) => pattern.test(line.text.trim())) || running(line);
  const cut = new Set<PrintedLine>();
  // From each edge inwards while the lines are furniture: a number further in is a table's, not the page's.
  for (const page of pages.values()) {
    const byHeight = [...page].sort((a, b) => b.y - a.y);
    for (const edge of [byHeight, [...byHeight].reverse()]) {
      for (const line of edge.slice(0, EDGE)) {
        if (!furniture(line)) break;
        cut.add(line);
      }
    }
  }
  return lines.filter((line) => !cut.has(line));
}
