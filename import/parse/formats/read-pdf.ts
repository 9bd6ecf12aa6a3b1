/**
 * A PDF (a signed original, a 政府公报 issue, a page a browser printed, a text an office suite exported) → the text its
 * text layer holds, one line per paragraph, in reading order, without page numbers and running headers. pdf.js
 * (pdfjs-dist, Mozilla's PDF reader, pure JavaScript, the reference text extractor) decodes the file: its fonts'
 * CMaps for Chinese (CID fonts), its compression and encryption, its damaged cross-reference tables — none of which a
 * hand-written reader should attempt. 5.4 is the newest line whose engines take Node 20.16 (6.x needs Node 22). Example:
 *   await readPdf(readFileSync('sn-organ-support-2025.pdf'), 'a.pdf')
 *   → { text: '陕西省机关运行保障条例\n…\n第一条 为了规范和加强机关运行保障工作,…制定本条例。\n…', pages: 1 }
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PolicyInputError } from '../../errors.ts';
import { DEFAULT_MAX_BYTES } from '../decode-policy-bytes.ts';
import { cutPageFurniture } from './cut-page-furniture.ts';
import { joinTableRows } from './join-table-rows.ts';
import { joinWrappedLines, markBlankLines } from './join-wrapped-lines.ts';
import { type PrintedLine, printedLines } from './printed-lines.ts';

/** The text read from a PDF, how many pages it has and, for a web page a browser printed, the page's title. */
export interface PdfText {
  text: string;
  pages: number;
  printedPage?: string;
}

// The creator a browser names in the PDF it prints: Chrome and Edge their user agent (`Mozilla/5.0 … Chrome/156…`),
// Firefox and Safari their name. Not the producer: Chrome's Skia/PDF also makes Google Docs' exports, whose title is
// the document's name, no page's <title>.
const BROWSER = /Mozilla\/\d|Chrome|Chromium|Firefox|Safari|WebKit/i;

/** The title of the page a browser printed (it writes the page's `<title>` as the PDF's), or undefined. */
export function printedPageTitle(info: Record<string, unknown>): string | undefined {
  const title = typeof info.Title === 'string' ? info.Title.trim() : '';
  const creator = typeof info.Creator === 'string' ? info.Creator : '';
  return title !== '' && !/^about:blank$/i.test(title) && BROWSER.test(creator) ? title : undefined;
}

// The package's own CMaps (for CID fonts) and standard fonts, as file paths: in Node pdf.js reads them from disk.
const PACKAGE = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The pdf.js error as PolicyInputError: a password is a refusal with what to do, anything else a damaged file. */
function refusal(error: unknown, file: string): PolicyInputError {
  const name = (error as { name?: string }).name;
  if (name === 'PasswordException') {
    return new PolicyInputError(
      'PASSWORD_PROTECTED',
      file,
      'the PDF is locked by a password: open it with the password, print it to a new PDF and import that',
    );
  }
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  return new PolicyInputError('DAMAGED_FILE', file, `the PDF is damaged (${reason}): download or export it again`);
}

// Bounds on the work a PDF may ask for. pdf.js inflates a page's whole content stream before it gives a piece of text
// (no option of it bounds that), so these bound what follows: a policy document (a 政府公报 year aside) runs to far
// fewer pages, and a printed page holds a few thousand pieces of text at most — a page of more is a bomb, no text.
const MAX_PAGES = 2000;
const MAX_PIECES_PER_PAGE = 50_000;

type TextItem = Parameters<typeof printedLines>[0][number];

/**
 * The pieces of text of one page, read as pdf.js streams them, stopping (and refusing, FILE_TOO_LARGE) once the page
 * draws more pieces than a printed page holds or the text read so far, `read` bytes before it, passes `maxBytes`.
 * Returns the bytes read with it.
 */
async function pagePieces(
  page: { streamTextContent(): ReadableStream<{ items: unknown[] }> },
  n: number,
  read: number,
  limits: { file: string; maxBytes: number },
): Promise<{ items: TextItem[]; read: number }> {
  const items: TextItem[] = [];
  const reader = page.streamTextContent().getReader();
  const stop = async (why: string): Promise<never> => {
    await reader.cancel(new Error(why));
    throw new PolicyInputError('FILE_TOO_LARGE', limits.file, why);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { items, read };
    for (const item of value.items) {
      // Marked-content tags (structure of a tagged PDF) carry no text.
      if (typeof item !== 'object' || item === null || !('str' in item)) continue;
      items.push(item as TextItem);
      read += Buffer.byteLength((item as TextItem).str);
    }
    if (items.length > MAX_PIECES_PER_PAGE)
      await stop(
        `page ${n} of the PDF draws more than ${MAX_PIECES_PER_PAGE} pieces of text, more than a printed page holds: it is no text to import`,
      );
    if (read > limits.maxBytes)
      await stop(
        `the PDF’s text passes the limit of ${limits.maxBytes} bytes on page ${n} (raise it with --max-bytes)`,
      );
  }
}

/**
 * Reads a PDF's text layer; throws NO_TEXT for a scan, PASSWORD_PROTECTED for a password, FILE_TOO_LARGE for more text
 * (UTF-8 bytes) than `maxBytes` (the file limit), more pages or pieces than a document has, DAMAGED_FILE otherwise.
 */
export async function readPdf(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<PdfText> {
  // Loaded here, not at the top: the library is large and only a PDF needs it.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // A copy as a plain Uint8Array (pdf.js refuses a Buffer, and takes the array it is given over to its worker).
    data: new Uint8Array(bytes),
    cMapUrl: join(PACKAGE, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(PACKAGE, 'standard_fonts/'),
    // Text only, in Node: no code built from the file, no system fonts, no font loading, no warnings on stderr.
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise;
    if (pdf.numPages > MAX_PAGES) {
      throw new PolicyInputError(
        'FILE_TOO_LARGE',
        file,
        `the PDF has ${pdf.numPages} pages, more than the ${MAX_PAGES} this reads: split it, or import the text of the part you need`,
      );
    }
    const lines: PrintedLine[] = [];
    let read = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const pieces = await pagePieces(page, n, read, { file, maxBytes });
      read = pieces.read;
      const items = pieces.items;
      // One by one, not push(...): a page may hold more lines than a call takes arguments.
      for (const line of printedLines(items, n, page.view[2]! - page.view[0]!)) lines.push(line);
      page.cleanup();
    }
    if (lines.length === 0) {
      const pages = `${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}`;
      throw new PolicyInputError(
        'NO_TEXT',
        file,
        `the PDF has ${pages} and no text layer (a scan): recognise it with OCR first`,
      );
    }
    // Blank lines where the page leaves them: the parser reads a block (a title, a signature) up to one.
    const text = joinWrappedLines(markBlankLines(joinTableRows(cutPageFurniture(lines))))
      .map((line) => '\n'.repeat(line.blankAbove ?? 0) + line.text)
      .join('\n');
    const printedPage = printedPageTitle((await pdf.getMetadata()).info as Record<string, unknown>);
    return { text, pages: pdf.numPages, ...(printedPage ? { printedPage } : {}) };
  } catch (error) {
    throw error instanceof PolicyInputError ? error : refusal(error, file);
  } finally {
    await task.destroy();
  }
}
