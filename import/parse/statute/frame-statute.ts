/**
 * Where a statute's title, head and body are in a text: Markdown (the `#` title, the head up to `<!-- INFO END -->`),
 * a printed law (the first line, the making lines under it) or a page copied from a law site (locateStatute: the
 * furniture before the title is set apart). Example:
 *   ['宁波市科技创新促进条例', '（2004年1月16日…通过　…批准）', '', '第一章　总则', …]
 *   → { title: '宁波市科技创新促进条例', titleLine: line 1, head: [line 2, line 3], bodyFrom: 3, furniture: [] }
 * Returns undefined for a text that reads as no statute (the general reader takes it).
 */
import { isArticleOrDivision, type StatuteLine } from './build-statute-structure.ts';
import { locateStatute, type StatuteLocation } from './locate-statute.ts';
import type { MarkdownText } from './read-markdown.ts';
import { isLoneNumber, readPlainHead } from './read-plain-head.ts';
import { isBrokenStep, isMakingLine } from './read-statute-head.ts';

/** The parts of a statute's text. */
export interface StatuteFrame {
  title: string;
  /** The title's line; undefined when the page shows no title. */
  titleLine?: StatuteLine;
  /** Lines between the title and the body: the making, and on a page its furniture. */
  head: StatuteLine[];
  /** Index of the body's first line. */
  bodyFrom: number;
  /** Lines of the page before the title (a page copied from a site): no part of the statute. */
  furniture: StatuteLine[];
  /** True when the statute was found in a page: furniture may stand around its title and in its head. */
  page: boolean;
  lead?: StatuteLine;
  note?: StatuteLocation['note'];
}

const NOTICE_TITLE = /关于(?:印发|转发|发布|颁布|公布)/;
/** (此件公开发布) closes a government document: it says the text may be published, not how a statute was made. */
const PUBLIC_RELEASE = /^\s*[(（]?\s*此件公开发布/;

/** Where the head ends in Markdown: the lines up to the INFO END and the making lines right after it. */
function markdownHead(lines: StatuteLine[], titleAt: number, markdown: MarkdownText): StatuteLine[] {
  const end = lines.findIndex((l) => l.no === markdown.headEnd);
  let from = end + 1;
  // Making lines or a lone number right after the INFO END still belong to the head.
  while (
    from < lines.length &&
    (lines[from]!.match.trim() === '' || isMakingLine(lines[from]!.match) || isLoneNumber(lines[from]!))
  )
    from++;
  return lines.slice(titleAt + 1, from);
}

/** Where the head ends in a printed law: making lines, brackets and lone numbers under the title. */
function printedHead(lines: StatuteLine[], titleAt: number): StatuteLine[] {
  let i = titleAt + 1;
  let open = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const m = line.match.trim();
    if (m === '') continue;
    if (open || (/^[(（]/.test(m) && /\d{4}\s*年|[〇零一二三四五六七八九]{4}年|令第/.test(m))) {
      open = !/[)）]$/.test(m);
      continue;
    }
    if (isMakingLine(m) || isLoneNumber(line)) continue;
    if (line.headingLevel === 1) continue;
    break;
  }
  return lines.slice(titleAt + 1, i);
}

// The verb of a step of making (a date alone tells none).
const VERB = /(?:通过|公布|发布|修订|修正|批准|施行|令第\s*\d+\s*号)/;

/** True when the lines read as a statute: a title, then head lines telling its making, or Markdown with articles. */
function isStatute(lines: StatuteLine[], titleAt: number, markdown?: MarkdownText): boolean {
  const title = lines[titleAt];
  if (!title || NOTICE_TITLE.test(title.match)) return false;
  if (markdown && (markdown.headEnd !== undefined || title.headingLevel === 1)) return true;
  // A line ending in a colon is no title: it is the addressees (各乡镇人民政府，县直各单位：) of a notice copied from there on.
  if (isLoneNumber(title) || title.match.length > 80 || /[。；;，,:：]$/.test(title.match.trim())) return false;
  // A plain text is a statute when a line right after its title tells a step of its making, with the verb.
  const next = lines
    .slice(titleAt + 1)
    .filter((l) => l.match.trim() !== '')
    .slice(0, 3);
  const told = next.some(
    (l) =>
      (isMakingLine(l.match) && VERB.test(l.match)) ||
      (/^[(（].{0,80}(?:通过|公布|发布|修订|修正|批准|施行)/.test(l.match.trim()) && !PUBLIC_RELEASE.test(l.match)),
  );
  return (told || brokenStepAfter(lines, titleAt)) && lines.some(isArticleOrDivision);
}

/**
 * A step broken over two lines among the first kept lines after the title, a page's furniture before it (发布时间:… /
 * 20218月26日莆田市第七届人民代表大会 / 常务委员会第四十次会议通过).
 */
function brokenStepAfter(lines: StatuteLine[], titleAt: number): boolean {
  const next: string[] = [];
  for (let k = titleAt + 1; k < lines.length && next.length < 4; k++)
    if (!lines[k]!.drop && lines[k]!.match.trim() !== '') next.push(lines[k]!.match.trim());
  return next.some((m, k) => k + 1 < next.length && isBrokenStep(m, next[k + 1]!));
}

/** Finds the title, head and body of a statute; undefined when the text is no statute. */
export function frameStatute(lines: StatuteLine[], markdown?: MarkdownText): StatuteFrame | undefined {
  if (!markdown) {
    const located = locateStatute(lines);
    if (located) {
      const { head, bodyFrom } = readPlainHead(lines, located.headFrom, located.title);
      // The title's first line, at or before the title: pieces of a record run into one line share its number (the
      // fields before the title are furniture, though they were cut from the title's line).
      const firstNo = located.titleLines[0] ?? lines[located.headFrom]?.no;
      const upTo = located.titleAt ?? located.headFrom;
      const first = lines.findLastIndex((l, i) => i <= upTo && l.no === firstNo);
      return {
        title: located.title,
        ...(located.titleAt !== undefined ? { titleLine: lines[located.titleAt]! } : {}),
        head,
        bodyFrom,
        furniture: lines.slice(0, Math.max(0, first)),
        page: true,
        ...(located.lead ? { lead: located.lead } : {}),
        ...(located.note ? { note: located.note } : {}),
      };
    }
  }
  const titleAt = markdown
    ? Math.max(
        0,
        lines.findIndex((l) => l.headingLevel === 1 && l.match.trim() !== ''),
      )
    : 0;
  const firstText = lines.findIndex((l, i) => i >= titleAt && l.match.trim() !== '');
  if (firstText < 0 || !isStatute(lines, firstText, markdown)) return undefined;
  const head =
    markdown?.headEnd !== undefined ? markdownHead(lines, firstText, markdown) : printedHead(lines, firstText);
  return {
    title: lines[firstText]!.text.replace(/\s+/g, ''),
    titleLine: lines[firstText]!,
    head,
    bodyFrom: firstText + 1 + head.length,
    furniture: [],
    page: false,
  };
}
