/**
 * The file edge of the parser: reads a file (refusing one above the size limit before reading it), opens a container
 * (a page saved as one file, a PDF, a Word file: formats/) or decodes a text, and parses it; a web page (.html, .htm)
 * is first turned into the text a browser shows. Example:
 *   await readPolicyFile('corpus/guangxi-hitech-measures.txt') → PolicyDocument;
 *   await readPolicyFile('../shared/corpora/govcn/01.html') → the same reader on the page's visible text;
 *   a .txt whose lines hold markup ('文号 :晋政发〔2018〕13号' / '<p>各市、县人民政府…</p><p>…</p>') → read as a page too.
 */
import { readFile, stat } from 'node:fs/promises';
import { PolicyInputError } from '../errors.ts';
import type { ParseIssue, PolicyDocument } from '../../model/index.ts';
import { DEFAULT_MAX_BYTES, decodePolicyText } from './decode-policy-bytes.ts';
import { headTitleLine, pageFooterLines, pageHeaderLines } from './html/cut-page-header.ts';
import { openPolicyContainer } from './formats/open-policy-file.ts';
import { htmlToText, type PageText } from './html/html-to-text.ts';
import { parsePolicyText, type ParseOptions } from './parse-policy-text.ts';
import { looksLikeMarkdown } from './statute/read-markdown.ts';

/** Options of readPolicyFile: those of parsePolicyText (file defaults to the path) plus the size limit. */
export type ReadOptions = Partial<ParseOptions> & { maxBytes?: number };

// End tags of blocks and line breaks: a plain text never holds them, a copy of a page's source does (<p>…</p><br/>).
const MARKUP =
  /<\/(?:p|div|td|th|tr|li|h[1-6]|span|strong|b|em|font|table|tbody|section|article|center)\s*>|<br\s*\/?>/gi;

/** True for a text holding a page's markup, where it begins or after lines of plain text (three tags or more). */
function holdsMarkup(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(MARKUP)) if (++count >= 3) return true;
  return false;
}

/**
 * True for a file to be read as a web page: by its name, by content that opens like HTML, or by its markup — unless it
 * is Markdown, whose posts carry tags in their paragraphs (the Markdown reader's).
 */
export function isHtmlFile(file: string, text?: string): boolean {
  if (/\.(?:html?|xhtml|shtml)$/i.test(file)) return true;
  return text !== undefined && isPageSource(text, /\.(?:md|markdown)$/i.test(file));
}

/** True for a text that is a page's source whatever its file is called: it opens like HTML, or holds its markup. */
function isPageSource(text: string, markdown: boolean): boolean {
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<!--\s*saved from url)/i.test(text.slice(0, 512))) return true;
  return !markdown && !looksLikeMarkdown(text) && holdsMarkup(text);
}

/**
 * A text file that mixes plain lines and markup (labelled lines, then `<p>…</p>` in one line) keeps its own line
 * ends as breaks, as its writer saw them; a file that opens with markup is a page's source, whose line ends are spaces.
 */
function keepLineEnds(text: string): string {
  if (/^\s*</.test(text)) return text;
  return text.replace(/(<[^<>]*>)|\r?\n/g, (found, tag: string | undefined) => tag ?? `<br>${found}`);
}

/** Parses a web page's markup: its visible text through the text reader, issue lines pointing into the HTML file. */
export function parsePolicyHtml(html: string, options: ParseOptions): PolicyDocument {
  return parsePageText(htmlToText(html), options);
}

/**
 * Parses the text a web page shows (read from its markup, or from the PDF a browser printed it to): the site's header
 * above the title its head names and its footer are left out, issue lines point to the page's lines.
 */
