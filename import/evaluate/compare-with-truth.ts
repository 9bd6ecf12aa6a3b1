/**
 * One parsed document against its hand-written truth, field by field: a field absent from the truth is not judged.
 * Example: truth { title: '国家职业教育改革实施方案', docNumber: '国发〔2019〕4号', articles: 20 } and a document whose
 * number is 国发〔2019〕5号 → [{ field: 'title', ok: true }, { field: 'docNumber', ok: false, expected: '国发〔2019〕4号',
 * actual: '国发〔2019〕5号' }, { field: 'articles', ok: true }].
 */
import type { Goal, PolicyDocument } from '../../model/index.ts';
import { restoreNestedMarks } from '../../text/index.ts';

/** The truth of one document (test/data/parse-truth/<corpus>/*.json); every field but `file` optional. */
export interface ParseTruth {
  /** Relative to the project root, or to the shared corpora folder. */
  file: string;
  /** Other files holding the same document (the text a browser copies from the page), judged on the same truth. */
  copies?: string[];
  title?: string;
  noticeTitle?: string;
  docNumber?: string;
  issuer?: string;
  tier?: string;
  jurisdiction?: string;
  kind?: string;
  authorityLevel?: string;
  issuedOn?: string;
  publishedOn?: string;
  effectiveOn?: string;
  indexNumber?: string;
  parts?: number;
  articles?: number;
  /** The first few article headings, in order. */
  headings?: string[];
  /**
   * Agencies named with a role: the issuer(s), an approver, and those leading or cooperating on some article, each by
   * its full name (collectives as written). Each must be named; with `agenciesComplete`, no other may be.
   */
  agencies?: string[];
  /** `agencies` is every organ the text gives a role, so the parser may name no other. */
  agenciesComplete?: boolean;
  /** Titles of cited documents (each must be among the citations). */
  citations?: string[];
  goals?: number;
  /**
   * The quantified targets, each as its year and amount: `2025 500家`, `2030 3.5%`, `- 1万亿元` (no year). Judged as a
   * set, after amounts are brought to one scale (`1万亿元` = `10000亿元`): every target the text sets, and no other.
   */
  targets?: string[];
  attachments?: number;
  notes?: string;
}

/** The fields judged, in the order of the table. */
export const JUDGED_FIELDS = [
  'title',
  'noticeTitle',
  'docNumber',
  'issuer',
  'tier',
  'jurisdiction',
  'kind',
  'authorityLevel',
  'issuedOn',
  'publishedOn',
  'effectiveOn',
  'indexNumber',
  'parts',
  'articles',
  'headings',
  'agencies',
  'citations',
  'goals',
  'targets',
  'attachments',
] as const;

/** A judged field name. */
export type JudgedField = (typeof JUDGED_FIELDS)[number];

/** The verdict on one field of one document. */
export interface FieldVerdict {
  field: JudgedField;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

function actualOf(document: PolicyDocument, field: JudgedField, expected: unknown, complete = false): unknown {
  switch (field) {
    case 'parts':
      return document.parts.length;
    case 'articles':
      return document.articles.length;
    case 'goals':
      return document.goals.length;
    case 'targets':
      return targetsOf(document.goals);
    case 'attachments':
      return (document as { attachments?: unknown[] }).attachments?.length ?? 0;
    case 'indexNumber':
      return document.provenance.indexNumber;
    case 'headings':
      return document.articles.slice(0, (expected as string[]).length).map((a) => a.heading);
    case 'agencies': {
      // Every organ the text gives a role (issuer, approver, lead, cooperating; an attachment's tasks too), once each: a
      // drafter is not judged. A list that is not complete is judged on its names alone.
      const articles = [...document.articles, ...(document.attachments ?? []).flatMap((a) => a.articles)];
      const named = new Set([
        ...articles.flatMap((a) => [...a.leadAgencies, ...a.cooperatingAgencies].map((r) => r.name)),
        ...document.agencyRoles.filter((r) => r.role !== 'drafter').map((r) => r.agency.name),
      ]);
      return complete ? [...named].sort() : (expected as string[]).filter((name) => named.has(name));
    }
    case 'citations': {
      const titles = new Set(document.citations.map((c) => foldedTitle(c.title ?? '')));
      return (expected as string[]).filter((title) => titles.has(foldedTitle(title)));
    }
    case 'title':
    case 'noticeTitle': {
      // Typography only: a truth writing 〈X〉 where the parser writes 《X》 (or the reverse) names the same title.
      const read = document[field];
      return read !== undefined && typeof expected === 'string' && foldedTitle(read) === foldedTitle(expected)
        ? expected
        : read;
    }
    default:
      return (document as unknown as Record<string, unknown>)[field];
  }
}

/**
 * A title with its nested marks folded: a title inside another is set 〈〉, typed < >, ‹ › or ＜ ＞, or given its 《》
 * back once lifted out (a head note's decision, 关于修改〈X条例〉的决定). The mark is typography, not wording, so truth and
 * parser are compared with every nested mark written 《》.
 */
export const foldedTitle = (title: string): string => restoreNestedMarks(title);

// 万 and 亿 before a unit are a scale, not a unit of their own (千 is not: 千瓦, 千米).
const SCALES: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['亿', 1e8],
  ['万', 1e4],
];

/** A target written `YEAR AMOUNT` with its scale folded into the number: `2025 1.2万亿元` → `2025 1200000000000元`. */
export function scaledTarget(target: string): string {
  const m = /^(\S+)\s+(\d+(?:\.\d+)?)(.*)$/.exec(target.trim());
  if (!m) return target.trim();
  let value = Number(m[2]);
  let unit = m[3]!.trim();
  const scale = SCALES.find(([prefix]) => unit.startsWith(prefix) && unit.length > prefix.length);
  if (scale) {
    value *= scale[1];
    unit = unit.slice(scale[0].length);
  }
  return `${m[1]} ${Math.round(value * 1e6) / 1e6}${unit}`;
}

/** A document's targets as a truth writes them (`2025 6.5%`, `- 1100人`): on one scale, once each, sorted. */
export function targetsOf(goals: readonly Goal[]): string[] {
  const written = goals
    .filter((g) => g.kind === 'target' && g.value !== undefined)
    .map((g) => scaledTarget(`${g.year ?? '-'} ${g.value}${g.unit ?? ''}`));
  return [...new Set(written)].sort();
}

/** Judges every field the truth gives. */
export function compareWithTruth(document: PolicyDocument, truth: ParseTruth): FieldVerdict[] {
  const verdicts: FieldVerdict[] = [];
  for (const field of JUDGED_FIELDS) {
    const given = truth[field];
    if (given === undefined) continue;
    const expected =
      field === 'targets'
        ? [...new Set((given as string[]).map(scaledTarget))].sort()
        : field === 'agencies'
          ? [...new Set(given as string[])].sort()
          : given;
    const actual = actualOf(document, field, expected, truth.agenciesComplete === true);
    verdicts.push({
      field,
      ok: JSON.stringify(actual ?? null) === JSON.stringify(expected),
      expected,
      actual: actual ?? null,
    });
  }
  return verdicts;
}
