/**
 * Bytes → text. UTF-8 (with or without BOM) is read as is; a GB18030/GBK file is detected and decoded; a UTF-8
 * file with GBK fragments is decoded line by line, each recovered line reported. Example:
 *   decodePolicyText(<e5 85 b3 e4 ba 8e 0a b9 d8 d3 da>, 'a.txt')
 *   → { text: '关于\n关于', encoding: 'utf-8+gb18030', issues: [{ line: 2, code: 'MIXED_ENCODING', … }] }
 */
import { PolicyInputError } from '../errors.ts';
import { decodeFragments } from './decode-fragments.ts';
import type { ParseIssue } from '../../model/index.ts';
import { gb18030, tryDecode, utf8 } from './try-decode.ts';

/** Default size limit of one policy file: 10 MiB (policy texts are a few hundred KB at most). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Which decoder read the text. */
export type TextEncodingName = 'utf-8' | 'utf-16' | 'gb18030' | 'utf-8+gb18030';

/** Decoded text with the encoding found and the per-line problems met on the way. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  issues: ParseIssue[];
}

const utf8Lenient = new TextDecoder('utf-8');

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  lines.push(bytes.subarray(start));
  return lines;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const isAscii = (line: Uint8Array): boolean => line.every((b) => b < 0x80);

/** Throws when the bytes cannot be a text at all: too large, empty, binary (NUL bytes, unless UTF-16 says so). */
function refuseNonText(bytes: Uint8Array, file: string, maxBytes: number, utf16: boolean): void {
  if (bytes.length > maxBytes) {
    throw new PolicyInputError(
      'FILE_TOO_LARGE',
      file,
      `the file has ${bytes.length} bytes, above the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
    );
  }
  if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    throw new PolicyInputError('EMPTY_FILE', file, 'the file is empty');
  }
  const nul = utf16 ? -1 : bytes.indexOf(0);
  if (nul >= 0) {
    throw new PolicyInputError('BINARY_FILE', file, `binary file: NUL byte at offset ${nul}`, lineOfByte(bytes, nul));
  }
}

function refuseControlHeavy(text: string, file: string): void {
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    throw new PolicyInputError('BINARY_FILE', file, `binary file: ${controls} control characters`);
  }
}

/** Decodes bytes with encoding detection; throws PolicyInputError for input that is not a readable text. */
export function decodePolicyText(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): DecodedText {
  // The BOM first: UTF-16 text is full of NUL bytes (every ASCII character has one) and is no binary file.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  refuseNonText(bytes, file, maxBytes, utf16);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16', [], file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16', [], file);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const whole = tryDecode(utf8, body);
  if (whole !== undefined) return finish(whole, 'utf-8', [], file);

  const lines = splitLines(body);
  const utf8Lines = lines.map((line) => (isAscii(line) ? undefined : tryDecode(utf8, line)));
  const nonAscii = lines.filter((line) => !isAscii(line)).length;
  const validUtf8 = utf8Lines.filter((line) => line !== undefined).length;
  if (validUtf8 * 2 < nonAscii) {
    // Mostly not UTF-8: a GB18030/GBK file (some GBK byte pairs happen to be valid UTF-8 too).
    const gb = tryDecode(gb18030, body);
    if (gb !== undefined) return finish(gb, 'gb18030', [], file);
    if (validUtf8 === 0)
      throw new PolicyInputError('UNDECODABLE', file, 'the file is neither UTF-8 nor GB18030/GBK text');
  }
  const issues: ParseIssue[] = [];
  const out = lines.map((line, i) => {
    if (isAscii(line)) return utf8Lenient.decode(line);
    const asUtf8 = utf8Lines[i];
    if (asUtf8 !== undefined) return asUtf8;
    const asGb = tryDecode(gb18030, line);
    if (asGb !== undefined) {
      issues.push(
        issue(
          file,
          i + 1,
          'warning',
          'MIXED_ENCODING',
          'line is not UTF-8; decoded as GB18030/GBK (mixed encodings in one file)',
        ),
      );
      return asGb;
    }
    const pieced = decodeFragments(line);
    if (pieced !== undefined) {
      issues.push(
        issue(
          file,
          i + 1,
          'warning',
          'MIXED_ENCODING',
          'line mixes UTF-8 and GB18030/GBK fragments; each decoded with its own encoding',
        ),
      );
      return pieced;
    }
    issues.push(
      issue(
        file,
        i + 1,
        'error',
        'UNDECODABLE_LINE',
        'line is neither UTF-8 nor GB18030; undecodable bytes replaced by U+FFFD',
      ),
    );
    return utf8Lenient.decode(line);
  });
  const undecodable = issues.filter((i) => i.code === 'UNDECODABLE_LINE');
  if (undecodable.length * 2 > nonAscii) {
    throw new PolicyInputError(
      'UNDECODABLE',
      file,
      `${undecodable.length} of ${nonAscii} non-ASCII lines are neither UTF-8 nor GB18030`,
      undecodable[0]?.line,
    );
  }
  return finish(out.join('\n'), 'utf-8+gb18030', issues, file);
}

function finish(text: string, encoding: TextEncodingName, issues: ParseIssue[], file: string): DecodedText {
  refuseControlHeavy(text, file);
  if (text.trim() === '') throw new PolicyInputError('EMPTY_FILE', file, 'the file is empty');
  return { text, encoding, issues };
}

function issue(
  file: string,
  line: number,
  severity: ParseIssue['severity'],
  code: string,
  message: string,
): ParseIssue {
  return { file, line, severity, code, message };
}

/** Bytes → text (UTF-8, or GB18030/GBK detected); throws PolicyInputError with a clear message otherwise. */
export function decodePolicyBytes(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  return decodePolicyText(bytes, file, maxBytes).text;
}