export function parsePageText(page: PageText, options: ParseOptions): PolicyDocument {
  if (page.text.trim() === '') {
    throw new PolicyInputError('EMPTY_FILE', options.file, 'the page shows no text (only markup, scripts or styles)');
  }
  const prior = options.priorIssues ?? [];
  // The header above the line the page's head names as its title is the site's (logo, 无障碍 links, clock, menus): it
  // is left out, so no line of it is taken for the title or the issuer; the field table above the title stays.
  const all = page.text.split('\n');
  const titleAt = headTitleLine(all, page.headTitles ?? []);
  const footer = pageFooterLines(all, titleAt);
  const cut = new Set([...pageHeaderLines(all, titleAt), ...footer]);
  const kept = all.map((_, i) => i).filter((i) => !cut.has(i));
  const lineOf = kept.map((i) => page.lineOf[i]!);
  const shown = (lines: number[]): string =>
    lines
      .map((i) => all[i]!.trim())
      .filter((l) => l !== '')
      .map((l) => `"${l.length > 24 ? `${l.slice(0, 24)}…` : l}"`)
      .join(', ');
  const furniture = (lines: number[], code: string, what: string): ParseIssue[] =>
    lines.some((i) => all[i]!.trim() !== '')
      ? [
          {
            file: options.file,
            line: page.lineOf[lines[0]!] ?? 1,
            severity: 'info',
            code,
            message: `${what} left out: ${shown(lines)}`,
          },
        ]
      : [];
  const header = [
    ...furniture(
      [...cut].filter((i) => !footer.includes(i)),
      'PAGE_HEADER',
      `the site's header above the title the page's head names ("${page.headTitles?.[0]}")`,
    ),
    ...furniture(footer, 'PAGE_FOOTER', "the page's footer (from the bar closing the article)"),
  ];
  const document = parsePolicyText(kept.map((i) => all[i]!).join('\n'), {
    ...options,
    priorIssues: [],
    ...(page.pageAddress && !options.sourceUrl ? { sourceUrl: page.pageAddress } : {}),
    ...(page.headTitles ? { headTitles: page.headTitles } : {}),
  });
  const remap = (issue: ParseIssue): ParseIssue => ({ ...issue, line: lineOf[issue.line - 1] ?? issue.line });
  document.issues = [...prior, ...header, ...document.issues.map(remap)].sort((a, b) => a.line - b.line);
  return document;
}

/** Decodes and parses bytes already read (the importer's entry when it holds the bytes). */
export function parsePolicyBytes(bytes: Uint8Array, options: ParseOptions & { maxBytes?: number }): PolicyDocument {
  const decoded = decodePolicyText(bytes, options.file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const parseOptions = { ...options, priorIssues: [...(options.priorIssues ?? []), ...decoded.issues] };
  if (/\.(?:html?|xhtml|shtml)$/i.test(options.file)) return parsePolicyHtml(decoded.text, parseOptions);
  if (isHtmlFile(options.file, decoded.text)) return parsePolicyHtml(keepLineEnds(decoded.text), parseOptions);
  return parsePolicyText(decoded.text, parseOptions);
}

/**
 * Reads, decodes and parses one policy file: text, a page's HTML, or a container holding one (a page saved as one
 * file, a PDF, a Word file); throws PolicyInputError for input that cannot be read as a policy text.
 */
export async function readPolicyFile(path: string, options: ReadOptions = {}): Promise<PolicyDocument> {
  const file = options.file ?? path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new PolicyInputError(
      'NOT_FOUND',
      file,
      error.code === 'ENOENT' ? 'no such file' : `cannot read: ${error.message}`,
    );
  });
  if (!info.isFile()) throw new PolicyInputError('NOT_FOUND', file, 'not a regular file');
  if (info.size > maxBytes) {
    throw new PolicyInputError(
      'FILE_TOO_LARGE',
      file,
      `the file has ${info.size} bytes, above the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
    );
  }
  const bytes = await readFile(path);
  const opened = await openPolicyContainer(bytes, file, maxBytes);
  if (opened === undefined) return parsePolicyBytes(bytes, { ...options, file, maxBytes });
  const parseOptions: ParseOptions = {
    ...options,
    file,
    priorIssues: [...(options.priorIssues ?? []), ...opened.issues],
    ...(opened.sourceUrl && !options.sourceUrl ? { sourceUrl: opened.sourceUrl } : {}),
  };
  if (opened.html) return parsePolicyHtml(opened.text, parseOptions);
  if (opened.headTitles) {
    // A page a browser printed: its site's header and footer are cut as the page's own would be.
    const lineOf = opened.text.split('\n').map((_, i) => i + 1);
    return parsePageText({ text: opened.text, lineOf, headTitles: opened.headTitles }, parseOptions);
  }
  // A Word document whose paragraphs hold a page's markup (its source pasted in) reads as its text copy reads; by its
  // text alone, for a PDF or Word file named .html is no page.
  if (isPageSource(opened.text, false)) return parsePolicyHtml(keepLineEnds(opened.text), parseOptions);
  return parsePolicyText(opened.text, parseOptions);
}
