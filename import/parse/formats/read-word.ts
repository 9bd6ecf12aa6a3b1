/**
 * A Word file → the text the parser reads: one line per paragraph (spaces and empty paragraphs kept, as a text copy
 * keeps them), a table's row on one line with its cells apart by tabs, as the text reader takes a table. Headers,
 * footers and page numbers are left out. Example:
 *   await readDocx(bytesOf('关于…的通知.docx'), 'a.docx')
 *   → { text: '关于…的通知\n各县区人民政府：\n…\n序号\t任务\t牵头单位\n1\t…\t市科技局', issues: [] }
 *
 * .docx: mammoth (maintained, pure JS) opens the ZIP, resolves styles, lists and tables, and drops headers, footers
 * and deleted revisions. Its HTML is walked here rather than its raw text, because the raw text gives every table
 * cell a paragraph of its own, so a task table's row (序号, 任务, 牵头单位) would fall apart; and rather than through the
 * page reader, because that squeezes spaces and reads the text as a web page (menus, field tables), which a Word
 * document is not: 4 of 50 real texts saved as .docx read otherwise through it, none through this walk.
 * .doc (Word 97–2003): word-extractor (pure JS) reads the Compound File's text streams; its body is the text.
 */
import mammoth from 'mammoth';
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import WordExtractor from 'word-extractor';
import type { ParseIssue } from '../../../model/index.ts';
import { PolicyInputError } from '../../errors.ts';
import { DEFAULT_MAX_BYTES } from '../decode-policy-bytes.ts';
import { zipMembers } from './zip-directory.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

/** The text read from a Word file and what the reader noticed (paragraphs numbered by Word). */
export interface WordText {
  text: string;
  issues: ParseIssue[];
}

const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** A cell's paragraphs on one line: Chinese runs on without a space (安置 / 任务 → 安置任务), other words keep one. */
const joinCellLines = (lines: string[]): string =>
  lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce(
      (joined, line) =>
        joined === '' || (CJK_END.test(joined) && CJK_START.test(line)) ? joined + line : `${joined} ${line}`,
      '',
    );

/** The lines of mammoth's HTML, and which of them are paragraphs Word numbers itself. */
class WordLines {
  lines: string[] = [];
  /** The lines of paragraphs Word numbers itself, in order. */
  numbered: number[] = [];
  private open: string | undefined;
  private notes = 0;

  /** @param depth how many tables deep these lines are (those of a cell of a table in a table are 2). */
  constructor(private readonly depth = 0) {}

  text(value: string): void {
    this.open = (this.open ?? '') + value;
  }

  /** Ends the open line; an empty paragraph (kept) ends an empty one. */
  end(keepEmpty = false): void {
    if (this.open !== undefined && (this.open !== '' || keepEmpty)) this.lines.push(this.open);
    else if (this.open === undefined && keepEmpty) this.lines.push('');
    this.open = undefined;
  }

  walk(node: Node): void {
    if (node.nodeName === '#text') {
      this.text((node as DefaultTreeAdapterTypes.TextNode).value);
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName;
    if (tag === 'br') {
      this.open = this.open ?? '';
      this.end(true);
      return;
    }
    // A note's link back to where it is cited (↑); the citing mark ([1]) stays in the text.
    if (tag === 'a' && /^#(?:footnote|endnote)-ref-/.test(attr(node, 'href') ?? '')) return;
    if (tag === 'table') {
      if (this.depth >= MAX_TABLE_DEPTH) {
        // A table this deep in tables is read as the text it holds, without recursing further.
        this.text(textOf(node));
        return;
      }
      this.end();
      for (const row of rowsOf(node, this.depth + 1)) this.lines.push(row);
      return;
    }
    if (tag === 'li' && isNote(node)) {
      // A footnote or endnote, listed at the end: numbered as mammoth numbers its marks in the text ([1], [2] …).
      this.end();
      const note = new WordLines();
      for (const child of node.childNodes) note.walk(child);
      note.end();
      this.lines.push(`[${++this.notes}] ${joinCellLines(note.lines)}`);
      return;
    }
    if (tag === 'li') {
      this.end();
      // An item of a numbered list (<ol>; bullets are <ul>) is a paragraph whose number Word writes itself.
      if (node.parentNode?.nodeName === 'ol') this.numbered.push(this.lines.length + 1);
      this.children(node);
      this.end();
      return;
    }
    if (PARAGRAPHS.has(tag)) {
      if (this.open !== undefined && this.open !== '') this.end();
      this.open = this.open ?? '';
      this.children(node);
      this.end(true);
      return;
    }
    this.children(node);
  }

  private children(element: Element): void {
    for (const child of element.childNodes) this.walk(child);
  }
}

const isNote = (node: Node): boolean => isElement(node) && /^(?:footnote|endnote)-\d+$/.test(attr(node, 'id') ?? '');

/**
 * How many tables deep a table is read as rows and cells; deeper, the walk (which recurses once per table) reads a
 * table's text as one run instead, so a document of tables nested hundreds deep cannot exhaust the stack.
 */
const MAX_TABLE_DEPTH = 32;

/** The text under a node, its text nodes joined in order, found without recursion. */
function textOf(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.nodeName === '#text') parts.push((next as DefaultTreeAdapterTypes.TextNode).value);
    else if (isElement(next)) for (let i = next.childNodes.length - 1; i >= 0; i--) stack.push(next.childNodes[i]!);
  }
  return parts.join('');
}

