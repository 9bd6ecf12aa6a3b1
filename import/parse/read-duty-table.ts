/**
 * A table of tasks and the organs that carry them (a 任务分工 or 目标任务分解表), as a copy holds it: cells apart by tabs,
 * by bars or by wide spaces on one line a row, or one cell a line. Its header names the columns, one of them at least
 * a duty (牵头单位, 责任单位, 配合单位, 牵头负责部门); each row's cells that are lists of organs are read under their
 * column. Example (a district's target table flattened one cell a line):
 *   ['序号', '2022年预期目标', '责任单位', '1', '地区生产总值增长5.5%左右', '区发展改革委', '2', …]
 *   → rows [{ line: 6, task: '地区生产总值增长5.5%左右', lead: [沙坪坝区发展和改革委员会], cooperating: [] }, …]
 * A lead marked in its cell (★区发改委、统计局) leads and the others of the cell cooperate. Cells that name no organ (a
 * leader's name, a deadline) are the task's words; a cell of organs is never taken for a task.
 */
import type { AgencyRef, Article } from '../../model/index.ts';
import { shortPlaceName } from '../gazetteer/build-jurisdiction-index.ts';
import { placeAt } from './find-place.ts';
import { findDates } from './parse-date.ts';
import { parseAgencyList, readArticleAgencies } from './read-agencies.ts';
import type { AgencyContext } from './resolve-agency.ts';

/** One row of a duty table: its task, where its organs stand, and who leads and cooperates. */
export interface DutyRow {
  line: number;
  task: string;
  lead: AgencyRef[];
  cooperating: AgencyRef[];
  unknown: string[];
}

interface Line {
  no: number;
  text: string;
}

// A column of organs: 牵头单位, 责任部门, 配合单位, 牵头负责部门, 主要责任单位, 责任主体. (A leader's column, 牵头领导, holds
// persons and is no organs' column.)
const DUTY_COLUMN =
  /^(?:主要|具体)?(?:牵头|责任|配合|协同|协助|参与|参加|主责|负责|实施)(?:负责|责任|落实)?(?:单位|部门|主体)$/;
// A column of the tasks the table hands out (工作任务, 2022年预期目标, 重点工作目标任务, 具体措施): a table of duties
// has one; a list of contacts (单位, 联络员, 电话) or of scores (责任单位, 得分) does not.
// What every duty column's label ends with, found anywhere in a line, spaces and all (牵 头 单 位).
const DUTY_NAMED = /单[\s\u3000]*位|部[\s\u3000]*门|主[\s\u3000]*体/;
const TASK_COLUMN = /任务|目标|工作|措施|事项|项目|内容|指标|举措|要点|实事/;
const COOPERATING_COLUMN = /配合|协同|协办|协助|参与|参加/;
// Any column's label: short, no sentence in it (序号, 工作任务, 2022年预期目标, 完成时限, 牵头领导).
const COLUMN = /^[\u4e00-\u9fff\dA-Za-z()（）]{1,12}$/;
const SERIAL = /^[(（]?\d{1,3}[)）.、]?$/;
// A few words of a cell of organs that runs over lines: a place or a zone (经开区, 高新园, (邹区镇)).
const FRAGMENT = /^(?:[\u4e00-\u9fff]{1,6}(?:区|镇|乡|街道|园|村|社区)|[(（][\u4e00-\u9fff]{1,8}[)）])$/;
// A level word opening an organ's name (市发改委, 区税务局, 各街道, 自治区…).
const PLACED = /^(?:市|区|县|省|州|盟|旗|镇|乡|各|自治区|自治州|国家|中共|中国)/;
// A lead marked in words after its name (市发改委（牵头）), and duties said in words in a cell (…牵头，…配合).
const LEAD_WORD = /[(（]牵头[)）]$/;
const DUTY_WORDS = /牵头|配合|负责|参与|协助/;
// How a lead is marked among the organs of a cell.
const LEAD_MARK = /^[★☆▲△●*]/;

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '');

/**
 * A line's cells: apart by tabs or bars, else by runs of two spaces, else by single spaces with a word spaced out
 * letter by letter (工 作 任 务) joined again.
 */
