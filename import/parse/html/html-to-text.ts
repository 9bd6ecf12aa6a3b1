/**
 * A saved web page (or a fragment of one) → the text a browser shows, with parse5, the WHATWG parser behind jsdom:
 * block elements end lines, `<br>` breaks them, table cells are separated by tabs (as a browser copies a table),
 * scripts, styles, navigation, forms and hidden elements are left out. Nothing is executed or fetched. Example:
 *   htmlToText('<table><tr><td>发文机关：</td><td>国务院</td></tr></table><p>国务院关于…<br>…的意见</p><script>x()</script>')
 *   → { text: '发文机关：\t国务院\n国务院关于…\n…的意见', lineOf: [1, 1, 1], pageAddress: undefined }
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/** The visible text of a page, the source line of each text line, and the page's own address when it gives one. */
export interface PageText {
  text: string;
  /** lineOf[i] is the line of the HTML file where text line i + 1 begins. */
  lineOf: number[];
  /** From `<link rel=canonical>`, `og:url` or a browser's "saved from url=" comment. */
  pageAddress?: string;
  /**
   * What the page's `<head>` names its document, best first: `<meta name="ArticleTitle">` (which the 政府网站发展指引,
   * 国办发〔2017〕47号, asks of every government article page), then the parts of `<title>` that are not the site's
   * name (SiteName, or the shorter part when the head gives none; sites put their name on either side of | _ -).
   */
  headTitles?: string[];
}

// Never shown, or not part of a document's text (navigation, forms, media).
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'form',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'audio',
  'video',
  'map',
  'dialog',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'summary',
  'body',
  'html',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;

/** Collects lines of visible text while walking the tree. */
class LineWriter {
  lines: string[] = [];
  lineOf: number[] = [];
  private current = '';
  private currentLine = 0;

  write(text: string, sourceLine: number): void {
    if (text === '') return;
    if (this.current === '' || this.current.endsWith('\t')) {
      text = text.replace(/^ +/, '');
      if (text === '') return;
    }
    if (this.currentLine === 0) this.currentLine = sourceLine;
    this.current += text;
  }

  cell(): void {
    if (this.current !== '') this.current = `${this.current.replace(/ +$/, '')}\t`;
  }

  /** Ends the current line (a block boundary, or a `<br>` when forced). */
  end(forced = false, sourceLine = 0): void {
    const line = this.current.replace(/[ \t]+$/, '');
    if (line !== '' || forced) {
      this.lines.push(line);
      this.lineOf.push(this.currentLine || sourceLine || this.lineOf.at(-1) || 1);
    }
    this.current = '';
    this.currentLine = 0;
  }
}

function findPageAddress(document: DefaultTreeAdapterTypes.Document): string | undefined {
  let found: string | undefined;
  const visit = (node: Node): void => {
    if (found) return;
    if (node.nodeName === '#comment') {
      const saved = /saved from url=\(\d+\)(\S+)/i.exec((node as DefaultTreeAdapterTypes.CommentNode).data);
      if (saved?.[1] && /^https?:/i.test(saved[1])) found = saved[1];
    } else if (isElement(node)) {
      if (node.tagName === 'link' && /\bcanonical\b/i.test(attr(node, 'rel') ?? '')) found = attr(node, 'href');
      else if (node.tagName === 'meta' && /^og:url$/i.test(attr(node, 'property') ?? '')) found = attr(node, 'content');
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(document);
  return found && /^https?:\/\//i.test(found) ? found.trim() : undefined;
}

const textOf = (node: Node): string =>
  node.nodeName === '#text'
    ? (node as DefaultTreeAdapterTypes.TextNode).value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';
const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, ' ').trim();

/**
 * The titles the head names (see PageText.headTitles). Not read: PubDate and 'others' (when the page was rendered),
 * SiteName and SiteIDCode (the host site, another body's on a repost), ContentSource (a hint at most).
 */
function findHeadTitles(document: DefaultTreeAdapterTypes.Document): string[] {
  const meta = new Map<string, string>();
  let title: string | undefined;
  const visit = (node: Node): void => {
    if (isElement(node)) {
      if (node.tagName === 'body') return;
      const name = attr(node, 'name')?.toLowerCase();
      if (node.tagName === 'meta' && name && !meta.has(name)) meta.set(name, squeeze(attr(node, 'content') ?? ''));
      if (node.tagName === 'title' && title === undefined) title = squeeze(textOf(node));
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(document);
  return titlesOfHead(title ?? '', meta.get('sitename') ?? '', meta.get('articletitle') ?? '');
}

/**
 * The titles a page's `<title>` (with the head's SiteName and ArticleTitle, when it has them) names, best first — also
 * the title a browser writes into the PDF it prints the page to.
 */
export function titlesOfHead(title: string, site = '', articleTitle = ''): string[] {
  const parts = title
    .split(/\s+[|｜_\-–—]+\s+|\s*[|｜_]\s*|\s*[-–—]{2,}\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== site);
  // Without the site's name, the longer part is more likely the document's (the site's name is its section or brand).
  if (!site) parts.sort((a, b) => b.length - a.length);
  const found = [articleTitle, ...parts, parts.length > 1 ? title : ''].filter((t) => t !== '' && t !== site);
  return [...new Set(found)];
}

/** Parses the HTML and returns its visible text, line by line. */
export function htmlToText(html: string): PageText {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const out = new LineWriter();
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeName === '#text') {
      const { value, sourceCodeLocation } = node as DefaultTreeAdapterTypes.TextNode;
      const line = sourceCodeLocation?.startLine ?? 0;
      if (pre) {
        value.split('\n').forEach((piece, i) => {
          if (i > 0) out.end(true, line + i);
          out.write(piece, line + i);
        });
      } else out.write(value.replace(/[ \t\n\r\f]+/g, ' '), line);
      return;
    }
    if (!isElement(node) && node.nodeName !== '#document') return;
    if (isElement(node)) {
      const tag = node.tagName;
      if (SKIPPED.has(tag) || attr(node, 'hidden') !== undefined || HIDDEN_STYLE.test(attr(node, 'style') ?? ''))
        return;
      if (tag === 'br') {
        out.end(true, node.sourceCodeLocation?.startLine ?? 0);
        return;
      }
      if (tag === 'td' || tag === 'th') out.cell();
      if (BLOCKS.has(tag)) out.end();
      for (const child of node.childNodes) walk(child, pre || tag === 'pre' || tag === 'textarea');
      if (BLOCKS.has(tag)) out.end();
      return;
    }
    for (const child of (node as DefaultTreeAdapterTypes.Document).childNodes) walk(child, pre);
  };
  walk(document, false);
  out.end();
  // Blank lines left by empty paragraphs and <br>s are kept once: they separate blocks as on the page.
  const lines: string[] = [];
  const lineOf: number[] = [];
  out.lines.forEach((line, i) => {
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) return;
    lines.push(line);
    lineOf.push(out.lineOf[i]!);
  });
  const pageAddress = findPageAddress(document);
  const headTitles = findHeadTitles(document);
  return {
    text: lines.join('\n'),
    lineOf,
    ...(pageAddress ? { pageAddress } : {}),
    ...(headTitles.length > 0 ? { headTitles } : {}),
  };
}
