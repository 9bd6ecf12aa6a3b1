/**
 * Tables of contents: the headings a statute lists before its text proper, which the text then repeats. Examples:
 *   ['类 别:…', '目 录', '第一章 总则', '第二章 附则', '第一章 总则', '第一条 …'] → [{ marker: '目 录', lines: [目 录 … 第二章 附则] }]
 *   ['第一章 总则', '第二章 附则', '第一章 总则', '第一条 …'] → the same without marker: a run of headings repeated
 *   ['第一章 总则', '第二章 附则', '第一条 …'] → [] (a chapter without articles of its own lists nothing)
 * After a 目录 line, the table is every line up to the first article or the heading that repeats its first entry;
 * without that end it is the 目录 line and the headings right under it only. Without a 目录 line, a run of two or
 * more headings is a table only when the heading right after it repeats the run's first, or when no article
 * follows it anywhere (a page that prints the amended text's chapter list over an amending decision):
 *   ['第一章 总则', '第二章 附则', '决定对《…条例》作如下修改:', '一、第三条修改为:…'] → the two headings
 */
import type { ParseIssue } from '../../model/index.ts';
import { CHINESE_NUMERAL_CHARS } from '../../text/index.ts';
import { type Division, readDivision, type StatuteLine } from './read-division.ts';

/** One table of contents: its 目录 line when it has one, and all its lines (the 目录 line included). */
export interface TableOfContents {
  marker?: StatuteLine;
  lines: StatuteLine[];
}

const MARKER = /^(?:目录|目次)$/;
const ARTICLE_START = new RegExp(`^第\\s*(?:[${CHINESE_NUMERAL_CHARS}]{1,7}|\\d{1,4})\\s*条(?![~～至])`);

const compact = (line: StatuteLine): string => line.match.replace(/\s+/g, '');
const isBlank = (line: StatuteLine): boolean => line.drop !== undefined || line.match.trim() === '';
const keyOf = (division: Division): string => `${division.kind}${division.number}`;

/** The note that a table of contents was left out of the structure, at its 目录 line or its first heading. */
export function tableOfContentsIssue(table: TableOfContents, file: string): ParseIssue {
  const at = table.marker ?? table.lines.find((l) => !isBlank(l)) ?? table.lines[0]!;
  return {
    file,
    line: at.no,
    severity: 'info',
    code: 'TABLE_OF_CONTENTS',
    message: table.marker
      ? 'table of contents (目录) left out of the structure'
      : `table of contents (headings the text repeats, lines ${at.no}–${table.lines.at(-1)!.no}) left out of the structure`,
  };
}

/** Marks the lines of the tables of contents as no text (drop: 'contents'); returns the notes telling where they were. */
export function dropTablesOfContents(lines: StatuteLine[], file: string): ParseIssue[] {
  const tables = findTablesOfContents(lines);
  for (const line of tables.flatMap((t) => t.lines)) if (!line.drop) line.drop = 'contents';
  return tables.map((t) => tableOfContentsIssue(t, file));
}

/** True when `line` opens the text proper that the entry `first` announced: the same division, or the same words. */
function repeats(line: StatuteLine, first: StatuteLine): boolean {
  const a = readDivision(line);
  const b = readDivision(first);
  if (a && b) return keyOf(a) === keyOf(b);
  return !a && !b && compact(line) === compact(first);
}

/** Finds the tables of contents among the lines. */
export function findTablesOfContents(lines: readonly StatuteLine[]): TableOfContents[] {
  const tables: TableOfContents[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!isBlank(line) && MARKER.test(compact(line))) {
      const end = endOfListed(lines, i + 1);
      tables.push({ marker: line, lines: lines.slice(i, end) });
      i = end;
      continue;
    }
    const run = readDivision(line) ? repeatedRun(lines, i) || listWithoutText(lines, i) : repeatedOutline(lines, i);
    if (run > 0) {
      tables.push({ lines: lines.slice(i, run) });
      i = run;
      continue;
    }
    i++;
  }
  return tables;
}

