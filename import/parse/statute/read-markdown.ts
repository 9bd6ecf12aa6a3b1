/**
 * Markdown → plain lines, one output line per input line so that line numbers stay those of the file. Example:
 *   readMarkdown('# 宁波市科技创新促进条例\n2004年1月16日 …通过\n<!-- INFO END -->\n## 第一章　总则\n第一条 **为了**…')
 *   → { text: '宁波市科技创新促进条例\n2004年1月16日 …通过\n\n第一章　总则\n第一条 为了…',
 *       headings: Map { 1 → 1, 4 → 2 }, headEnd: 3 }
 * Furniture goes: front matter, HTML comments (`<!-- INFO END -->` marks the end of the head), rules, fences,
 * list and quote markers, emphasis, links and images (their text stays), table pipes (cells kept apart by a tab),
 * inline HTML tags (entities become their characters) and the lines of `:::` boxes (VuePress, markdown-it).
 * A blog post's front matter (`---\ntitle: 某市条例\ndate: 2019-03-01\n---`) gives the title when no `#` heading
 * does: it stands on its `title:` line as a level-1 heading. A box titled 目录 keeps that word, so that the structure
 * readers leave its lines out as a table of contents; a lone link under 原文链接 (or 来源) is the source.
 */

/** The plain text of a Markdown file and what its markup told. */
export interface MarkdownText {
  /** Same number of lines as the input; markup removed. */
  text: string;
  /** 1-based line number → heading level (1 for `#`). */
  headings: Map<number, number>;
  /** Line of a `<!-- INFO END -->`-like comment that closes the head, when there is one. */
  headEnd?: number;
  /** What the front matter told, with its lines: the title, and the date as written (a post's date, a weak hint). */
  frontMatter?: { title?: string; titleLine?: number; date?: string; dateLine?: number };
  /** A link standing alone on its line under a label naming it the source (原文链接, 来源, 出处). */
  sourceUrl?: string;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t\u3000]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:[-*_][ \t]*){3,}$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
// `::: tip 修订信息` opens a box, `:::` closes it (VuePress, markdown-it-container).
const BOX = /^ {0,3}:{3,}\s*(?:[\w-]+\s*)?(.*?)\s*:*\s*$/;
const LONE_LINK = /^\s*<?(https?:\/\/[^\s<>]+)>?\s*$/;
const SOURCE_LABEL = /原文|来源|出处|源链接|source/i;
// The entities a copied page carries; the spaces become the spaces they name (normalizeLine folds them).
const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
};

/**
 * The front matter a text opens with: `---`, `key: value` lines (and their lists), `---` or `...`. Returns the line
 * index that closes it, or -1 when the text has none (a rule opening a text has no `key:` line before the next rule).
 */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\ufeff/, '').trim() !== '---') return -1;
  let keys = 0;
  for (let i = 1; i < Math.min(lines.length, 80); i++) {
    const line = lines[i]!;
    if (/^(?:---|\.\.\.)\s*$/.test(line)) return keys > 0 ? i : -1;
    if (/^[A-Za-z_][\w-]*\s*:(?:\s|$)/.test(line)) keys++;
    else if (line.trim() !== '' && !/^\s/.test(line)) return -1;
  }
  return -1;
}

const unquote = (value: string): string =>
  value
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();

/** True when the text reads as Markdown: front matter, or a `#` heading or an INFO END comment among its first lines. */
export function looksLikeMarkdown(text: string): boolean {
  // A blog post (Jekyll, Hugo, VuePress): Markdown, whatever tags its paragraphs carry.
  if (frontMatterEnd(text.slice(0, 8000).split(/\r\n|\r|\n/)) > 0) return true;
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
  return (
    line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/<(https?:\/\/[^>]+)>/g, '$1')
      .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)/g, '$1')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      // An attribute block (Pandoc, kramdown, VuePress): 总则{align="center"}, 正文{.lead #a1}.
      .replace(/\{(?:\s*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+)))+\s*\}/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
      .replace(/&(?:#(\d{1,6})|#x([\da-f]{1,5})|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
        if (name) return ENTITIES[name.toLowerCase()] ?? whole;
        const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      })
  );
}

/** Reads Markdown into plain lines (same count), heading levels and the end of the head. */
export function readMarkdown(text: string): MarkdownText {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const headings = new Map<number, number>();
  let headEnd: number | undefined;
  let inFence = false;
  let inComment = false;
  const frontEnd = frontMatterEnd(lines);
  const front: NonNullable<MarkdownText['frontMatter']> = {};
  let sourceUrl: string | undefined;
  // The last words read before a line (a box's title, a paragraph): what a lone link stands under.
  let label = '';
  lines.forEach((raw, index) => {
    const no = index + 1;
    if (index <= frontEnd) {
      const field = /^(title|date)\s*:\s*(\S.*)$/.exec(raw);
      if (field && front[field[1] as 'title' | 'date'] === undefined) {
        front[field[1] as 'title' | 'date'] = unquote(field[2]!);
        front[field[1] === 'title' ? 'titleLine' : 'dateLine'] = no;
      }
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
    const box = BOX.exec(line);
    if (box) {
      const title = stripInline(box[1] ?? '').trim();
      if (title !== '') label = title;
      out.push(/^目\s*录$/.test(title) ? '目录' : '');
      return;
    }
    const link = LONE_LINK.exec(line);
    if (link) {
      if (sourceUrl === undefined && SOURCE_LABEL.test(label)) sourceUrl = link[1]!;
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
    const plain = stripInline(line).replace(/[ \t]+$/, '');
    if (plain.trim() !== '') label = plain;
    out.push(plain);
  });
  // The front matter's title is the title when no # heading gives one; a # title under it stays the title.
  if (front.title && front.titleLine && ![...headings.values()].includes(1)) {
    out[front.titleLine - 1] = stripInline(front.title);
    headings.set(front.titleLine, 1);
  }
  return {
    text: out.join('\n'),
    headings: new Map([...headings].sort((a, b) => a[0] - b[0])),
    ...(headEnd !== undefined ? { headEnd } : {}),
    ...(Object.keys(front).length > 0 ? { frontMatter: front } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
  };
}
