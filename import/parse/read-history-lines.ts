/**
 * The history of a statute printed in brackets under its title, as gov.cn prints a State Council regulation after the
 * decree that promulgates it → the making acts, read as the statute reader reads head lines. Example:
 *   '（1994年1月28日中华人民共和国国务院令第142号发布　根据2005年12月19日《国务院关于修改〈…〉的决定》第一次修订　…
 *    2018年12月18日中华人民共和国国务院令第707号第四次修订）'
 *   → promulgation 1994-01-28, revision 2005-12-19, …, revision 2018-12-18; decree 国务院令第707号
 * The lines tell how this text was made: they are no citations, no preamble and no events of any other reader.
 */
import { findDates } from './parse-date.ts';
import type { SourceLine } from './source-lines.ts';
import { DATE_FIRST, isMakingLine, readStatuteHead, type StatuteHead } from './statute/read-statute-head.ts';

/** A bracketed history may run over a few lines (one act a line); a longer bracket is something else. */
const MAX_LINES = 8;
const OPENS = /^\s*[(（]/;
const CLOSES = /[)）]\s*$/;

/** True when the bracket's text tells acts of making: a date first, then a verb or a decree; a bare date is none. */
export function tellsMaking(inner: string): boolean {
  const text = inner.replace(/^[\s(（]+|[\s)）。]+$/g, '');
  const first = findDates(text)[0];
  if (!DATE_FIRST.test(text) || !first) return false;
  return isMakingLine(text) && text.replace(first.text, '').trim() !== '';
}

/** The bracketed history lines among the head lines after the title, and the acts they tell. */
export function readHistoryLines(head: SourceLine[], titleLine?: number): { lines: SourceLine[]; made: StatuteHead } {
  const found: SourceLine[] = [];
  const candidates = head.filter(
    (l) => !l.drop && l.match.trim() !== '' && (titleLine === undefined || l.no > titleLine),
  );
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i]!;
    if (!OPENS.test(first.match) || !DATE_FIRST.test(first.match.replace(OPENS, ''))) continue;
    let end = i;
    while (!CLOSES.test(candidates[end]!.match) && end + 1 < candidates.length && end - i + 1 < MAX_LINES) end++;
    // An unclosed bracket stands for its first line alone.
    const group = CLOSES.test(candidates[end]!.match) ? candidates.slice(i, end + 1) : [first];
    if (!tellsMaking(group.map((l) => l.match).join(' '))) continue;
    found.push(...group);
    i += group.length - 1;
  }
  return { lines: found, made: readStatuteHead(found) };
}

/**
 * The day a head note says the text was made public (…2023年7月20日中共北京市委办公厅、北京市人民政府办公厅发布), when it
 * tells one such act and none that changed the text since; undefined otherwise.
 */
export function publishedByHistory(made: StatuteHead): string | undefined {
  const acts = made.events;
  if (!acts.every((e) => e.kind === 'approval' || e.kind === 'adoption' || e.kind === 'promulgation')) return undefined;
  const published = acts.filter((e) => e.kind === 'promulgation');
  return published.length === 1 ? published[0]!.start : undefined;
}
