/**
 * A table's row, whose cells wrap their text over lines of their own, back as one line of cells parted by tabs — as
 * the web reader gives a page's field table (索引号 | … | 文号 | …), which the parser reads as fields. A printer draws a
 * row cell by cell: the first cell's lines, then the next cell's, which begins higher up again and further right.
 * Example (a 47号 field table printed by a browser, the labels wrapped in narrow cells):
 *   ['组配分' (x 74, y 722), '类' (x 74, y 711), '市政府文件' (x 123, y 717), '发布机' (x 311, y 722), '构', '市政府']
 *   → ['组配分类\t市政府文件\t发布机构\t市政府']
 */
import type { PrintedLine } from './printed-lines.ts';

/** True when `line` begins the next cell of the row `before` ends: drawn higher up again, and right of it. */
const nextCell = (before: PrintedLine, line: PrintedLine): boolean =>
  line.page === before.page && line.y > before.y + 0.3 * line.size && line.x > before.right + 0.5 * line.size;

/** True when `line` goes on with the cell `above` ends: the same column, the next line down. */
const sameCell = (above: PrintedLine, line: PrintedLine): boolean =>
  line.page === above.page &&
  Math.abs(line.x - above.x) < 0.5 * line.size &&
  line.y < above.y &&
  above.y - line.y < 2.2 * line.size;

/** The lines with each table row whose cells wrap made one line of tab-parted cells. */
export function joinTableRows(lines: readonly PrintedLine[]): PrintedLine[] {
  const out: PrintedLine[] = [];
  const rows = new Set<PrintedLine>();
  let cells: PrintedLine[][] = [];
  const closeRow = (): void => {
    if (cells.length === 0) return;
    const text = cells.map((cell) => cell.map((line) => line.text.trim()).join('')).join('\t');
    const first = cells[0]![0]!;
    const last = cells.at(-1)!.at(-1)!;
    const row = {
      ...first,
      text,
      right: cells.flat().reduce((most, line) => Math.max(most, line.right), -Infinity),
      y: Math.max(first.y, last.y),
    };
    rows.add(row);
    out.push(row);
    cells = [];
  };
  for (const line of lines) {
    const before = cells.at(-1)?.at(-1) ?? out.at(-1);
    if (before && nextCell(before, line)) {
      if (cells.length === 0) {
        // The row's first cell: the lines just read in the column of the one before, within a line of this one.
        const first: PrintedLine[] = [];
        while (out.length > 0) {
          const candidate = out.at(-1)!;
          const inColumn = first.length === 0 || sameCell(candidate, first[0]!);
          if (!inColumn || rows.has(candidate) || candidate.y > line.y + 1.2 * line.size) break;
          first.unshift(out.pop()!);
        }
        if (first.length === 0) {
          out.push(line);
          continue;
        }
        cells.push(first);
      }
      cells.push([line]);
    } else if (cells.length > 0 && sameCell(cells.at(-1)!.at(-1)!, line)) {
      cells.at(-1)!.push(line);
    } else {
      closeRow();
      out.push(line);
    }
  }
  closeRow();
  return out;
}
