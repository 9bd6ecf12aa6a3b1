/**
 * One citation per cited document, matched by number, else by normalised title; the first line is kept and the
 * strongest relation wins (interprets > implements > based_on > cites). Example: 《高新区措施》 on lines 10, 14 and 18
 * of an interpretation → one citation, line 10, relation interprets.
 */
import type { Citation, CitationRelation } from '../../model/index.ts';
import { matchKey } from '../../text/index.ts';

const RANK: Record<CitationRelation, number> = { interprets: 4, implements: 3, based_on: 2, cites: 1 };

/** One citation per cited document (by number, else by normalised title): first line, strongest relation. */
export function mergeCitations(citations: Citation[]): Citation[] {
  const merged: Citation[] = [];
  for (const c of citations) {
    const same = merged.find(
      (m) =>
        (c.docNumber && m.docNumber === c.docNumber) || (m.title && c.title && matchKey(m.title) === matchKey(c.title)),
    );
    if (!same) {
      merged.push({ ...c });
      continue;
    }
    if (RANK[c.relation] > RANK[same.relation]) same.relation = c.relation;
    if (!same.docNumber && c.docNumber) {
      same.docNumber = c.docNumber;
      if (c.docNumberOriginal) same.docNumberOriginal = c.docNumberOriginal;
    }
    if (!same.issuer && c.issuer) {
      same.issuer = c.issuer;
      if (c.jurisdiction) same.jurisdiction = c.jurisdiction;
    }
    if (!same.citedVersion && c.citedVersion) same.citedVersion = c.citedVersion;
  }
  return merged;
}
