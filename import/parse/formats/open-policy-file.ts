/**
 * The files a user brings that are not plain text, opened to the text or the page they hold: a PDF's text layer, a
 * Word file's paragraphs, a page saved as one file. Plain text (and a page's HTML source) is left to the decoder, and
 * an archive or an Office file of another kind is refused with what to do instead. Example:
 *   await openPolicyContainer(readFileSync('page.mhtml'), 'page.mhtml')
 *   → { text: '<!DOCTYPE html>…', html: true, sourceUrl: 'https://…', issues: [{ code: 'FILE_FORMAT', … }] }
 *   await openPolicyContainer(bytesOf('第一条 …'), 'a.txt') → undefined
 */
import type { ParseIssue } from '../../../model/index.ts';
import { PolicyInputError } from '../../errors.ts';
import { DEFAULT_MAX_BYTES } from '../decode-policy-bytes.ts';
import { titlesOfHead } from '../html/html-to-text.ts';
import { readMhtml } from './read-mhtml.ts';
import { readPdf } from './read-pdf.ts';
import { PASSWORD_PROTECTED, readDoc, readDocx, type WordText } from './read-word.ts';
import { sniffFormat } from './sniff-format.ts';

/** What a container held: the text (or a page's HTML) to parse, where it came from, and notes for the reader. */
export interface OpenedFile {
  text: string;
  html: boolean;
  sourceUrl?: string;
  /** For the text of a web page a browser printed (to PDF): the titles the page's head named, as a page's are read. */
  headTitles?: string[];
  issues: ParseIssue[];
}

/** The info issue naming how the file was read, so line numbers are understood as lines of the text read from it. */
export function formatIssue(file: string, message: string): ParseIssue {
  return { file, line: 1, severity: 'info', code: 'FILE_FORMAT', message };
}

/** Formats told by their bytes that hold no policy text the importer reads, with what a user can do. */
const NOT_READ = {
  ofd: 'an OFD file (版式文档, GB/T 33190) is not read: open it in an OFD reader and save it as PDF or text',
  odt: 'an OpenDocument text (.odt) is not read: save it as .docx or text (LibreOffice or WPS: 另存为)',
  rtf: 'an RTF document is not read: open it in Word, WPS or LibreOffice and save it as .docx (另存为 › Word 文档)',
  wordml:
    'a Word 2003 XML document (Word’s “XML 文档”) is not read: open it in Word, WPS or LibreOffice and save it as .docx (另存为 › Word 文档)',
  xlsx: 'an Excel workbook (.xlsx) is no Word document: save the policy as .docx, PDF or text',
  pptx: 'a PowerPoint presentation (.pptx) is no Word document: save the policy as .docx, PDF or text',
  zip: 'a ZIP archive that is no Word document (.docx): unpack it and import the files it holds',
} as const;

/** What a Word file held: its text, the issue saying how it was read, and what the reader noticed. */
function wordFile(file: string, what: string, word: WordText): OpenedFile {
  return {
    text: word.text,
    html: false,
    issues: [formatIssue(file, `${what} read; lines are those of the text read from it`), ...word.issues],
  };
}

/**
 * Opens a container file; undefined for a text file (the decoder's). Throws PolicyInputError for one it cannot read,
 * or (FILE_TOO_LARGE) for one that would give far more than the file limit, maxBytes: a .docx unpacking past it, a
 * PDF whose compressed text passes it.
 */
export async function openPolicyContainer(
  bytes: Uint8Array,
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<OpenedFile | undefined> {
  const format = sniffFormat(bytes);
  switch (format) {
    case 'text':
      return undefined;
    case 'mhtml': {
      const page = await readMhtml(bytes, file);
      return {
        text: page.html,
        html: true,
        ...(page.sourceUrl ? { sourceUrl: page.sourceUrl } : {}),
        issues: [formatIssue(file, 'a web page saved as one file (MHTML): its page is read; lines are the page’s')],
      };
    }
    case 'pdf': {
      const pdf = await readPdf(bytes, file, maxBytes);
      const pages = `${pdf.pages} page${pdf.pages === 1 ? '' : 's'}`;
      return {
        text: pdf.text,
        html: false,
        ...(pdf.printedPage ? { headTitles: titlesOfHead(pdf.printedPage) } : {}),
        issues: [
          formatIssue(file, `a PDF of ${pages}: its text layer is read; lines are those of the text read from it`),
        ],
      };
    }
    case 'docx':
      return wordFile(
        file,
        'a Word document (.docx): its paragraphs and tables are',
        await readDocx(bytes, file, maxBytes),
      );
    case 'doc':
      return wordFile(file, 'a Word 97–2003 document (.doc): its body text is', await readDoc(bytes, file));
    case 'ofd':
    case 'odt':
    case 'rtf':
    case 'wordml':
    case 'xlsx':
    case 'pptx':
    case 'zip':
      throw new PolicyInputError('UNSUPPORTED_FORMAT', file, NOT_READ[format]);
    case 'locked':
      throw new PolicyInputError('PASSWORD_PROTECTED', file, PASSWORD_PROTECTED);
    case 'ole':
      // A .doc cut short before its directory names its WordDocument stream looks like any Office file.
      if (/\.doc$/i.test(file)) {
        throw new PolicyInputError(
          'DAMAGED_FILE',
          file,
          'a Word 97–2003 file (.doc) whose text stream cannot be found: the file is damaged or cut short (an unfinished download?); download or save it again',
        );
      }
      throw new PolicyInputError(
        'UNSUPPORTED_FORMAT',
        file,
        'an Office file that is no Word document (a spreadsheet or slides?): save the policy as .docx, PDF or text',
      );
  }
}
