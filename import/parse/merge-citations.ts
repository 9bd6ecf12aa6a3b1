/**
 * One citation per cited document, matched by number, else by normalised title; the first line is kept and the
 * strongest relation wins (interprets > implements > based_on > cites). Example: 《高新区措施》 on lines 10, 14 and 18
 * of an interpretation → one citation, line 10, relation interprets.
 * A title is no identity on its own: provinces reuse national titles word for word, so
 *   '国务院《关于…就业创业工作的意见》(国发〔2015〕23号)和省政府《关于…就业创业工作的意见》(鲁政发〔2015〕21号)'
 * are two citations (their numbers differ), as are the same two without numbers (their issuers' places differ).
 */
import type { Citation, CitationRelation } from '../../model/index.ts';
import { matchKey } from '../../text/index.ts';

const RANK: Record<CitationRelation, number> = { interprets: 4, implements: 3, based_on: 2, cites: 1 };

/** Two citations of one title name different documents when their numbers, or their issuers' places, differ. */
function conflict(a: Citation, b: Citation): boolean {
  if (a.docNumber && b.docNumber && a.docNumber !== b.docNumber) return true;
  if (a.jurisdiction && b.jurisdiction) return a.jurisdiction !== b.jurisdiction;
  return !!a.issuer && !!b.issuer && a.issuer !== b.issuer;
}

/** One citation per cited document (by number, else by normalised title): first line, strongest relation. */
export function mergeCitations(citations: Citation[]): Citation[] {
  const merged: Citation[] = [];
  for (const c of citations) {
    const same =
      (c.docNumber ? merged.find((m) => m.docNumber === c.docNumber) : undefined) ??
      merged.find((m) => m.title && c.title && matchKey(m.title) === matchKey(c.title) && !conflict(m, c));
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
