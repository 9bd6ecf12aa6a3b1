/**
 * A page's header, told by the title its `<head>` names: the first visible line that is that title (ArticleTitle, or
 * `<title>` without the site's name) is the document's title line, and what stands above it is the site's — logo,
 * accessibility links, clock, menus, the portal's record and own fields (生成日期, 公开时限, 分类) — except the fields the
 * document readers use (索引号：/ 发布机构：… and their values), rows of the field table (a cell carrying a field's label;
 * a breadcrumb set as a table is the site's), and a red header or a document number.
 * Example (lines of a 47号 page, head ArticleTitle '关于…的通知'):
 *   ['万载县人民政府-', '网站无障碍关怀版', '索 引 号：', '014742224A/2023-0043406', '关于…的通知', '各乡镇：', …]
 *   → keeps ['索 引 号：', '014742224A/2023-0043406', '关于…的通知', '各乡镇：', …], cut [0, 1].
 * The title may stand over two or three lines (an <h1> broken by <br>): its first line is the title's line.
 * Nothing is cut when no line is the head's title, when that line opens the page, or when a line above it reads as the
 * document's text (a sentence, a numbered heading): then the line found is no title but one the head names too, as the
 * signature is when `<title>` holds only the site's name (宜春市人民政府).
 */
import { findDocNumbers, normalizeLine } from '../../../text/index.ts';
import { isMasthead } from '../classify-head-line.ts';
import { CLOSING_BAR } from '../page-closing-bar.ts';
import { pageFieldOf } from '../read-page-fields.ts';

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '');

// A field's label at the start of a line (索 引 号：, 发文机关：\t…), as a 47号 field table shows its cells.
const LABEL = /^[\s\u3000]*([\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,9})[\s\u3000]*[:：]/;
// A label of a field the document readers use (索引号, 发布机构, 成文日期…); others are the portal's record (生成日期,
// 公开时限, 责任部门, 访问量) or its own (分类, 您当前所在位置).
const knownLabel = (line: string): boolean => {
  const field = pageFieldOf(LABEL.exec(line)?.[1] ?? '');
  return field !== undefined && field !== 'record';
};

/**
 * True for a row of the field table: a cell of it carries a field's label (索引号 | 113325…/2023-43887 | 文号 | …, or
 * 发布机构：| 市政府), the portal's record's too (组配分类). A row of other cells is the site's: a breadcrumb set as a
 * table (>> 政务公开 | >> 市政府信息公开 | >> 政策文件), whose cells are section names, no fields.
 */
function isFieldRow(line: string): boolean {
  if (!line.includes('\t')) return false;
  return line.split('\t').some((cell) => {
    const label = LABEL.exec(cell)?.[1] ?? cell.replace(/[:：]?[\s\u3000]*$/, '');
    return pageFieldOf(label) !== undefined;
  });
}

// What a document's text holds and a footer never does: a sentence, or a numbered heading (一、, （一）, 第一条).
const DOCUMENT_LINE =
  /[。；;]\s*$|^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百]+条)/;

// How many lines a title the page breaks (<h1>…印发<br>《…》的通知</h1>) may stand over.
const TITLE_LINES_MOST = 3;

/** True when the title starts at line `i`: that line, or it and the next lines joined, are the title. */
function titleRunAt(lines: string[], i: number, wanted: string): boolean {
  let joined = '';
  for (let k = i; k < lines.length && k < i + TITLE_LINES_MOST; k++) {
    const part = compact(lines[k]!);
    if (part === '' || !wanted.startsWith(joined + part)) return false;
    joined += part;
    if (joined === wanted) return true;
  }
  return false;
}

/**
 * The index of the head's title line (the first of them when the page breaks the title over lines) among the lines, or -1: also when a line above it reads as the document's text,
 * for then the line found is one the title names too (the signature, when `<title>` holds only the site's name).
 */
export function headTitleLine(lines: string[], headTitles: string[]): number {
  for (const title of headTitles) {
    const wanted = compact(title);
    if (wanted.length < 4) continue;
    const at = lines.findIndex((_, i) => titleRunAt(lines, i, wanted));
    if (at < 0) continue;
    return lines.slice(0, at).some((line) => DOCUMENT_LINE.test(line)) ? -1 : at;
  }
  return -1;
}

/**
 * Indexes of the lines of the page's footer: from the bar that closes the article below the title to the end, when
 * nothing after that bar reads as the document's text (a sentence, a numbered heading). The footer's link lists
 * (上级政府网站: 江西省人民政府, 宜春市人民政府…) would otherwise stand where the signature is looked for.
 */
export function pageFooterLines(lines: string[], titleAt: number): number[] {
  if (titleAt < 0) return [];
  const at = lines.findIndex((line, i) => i > titleAt && CLOSING_BAR.test(line.trim()));
  if (at < 0 || lines.slice(at).some((line) => DOCUMENT_LINE.test(line))) return [];
  return lines.map((_, i) => i).filter((i) => i >= at);
}

/** Indexes of the lines above the head's title line (`at`, from headTitleLine) that are the site's header. */
export function pageHeaderLines(lines: string[], at: number): number[] {
  const cut: number[] = [];
  let labelAlone = false;
  for (let i = 0; i < at; i++) {
    const line = lines[i]!;
    const isLabel = knownLabel(line) || isFieldRow(line);
    // The value of a label alone on its line (索 引 号： / 014742224A/2023-0043406) belongs to the field table.
    const isValue = labelAlone && line.trim() !== '';
    // A red header (株洲市人民政府文件) and a number over a title that stands only in the content are the document's.
    const own = isMasthead(line) || findDocNumbers(normalizeLine(line).match).length > 0;
    if (!isLabel && !isValue && !own) cut.push(i);
    if (line.trim() !== '') labelAlone = knownLabel(line) && line.replace(LABEL, '').trim() === '';
  }
  return cut;
}
