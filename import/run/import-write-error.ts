/**
 * Errors of the write side of an import, with stable codes. Example:
 *   new ImportWriteError('CONFLICTING_NUMBER', 'b.txt', 'b.txt: number 国发〔2020〕7号 already belongs to …')
 */

/** Stable codes of write-side failures. */
export type ImportWriteErrorCode =
  | 'CONFLICTING_NUMBER'
  | 'SAME_IDENTITY_OTHER_TEXT'
  | 'UNDATED_VERSION'
  | 'UNIDENTIFIABLE';

/** A document refused by the writer; nothing of it was written. */
export class ImportWriteError extends Error {
  override readonly name = 'ImportWriteError';
  readonly code: ImportWriteErrorCode;
  readonly file: string;

  constructor(code: ImportWriteErrorCode, file: string, message: string) {
    super(message);
    this.code = code;
    this.file = file;
  }
}
