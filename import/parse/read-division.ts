/**
 * A division heading of a statute: 编, 分编, 章 or 节 with its number. Examples:
 *   '第一章　总则' → { kind: '章', number: 1, label: '第一章', heading: '总则' }
 *   '第二节 一般规定' → { kind: '节', number: 2, … }; '第三章 本条例所称…，是指…。' (a sentence) → undefined
 * A plain line must look like a heading (short, no clause marks); a Markdown heading is one whatever it says.
 */
import { CHINESE_NUMERAL_CHARS, readChineseNumber } from '../../text/index.ts';
import type { SourceLine } from './source-lines.ts';

/** A body line with the Markdown heading level it had (absent for a plain line). */
export interface StatuteLine extends SourceLine {
  headingLevel?: number;
}

/** A division heading as read from its line. */
export interface Division {
  kind: '编' | '分编' | '章' | '节';
  number: number;
  label: string;
  heading: string;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,7}`;
const DIVISION = new RegExp(`^第\\s*(${CN}|\\d{1,3})\\s*(分编|编|章|节)\\s*[:：]?\\s*(.*)$`);

/** Reads a division heading (第一编 / 第一分编 / 第一章 / 第一节) from a line; plain lines must look like a heading. */
export function readDivision(line: StatuteLine): Division | undefined {
  const m = DIVISION.exec(line.match);
  if (!m) return undefined;
  const heading = line.text.slice(line.text.length - (m[3] ?? '').length).trim();
  if (line.headingLevel === undefined && (heading.length > 40 || /[。，,；;]/.test(heading))) return undefined;
  const number = readChineseNumber(m[1]!.replace(/\s+/g, '')) ?? Number.NaN;
  if (!Number.isFinite(number) || number <= 0) return undefined;
  return {
    kind: m[2] as Division['kind'],
    number,
    label: line.text.slice(0, line.text.length - (m[3] ?? '').length).trim(),
    heading,
  };
}
