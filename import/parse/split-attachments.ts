/**
 * A document's attachments, cut off after its signature and date: each starts with its label alone on a line
 * (附件, 附件1, 附件 2：) or with the label and its title (附件1：国务院…制度) right after the date. The list of attachments
 * in the body (附件：1.… 2.…, before the signature) is no attachment. Example, the lines of
 *   '…请认真贯彻执行。 / 附件：…制度 / 国务院 / 2018年11月20日 / 附件 / …联席会议制度 / 一、主要职能 / …'
 *   → main: up to the date; attachments: [{ label: '附件', start: index of '附件', end: lines.length }].
 */
import { classifyHeadLine } from './classify-head-line.ts';
import type { SourceLine } from './source-lines.ts';

/** Where one attachment's lines are (indexes into the lines), and its label as written. */
export interface AttachmentSpan {
  label: string;
  /** Title written on the label's line (附件1：title), when there is one. */
  inlineTitle?: string;
  start: number;
  end: number;
}

const LABEL_ALONE = /^附\s*件\s*([0-9０-９一二三四五六七八九十]{0,3})\s*[:：]?$/;
const LABEL_TITLED = /^附\s*件\s*([0-9０-９一二三四五六七八九十]{0,3})\s*[:：]\s*(\S.{1,80})$/;

const kept = (l: SourceLine): boolean => !l.drop && l.match.trim() !== '';

/** True when a date (or 此件公开发布 / an issuer) closes the text just before line `index`. */
function closedBefore(lines: SourceLine[], index: number): boolean {
  let seen = 0;
  for (let i = index - 1; i >= 0 && seen < 4; i--) {
    if (!kept(lines[i]!)) continue;
    seen++;
    const role = classifyHeadLine(lines[i]!.match);
    if (role === 'date' || role === 'public') return true;
    if (role !== 'issuer' && role !== 'number') return false;
  }
  return false;
}

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '');

/** The label of the listed attachment a line titles, whole or its first eight characters and more. */
function listedAs(listed: ReadonlyMap<string, string>, line: string): string | undefined {
  if (line.length < 8) return undefined;
  for (const [title, label] of listed) if (title.startsWith(line)) return label;
  return undefined;
}

/** Finds the attachments after the document's closing; an empty list when there are none. */
export function splitAttachments(lines: SourceLine[]): AttachmentSpan[] {
  const spans: AttachmentSpan[] = [];
  // The attachments the body lists (附件:新晃侗族自治县沅水一级、二级支流名录), by their titles.
  const listed = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!kept(line)) continue;
    const m = line.match.trim();
    const alone = LABEL_ALONE.exec(m);
    const titled = alone ? undefined : LABEL_TITLED.exec(m);
    // An attachment the body listed, its title right after the closing without its label (or its start, where the
    // page was cut: 新晃侗族自治县沅水一级、二级支流): it starts there.
    const unlabelled = !alone && !titled && spans.length === 0 ? listedAs(listed, compact(m)) : undefined;
    if (unlabelled && closedBefore(lines, i)) {
      spans.push({ label: unlabelled, inlineTitle: m, start: i, end: lines.length });
      continue;
    }
    if (titled?.[2]) listed.set(compact(titled[2]), compact(m.replace(/[:：].*$/, '')));
    if (!alone && !titled) continue;
    // The first attachment must follow the closing; later ones follow the previous attachment.
    if (spans.length === 0 ? !closedBefore(lines, i) : !alone && !closedBefore(lines, i)) continue;
    // A titled label line that holds a list (附件：1.… ) is the body's list of attachments.
    if (titled && /^[0-9]\s*[.、．]/.test(titled[2] ?? '')) continue;
    const previous = spans.at(-1);
    if (previous) previous.end = i;
    const span: AttachmentSpan = {
      label: line.text
        .trim()
        .replace(/[:：]\s*.*$/, '')
        .replace(/\s+/g, ''),
      start: i,
      end: lines.length,
    };
    if (titled?.[2])
      span.inlineTitle = line.text.trim().replace(/^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]\s*/, '');
    spans.push(span);
  }
  return spans;
}
