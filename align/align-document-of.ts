/**
 * One row of graph/build-read-documents-query.ts as an AlignDocument; a document's `file` is its policy id. Shared by
 * alignGraph, `policygraph trace` and the API, so each reads a document the same way (a missing tier stays missing:
 * such a document is neither above nor beside anything until a user sets it).
 * Example: alignDocumentOf({ policy: { id: '柳政规〔2021〕18号', tier: 'municipal', jurisdiction: '柳州市', … },
 * articles: [{ id: '…#p1/a1', number: 1, path: 'p1/a1', text: '…' }], cited: [], places: […], firstDates: [] }).
 */
import type { AuthorityLevel, PolicyKind, Tier } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';

/** A row as read: Cypher's null for what a policy lacks; fields absent from rows read before they were read. */
export interface DocumentRow {
  policy: {
    id: string;
    title?: string | null;
    docNumber?: string | null;
    tier?: string | null;
    kind?: string | null;
    issuedOn?: string | null;
    /** The date of its version (statutes): from its head lines, else its file name. */
    versionDate?: string | null;
    publishedOn?: string | null;
    jurisdiction?: string | null;
    authorityLevel?: string | null;
    issuer?: string | null;
    /** The Work it is a version of (statutes). */
    workId?: string | null;
    /** The fingerprint of what it was last aligned from (import/run/align-fingerprints.ts), when it was aligned. */
    alignedInput?: string | null;
  };
  articles: {
    id: string;
    number: number;
    label?: string | null;
    path: string;
    heading?: string | null;
    text?: string | null;
  }[];
  cited: string[];
  basedOn?: string[];
  /** The works (workId) of the policies it cites; null for one of no work. */
  citedWorks?: (string | null)[];
  /** The dates of the other versions of its work in the graph, those with no articles too. */
  versionDates?: string[];
  /** Its jurisdiction and those above it, each with its parent. */
  places?: { name: string; parent?: string | null }[];
  /** Dates its work existed by; the earliest is its first. */
  firstDates?: string[];
}

/**
 * The place fields of a document read from the graph: its jurisdiction and the chain of places read with it, each
 * with its parent (Cypher's null for none). Example: placeFields('柳州市', [{ name: '柳州市', parent: '广西壮族自治区' },
 * { name: '广西壮族自治区', parent: '中华人民共和国' }, { name: '中华人民共和国', parent: null }]).
 */
export function placeFields(
  jurisdiction: string | null | undefined,
  places: readonly { name: string; parent?: string | null }[] | undefined,
): Pick<AlignDocument, 'jurisdiction' | 'jurisdictions'> {
  if (!jurisdiction) return {};
  return {
    jurisdiction,
    jurisdictions: (places ?? []).map((j) => (j.parent ? { name: j.name, parent: j.parent } : { name: j.name })),
  };
}

/**
 * One row as engine input; a document's `file` is its policy id. A version dated by its file name only is issued on
 * that date: without it, alignment, sources and likelyParents took a law's 2025 text for what a 2021 regulation rests on.
 */
export function alignDocumentOf(row: DocumentRow): AlignDocument {
  const p = row.policy;
  const first = [...(row.firstDates ?? [])].sort()[0];
  const issuedOn = p.issuedOn ?? p.versionDate;
  return {
    file: p.id,
    title: p.title ?? '',
    ...(p.tier ? { tier: p.tier as Tier } : {}),
    ...(p.authorityLevel ? { authorityLevel: p.authorityLevel as AuthorityLevel } : {}),
    ...(p.issuer ? { issuer: p.issuer } : {}),
    ...(p.workId ? { workId: p.workId } : {}),
    ...(p.versionDate ? { versionDate: p.versionDate } : {}),
    kind: (p.kind ?? 'other') as PolicyKind,
    ...(p.docNumber ? { docNumber: p.docNumber } : {}),
    ...(issuedOn ? { issuedOn } : {}),
    ...(p.publishedOn ? { publishedOn: p.publishedOn } : {}),
    ...(first ? { firstIssuedOn: first } : {}),
    ...placeFields(p.jurisdiction, row.places),
    articles: row.articles.map((a) => ({
      number: Number(a.number),
      ...(a.label ? { label: a.label } : {}),
      path: a.path,
      heading: a.heading ?? '',
      text: a.text ?? '',
    })),
    citedFiles: row.cited,
    ...(row.basedOn ? { basedOnFiles: row.basedOn } : {}),
    ...(row.citedWorks?.some((w) => w) ? { citedWorkIds: row.citedWorks.filter((w): w is string => !!w) } : {}),
    ...(row.versionDates?.length ? { workVersionDates: row.versionDates } : {}),
  };
}

/** Rows as engine input, and each article's node id by `${policyId}\n${path}` (to write or name what the engine found). */
export function toAlignDocuments(rows: readonly DocumentRow[]): {
  docs: AlignDocument[];
  articleIds: Map<string, string>;
} {
  const articleIds = new Map<string, string>();
  for (const r of rows) for (const a of r.articles) articleIds.set(`${r.policy.id}\n${a.path}`, a.id);
  return { docs: rows.map(alignDocumentOf), articleIds };
}
