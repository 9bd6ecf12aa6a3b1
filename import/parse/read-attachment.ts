/**
 * One attachment's lines → an Attachment: label, its own title (possibly over two lines), its text, and its parts
 * and articles with paths under the attachment's own (x2/p1/a3), so they never collide with the document's. Example:
 *   ['附件1', '关于湖北省巴东县官渡口镇马鬃山村', '地质险情调研情况的报告', '国务院：', '…', '一、基本情况', '…']
 *   → { label: '附件1', number: 1, title: '关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告', parts: [], articles: [4 articles] }
 */
import type { Article, Attachment, Item, ParseIssue } from '../../model/index.ts';
import { buildStructure, chooseLevels, numberingOf } from './build-structure.ts';
import { roleLines } from './read-metadata.ts';
import { TITLE_END } from './read-kind.ts';
import { readTitle } from './read-title.ts';
import type { SourceLine } from './source-lines.ts';
import type { AttachmentSpan } from './split-attachments.ts';

// How an attachment's title ends besides a document's (TITLE_END): the table or list it is (…安置任务, …名单, …一览表).
const ATTACHMENT_TITLE_END = /(?:任务|名单|名录|清单|目录|表|情况|指标|分工|安排)$/;
const endsTitle = (text: string): boolean => {
  const compact = text.replace(/\s+/g, '');
  return TITLE_END.test(compact) || ATTACHMENT_TITLE_END.test(compact);
};
// How many lines an attachment's title may stand over.
const TITLE_LINES_MOST = 3;

/**
 * The title lines with a title broken over lines joined into its first (2023年市区符合政府安排工作条件 / 退役士兵和退出
 * 消防员安置任务): a first line ending no title, joined with the next title lines (right below it) that finish it as a
 * document's or a table's title ends. The joined lines' numbers are returned so that their text is left out.
 */
function joinBrokenTitle(titleLines: SourceLine[]): { lines: SourceLine[]; joined: number[] } {
  const first = titleLines[0];
  if (!first || endsTitle(first.text)) return { lines: titleLines, joined: [] };
  let text = first.text.trim();
  for (let k = 1; k < titleLines.length && k < TITLE_LINES_MOST; k++) {
    if (titleLines[k]!.no - titleLines[k - 1]!.no > 2) break;
    text += titleLines[k]!.text.trim();
    if (endsTitle(text)) {
      const merged = { ...first, raw: text, text, match: text };
      return { lines: [merged, ...titleLines.slice(k + 1)], joined: titleLines.slice(1, k + 1).map((l) => l.no) };
    }
  }
  return { lines: titleLines, joined: [] };
}

// A link to download a file the page holds (…的通知 (1).pdf, 附件下载): the page's, no text of the attachment.
const FILE_LINK = /\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)\s*$|下载\s*$/i;

function prefixItems(items: Item[], prefix: string): void {
  for (const item of items) {
    item.path = `${prefix}/${item.path}`;
    prefixItems(item.items, prefix);
  }
}

/** Reads one attachment; `number` is its order among the document's attachments. */
export function readAttachment(
  lines: SourceLine[],
  span: AttachmentSpan,
  number: number,
  file: string,
): { attachment: Attachment; issues: ParseIssue[] } {
  const body = lines.slice(span.start + 1, span.end);
  const levels = chooseLevels(body);
  const firstNumbered = body.findIndex((l) => {
    const kind = numberingOf(l)?.kind;
    return kind !== undefined && (kind === levels.partKind || kind === levels.articleKind);
  });
  const head = roleLines(firstNumbered < 0 ? body : body.slice(0, firstNumbered)).slice(0, 6);
  // The title stands first, before any addressee or paragraph; a table's row (cells apart by tabs) is none.
  const titleLines: SourceLine[] = [];
  for (const r of head) {
    if (r.role !== 'title' || r.line.raw.includes('\t')) break;
    titleLines.push(r.line);
  }
  const broken = joinBrokenTitle(titleLines);
  const titled = span.inlineTitle
    ? { title: span.inlineTitle.replace(/\s+/g, ''), lines: [] as number[], issues: [] }
    : readTitle(broken.lines, file);
  const joinIssues: ParseIssue[] =
    span.inlineTitle || broken.joined.length === 0
      ? []
      : [
          {
            file,
            line: titleLines[0]!.no,
            severity: 'info',
            code: 'TITLE_JOINED',
            message: `attachment title broken over lines ${[titleLines[0]!.no, ...broken.joined].join(', ')} joined`,
          },
        ];
  const titleNos = new Set([...titled.lines, ...(span.inlineTitle ? [] : broken.joined)]);
  const links = body.filter((l) => !titleNos.has(l.no) && !l.drop && FILE_LINK.test(l.text.trim()));
  const linkIssues: ParseIssue[] = links.map((l) => ({
    file,
    line: l.no,
    severity: 'info',
    code: 'WEB_DEBRIS',
    message: `a link to download a file left out of the attachment: "${l.text.trim()}"`,
  }));
  const rest = body.filter((l) => !titleNos.has(l.no) && !links.includes(l));
  const structure = buildStructure(
    firstNumbered < 0 ? [] : rest.filter((l) => l.no >= body[firstNumbered]!.no),
    levels,
    file,
  );
  const prefix = `x${number}`;
  for (const part of structure.parts) part.path = `${prefix}/${part.path}`;
  for (const article of structure.articles as Article[]) {
    article.path = `${prefix}/${article.path}`;
    prefixItems(article.items, prefix);
  }
  const attachment: Attachment = {
    label: span.label,
    number,
    title: titled.title ?? '',
    text: rest
      .filter((l) => !l.drop && l.text !== '')
      .map((l) => l.text)
      .join('\n'),
    parts: structure.parts,
    articles: structure.articles,
    line: lines[span.start]!.no,
  };
  return { attachment, issues: [...joinIssues, ...titled.issues, ...linkIssues, ...structure.issues] };
}
