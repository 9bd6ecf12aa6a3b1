/**
 * Which version of a statute a document is: the date of the act that made this text (the latest 通过/修订/修正/批准
 * head line), or, when the text has no head lines, the date a file name carries (`…(2010-09-17).md`, flagged).
 * Only statutes are versioned (a normative document's number already tells its editions apart), numbered ones too: a
 * statute's number (国务院令第306号) names the act that first promulgated it, and every later revision keeps it in its head
 * lines, so the number cannot tell the 2010 and the 2023 专利法实施细则 apart. Pure. Examples:
 *   the 2024 上海市科学技术进步条例 (head line 2024年5月10日 …第二次修订)
 *     → { date: '2024-05-10', source: 'head-line', event: 'revision', workKey: '上海市|科学技术进步条例' }
 *   the 2010 file, no head lines → { date: '2010-09-17', source: 'file-name', workKey: '上海市|科学技术进步条例' }
 */
import { STATUTE_LEVELS, type PolicyDocument, type TimelineEvent } from '../../model/index.ts';
import { buildTitleKey } from '../write/build-title-key.ts';

/** The version a document is, when it is a versioned statute. */
export interface DocumentVersion {
  /** `YYYY-MM-DD`: the day the act that made this text took place. */
  date: string;
  /** `head-line`: read from the text; `file-name`: only the file name gives it (a fallback, flagged). */
  source: 'head-line' | 'file-name';
  /** The act that made this text, when the head lines tell it. */
  event?: MakingEvent;
  /** Its head line, as written. */
  eventText?: string;
  /** `jurisdiction|rest of the title`: the identity shared by every version (the Work). */
  workKey: string;
}

/** The acts that make a version of a statute. */
export type MakingEvent = 'adoption' | 'revision' | 'amendment' | 'approval';

const MAKING: ReadonlySet<string> = new Set<MakingEvent>(['adoption', 'revision', 'amendment', 'approval']);
const FILE_NAME_DATE = /\((\d{4}-\d{2}-\d{2})\)\.[A-Za-z]+$/;

/** The version date a file name carries (`上海市科学技术进步条例(2010-09-17).md` → 2010-09-17), if any. */
export function fileNameDate(file: string): string | undefined {
  return FILE_NAME_DATE.exec(file)?.[1];
}
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The document fields version reading looks at. */
export type VersionInput = Pick<
  PolicyDocument,
  'title' | 'file' | 'kind' | 'docNumber' | 'jurisdiction' | 'events' | 'articles' | 'parts'
> &
  Partial<Pick<PolicyDocument, 'authorityLevel' | 'provenance'>>;

/** Whether the document is a statute (law, regulation, rule) rather than a normative document. */
export function isStatute(
  doc: Pick<PolicyDocument, 'kind'> & Partial<Pick<PolicyDocument, 'authorityLevel'>>,
): boolean {
  if (doc.authorityLevel) return STATUTE_LEVELS.has(doc.authorityLevel);
  return doc.kind === 'law' || doc.kind === 'regulation';
}

/** The identity of the work: the title key's jurisdiction, else the document's own jurisdiction, and the rest of the title. */
export function workKeyOf(doc: Pick<PolicyDocument, 'title' | 'jurisdiction'>): string {
  const key = buildTitleKey(doc.title);
  return `${key.jurisdiction || doc.jurisdiction || ''}|${key.rest}`;
}

/** The id of the version node: `t:` + work key + `@` + date (graph/MODEL.md). */
export function versionPolicyId(version: Pick<DocumentVersion, 'workKey' | 'date'>): string {
  return `t:${version.workKey}@${version.date}`;
}

/** Whether a Policy id is a dated statute version's (versionPolicyId). */
export function isVersionPolicyId(id: string): boolean {
  return /^t:.*@\d{4}-\d{2}-\d{2}$/.test(id);
}

/** The id of the Work node: `w:` + work key. */
export function workIdOf(workKey: string): string {
  return `w:${workKey}`;
}

/** The head lines that made the text: making events standing before the first part or article. */
function headLineEvents(doc: VersionInput): TimelineEvent[] {
  const firstBody = Math.min(
    ...doc.articles.map((a) => a.line),
    ...doc.parts.map((p) => p.line),
    Number.POSITIVE_INFINITY,
  );
  return doc.events.filter(
    (e) => MAKING.has(e.kind) && e.start !== undefined && FULL_DATE.test(e.start) && e.line < firstBody,
  );
}

/** Reads the version of a document; undefined for a document that is not a versioned statute. */
export function readDocumentVersion(doc: VersionInput): DocumentVersion | undefined {
  if (!doc.title.trim() || !isStatute(doc)) return undefined;
  const workKey = workKeyOf(doc);
  const made = headLineEvents(doc);
  if (made.length > 0) {
    // The latest act; on the same day the later line (通过 then 批准 of a city regulation).
    const last = made.reduce((a, b) => (b.start! >= a.start! ? b : a));
    return { date: last.start!, source: 'head-line', event: last.kind as MakingEvent, eventText: last.text, workKey };
  }
  const fromName = fileNameDate(doc.provenance?.file || doc.file);
  if (fromName) return { date: fromName, source: 'file-name', workKey };
  return undefined;
}
