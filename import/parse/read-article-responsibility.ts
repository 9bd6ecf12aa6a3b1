/**
 * An article's lead and cooperating agencies, from the responsibility bracket closing each of its numbered items and
 * its own closing bracket. Example (Guizhou, an article of two items):
 *   '1.加快推进农产品结构化调整。…(省农业农村厅,各市〔州〕人民政府、贵安新区管委会)'
 *   '2.建设农产品生产标准化体系。…(省市场监管局、省农业农村厅、省商务厅、省林业厅)'
 *   → lead [贵州省农业农村厅, 各市〔州〕人民政府, 贵安新区管理委员会…, 贵州省市场监督管理局, 贵州省商务厅, 贵州省林业厅]
 * An agency that leads one item and cooperates on another leads the article. The brackets leave the items' and the
 * article's texts, as an article's own bracket always did.
 */
import type { AgencyRef, Article, Item } from '../../model/index.ts';
import { LEAD_DUTIES, PART_DUTIES } from './duty-words.ts';
import { type AgencyRules, type ArticleAgencies, labelLineAsBracket, readArticleAgencies } from './read-agencies.ts';
import { dutiesOnArticles, readDutyTable, rowsAsArticles } from './read-duty-table.ts';
import type { AgencyContext } from './resolve-agency.ts';

/** Items in document order: each before the items it holds. */
function itemsInOrder(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...itemsInOrder(item.items)]);
}

// Words that make a bracket inside a text a responsibility bracket: a duty (负责, 牵头, 配合…) or a label (牵头单位:).
const DUTY_WORDS = `(?:${[...LEAD_DUTIES, ...PART_DUTIES].join('|')}|单位\\s*[:：]|部门\\s*[:：])`;
const NAMES_DUTY = new RegExp(DUTY_WORDS);
// A bracket closing a sentence inside a paragraph, more of the paragraph after it, naming duties (…技术标准。（市场监管
// 总局、工业和信息化部负责）推广一批…): the paragraph is read in pieces, each ending with its bracket.
const SENTENCE_BRACKET = new RegExp(
  `[。；;！？!?]\\s*[（(][^（）()\\n]{0,300}?${DUTY_WORDS}[^（）()\\n]{0,300}[）)](?=\\s*[^\\s）)])`,
  'g',
);

/** A text cut after each paragraph and each bracket closing a sentence: the pieces a responsibility bracket may end. */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    let from = 0;
    for (const m of line.matchAll(SENTENCE_BRACKET)) {
      const end = (m.index ?? 0) + m[0].length;
      pieces.push(line.slice(from, end));
      from = end;
    }
    pieces.push(line.slice(from));
  }
  return pieces.filter((p) => p !== '');
}

/**
 * Every responsibility bracket of a text (one closing a paragraph or a sentence, as State Council texts set one after
 * each task, or the text's last): the text without them, and what each named.
 */
function readBrackets(
  text: string,
  ctx: AgencyContext,
  rules: AgencyRules,
): { text: string; found: ArticleAgencies[] } {
  const found: ArticleAgencies[] = [];
  const take = (read: ArticleAgencies): void => {
    if (read.firstListedLeads) rules.firstListedLeads = true;
    found.push(read);
  };
  const pieces = piecesOf(text);
  const kept = pieces.map((piece, i) => {
    const newline = /\n+$/.exec(piece)?.[0] ?? '';
    const line = piece.slice(0, piece.length - newline.length);
    // A line of its own naming the organs (牵头单位:区发改局, 部门分工:省发展改革委牵头,各地、各部门配合。) is read as a
    // bracket is, and leaves the text, but for a labelled note it holds (完成时限:…).
    const bracket = labelLineAsBracket(line);
    if (bracket !== undefined) {
      const read = readArticleAgencies(bracket, ctx, rules);
      if (read.lead.length + read.cooperating.length > 0) {
        take(read);
        // What stays is a labelled note of the line (完成时限:…); the label's other words (全区经济运行各专班) go with it.
        const note = read.text.replace(/^[(（]|[)）]$/g, '');
        return /[\u4e00-\u9fff]{2,10}\s*[:：]/.test(note) ? note + newline : '';
      }
    }
    const read = readArticleAgencies(line, ctx, rules);
    if (read.bracket === undefined) return piece;
    // Before the text's end a bracket names duties to be one (a list of names there is an example or an aside).
    if (i < pieces.length - 1 && !NAMES_DUTY.test(read.bracket)) return piece;
    take(read);
    return read.text + newline;
  });
  // A line that left the text leaves no empty line behind.
  const joined = kept.join('');
  return { text: found.length > 0 ? joined.replace(/\n{2,}/g, '\n').replace(/\n+$/, '') : joined, found };
}

/**
 * Reads the brackets of the article's items, then the article's own, into `leadAgencies` and `cooperatingAgencies`;
 * removes them from the texts; `rules` carries what earlier brackets ruled (列第一位者为牵头单位，下同). Returns the
 * agency names the gazetteer does not know.
 */
export function readArticleResponsibility(article: Article, ctx: AgencyContext, rules: AgencyRules): string[] {
  const lead: AgencyRef[] = [];
  const cooperating: AgencyRef[] = [];
  const unknown: string[] = [];
  const add = (found: ArticleAgencies): void => {
    for (const a of found.lead) if (!lead.some((l) => l.name === a.name)) lead.push(a);
    for (const a of found.cooperating) if (!cooperating.some((c) => c.name === a.name)) cooperating.push(a);
    unknown.push(...found.unknown);
  };
  let text = article.text;
  let cursor = 0;
  for (const item of itemsInOrder(article.items)) {
    const read = readBrackets(item.text, ctx, rules);
    if (read.found.length === 0) continue;
    read.found.forEach(add);
    // The item's text stands in the article's as written: the same words lose the same brackets there.
    const at = text.indexOf(item.text, cursor);
    if (at >= 0) {
      text = text.slice(0, at) + read.text + text.slice(at + item.text.length);
      cursor = at + read.text.length;
    }
    item.text = read.text;
  }
  const own = readBrackets(text, ctx, rules);
  own.found.forEach(add);
  article.text = own.found.length > 0 ? own.text.replace(/\n+$/, '').trimEnd() : text;
  article.leadAgencies = lead;
  article.cooperatingAgencies = cooperating.filter((c) => !lead.some((l) => l.name === c.name));
  return unknown;
}

/**
 * The organs of a text's articles (their brackets) and of its table of duties (任务分工, 目标任务分解表), each row's on
 * the article it stands in. A text with no numbered articles whose table is its substance (an attachment that is the
 * table) has the table's rows for articles, paths under `prefix`. Returns the articles and the names the gazetteer
 * does not know, with their lines.
 */
export function readResponsibilities(
  articles: Article[],
  lines: readonly { no: number; text: string }[],
  ctx: AgencyContext,
  rules: AgencyRules,
  prefix = '',
): { articles: Article[]; unknown: { name: string; line: number }[] } {
  const unknown = articles.flatMap((article) =>
    readArticleResponsibility(article, ctx, rules).map((name) => ({ name, line: article.line })),
  );
  const rows = readDutyTable(lines, ctx);
  for (const row of rows) unknown.push(...row.unknown.map((name) => ({ name, line: row.line })));
  if (articles.length === 0) return { articles: rowsAsArticles(rows, prefix), unknown };
  dutiesOnArticles(rows, articles);
  return { articles, unknown };
}