function cellsOf(text: string): string[] {
  const trimmed = text.trim();
  // Tabs and bars keep a row's empty cells, a last one too, so that each cell stands under its column.
  if (/[\t|｜]/.test(trimmed))
    return text
      .replace(/^[ \u3000]+|[ \u3000]+$/g, '')
      .replace(/^[|｜]|[|｜]$/g, '')
      .split(/[\t|｜]/)
      .map((c) => c.trim());
  if (/\s{2,}|\u3000/.test(trimmed)) return trimmed.split(/(?:\s{2,}|\u3000)+/).filter((c) => c !== '');
  const cells: string[] = [];
  let spaced = '';
  for (const token of trimmed.split(/\s+/)) {
    if ([...token].length === 1) {
      spaced += token;
      continue;
    }
    if (spaced !== '') cells.push(spaced);
    spaced = '';
    cells.push(token);
  }
  if (spaced !== '') cells.push(spaced);
  return cells.filter((c) => c !== '');
}

// The first column of a table that numbers its rows.
const SERIAL_COLUMN = /^(?:序号|编号|序)$/;

/**
 * Labels that head a table: short, one a duty's and one a task's, and a numbered table's or, a row a line, one of three
 * columns or more (a heading over a lone 牵头单位 line is no header; a cell a line, only 序号 opens one).
 */
const isHeader = (columns: string[], oneCellALine: boolean): boolean =>
  columns.length >= 2 &&
  columns.every((c) => COLUMN.test(c)) &&
  columns.some((c) => DUTY_COLUMN.test(c)) &&
  columns.some((c) => !DUTY_COLUMN.test(c) && TASK_COLUMN.test(c)) &&
  (SERIAL_COLUMN.test(columns[0]!) || (!oneCellALine && columns.length >= 3));

/** Where the header stands and how its rows are laid out: one row a line, or one cell a line. */
interface Header {
  columns: string[];
  /** Index of the header's first line, and of the first line after it. */
  start: number;
  next: number;
  oneRowALine: boolean;
}

function findHeader(lines: readonly Line[], after: number): Header | undefined {
  for (let i = after; i < lines.length; i++) {
    const text = lines[i]!.text;
    // Every header names a duty: a line naming none is split into no cells (most lines of most texts).
    if (!DUTY_NAMED.test(text)) continue;
    const cells = cellsOf(text).map(compact);
    if (isHeader(cells, false)) return { columns: cells, start: i, next: i + 1, oneRowALine: true };
    // One cell a line: a run of short labels, one of them a duty's, over the first row.
    if (!DUTY_COLUMN.test(compact(text))) continue;
    // Back to the first column: 序号 opens a numbered table's header.
    let from = i;
    while (
      from > after &&
      !SERIAL_COLUMN.test(compact(lines[from]!.text)) &&
      COLUMN.test(compact(lines[from - 1]!.text)) &&
      !SERIAL.test(compact(lines[from - 1]!.text))
    )
      from--;
    let to = i + 1;
    while (to < lines.length && COLUMN.test(compact(lines[to]!.text)) && !SERIAL.test(compact(lines[to]!.text))) {
      if (!DUTY_COLUMN.test(compact(lines[to]!.text)) && to > i + 2) break;
      to++;
    }
    const columns = lines.slice(from, to).map((l) => compact(l.text));
    if (isHeader(columns, true)) return { columns, start: from, next: to, oneRowALine: false };
  }
  return undefined;
}

/** A cell's organs: who it names, and who it says leads, by a mark or in words. */
interface CellOrgans {
  agencies: AgencyRef[];
  /** The agencies the cell marks as leading (★区发改委, 市发改委（牵头）); none when it marks none. */
  marked: AgencyRef[];
  /** Duties said in words in the cell (…牵头，…配合), which no column overrides. */
  said?: { lead: AgencyRef[]; cooperating: AgencyRef[] };
  unknown: string[];
}

/** Who leads and who cooperates of a cell read under its column. */
type Duties = { lead: AgencyRef[]; cooperating: AgencyRef[]; unknown: string[] };

