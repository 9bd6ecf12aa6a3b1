/**
 * Text → numbered lines in their kept and matching forms, with the first-pass verdict on each line. Example:
 *   toSourceLines('国务院\n—1—') → [{ no: 1, text: '国务院', … }, { no: 2, text: '—1—', drop: 'page-number', … }]
 */
import { normalizeLine } from '../../text/index.ts';

/** Why a line is kept out of the document's structure ('contents': a table of contents' 目录 and its entries). */
export type DropReason = 'debris' | 'page-number' | 'spam' | 'metadata' | 'contents';

/** One line of the input. `no` is 1-based; `text` and `match` come from normalizeLine. */
export interface SourceLine {
  no: number;
  raw: string;
  text: string;
  match: string;
  pinyinRemoved: number;
  /** Injected marks (@@) removed from the line. */
  marksRemoved?: number;
  traditional: boolean;
  /** Set when the line is not document text (web-page debris, page numbers, spam). */
  drop?: DropReason;
  /** Set when the line is kept but looks damaged (mojibake, censored characters). */
  suspicion?: 'mojibake' | 'censored' | 'undecodable';
}

/** Splits a text into SourceLines (every line, blank ones included, so numbers match the file). */
export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({ no: i + 1, raw, ...normalizeLine(raw) }));
}
