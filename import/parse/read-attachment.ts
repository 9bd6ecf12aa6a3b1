/**
 * One attachment's lines → an Attachment: label, its own title (possibly over two lines), its text, and its parts
 * and articles with paths under the attachment's own (x2/p1/a3), so they never collide with the document's. Example:
 *   ['附件1', '关于湖北省巴东县官渡口镇马鬃山村', '地质险情调研情况的报告', '国务院：', '…', '一、基本情况', '…']
 *   → { label: '附件1', number: 1, title: '关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告', parts: [], articles: [4 articles] }
 */
import type { Article, Attachment, Item, ParseIssue } from '../../model/index.ts';
import { buildStructure, chooseLevels, numberingOf } from './build-structure.ts';
import { roleLines } from './read-metadata.ts';
import { readTitle } from './read-title.ts';
import type { SourceLine } from './source-lines.ts';
import type { AttachmentSpan } from './split-attachments.ts';

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
  // The title stands first, before any addressee or paragraph.
  const titleLines: SourceLine[] = [];
  for (const r of head) {
    if (r.role !== 'title') break;
    titleLines.push(r.line);
  }
  const titled = span.inlineTitle
    ? { title: span.inlineTitle.replace(/\s+/g, ''), lines: [] as number[], issues: [] }
    : readTitle(titleLines, file);
  const titleNos = new Set(titled.lines);
  const rest = body.filter((l) => !titleNos.has(l.no));
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
  return { attachment, issues: [...titled.issues, ...structure.issues] };
}
