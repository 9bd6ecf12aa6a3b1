/**
 * A statute's body → chapters (章) with their sections (节), articles (条, also 第X条之一) with paragraphs (款) and
 * items (项 （一）, 目 1.). Books (编, 分编) are kept on the chapters they hold. Example:
 *   ['第一章 总则', '第一条 为了…，制定本条例。', '第二条 本条例所称…：', '（一）…；', '（二）…。', '前款…。', '第一节 …']
 *   → parts [{ number: 1, level: 'chapter', heading: '总则', path: 'p1', sections: [{ path: 'p1/s1', … }] }],
 *     articles [{ number: 1, path: 'p1/a1', paragraphs: ['为了…，制定本条例。'] },
 *               { number: 2, paragraphs: ['本条例所称…：\n（一）…；\n（二）…。', '前款…。'], items: [i1, i2] }]
 * Chapter numbers that restart in each book (刑法) are renumbered in document order so that paths stay unique.
 */
import type { Article, Item, ParseIssue, Part } from '../../../model/index.ts';
import { CHINESE_NUMERAL_CHARS, readChineseNumber } from '../../../text/index.ts';
import type { SourceLine } from '../source-lines.ts';
import { newArticle } from '../build-structure.ts';
import { findTablesOfContents, tableOfContentsIssue } from '../find-table-of-contents.ts';
import { readDivision, type StatuteLine } from '../read-division.ts';
import { splitRunInArticles } from '../split-run-in-articles.ts';
import { readArticleCaption } from '../read-article-caption.ts';

export { readDivision, type StatuteLine } from '../read-division.ts';

/** A line that opens an article (第十条, 第 10 条), whatever follows. */
export const ARTICLE_LINE = /^第\s*[一二三四五六七八九十百千零〇\d]{1,7}\s*条/;
/** A table of contents' heading (目录, 目 录). */
export const TOC_LINE = /^目\s*录$/;

/** True for a line that opens an article or a division (章, 节, 编). */
export function isArticleOrDivision(line: StatuteLine): boolean {
  return ARTICLE_LINE.test(line.match.trim()) || readDivision(line) !== undefined;
}

/** True for a line that opens a statute's body: an article, a division or a table of contents. */
export function opensStatuteBody(line: StatuteLine): boolean {
  return isArticleOrDivision(line) || TOC_LINE.test(line.match.replace(/\s+/g, ''));
}

