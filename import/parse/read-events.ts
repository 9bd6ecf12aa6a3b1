/**
 * Timeline events told by interpretations and notices, and dates of effect and revision in any text. Examples:
 *   '20213月—20219月,文件起草' → drafting 2021-03..2021-09
 *   '20211012日—1125日,…向80个相关单位…两轮公开征求意见' → consultation 2021-10-12..2021-11-25, units 80, rounds 2
 *   '202112月,经市人民政府常务会、市委全面深化改革委员会会议审议通过,由市人民政府印发' → approval 2021-12 (two bodies)
 *     and issuance 2021-12 by 市人民政府
 *   '(20211224日第十三届全国人民代表大会常务委员会第三十二次会议第二次修订)' standing alone → revision 2021-12-24;
 *   the same note right after a 《title》 describes the cited text: no event (readCitations keeps it as citedVersion)
 */
import type { TimelineEvent } from '../../model/index.ts';
import { readChineseNumber } from '../../text/index.ts';
import { findDateRanges } from './parse-date.ts';
import type { SourceLine } from './source-lines.ts';

/** Options: whether the narrative events (drafting … issuance) are read, or only effect and revision. */
export interface EventOptions {
  narrative: boolean;
  /** For 自印发之日起施行: the issue date. */
  issuedOn?: string;
}

const split = (list: string): string[] =>
  list
    .split(/[、和及与]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Reads events sentence by sentence; every event keeps its sentence and line. */
export function readEvents(lines: SourceLine[], options: EventOptions): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const line of lines) {
    if (line.drop) continue;
    const sentences = line.match.split(/(?<=。)/);
    const shown = line.text.split(/(?<=。)/);
    sentences.forEach((sentence, i) => {
      const ranges = findDateRanges(sentence);
      const first = ranges[0];
      const when = first ? { start: first.start, ...(first.end ? { end: first.end } : {}) } : {};
      const text = (shown[i] ?? sentence).trim();
      const add = (event: Omit<TimelineEvent, 'text' | 'line'>): void => {
        events.push({ ...event, text, line: line.no });
      };
      for (const m of sentence.matchAll(/[(（]([^()（）]*?)(修订|修正|修改)[)）]/g)) {
        // Right after a 《title》 the note dates the cited text (a citation's citedVersion), not this document.
        if (/》\s*$/.test(sentence.slice(0, m.index))) continue;
        const date = findDateRanges(m[1] ?? '')[0];
        const body = /第[^第]{1,6}届[^第]+?(?:第[^第]{1,8}次(?:全体)?会议)/.exec(m[1] ?? '')?.[0];
        events.push({
          kind: 'revision',
          text: m[0],
          line: line.no,
          ...(date ? { start: date.start } : {}),
          ...(body ? { bodies: [body] } : {}),
        });
      }
      const effect = /自(.{0,20}?)起(?:施行|实施|生效)/.exec(sentence);
      if (effect) {
        const date =
          findDateRanges(effect[1] ?? '')[0]?.start ??
          (/印发|发布|公布/.test(effect[1] ?? '') ? options.issuedOn : undefined);
        add({ kind: 'effect', ...(date ? { start: date } : {}) });
      }
      if (!options.narrative) return;
      if (/起草|草拟|调研/.test(sentence) && first) add({ kind: 'drafting', ...when });
      if (/征求意见|征求.{0,6}意见/.test(sentence)) {
        const units = /(\d+|[一二两三四五六七八九十百]+)\s*(?:个|家)(?:相关|有关)?(?:单位|部门)/.exec(sentence)?.[1];
        const rounds = /(\d+|[一二两三四五六七八九十]+)\s*轮/.exec(sentence)?.[1];
        const u = units === undefined ? undefined : readChineseNumber(units);
        const r = rounds === undefined ? undefined : readChineseNumber(rounds);
        add({
          kind: 'consultation',
          ...when,
          ...(u !== undefined ? { units: u } : {}),
          ...(r !== undefined ? { rounds: r } : {}),
        });
      }
      const approval =
        /经(.{2,60}?)(?:审议通过|审议|审定|研究同意|审批|批准)/.exec(sentence) ??
        /已经(.{2,30}?)(?:同意|批准)/.exec(sentence);
      if (approval?.[1]) add({ kind: 'approval', ...when, bodies: split(approval[1]) });
      const issuance = /由(.{2,30}?)(?:印发|发布|颁布)/.exec(sentence);
      if (issuance?.[1]) add({ kind: 'issuance', ...when, bodies: [issuance[1]] });
      const publication = /(?:在|于)(.{2,30}?)(?:网站|报|公报)(?:上)?(?:公布|公开发布|刊登|发布)/.exec(sentence);
      if (publication && first) add({ kind: 'publication', ...when, bodies: [publication[1] ?? ''] });
    });
  }
  return events;
}
