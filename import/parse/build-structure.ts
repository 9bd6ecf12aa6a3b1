/**
 * Body lines → parts, articles and items, at the levels the document has. Examples of the levels:
 *   一、 + （一） → parts and articles; only 一、 → articles without parts; 第一章 + 第一条 → parts and articles
 *   (then （一） and 1. are items). Numbering that restarts in each part is renumbered 1..n in document order.
 * Each article keeps its heading (split at the first 。) and its body lines; items are also kept in article.text.
 */
import type { Article, Item, ParseIssue, Part } from '../../model/index.ts';
import { classifyLine, isOutlineLine, type NumberedKind, type NumberedLine } from './classify-line.ts';
import { readArticleCaption } from './read-article-caption.ts';
import { splitHeading } from './split-heading.ts';
import { splitRunInArticles } from './split-run-in-articles.ts';
import type { SourceLine } from './source-lines.ts';

/** Which numbering kinds make parts and articles in this document. */
export interface StructureLevels {
  partKind?: NumberedKind;
  articleKind?: NumberedKind;
}

/** Parts and articles built from the body, plus lines that belong to no article. */
export interface StructureResult {
  parts: Part[];
  articles: Article[];
  /** Text lines before the first part or article (the preamble when the head did not take them). */
  looseLines: SourceLine[];
  issues: ParseIssue[];
}

/** A line with the numbering it starts with, for lines that are part of the structure. */
export function numberingOf(line: SourceLine): NumberedLine | undefined {
  if (line.drop || line.match === '') return undefined;
  const numbered = classifyLine(line.match);
  if (numbered?.kind === 'part' && isOutlineLine(line.match)) return undefined;
  return numbered;
}

/** Chooses the levels from the numbering kinds that occur in the lines. */
export function chooseLevels(lines: SourceLine[], { sectionsAsArticles = true } = {}): StructureLevels {
  // Each line's numbering, read once for every choice below.
  const numbered = lines.map((l) => numberingOf(l));
  const kinds = new Set(numbered.map((n) => n?.kind).filter((k) => k !== undefined));
  if (!sectionsAsArticles) kinds.delete('section');
  // 第一章 over 一、 (国务院工作规则): the 一、 are the articles, （一） their items. 第一章 over 第一节 with no 条 (a plan's
  // 纲要: 第一章 发展环境 / 第一节 发展成就 / paragraphs): the 节 holds the text, as a 条 under its 章.
  if (kinds.has('chapter'))
    return {
      partKind: 'chapter',
      articleKind: kinds.has('clause')
        ? 'clause'
        : kinds.has('section')
          ? 'section'
          : kinds.has('part')
            ? 'part'
            : 'article',
    };
  if (kinds.has('clause')) return { articleKind: 'clause' };
  const decimal = decimalLevels(numbered);
  if (decimal) return decimal;
  if (!kinds.has('part') && !kinds.has('article') && isPaddedRun(lines)) return { articleKind: 'numeral-heading' };
  if (kinds.has('part') && kinds.has('article')) return { partKind: 'part', articleKind: 'article' };
  if (kinds.has('part')) return { articleKind: 'part' };
  if (kinds.has('article')) return { articleKind: 'article' };
  // A text numbered 1. 2. or 1、 2、 alone (its 一、 headings lost in copying, or a news report's own outline): those are
  // its articles, when they are sentences from 1. on, or headings from 1、 on each over a paragraph of its own, in
  // sequence (not a list of attachments' titles, which stand one under the other).
  const sentences = lines
    .map((l, i) => ({ line: l, numbering: numbered[i] }))
    .filter(
      ({ line, numbering }) => numbering?.kind === 'item-dot' && /。/.test(line.match) && line.match.length <= 400,
    );
  if (sentences.length >= 2 && sentences[0]!.numbering?.number === 1) return { articleKind: 'item-dot' };
  if (isHeadingRun(lines)) return { articleKind: 'item-dot' };
  return {};
}

// A numbered heading alone on its line: short, no sentence in it.
const HEADING_LENGTH = 40;

/**
 * Three or more headings numbered 1、 2、 3、 (or 1. 2. 3.) in sequence from 1, each over a paragraph of its own (the
 * last perhaps closing a cut copy).
 */
function isHeadingRun(lines: SourceLine[]): boolean {
  const kept = lines.filter((l) => !l.drop && l.match.trim() !== '');
  const headings = kept
    .map((l, i) => ({ n: numberingOf(l), next: kept[i + 1], text: l.match }))
    .filter(({ n, text }) => n?.kind === 'item-dot' && !/。/.test(text) && text.length <= HEADING_LENGTH);
  return (
    headings.length >= 3 &&
    headings.every(({ n }, i) => n!.number === i + 1) &&
    // The last may close a copy cut after it.
    headings.every(({ next }, i) => (next === undefined ? i === headings.length - 1 : numberingOf(next) === undefined))
  );
}