/** The structure read from the body. */
export interface StatuteStructure {
  parts: Part[];
  articles: Article[];
  /** Lines before the first part or article (a preamble, a 序言 without heading, a decision's opening). */
  looseLines: SourceLine[];
  issues: ParseIssue[];
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,7}`;
// Not an article: a reference (第十条的规定, 第十条第二款) or a range (第1~20条, a table of contents' entry).
const ARTICLE = new RegExp(
  `^第\\s*(${CN}|\\d{1,4})\\s*条(?:\\s*之\\s*(${CN}|\\d{1,2}))?(?:[\\s:：]+|$|(?=[^\\s的规中第、,，至和或及与款项所条~～]))(.*)$`,
);
const ITEM = new RegExp(`^(\\(\\s*(${CN})\\s*\\)|（\\s*(${CN})\\s*）)\\s*(.*)$`);
const SUB_ITEM = /^((\d{1,2})\s*[.．、](?!\d)|[(（]\s*(\d{1,2})\s*[)）])\s*(.*)$/;

const num = (text: string): number => readChineseNumber(text.replace(/\s+/g, '')) ?? Number.NaN;

interface Draft {
  article: Article;
  paragraphs: string[][];
  /** Items of the current paragraph, and the current item for 目. */
  item?: { item: Item; lines: string[] };
  subItem?: { item: Item; lines: string[] };
  allItems: { item: Item; lines: string[] }[];
}

/** Builds parts and articles from the body lines of a statute. */
export function buildStatuteStructure(bodyLines: StatuteLine[], file: string): StatuteStructure {
  // A page flattened into one line holds several articles: each is read from a line of its own.
  const lines = splitRunInArticles(bodyLines);
  const parts: Part[] = [];
  const drafts: Draft[] = [];
  const looseLines: SourceLine[] = [];
  const issues: ParseIssue[] = [];
  const partTexts = new Map<Part, string[]>();
  let book: string[] = [];
  let bian: string | undefined;
  // A 编 with articles straight under it (刑事诉讼法 第四编 执行) becomes a part of its own when its first article comes.
  let bookLine: { label: string; heading: string; line: SourceLine } | undefined;
  let chapter: Part | undefined;
  let section: Part | undefined;
  let draft: Draft | undefined;
  let lastArticle = 0;
  const tables = findTablesOfContents(lines);
  const listed = new Set(tables.flatMap((t) => t.lines));
  issues.push(...tables.map((t) => tableOfContentsIssue(t, file)));

  const openPart = (level: NonNullable<Part['level']>, label: string, heading: string, line: SourceLine): Part => {
    const part: Part = { number: 0, label, heading, path: '', line: line.no, articles: [], level };
    if (book.length > 0) part.book = book.join(' ');
    partTexts.set(part, []);
    draft = undefined;
    return part;
  };

  for (const line of lines) {
    if (line.drop || line.match.trim() === '' || listed.has(line)) continue;
    const division = readDivision(line);
    const article = division ? undefined : ARTICLE.exec(line.match);
    if (division) {
      if (division.kind === '编' || division.kind === '分编') {
        const name = `${division.label} ${division.heading}`.trim();
        // A 分编 replaces the 分编 before it, under its 编 when the text has one (a book stored alone has none).
        if (division.kind === '编') bian = name;
        book = division.kind === '编' ? [name] : [...(bian ? [bian] : []), name];
        bookLine = { label: division.label, heading: division.heading, line };
        chapter = undefined;
        section = undefined;
        draft = undefined;
        continue;
      }
      if (division.kind === '章' || !chapter) {
        chapter = openPart(division.kind === '章' ? 'chapter' : 'section', division.label, division.heading, line);
        parts.push(chapter);
        section = undefined;
      } else {
        section = openPart('section', division.label, division.heading, line);
        (chapter.sections ??= []).push(section);
      }
      continue;
    }
    if (line.headingLevel !== undefined && !article) {
      // A heading without 章/节 numbering (序言, 附则, 一、管辖): a part of its own.
      chapter = openPart('heading', '', line.text.trim(), line);
      parts.push(chapter);
      section = undefined;
      continue;
    }
    if (article && !chapter && bookLine) {
      const held = book;
      book = book.slice(0, -1);
      chapter = openPart('heading', bookLine.label, bookLine.heading, bookLine.line);
      book = held;
      parts.push(chapter);
      bookLine = undefined;
    }
    if (article) {
      const base = num(article[1]!);
      const sub = article[2] === undefined ? undefined : num(article[2]);
      const glued = !/^第[^条]*条(?:\s*之\s*[^\s]+)?[\s:：]/.test(line.match) && article[3] !== '';
      // A line opening with 第十条 but not in sequence and glued to its text is a reference (第十条规定的…), not an article.
      const inSequence = sub !== undefined ? base === lastArticle : base === lastArticle + 1 || drafts.length === 0;
      if (!(glued && !inSequence && drafts.length > 0)) {
        const labelLength = line.match.length - (article[3] ?? '').length;
        const first = line.text.slice(labelLength).trim();
        // A caption after the number (第一条【立法目的】, 第一条（立法目的）) is the article's heading.
        const { caption, body } = readArticleCaption(first);
        const entry = newArticle(
          base,
          line.text.slice(0, labelLength).trim(),
          caption ?? '',
          drafts.length + 1,
          line.no,
        );
        if (sub !== undefined) entry.subNumber = sub;
        if (chapter) entry.partNumber = 0;
        draft = { article: entry, paragraphs: body === '' ? [] : [[body]], allItems: [] };
        drafts.push(draft);
        chapter?.articles.push(entry);
        if (section && section !== chapter) section.articles.push(entry);
        if (!inSequence && drafts.length > 1) {
          issues.push({
            file,
            line: line.no,
            severity: 'warning',
            code: 'ARTICLE_OUT_OF_SEQUENCE',
            message: `article ${entry.label} follows article ${lastArticle}`,
          });
        }
        lastArticle = base;
        continue;
      }
    }
    if (draft) {
      addLine(draft, line);
      continue;
    }
    const holder = section ?? chapter;
    if (holder) partTexts.get(holder)!.push(line.text);
    else looseLines.push(line);
  }

  numberParts(parts, issues, file);
  for (const d of drafts) finishArticle(d);
  for (const [p, texts] of partTexts) if (texts.length > 0) p.text = texts.join('\n');
  return { parts, articles: drafts.map((d) => d.article), looseLines, issues };
}

function addLine(draft: Draft, line: SourceLine): void {
  const item = ITEM.exec(line.match);
  const subItem = item ? undefined : SUB_ITEM.exec(line.match);
  if (item || (subItem && draft.item)) {
    const m = (item ?? subItem)!;
    const number = item ? num(m[2] ?? m[3] ?? '') : Number(m[2] ?? m[3]);
    const label = line.text.slice(0, m[1]!.length);
    const entry = {
      item: { number, label, text: '', path: '', items: [] as Item[] },
      lines: [line.text.slice(m[1]!.length).trim()],
    };
    if (draft.paragraphs.length === 0) draft.paragraphs.push([]);
    draft.paragraphs.at(-1)!.push(line.text);
    if (item) {
      draft.article.items.push(entry.item);
      entry.item.path = `k${draft.paragraphs.length}`;
      draft.item = entry;
      draft.subItem = undefined;
    } else {
      draft.item!.item.items.push(entry.item);
      draft.subItem = entry;
    }
    draft.allItems.push(entry);
    return;
  }
  draft.item = undefined;
  draft.subItem = undefined;
  draft.paragraphs.push([line.text]);
}

function numberParts(parts: Part[], issues: ParseIssue[], file: string): void {
  const chapters = parts.filter((p) => p.level === 'chapter');
  const labelled = chapters.map((p) => num(/第\s*([^章]+)章/.exec(p.label)?.[1] ?? ''));
  const restarts = labelled.some((n, i) => i > 0 && !(n > labelled[i - 1]!));
  if (restarts) {
    issues.push({
      file,
      line: chapters[0]!.line,
      severity: 'info',
      code: 'NUMBERING_RESTARTS',
      message: `chapter numbering restarts (in each 编); ${chapters.length} chapters numbered 1..${chapters.length} in document order`,
    });
  }
  parts.forEach((part, index) => {
    part.number = index + 1;
    part.path = `p${part.number}`;
    for (const article of part.articles) article.partNumber = part.number;
    (part.sections ?? []).forEach((section, s) => {
      section.number = s + 1;
      section.path = `${part.path}/s${section.number}`;
    });
  });
}

function finishArticle(d: Draft): void {
  const a = d.article;
  const suffix = a.subNumber === undefined ? `${a.number}` : `${a.number}-${a.subNumber}`;
  a.path = a.partNumber === undefined ? `a${suffix}` : `p${a.partNumber}/a${suffix}`;
  a.paragraphs = d.paragraphs.map((p) => p.join('\n'));
  a.text = a.paragraphs.join('\n');
  for (const { item, lines } of d.allItems) item.text = lines.join('\n').trim();
  const setPaths = (items: Item[], prefix: string): void => {
    for (const item of items) {
      item.path = `${prefix}/i${item.number}`;
      setPaths(item.items, item.path);
    }
  };
  for (const item of a.items) {
    const k = Number(item.path.slice(1));
    item.path = k > 1 ? `${a.path}/k${k}/i${item.number}` : `${a.path}/i${item.number}`;
    setPaths(item.items, item.path);
  }
}
