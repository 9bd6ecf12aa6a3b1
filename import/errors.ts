/**
 * Fatal input errors: a file that cannot be imported at all. Odd lines inside a readable file are never thrown;
 * they become `ParseIssue`s. Example: `new PolicyInputError('EMPTY_FILE', 'a.txt', 'the file is empty')`
 * has the message `a.txt: the file is empty`.
 */

/** Stable codes of the fatal input errors. */
export type PolicyInputErrorCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNDECODABLE'
  | 'NO_STRUCTURE'
  | 'MULTIPLE_DOCUMENTS'
  | 'NOT_FOUND'
  // A container the importer opens but that holds no policy text: another Office file, an archive.
  | 'UNSUPPORTED_FORMAT'
  // A PDF, Word file or saved page whose container is broken (a truncated download, a damaged copy).
  | 'DAMAGED_FILE'
  // A PDF or Word file that shows pages or images but holds no text: a scan, to be recognised (OCR) first.
  | 'NO_TEXT'
  // A PDF or Word file locked by a password: its text is encrypted until a user opens it and saves it without one.
  | 'PASSWORD_PROTECTED';

/** A file that cannot be read as a policy text; `file` and (when it applies) `line` say where. */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError';
  readonly code: PolicyInputErrorCode;
  readonly file: string;
  readonly line?: number;

  constructor(code: PolicyInputErrorCode, file: string, detail: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
    this.code = code;
    this.file = file;
    if (line !== undefined) this.line = line;
  }
}

/** True when `error` is a PolicyInputError (also across module copies, by name and code). */
export function isPolicyInputError(error: unknown): error is PolicyInputError {
  return (
    error instanceof PolicyInputError ||
    (error instanceof Error && error.name === 'PolicyInputError' && 'code' in error)
  );
}
