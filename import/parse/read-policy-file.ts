/**
 * The file edge of the parser: reads a file (refusing one above the size limit before reading it), decodes it and
 * parses it; a web page (.html, .htm) is first turned into the text a browser shows. Example:
 *   await readPolicyFile('corpus/guangxi-hitech-measures.txt') → PolicyDocument;
 *   await readPolicyFile('../shared/corpora/govcn/01.html') → the same reader on the page's visible text.
 */
import { readFile, stat } from 'node:fs/promises';
import { PolicyInputError } from '../errors.ts';
import type { ParseIssue, PolicyDocument } from '../../model/index.ts';
import { DEFAULT_MAX_BYTES, decodePolicyText } from './decode-policy-bytes.ts';
import { htmlToText } from './html/html-to-text.ts';
import { parsePolicyText, type ParseOptions } from './parse-policy-text.ts';

/** Options of readPolicyFile: those of parsePolicyText (file defaults to the path) plus the size limit. */
export type ReadOptions = Partial<ParseOptions> & { maxBytes?: number };

/** True for a file to be read as a web page: by its name, or by content that opens like HTML. */
export function isHtmlFile(file: string, text?: string): boolean {
  if (/\.(?:html?|xhtml|shtml)$/i.test(file)) return true;
  return text !== undefined && /^\s*(?:<!doctype\s+html|<html[\s>]|<!--\s*saved from url)/i.test(text.slice(0, 512));
}

/** Parses a web page's markup: its visible text through the text reader, issue lines pointing into the HTML file. */
export function parsePolicyHtml(html: string, options: ParseOptions): PolicyDocument {
  const page = htmlToText(html);
  if (page.text.trim() === '') {
    throw new PolicyInputError('EMPTY_FILE', options.file, 'the page shows no text (only markup, scripts or styles)');
  }
  const prior = options.priorIssues ?? [];
  const document = parsePolicyText(page.text, {
    ...options,
    priorIssues: [],
    ...(page.pageAddress && !options.sourceUrl ? { sourceUrl: page.pageAddress } : {}),
  });
  const remap = (issue: ParseIssue): ParseIssue => ({ ...issue, line: page.lineOf[issue.line - 1] ?? issue.line });
  document.issues = [...prior, ...document.issues.map(remap)].sort((a, b) => a.line - b.line);
  return document;
}

/** Decodes and parses bytes already read (the importer's entry when it holds the bytes). */
export function parsePolicyBytes(bytes: Uint8Array, options: ParseOptions & { maxBytes?: number }): PolicyDocument {
  const decoded = decodePolicyText(bytes, options.file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const parseOptions = { ...options, priorIssues: [...(options.priorIssues ?? []), ...decoded.issues] };
  if (isHtmlFile(options.file, decoded.text)) return parsePolicyHtml(decoded.text, parseOptions);
  return parsePolicyText(decoded.text, parseOptions);
}

/** Reads, decodes and parses one policy file; throws PolicyInputError for input that cannot be read as text. */
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
  return parsePolicyBytes(bytes, { ...options, file, maxBytes });
}