/** A cell's organs; undefined for a cell that is not only organs. */
function organsOf(cell: string, ctx: AgencyContext): CellOrgans | undefined {
  const written = compact(cell);
  if (written === '' || /[。；;:：]/.test(written) || written.length > 80) return undefined;
  // An organ has no figures (幼儿园3所, 公交车20部 are tasks), and one the gazetteer does not know is written with its
  // level or place (区发改委, 吴江海关), never a task's words that end as a name does (建设区域性应急物资储备中心).
  if (/\d/.test(written)) return undefined;
  const place = ctx.jurisdiction?.localName ?? ctx.jurisdiction?.name ?? '';
  const own = shortPlaceName(place) ?? place.replace(/(?:区|县|旗)$/, '');
  const placed = (name: string): boolean =>
    PLACED.test(name) || (own.length >= 2 && name.startsWith(own)) || placeAt(name, 0, ctx.gazetteer) !== undefined;
  // Duties said in words inside the cell (市发改委牵头，市住建局、市交通运输局配合): read as a bracket is.
  if (DUTY_WORDS.test(written.replace(/[(（]牵头[)）]/g, ''))) {
    const said = readArticleAgencies(`(${written})`, ctx);
    if (said.lead.length + said.cooperating.length === 0 || !said.unknown.every(placed)) return undefined;
    return { agencies: [...said.lead, ...said.cooperating], marked: [], said, unknown: said.unknown };
  }
  const items = written.split(/[、，,]/);
  // A lead marked before its name (★区发改委) or after it in words (市发改委（牵头）).
  const marks = items.map((item) => LEAD_MARK.test(item) || LEAD_WORD.test(item));
  const bare = items.map((item) => item.replace(LEAD_MARK, '').replace(LEAD_WORD, '')).join('、');
  const read = parseAgencyList(bare, ctx);
  if (read.agencies.length === 0 || read.notes.length > 0 || !read.unknown.every(placed)) return undefined;
  const marked = read.agencies.length === items.length ? read.agencies.filter((_, k) => marks[k]) : [];
  return { agencies: read.agencies, marked, unknown: read.unknown };
}

/**
 * A cell's duties under its column: as the cell says them, or its marked leads leading and the rest cooperating, or
 * all cooperating under a cooperating column (配合单位) and all leading under any other.
 */
function dutiesUnder(cell: CellOrgans, column: string): Duties {
  const { agencies, marked, said, unknown } = cell;
  if (said) return { ...said, unknown };
  if (marked.length > 0) return { lead: marked, cooperating: agencies.filter((a) => !marked.includes(a)), unknown };
  return COOPERATING_COLUMN.test(column)
    ? { lead: [], cooperating: agencies, unknown }
    : { lead: agencies, cooperating: [], unknown };
}

/** Adds organs to those an article or a row has, each once; one that leads is no partner too. */
function addDuties(into: { lead: AgencyRef[]; cooperating: AgencyRef[] }, add: Duties): void {
  for (const a of add.lead) if (!into.lead.some((l) => l.name === a.name)) into.lead.push(a);
  for (const a of add.cooperating)
    if (![...into.lead, ...into.cooperating].some((c) => c.name === a.name)) into.cooperating.push(a);
}

/** The rows of every duty table among the lines, each read from its header to the next; none without a header. */
export function readDutyTable(written: readonly Line[], ctx: AgencyContext): DutyRow[] {
  // Blank lines and a flattened table's bars between cells part nothing.
  const lines = written.filter((l) => !/^[\s\u3000|｜]*$/.test(l.text));

  const rows: DutyRow[] = [];
  for (let header = findHeader(lines, 0); header; ) {
    const next = findHeader(lines, header.next);
    const end = Math.min(next?.start ?? lines.length, closingAt(lines, header.next));
    rows.push(...readRows(header, lines.slice(header.next, end), ctx));
    header = next;
  }
  return rows;
}

// Where a text closes after a table: its 版记 (抄送:, 印发), the label of an attachment, a date alone.
const CLOSING = /^(?:抄送|抄报|主送|印发|附件\s*\d*\s*[:：]?$)/;

/**
 * The first line from `from` on that closes the text: a 版记 or an attachment's label, or a date alone, the signature
 * above it with it (宜昌市发展和改革委员会 宜昌市财政局 / 2024年4月2日).
 */
function closingAt(lines: readonly Line[], from: number): number {
  for (let k = from; k < lines.length; k++) {
    const text = lines[k]!.text.trim();
    if (CLOSING.test(text)) return k;
    if (!isDateAlone(text)) continue;
    const signed = k > from && /^[\u4e00-\u9fff\s]{2,60}$/.test(lines[k - 1]!.text.trim());
    return signed ? k - 1 : k;
  }
  return lines.length;
}