/**
 * Sections numbered with two figures run into their headings (01综合 / 02农业 / … / 12资源、环境和应急管理), as a
 * bulletin posted from WeChat numbers them: three or more, from 01 on, each one more than the one before.
 */
function isPaddedRun(lines: SourceLine[]): boolean {
  const padded = lines
    .map((l) => numberingOf(l))
    .filter((n) => n?.kind === 'numeral-heading' && /^\d{2}$/.test(n.label)) as NumberedLine[];
  return (
    padded.length >= 3 &&
    padded[0]!.label === '01' &&
    padded.every((n, i) => i === 0 || n.number === padded[i - 1]!.number + 1)
  );
}

/**
 * A decimal outline (1 总则 / 1.1 编制目的 / 1.2 编制依据 / 2 组织体系 / 2.1 …, the numbering of emergency plans and
 * technical plans): its N.M are the articles, and the line that opens each N, when one does (1 总则, or 1. 总则), the
 * parts; N.M.K are items. Chosen when at least three N.M lines (two under the N that opens them) follow one outline
 * (each the next of its N, or the first of the next N) and they are more than the text's 一、 and （一） lines, so a
 * 1.5亿元 opening a wrapped line is no outline.
 */
function decimalLevels(numbered: readonly (NumberedLine | undefined)[]): StructureLevels | undefined {
  const decimals = numbered.filter((n) => n?.kind === 'decimal') as NumberedLine[];
  if (decimals.length < 2 || decimals[0]!.number !== 1) return undefined;
  const follows = decimals.filter((n, i) => {
    const before = decimals[i - 1];
    if (!before) return true;
    return n.major === before.major ? n.number === before.number + 1 : n.major! > before.major! && n.number === 1;
  });
  const others = numbered.filter((n) => n?.kind === 'part' || n?.kind === 'article').length;
  if (follows.length * 3 < decimals.length * 2 || decimals.length <= others) return undefined;
  // The line opening the first N: the nearest numbered line above its N.1, bearing N.
  const first = numbered.findIndex((n) => n?.kind === 'decimal');
  const opener = numbered
    .slice(0, first)
    .reverse()
    .find((n) => n !== undefined);
  const opens =
    opener && (opener.kind === 'numeral-heading' || opener.kind === 'item-dot') && opener.number === decimals[0]!.major;
  // Two N.M lines make an outline only under the N that opens them (1 总则 / 1.1 编制目的 / 1.2 编制依据: a page cut
  // short after its first sections).
  if (decimals.length < 3 && !opens) return undefined;
  return opens ? { partKind: opener.kind, articleKind: 'decimal' } : { articleKind: 'decimal' };
}

interface Draft {
  article: Article;
  bodyLines: string[];
  itemStack: { kind: NumberedKind; item: Item; lines: string[] }[];
  allItems: { item: Item; lines: string[] }[];
}

const restOf = (line: SourceLine, numbered: NumberedLine): string =>
  line.text.slice(line.text.length - numbered.rest.length);

