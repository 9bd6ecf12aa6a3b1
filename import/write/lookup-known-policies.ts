/**
 * Query builder: finds the Policies already in the graph that a document or its citations may name — same number,
 * same title key (or the same rest of the title where one side names no jurisdiction), or the same file. Read-only;
 * the decisions are taken by resolve-policy-identity.ts and resolve-citations.ts. Example:
 *   buildKnownPolicyLookup([{ docNumber: '国发〔2020〕7号', titleKey: buildTitleKey('国务院关于…若干意见') }])
 *   → { cypher: 'UNWIND $lookups AS l MATCH (p:Policy) WHERE …', params: { lookups: [{ docNumber, key, bareKey, suffix: null, file: null }] } }
 */
import type { PolicyDocument } from '../../model/index.ts';
import { buildTitleKey, type TitleKey } from './build-title-key.ts';
import { fileBaseName } from './known-policy.ts';
import { citationsOf, expandShortTitle } from './resolve-citations.ts';
import { newPolicyId } from './resolve-policy-identity.ts';
import { numberForCitedTitle, ownNumberForTitle, type RunRegistry } from './run-registry.ts';
import { isStatute, readDocumentVersion, versionPolicyId } from '../versions/index.ts';
import type { KnownBook, KnownPolicy } from './known-policy.ts';
import type { CypherQuery } from './build-policy-write.ts';

/** One thing to look up: a number, a title key, or a file name (any may be absent). */
export interface PolicyLookup {
  docNumber?: string;
  titleKey?: TitleKey;
  file?: string;
  /** The id the document would get as a new Policy: finds a node holding it whatever its number or title. */
  id?: string;
}

/** Builds the read query for the lookups of one document. */
export function buildKnownPolicyLookup(lookups: readonly PolicyLookup[]): CypherQuery {
  return buildKnownPoliciesLookup([lookups]);
}

/**
 * Builds ONE read query for the lookups of several documents; each row says which document (`doc`, its index) it
 * answers. A document's rows come in the order its own query would return them.
 */
export function buildKnownPoliciesLookup(perDocument: readonly (readonly PolicyLookup[])[]): CypherQuery {
  return {
    // One index-backed branch per way of matching: an OR of them all would scan every Policy for every lookup. Every
    // branch is an index seek (docNumber, titleKey, id, file) or a text-index ENDS WITH scan (titleKey), so a lookup
    // costs the same with 20 or 20,000 Policies in the graph (graph/ensure-schema.ts).
    cypher: `UNWIND $lookups AS l
CALL (l) {
  MATCH (p:Policy {docNumber: l.docNumber}) RETURN p
  UNION
  MATCH (p:Policy {titleKey: l.key}) RETURN p
  UNION
  MATCH (p:Policy {titleKey: l.bareKey}) RETURN p
  UNION
  MATCH (p:Policy {id: l.id}) RETURN p
  UNION
  WITH l WHERE l.suffix IS NOT NULL
  MATCH (p:Policy) WHERE p.titleKey ENDS WITH l.suffix RETURN p
  UNION
  WITH l WHERE l.file IS NOT NULL
  MATCH (p:Policy) WHERE p.file = l.file RETURN p
}
RETURN DISTINCT l.doc AS doc, p.id AS id, p.docNumber AS docNumber, p.titleKey AS titleKey, p.title AS title, p.status AS status, p.file AS file, p.textHash AS textHash,
  p.workId AS workId, p.versionDate AS versionDate, p.jurisdiction AS jurisdiction,
  [(p)-[:HAS_BOOK]->(b:Book) | b {.title, .file, .textHash}] AS books`,
    params: {
      lookups: perDocument.flatMap((lookups, doc) =>
        lookups.map((l) => ({
          doc,
          docNumber: l.docNumber ?? null,
          key: l.titleKey?.key ?? null,
          bareKey: l.titleKey ? `|${l.titleKey.rest}` : null,
          suffix: l.titleKey && l.titleKey.jurisdiction === '' ? `|${l.titleKey.rest}` : null,
          file: l.file ?? null,
          id: l.id ?? null,
        })),
      ),
    },
  };
}

/** Splits the rows of a several-document lookup by document: `count` lists of KnownPolicy, in row order. */
export function readKnownPoliciesByDocument(rows: readonly Record<string, unknown>[], count: number): KnownPolicy[][] {
  const out: Record<string, unknown>[][] = Array.from({ length: count }, () => []);
  for (const row of rows) out[Number(row.doc)]?.push(row);
  return out.map(readKnownPolicies);
}

/** The optional fields of a KnownPolicy, as the lookup returns them. */
export const KNOWN_FIELDS = [
  'docNumber',
  'titleKey',
  'title',
  'file',
  'textHash',
  'workId',
  'versionDate',
  'jurisdiction',
] as const;

const readKnownBook = (row: Record<string, unknown>): KnownBook => ({
  title: String(row.title),
  file: String(row.file),
  ...(typeof row.textHash === 'string' ? { textHash: row.textHash } : {}),
});

/** Reads the lookup's plain rows as KnownPolicy values (nulls dropped). */
export function readKnownPolicies(rows: readonly Record<string, unknown>[]): KnownPolicy[] {
  return rows.map((row) => {
    const known: KnownPolicy = { id: String(row.id), status: row.status === 'full' ? 'full' : 'cited' };
    for (const field of KNOWN_FIELDS) {
      if (typeof row[field] === 'string') known[field] = row[field];
    }
    const books = Array.isArray(row.books) ? (row.books as Record<string, unknown>[]) : [];
    if (books.length > 0) known.books = books.map(readKnownBook);
    return known;
  });
}

/** The lookups one document needs: itself (number, title key, file) and each of its citations. */
export function buildDocumentLookups(doc: PolicyDocument, registry: RunRegistry): PolicyLookup[] {
  const ownKey = buildTitleKey(doc.title);
  const version = readDocumentVersion(doc);
  const ownNumber = version ? undefined : (doc.docNumber ?? ownNumberForTitle(registry, ownKey, isStatute(doc)));
  const ownId = version ? versionPolicyId(version) : newPolicyId(ownNumber, ownKey);
  const lookups: PolicyLookup[] = [
    {
      titleKey: ownKey,
      file: fileBaseName(doc.provenance.file || doc.file),
      id: ownId,
      ...(ownNumber ? { docNumber: ownNumber } : {}),
    },
  ];
  for (const citation of citationsOf(doc)) {
    const title = expandShortTitle(citation.title, doc);
    const key = title ? buildTitleKey(title) : undefined;
    const number = citation.docNumber ?? (key ? numberForCitedTitle(registry, key) : undefined);
    if (key || number) lookups.push({ ...(key ? { titleKey: key } : {}), ...(number ? { docNumber: number } : {}) });
  }
  return lookups;
}
