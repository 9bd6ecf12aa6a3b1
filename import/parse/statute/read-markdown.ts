/**
 * Markdown → plain lines, one output line per input line so that line numbers stay those of the file. Example:
 *   readMarkdown('# 宁波市科技创新促进条例\n2004年1月16日 …通过\n<!-- INFO END -->\n## 第一章　总则\n第一条 **为了**…')
 *   → { text: '宁波市科技创新促进条例\n2004年1月16日 …通过\n\n第一章　总则\n第一条 为了…',
 *       headings: Map { 1 → 1, 4 → 2 }, headEnd: 3 }
 * Furniture goes: front matter, HTML comments (`<!-- INFO END -->` marks the end of the head), rules, fences,
 * list and quote markers, emphasis, links and images (their text stays), table pipes (cells kept apart by a tab).
 */

/** The plain text of a Markdown file and what its markup told. */
export interface MarkdownText {
  /** Same number of lines as the input; markup removed. */
  text: string;
  /** 1-based line number → heading level (1 for `#`). */
  headings: Map<number, number>;
  /** Line of a `<!-- INFO END -->`-like comment that closes the head, when there is one. */
  headEnd?: number;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t\u3000]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:[-*_][ \t]*){3,}$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** True when the text reads as Markdown: a `#` heading, or an INFO END comment, among its first lines. */
export function looksLikeMarkdown(text: string): boolean {
  // A web page (tags, not Markdown) is the HTML reader's.
  if (/<(?:!doctype|html|body|div|p|table|span)[\s>]/i.test(text.slice(0, 4000))) return false;
  const first = text
    .slice(0, 4000)
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 12);
  return (
    first.some((l) => HEADING.test(l) && /^#{1,6}[ \t\u3000]/.test(l.trim())) ||
    first.some((l) => /^<!--.*-->$/.test(l.trim()))
  );
}

/** Strips inline markup: images and links keep their text, emphasis and code marks go, escapes are undone. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<\/?(?:br|span|b|i|u|strong|em|sup|sub|font|p|div)\b[^>]*>/gi, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)/g, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** Reads Markdown into plain lines (same count), heading levels and the end of the head. */
export function readMarkdown(text: string): MarkdownText {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const headings = new Map<number, number>();
  let headEnd: number | undefined;
  let inFence = false;
  let inComment = false;
  let inFrontMatter = lines[0]?.trim() === '---';
  lines.forEach((raw, index) => {
    const no = index + 1;
    if (inFrontMatter) {
      if (index > 0 && /^(?:---|\.\.\.)\s*$/.test(raw)) inFrontMatter = false;
      out.push('');
      return;
    }
    if (FENCE.test(raw)) {
      inFence = !inFence;
      out.push('');
      return;
    }
    if (inFence) {
      out.push(raw);
      return;
    }
    let line = raw;
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) {
        out.push('');
        return;
      }
      inComment = false;
      line = line.slice(end + 3);
    }
    line = line.replace(/<!--([\s\S]*?)-->/g, (_, body: string) => {
      if (/INFO\s*END|END\s*OF\s*(?:INFO|HEAD)/i.test(body) && headEnd === undefined) headEnd = no;
      return '';
    });
    const open = line.indexOf('<!--');
    if (open >= 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    if (RULE.test(line) || (TABLE_SEPARATOR.test(line) && line.includes('-') && line.includes('|'))) {
      out.push('');
      return;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      headings.set(no, heading[1]!.length);
      out.push(stripInline(heading[2] ?? '').trim());
      return;
    }
    line = line.replace(/^(?:\s{0,3}>\s?)+/, '');
    line = line.replace(/^\s{0,8}[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/, '');
    if (/^\s*\|.*\|\s*$/.test(line))
      line = line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim())
        .join('\t');
    out.push(stripInline(line).replace(/[ \t]+$/, ''));
  });
  return { text: out.join('\n'), headings, ...(headEnd !== undefined ? { headEnd } : {}) };
}