/** Builds parts, articles and items from the body lines. */
export function buildStructure(bodyLines: SourceLine[], levels: StructureLevels, file: string): StructureResult {
  // A page flattened into one line holds several articles: each is read from a line of its own.
  const lines = splitRunInArticles(bodyLines);
  const parts: Part[] = [];
  const drafts: Draft[] = [];
  const looseLines: SourceLine[] = [];
  const partTexts = new Map<Part, string[]>();
  const issues: ParseIssue[] = [];
  let part: Part | undefined;
  let draft: Draft | undefined;

  for (const [at, line] of lines.entries()) {
    if (line.drop || line.text === '') continue;
    const numbered = numberingOf(line);
    const place = { alone: bodyBelow(lines, at, levels, numbered?.kind) };
    if (numbered && numbered.kind === levels.partKind && opensPart(lines, at, numbered, levels)) {
      const { heading, body } =
        levels.partKind === 'chapter' || levels.partKind === 'numeral-heading'
          ? { heading: restOf(line, numbered), body: '' }
          : splitHeading(restOf(line, numbered), place);
      part = {
        number: numbered.number,
        label: line.text.slice(0, numbered.label.length),
        heading,
        path: `p${numbered.number}`,
        line: line.no,
        articles: [],
      };
      parts.push(part);
      partTexts.set(part, body ? [body] : []);
      draft = undefined;
    } else if (numbered && numbered.kind === levels.articleKind) {
      const rest = restOf(line, numbered);
      // A 第X条's caption after its number (第一条【立法目的】, 第一条（立法目的）) is its heading.
      const captioned = levels.articleKind === 'clause' ? readArticleCaption(rest) : undefined;
      const { heading, body } = captioned
        ? { heading: captioned.caption ?? '', body: captioned.body }
        : splitHeading(rest, place);
      const article = newArticle(
        numbered.number,
        line.text.slice(0, numbered.label.length),
        heading,
        drafts.length + 1,
        line.no,
      );
      if (part) article.partNumber = part.number;
      draft = { article, bodyLines: body ? [body] : [], itemStack: [], allItems: [] };
      drafts.push(draft);
      part?.articles.push(article);
    } else if (draft) {
      if (
        numbered?.kind.startsWith('item') ||
        (numbered && draft.article && levels.partKind === 'chapter' && numbered.kind === 'article')
      ) {
        addItem(draft, numbered!, line);
      } else if (draft.itemStack.length > 0) {
        draft.itemStack.at(-1)!.lines.push(line.text);
      }
      draft.bodyLines.push(line.text);
    } else if (part) {
      partTexts.get(part)!.push(line.text);
    } else {
      looseLines.push(line);
    }
  }

  // Parts whose numbering restarts (a report's 一、二、 under each of its own divisions) would share paths: they are
  // numbered 1..n in document order, their labels as written.
  if (parts.some((p, i) => i > 0 && p.number <= parts[i - 1]!.number)) {
    issues.push({
      file,
      line: parts[0]!.line,
      severity: 'info',
      code: 'NUMBERING_RESTARTS',
      message: `part numbering restarts; ${parts.length} parts numbered 1..${parts.length} in document order`,
    });
    for (const [i, p] of parts.entries()) {
      for (const a of p.articles) a.partNumber = i + 1;
      p.number = i + 1;
      p.path = `p${i + 1}`;
    }
  }
  const restarts = drafts.some((d, i) => i > 0 && d.article.number <= drafts[i - 1]!.article.number);
  if (restarts) {
    issues.push({
      file,
      line: drafts[0]!.article.line,
      severity: 'info',
      code: 'NUMBERING_RESTARTS',
      message: `article numbering restarts in each part; ${drafts.length} articles numbered 1..${drafts.length} in document order`,
    });
  }
  for (const d of drafts) {
    const a = d.article;
    if (restarts) a.number = a.order;
    a.path = a.partNumber === undefined ? `a${a.number}` : `p${a.partNumber}/a${a.number}`;
    a.text = d.bodyLines.join('\n');
    finishItems(d, a.path);
  }
  for (const [p, texts] of partTexts) if (texts.length > 0) p.text = texts.join('\n');
  return { parts, articles: drafts.map((d) => d.article), looseLines, issues };
}

/**
 * True unless the line is a list item that only looks like a part: in a decimal outline whose N are written 1. 2.,
 * a 1. that the next numbered line does not follow as its N.1 (a list under 2.2: 1. 组织灭火 / 2. 协调物资) is an item.
 */
function opensPart(lines: readonly SourceLine[], at: number, line: NumberedLine, levels: StructureLevels): boolean {
  if (levels.partKind !== 'item-dot' || levels.articleKind !== 'decimal') return true;
  const next = lines.slice(at + 1).find((l) => numberingOf(l) !== undefined);
  const numbered = next && numberingOf(next);
  return numbered?.kind === 'decimal' && numbered.major === line.number && numbered.number === 1;
}

/**
 * True when the line's body follows it on the lines below: the next line holds text, items or (under a part) articles,
 * not the next division of its own level or above (a list of one-line articles has no headings).
 */
function bodyBelow(lines: readonly SourceLine[], at: number, levels: StructureLevels, own?: NumberedKind): boolean {
  const next = lines.slice(at + 1).find((l) => !l.drop && l.text.trim() !== '');
  if (!next) return false;
  const kind = numberingOf(next)?.kind;
  if (kind === undefined || kind === levels.partKind) return kind === undefined;
  return !(own === levels.articleKind && kind === levels.articleKind);
}

function addItem(draft: Draft, numbered: NumberedLine, line: SourceLine): void {
  const item: Item = {
    number: numbered.number,
    label: line.text.slice(0, numbered.label.length),
    text: '',
    path: '',
    items: [],
  };
  const stack = draft.itemStack;
  const level = stack.findIndex((s) => s.kind === numbered.kind);
  if (level >= 0) stack.length = level;
  const entry = { kind: numbered.kind, item, lines: [restOf(line, numbered)] };
  (stack.at(-1)?.item.items ?? draft.article.items).push(item);
  stack.push(entry);
  draft.allItems.push(entry);
}

function finishItems(draft: Draft, articlePath: string): void {
  for (const { item, lines } of draft.allItems) item.text = lines.join('\n').trim();
  const setPaths = (items: Item[], prefix: string): void => {
    for (const item of items) {
      item.path = `${prefix}/i${item.number}`;
      setPaths(item.items, item.path);
    }
  };
  setPaths(draft.article.items, articlePath);
}

/** An article as a structure reader first drafts it: number, label, heading and place; text and the rest filled later. */
export function newArticle(number: number, label: string, heading: string, order: number, line: number): Article {
  return {
    number,
    label,
    heading,
    text: '',
    path: '',
    order,
    line,
    items: [],
    leadAgencies: [],
    cooperatingAgencies: [],
    obligations: [],
    money: [],
  };
}