/** A table's rows, each one line of its cells apart by tabs (a table inside a cell runs into the cell's text). */
function rowsOf(table: Element, depth: number): string[] {
  const rows: string[] = [];
  const visit = (node: Node): void => {
    if (!isElement(node)) return;
    if (node.tagName === 'tr') {
      const cells = node.childNodes.filter(
        (c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'),
      );
      rows.push(
        cells
          .map((cell) => {
            const lines = new WordLines(depth);
            for (const child of cell.childNodes) lines.walk(child);
            lines.end();
            return joinCellLines(lines.lines);
          })
          .join('\t'),
      );
      return;
    }
    for (const child of node.childNodes) visit(child);
  };
  for (const child of table.childNodes) visit(child);
  return rows;
}

/** The lines of mammoth's HTML of a Word document, and which of them Word numbers itself. */
export function wordLinesOf(html: string): { lines: string[]; numbered: number[] } {
  const lines = new WordLines();
  for (const node of parseFragment(html).childNodes) lines.walk(node);
  lines.end();
  return lines;
}

/**
 * The warning for paragraphs Word numbers itself (a list whose numbers come from its numbering definitions, not typed):
 * their numbers are not in the text read, so the articles they open lack them. One issue naming every run of them.
 */
function numberingIssue(file: string, numbered: number[]): ParseIssue[] {
  if (numbered.length === 0) return [];
  const runs: { first: number; last: number }[] = [];
  for (const line of numbered) {
    const run = runs.at(-1);
    if (run && run.last === line - 1) run.last = line;
    else runs.push({ first: line, last: line });
  }
  const count = numbered.length;
  const named = runs.map((run) => (run.last > run.first ? `${run.first}–${run.last}` : `${run.first}`));
  const lines = named.length > 8 ? `${named.slice(0, 8).join(', ')}, …` : named.join(', ');
  return [
    {
      file,
      line: runs[0]!.first,
      severity: 'warning',
      code: 'WORD_NUMBERING',
      message:
        `${count} paragraph(s) numbered by Word’s automatic numbering (line(s) ${lines}): their numbers (第一条, 一、, ` +
        '（一）…) are not in the text read, so no article opens there; save the document as plain text (.txt) from ' +
        'Word, WPS or LibreOffice, which write the numbers, and import that',
    },
  ];
}

/**
 * How many times the file limit a .docx may unpack to. Real Word files unpack to 2–13 times their own size (87
 * measured: LibreOffice's saves of this project's texts and pages, the table-heavy ones highest), so any file the
 * limit admits unpacks well under 20 times it; a file made to unpack to hundreds of MB from a few hundred KB (a ZIP
 * bomb: repeated XML deflates 1,000 to 1) would otherwise be unpacked whole, into memory, by mammoth.
 */
export const UNPACKED_PER_LIMIT = 20;

/**
 * Refuses, before anything is unpacked, a .docx whose members' sizes (as its central directory declares them) add up
 * to more than UNPACKED_PER_LIMIT × the file limit.
 */
function refuseUnpackedAbove(bytes: Uint8Array, file: string, maxBytes: number): void {
  const unpacked = zipMembers(bytes).members.reduce((sum, member) => sum + member.size, 0);
  if (unpacked > UNPACKED_PER_LIMIT * maxBytes) {
    throw new PolicyInputError(
      'FILE_TOO_LARGE',
      file,
      `the Word document unpacks to ${unpacked} bytes, above ${UNPACKED_PER_LIMIT} × the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
    );
  }
}

/**
 * Reads a .docx: its paragraphs and tables; throws FILE_TOO_LARGE when it would unpack to far more than the file limit
 * (maxBytes), DAMAGED_FILE, naming mammoth's reason, when it cannot be opened, EMPTY_FILE or NO_TEXT (images only)
 * when it holds no text.
 */
export async function readDocx(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<WordText> {
  refuseUnpackedAbove(bytes, file, maxBytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let images = 0;
  const result = await mammoth
    .convertToHtml(
      { buffer },
      // Images carry no text: mammoth is not made to encode them, only counted (a scan pasted in); empty paragraphs
      // are blank lines of the text.
      {
        ignoreEmptyParagraphs: false,
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: '' };
        }),
      },
    )
    .catch((error: Error) => {
      // mammoth's XML reader recurses once per element: past some 600 nested tables its stack runs out.
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        throw new PolicyInputError(
          'UNSUPPORTED_FORMAT',
          file,
          'the Word document nests its tables (or other parts) too deep to be read (mammoth’s XML reader ran out of stack): save it as text (.txt) from Word, WPS or LibreOffice and import that',
        );
      }
      throw new PolicyInputError('DAMAGED_FILE', file, `not a readable Word document (.docx): ${error.message}`);
    });
  const lines = wordLinesOf(result.value);
  const text = lines.lines.join('\n');
  if (text.trim() === '') {
    throw images > 0
      ? new PolicyInputError(
          'NO_TEXT',
          file,
          `the Word document holds ${images} image(s) and no text: a scan? Recognise its text (OCR) and import that`,
        )
      : new PolicyInputError('EMPTY_FILE', file, 'the Word document holds no text');
  }
  return { text, issues: numberingIssue(file, lines.numbered) };
}

/**
 * Reads a .doc (Word 97–2003): its body text; throws DAMAGED_FILE, naming word-extractor's reason, when it cannot,
 * or saying so when it is saved with a password.
 */
export async function readDoc(bytes: Uint8Array, file: string): Promise<WordText> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isEncryptedDoc(buffer)) throw new PolicyInputError('PASSWORD_PROTECTED', file, PASSWORD_PROTECTED);
  const document = await new WordExtractor().extract(buffer).catch((error: Error) => {
    throw new PolicyInputError('DAMAGED_FILE', file, `not a readable Word 97–2003 document (.doc): ${error.message}`);
  });
  // Unfiltered: word-extractor's filter would write “” as " and — as -, which the parser reads as written.
  const body = document.getBody({ filterUnicode: false });
  if (body.trim() === '') {
    throw new PolicyInputError('EMPTY_FILE', file, 'the Word 97–2003 document holds no text (or only images: a scan?)');
  }
  // A table's cell and row ends are tabs; the row's last one ends no cell.
  return { text: body.replace(/\t+$/gm, '').replace(/\n+$/, ''), issues: [] };
}

/** Why a file saved with a password is refused, and how to open it to the importer. */
export const PASSWORD_PROTECTED =
  'the Office document is protected by a password (its content is encrypted): open it in Word or WPS, remove the password (文件 › 信息 › 保护文档 › 用密码进行加密) and save it again';

/**
 * True for a .doc saved with a password: its text is encrypted in place (RC4), which word-extractor would read as
 * garbage, but the FIB opening the WordDocument stream stays plain and flags it (fEncrypted, 0x0100 at 0x0A). The
 * stream is found as the Compound File lays it out: its directory entry (named WordDocument, UTF-16) gives its first
 * sector, in sectors of 2^(header 0x1E) bytes after the header's own.
 */
function isEncryptedDoc(bytes: Buffer): boolean {
  const entry = bytes.indexOf(Buffer.from('WordDocument', 'utf16le'));
  if (entry < 0 || entry + 0x78 > bytes.length || bytes.length < 0x20) return false;
  const sectorSize = 2 ** bytes.readUInt16LE(0x1e);
  const fib = (bytes.readUInt32LE(entry + 0x74) + 1) * sectorSize;
  if (fib + 0x0c > bytes.length || bytes.readUInt16LE(fib) !== 0xa5ec) return false;
  return (bytes.readUInt16LE(fib + 0x0a) & 0x0100) !== 0;
}
