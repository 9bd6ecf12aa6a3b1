/**
 * What kind of file a user brought, by its first bytes rather than its name (a saved page renamed .txt, a PDF named
 * .doc by a download): a PDF, a Word file (.docx, a ZIP holding word/document.xml; .doc, a Compound File), a web page
 * saved as one file (MHTML: a MIME message of multipart/related), or text. Word's other saves, RTF and its XML (Word
 * 2003 "XML 文档"), are told apart too, as their markup would otherwise be read as the text. Example:
 *   sniffFormat(bytesOf('%PDF-1.7\n…')) → 'pdf';  sniffFormat(bytesOf('第一条 …')) → 'text'
 */
import { memberBytes, zipMembers } from './zip-directory.ts';

/**
 * The kinds of file the importer tells apart. `ofd` (GB/T 33190 版式文档), `odt` (OpenDocument text), `rtf` and
 * `wordml` (Word's XML: Word 2003 XML or the flat XML of Word 2007 on) are named to be refused with what to do; `zip`
 * and `ole` are other archives and Office files, `xlsx` and `pptx` Office's spreadsheets and slides, `locked` an Office
 * file saved with a password.
 */
export type FileFormat =
  | 'pdf'
  | 'docx'
  | 'doc'
  | 'mhtml'
  | 'ofd'
  | 'odt'
  | 'rtf'
  | 'wordml'
  | 'xlsx'
  | 'pptx'
  | 'locked'
  | 'zip'
  | 'ole'
  | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** The bytes as Latin-1 (one character a byte): enough to find ASCII markers in a binary head. */
const ascii = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * A MIME message whose body is a saved page: its header block (before the first blank line) declares
 * multipart/related (Chrome, Edge, 360, IE, Word's "单个文件网页"), or is a single text/html part with MIME headers.
 */
function isMhtml(head: string): boolean {
  const end = head.search(/\r?\n\r?\n/);
  const headers = end < 0 ? head : head.slice(0, end);
  if (!/^MIME-Version\s*:/im.test(headers)) return false;
  return /^Content-Type\s*:\s*(?:multipart\/related|text\/html)/im.test(headers);
}

/**
 * A PDF's header may follow a few bytes of junk (the specification allows it within the first 1,024): blank bytes or
 * a BOM, never text, so a text that speaks of %PDF-1.7 stays a text.
 */
function isPdf(bytes: Uint8Array): boolean {
  const head = ascii(bytes.subarray(0, 1024)).replace(/^\xef\xbb\xbf/, '');
  const at = head.search(/%PDF-\d/);
  return at >= 0 && !/[\x21-\x7e\x80-\xff]/.test(head.slice(0, at));
}

/**
 * The head of a file as text for its markers: UTF-16 (Word may save its XML so) read as such, else Latin-1; a BOM and
 * leading blanks dropped.
 */
function textHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  const buffer = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const text = head[0] === 0xff && head[1] === 0xfe ? buffer.toString('utf16le') : ascii(head);
  return text.replace(/^(?:\xef\xbb\xbf|\ufeff)?\s*/, '');
}

/**
 * Word's XML: a processing instruction naming Word as its application (`<?mso-application progid="Word.Document"?>`,
 * written by Word 2003 and by Word's flat XML), or the root of Word 2003 XML (`<w:wordDocument`).
 */
const isWordXml = (head: string): boolean =>
  head.startsWith('<?xml') && /<\?mso-application\s+progid="Word\.Document"|<w:wordDocument[\s>]/.test(head);

/** The main part's content type an Office package declares in [Content_Types].xml, by the kind it makes the file. */
const MAIN_PARTS: readonly (readonly [RegExp, FileFormat])[] = [
  [/wordprocessingml\.(?:document|template)\.main\+xml|ms-word\.(?:document|template)\.macroEnabled/i, 'docx'],
  [/spreadsheetml\.(?:sheet|template)\.main\+xml|ms-excel\.(?:sheet|template)\.macroEnabled/i, 'xlsx'],
  [/presentationml\.(?:presentation|slideshow|template)\.main\+xml|ms-powerpoint\./i, 'pptx'],
];

/**
 * A ZIP by the members its central directory names (the bytes of stored members, .docx files in an archive, say
 * nothing): an Office package by the main part its [Content_Types].xml declares (Word for the web names it
 * word/document2.xml), else by its folders (word/, xl/, ppt/); an OFD file by its entry OFD.xml; an OpenDocument text
 * by its mimetype member, first and stored.
 */
function zipFormat(bytes: Uint8Array): FileFormat {
  const { members } = zipMembers(bytes);
  const types = members.find((member) => member.name === '[Content_Types].xml');
  const declared = types && memberBytes(bytes, types, 1 << 20);
  if (declared) {
    const text = ascii(declared);
    const main = MAIN_PARTS.find(([type]) => type.test(text));
    if (main) return main[1];
  }
  const names = members.map((member) => member.name);
  if (names.some((name) => name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (names.some((name) => name.startsWith('ppt/'))) return 'pptx';
  if (names.includes('OFD.xml')) return 'ofd';
  if (ascii(bytes.subarray(0, 100)).includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
  return 'zip';
}

/**
 * A Compound File (Office 97–2003, or any Office file saved with a password) by the streams its directory names, in
 * UTF-16: a Word document's WordDocument; a password's EncryptedPackage, which Word, Excel and PowerPoint write in
 * place of the ZIP of a locked .docx, .xlsx or .pptx.
 */
function oleFormat(bytes: Uint8Array): FileFormat {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const holds = (stream: string): boolean => buffer.includes(Buffer.from(stream, 'utf16le'));
  if (holds('WordDocument')) return 'doc';
  return holds('EncryptedPackage') ? 'locked' : 'ole';
}

/** The kind of the file whose bytes these are. */
export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (isPdf(bytes)) return 'pdf';
  if (startsWith(bytes, ZIP)) return zipFormat(bytes);
  if (startsWith(bytes, OLE)) return oleFormat(bytes);
  const head = textHead(bytes);
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (isWordXml(head)) return 'wordml';
  if (isMhtml(ascii(bytes.subarray(0, 4096)))) return 'mhtml';
  return 'text';
}