const isDateAlone = (text: string): boolean => {
  const date = findDates(text)[0];
  return date !== undefined && date.index === 0 && text.slice(date.text.length).trim() === '';
};

function readRows(header: Header, body: readonly Line[], ctx: AgencyContext): DutyRow[] {
  const duties = header.columns.filter((c) => DUTY_COLUMN.test(c));
  const rows: DutyRow[] = [];
  const push = (line: number, words: string[], cells: Duties[]): void => {
    const row: DutyRow = { line, task: words.join(' '), lead: [], cooperating: [], unknown: [] };
    for (const cell of cells) {
      addDuties(row, cell);
      row.unknown.push(...cell.unknown);
    }
    if (row.lead.length + row.cooperating.length > 0) rows.push(row);
  };
  if (header.oneRowALine) {
    for (const line of body) {
      const cells = cellsOf(line.text);
      if (cells.length < 2) continue;
      // Cells under their own columns when the row has them all; else the organs close the row, in the duties' order.
      const organs = new Map<number, Duties>();
      if (cells.length === header.columns.length) {
        cells.forEach((cell, k) => {
          const column = header.columns[k]!;
          const read = DUTY_COLUMN.test(column) ? organsOf(cell, ctx) : undefined;
          if (read) organs.set(k, dutiesUnder(read, column));
        });
      } else {
        // The organs that close the row stand under the duties from the first (a lost empty 配合单位 cell leaves the
        // lead the lead).
        const closing: CellOrgans[] = [];
        for (let k = cells.length - 1; k > 0 && closing.length < duties.length; k--) {
          const read = organsOf(cells[k]!, ctx);
          if (!read) break;
          closing.unshift(read);
        }
        const from = cells.length - closing.length;
        closing.forEach((read, d) => organs.set(from + d, dutiesUnder(read, duties[d]!)));
      }
      const words = cells.filter((c, k) => !organs.has(k) && c !== '' && !SERIAL.test(compact(c)));
      push(line.no, words, [...organs.values()]);
    }
    return rows;
  }
  // One cell a line: the organs' cells that follow a row's other cells are its duties, in the header's order.
  let words: string[] = [];
  let organs: Duties[] = [];
  let at = 0;
  const close = (): void => {
    if (organs.length > 0) push(at, words, organs);
    words = [];
    organs = [];
  };
  for (const line of body) {
    const cell = line.text.trim();
    const read = organsOf(cell, ctx);
    if (read) {
      // Organs past the last duty column are that cell's, over more lines.
      if (organs.length === 0) at = line.no;
      organs.push(dutiesUnder(read, duties[Math.min(organs.length, duties.length - 1)]!));
      continue;
    }
    // A cell of organs broken over lines (经开区 / 高新园 / (邹区镇) / 各街道): its short words between organs are its own.
    if (organs.length > 0 && FRAGMENT.test(compact(cell))) continue;
    if (organs.length > 0) close();
    if (!SERIAL.test(compact(cell))) words.push(cell);
  }
  close();
  return rows;
}

/** Puts each row's organs on the article its line stands in (the last to begin at or before it). */
export function dutiesOnArticles(rows: readonly DutyRow[], articles: readonly Article[]): void {
  for (const row of rows) {
    const article = articles.findLast((a) => a.line <= row.line);
    if (article)
      addDuties({ lead: article.leadAgencies, cooperating: article.cooperatingAgencies }, { ...row, unknown: [] });
  }
}

// Articles that are a table's rows: their goals are read from the table's text, which holds rows whose organs the
// copy lost (a page cut inside the table) and figures in cells of their own.
const TABLE_ROWS = new WeakSet<Article>();

/** True for an article made of a duty table's row. */
export const isTableRow = (article: Article): boolean => TABLE_ROWS.has(article);

/** Rows of a table that holds no numbered text of its own as its articles, paths under `prefix` (x1/a3). */
export function rowsAsArticles(rows: readonly DutyRow[], prefix = ''): Article[] {
  const articles = rows.map(
    (row, i): Article => ({
      number: i + 1,
      label: '',
      heading: '',
      text: row.task,
      path: `${prefix}a${i + 1}`,
      order: i + 1,
      line: row.line,
      items: [],
      leadAgencies: [...row.lead],
      cooperatingAgencies: [...row.cooperating],
      obligations: [],
      money: [],
    }),
  );
  for (const article of articles) TABLE_ROWS.add(article);
  return articles;
}