/** Where the lines listed under a 目录 end: at the first article, the repeat of the first entry, or a heading. */
function endOfListed(lines: readonly StatuteLine[], from: number): number {
  let first: StatuteLine | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (ARTICLE_START.test(line.match.trim())) return i;
    // The text proper of a Markdown statute opens with a heading; its table of contents is plain lines.
    if (line.headingLevel !== undefined) return i;
    if (first && repeats(line, first)) return i;
    first ??= line;
  }
  // No end: only the headings right under the 目录 are its entries.
  let end = from;
  for (let i = from; i < lines.length && (isBlank(lines[i]!) || readDivision(lines[i]!)); i++)
    if (!isBlank(lines[i]!)) end = i + 1;
  return end;
}

const RANK: Record<Division['kind'], number> = { 编: 0, 分编: 1, 章: 2, 节: 3 };

/**
 * The end of a run of two or more headings starting at `from` that the next heading repeats; 0 when there is none.
 * Markdown headings are the text proper, never such a run; a run holding a higher division than its first (第一节,
 * 第二章, 第一节) is numbering that restarts, no repeat.
 */
function repeatedRun(lines: readonly StatuteLine[], from: number): number {
  const first = lines[from]!;
  const rank = RANK[readDivision(first)!.kind];
  if (first.headingLevel !== undefined) return 0;
  let count = 1;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const division = readDivision(line);
    if (!division || line.headingLevel !== undefined || RANK[division.kind] < rank) return 0;
    if (repeats(line, first)) return count >= 2 ? i : 0;
    count++;
  }
  return 0;
}

/**
 * The end of a run of headings starting at `from`, two or more of the first's kind, with nothing between them and
 * no article anywhere after; 0 otherwise. Chapters that hold no article in the whole text are a list of another
 * text's chapters (an amending decision printed under the amended statute's chapter list), never its own parts.
 */
function listWithoutText(lines: readonly StatuteLine[], from: number): number {
  const first = lines[from]!;
  if (first.headingLevel !== undefined) return 0;
  const kind = readDivision(first)!.kind;
  let sameKind = 0;
  let end = from;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const division = readDivision(line);
    if (!division || line.headingLevel !== undefined) break;
    if (division.kind === kind) sameKind++;
    end = i + 1;
  }
  if (sameKind < 2) return 0;
  return lines.slice(end).some((l) => !isBlank(l) && ARTICLE_START.test(l.match.trim())) ? 0 : end;
}

// A heading of a decimal outline, its number and a short name, no sentence (1 总则, 2.3 各镇人民政府防汛抗旱指挥部职责).
const OUTLINE_HEADING = /^\d{1,2}(?:\.\d{1,2}){0,3}\s*[\u4e00-\u9fff][^。;；:：]{0,29}$/;
// How many headings a list of the outline's holds at least to be taken for a table of contents.
const OUTLINE_ENTRIES_AT_LEAST = 5;

/**
 * The end of a run of decimal outline headings starting at `from` (1 总则 / 1.1 编制目的 / … / 9 名词术语), five or more
 * with nothing between them, that the next line repeats the first of (1 总则, its text proper); 0 otherwise. Plans and
 * contingency plans (应急预案) print such a list of their sections without a 目录 line.
 */
function repeatedOutline(lines: readonly StatuteLine[], from: number): number {
  const first = lines[from]!;
  if (first.headingLevel !== undefined || !OUTLINE_HEADING.test(compactOutline(first))) return 0;
  let count = 1;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (compactOutline(line) === compactOutline(first)) return count >= OUTLINE_ENTRIES_AT_LEAST ? i : 0;
    if (line.headingLevel !== undefined || !OUTLINE_HEADING.test(compactOutline(line))) return 0;
    count++;
  }
  return 0;
}

/** An outline heading's line as written, each run of spaces one space (1　 总则 → 1 总则). */
const compactOutline = (line: StatuteLine): string => line.match.trim().replace(/\s+/g, ' ');
