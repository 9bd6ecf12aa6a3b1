/**
 * The making of a statute, from the frame of its text: its head lines (a bracket a page broke over lines joined; a
 * wiki's lead sentence), the announcement that promulgated it, a version note in its title; and what else stands in
 * the head: lines telling no step (kept as preamble) and the page's furniture (left out). Example (a page of
 * 山西省人才市场管理条例, head under the title):
 *   ['山西省人大', '20040401', '(2004年4月1日山西省第十届人民代表大会常务委员会第十次会议通过)', '省人大常委会公告',
 *    '《山西省人才市场管理条例》已由…通过,现予公布,自2004年6月1日起施行。', '山西省人民代表大会常务委员会', '2004年4月1日']
 *   → events adoption 2004-04-01 (…第十次会议), promulgation 2004-04-01 (山西省人民代表大会常务委员会), effect 2004-06-01;
 *     furniture 山西省人大, 20040401; nothing unread.
 */
import type { TimelineEvent } from '../../../model/index.ts';
import type { Gazetteer, JurisdictionEntry } from '../../gazetteer/index.ts';
import { placeAtTitleHead } from '../read-issuer.ts';
import type { StatuteLine } from './build-statute-structure.ts';
import type { StatuteFrame } from './frame-statute.ts';
import { cleanTitle, isFurniture, titleKey as key } from './read-page-line.ts';
import { readAnnouncement } from './read-announcement.ts';
import { isLoneNumber, joinBrokenLines } from './read-plain-head.ts';
import { readStatuteHead, type StatuteHead } from './read-statute-head.ts';
import { readStatuteLabels, type StatuteLabels } from './read-statute-labels.ts';
import { organOf } from './read-statute-issuer.ts';

/** What the head tells, and what of it is no step of the making. */
export interface StatuteMaking extends StatuteHead {
  /** The head lines as read (brackets joined), for places' reader. */
  headTexts: string[];
  /** Head lines of another text (left out): the national congress's under a title headed by a place. */
  foreign: TimelineEvent[];
  /** Head lines that tell no step: kept as preamble. */
  unread: StatuteLine[];
  /** Lines of the page around the statute: left out. */
  furniture: StatuteLine[];
  labels: StatuteLabels;
}

const MAKING = new Set<TimelineEvent['kind']>(['adoption', 'revision', 'amendment', 'approval']);

/** The places other than the nation that a title opens with (山东省清洁生产促进条例 → 山东省). */
export function localPlacesAtTitleHead(title: string, gazetteer: Gazetteer): JurisdictionEntry[] {
  return placeAtTitleHead(title, gazetteer).filter((p) => p.tier !== 'national');
}

/**
 * Head lines that tell the making of another text. A statute whose title opens with its place (山东省清洁生产促进条例) is
 * made by that place's bodies, never by the national congress: lawrefbook's 山东省清洁生产促进条例 carries the head
 * lines of 清洁生产促进法 (2002年6月29日 第九届全国人民代表大会常务委员会…通过), which made it a national law of 2012
 * (printed as plain text, its own head follows them). Returns the events of the national congress.
 */
function otherTextsEvents(events: readonly TimelineEvent[], title: string, gazetteer: Gazetteer): TimelineEvent[] {
  if (localPlacesAtTitleHead(title, gazetteer).length === 0) return [];
  // Only a body that writes 全国 (第十二届人民代表大会常务委员会, its place left out, is the province's own).
  const organs = (e: TimelineEvent) =>
    (e.bodies ?? []).filter((b) => /全国/.test(b)).flatMap((b) => organOf(b, gazetteer));
  return events.filter((e) => organs(e).some((o) => o.name.startsWith('全国人民代表大会')));
}

/** Reads the making of the statute framed. */
export function readStatuteMaking(frame: StatuteFrame, gazetteer: Gazetteer): StatuteMaking {
  const { title } = frame;
  const around = [...frame.furniture, ...frame.head];
  const labels: StatuteLabels = frame.page ? readStatuteLabels(around) : { lines: [], read: [] };
  const announced = frame.page ? readAnnouncement(around, title) : { events: [], lines: [] };
  // Labelled lines are set aside by themselves, not by number: the pieces of a record run into one line share it.
  const labelled = new Set(labels.read);
  const isAside = (l: StatuteLine) => labelled.has(l) || announced.lines.includes(l.no);
  const joined = joinBrokenLines(frame.head.filter((l) => !isAside(l)));
  const headLines = [...(frame.lead ? [frame.lead] : []), ...joined.lines];
  const read = readStatuteHead(headLines);
  const foreign = otherTextsEvents(read.events, title, gazetteer);
  const own = read.events.filter((e) => !foreign.includes(e));
  // The announcement repeats the head's act (…于2004年4月1日通过): only its promulgation and effect are news.
  const told = announced.events.filter(
    (e) => !own.some((h) => h.start === e.start && (MAKING.has(h.kind) ? MAKING.has(e.kind) : h.kind === e.kind)),
  );
  const note = frame.note;
  const noted =
    note?.start && !own.some((e) => MAKING.has(e.kind) && e.start?.startsWith(note.start!.slice(0, 4)))
      ? [{ ...note, line: frame.titleLine?.no ?? 1 } as TimelineEvent]
      : [];
  const events = [...noted, ...own, ...told].sort((a, b) => a.line - b.line);
  const readNos = new Set(read.lines.flatMap((no) => joined.parts.get(no) ?? [no]));
  const foreignNos = new Set(foreign.map((e) => e.line));
  const head = frame.head.filter((l) => l.match.trim() !== '' && !foreignNos.has(l.no) && !isAside(l));
  const pageLine = (l: StatuteLine) =>
    frame.page && (isFurniture(l.match) || (title !== '' && key(cleanTitle(l.text).title) === key(title)));
  const unread = head.filter((l) => !readNos.has(l.no) && !isLoneNumber(l) && l.headingLevel !== 1 && !pageLine(l));
  const furniture = [
    ...frame.furniture.filter((l) => l.match.trim() !== '' && !isAside(l)),
    ...head.filter((l) => !readNos.has(l.no) && pageLine(l)),
  ];
  return {
    ...read,
    events,
    lines: [...readNos],
    headTexts: headLines.filter((l) => !foreignNos.has(l.no) && l.headingLevel !== 1).map((l) => l.match),
    foreign,
    unread,
    furniture,
    labels,
  };
}
