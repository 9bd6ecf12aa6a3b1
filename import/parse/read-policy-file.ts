/**
 * The file edge of the parser: reads a file (refusing one above the size limit before reading it), decodes it and
 * parses it. Example: await readPolicyFile('corpus/guangxi-hitech-measures.txt') → PolicyDocument.
 */
import { readFile, stat } from 'node:fs/promises';
import { PolicyInputError } from '../errors.ts';
import type { PolicyDocument } from '../../model/index.ts';
import { DEFAULT_MAX_BYTES, decodePolicyText } from './decode-policy-bytes.ts';
import { parsePolicyText, type ParseOptions } from './parse-policy-text.ts';

/** Options of readPolicyFile: those of parsePolicyText (file defaults to the path) plus the size limit. */
export type ReadOptions = Partial<ParseOptions> & { maxBytes?: number };

/** Decodes and parses bytes already read (the importer's entry when it holds the bytes). */
export function parsePolicyBytes(bytes: Uint8Array, options: ParseOptions & { maxBytes?: number }): PolicyDocument {
  const decoded = decodePolicyText(bytes, options.file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parsePolicyText(decoded.text, { ...options, priorIssues: [...(options.priorIssues ?? []), ...decoded.issues] });
}

/** Reads, decodes and parses one policy file; throws PolicyInputError for input that cannot be read as text. */
export async function readPolicyFile(path: string, options: ReadOptions = {}): Promise<PolicyDocument> {
  const file = options.file ?? path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new PolicyInputError('NOT_FOUND', file, error.code === 'ENOENT' ? 'no such file' : `cannot read: ${error.message}`);
  });
  if (!info.isFile()) throw new PolicyInputError('NOT_FOUND', file, 'not a regular file');
  if (info.size > maxBytes) {
    throw new PolicyInputError('FILE_TOO_LARGE', file, `the file has ${info.size} bytes, above the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  }
  const bytes = await readFile(path);
  return parsePolicyBytes(bytes, { ...options, file, maxBytes });
}
