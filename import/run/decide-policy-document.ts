/**
 * Decides, in plain code, what one parsed document writes: its identity and its citations against the Policies the
 * lookup found, then the rows. Refuses (throws) a document that cannot be identified or whose number belongs to
 * another document; nothing is written then. Example:
 *   decideDocument(guangxiDoc, registry, candidates, { importedAt, importerVersion })
 *   → { rows: { policyId: 't:广西壮族自治区|关于…若干措施', … }, firstWrite: true, created: [], filled: [],
 *       written: { id: 't:广西壮族自治区|关于…若干措施', articles: 3, citations: { resolved: 1, unresolved: 0 }, … } }
 */
import { PolicyInputError } from '../errors.ts';
import type { ParseIssue, PolicyDocument } from '../../model/index.ts';
import { textHashOf } from '../write/text-hash.ts';
import { buildPolicyRows, type PolicyRows } from '../write/build-policy-rows.ts';
import { buildTitleKey } from '../write/build-title-key.ts';
import { fileBaseName, type KnownPolicy } from '../write/known-policy.ts';
import { buildDocumentLookups, type PolicyLookup } from '../write/lookup-known-policies.ts';
import { citationsOf, resolveCitations } from '../write/resolve-citations.ts';
import { resolvePolicyIdentity } from '../write/resolve-policy-identity.ts';
import { ownNumberForTitle, runKeysWithRest, type RunRegistry } from '../write/run-registry.ts';
import { ImportWriteError } from './import-write-error.ts';
import {
  citingMadeBy,
  isStatute,
  readDocumentVersion,
  versionPolicyId,
  workIdOf,
  type DocumentVersion,
} from '../versions/index.ts';

/** Per-document write options. */
export interface WriteDocumentOptions {
  importedAt: string;
  importerVersion: string;
  retrievedOn?: string;
}

/** What was written for one document. */
export interface WrittenPolicy {
  id: string;
  title: string;
  docNumber?: string;
  articles: number;
  agencies: string[];
  citations: { resolved: number; unresolved: number };
  issues: ParseIssue[];
}

/** A document ready to be written: what it looks up before the decision. */
export interface PreparedDocument {
  doc: PolicyDocument;
  file: string;
  lookups: PolicyLookup[];
}

/** The decision for one document. */
export interface DecidedDocument {
  rows: PolicyRows;
  /** No node held the Policy's id before: nothing can be stale, no cleanup needed. */
  firstWrite: boolean;
  /** Cited-only Policies this write creates. */
  created: KnownPolicy[];
  /** Existing Policies this write gives a number (where they have none). */
  filled: { id: string; docNumber: string }[];
  written: WrittenPolicy;
}

/** Checks that the document can be imported at all and builds its lookup; throws a coded error when it cannot. */
export function prepareDocument(doc: PolicyDocument, registry: RunRegistry): PreparedDocument {
  const file = fileBaseName(doc.provenance.file || doc.file);
  if (doc.articles.length === 0 && doc.parts.length === 0 && !doc.docNumber && !doc.issuedOn) {
    // The parser reads any text; one with no parts, articles, number or date is not a policy document.
    // Say what the parser found missing and where (a page run into one line), not only the checklist.
    const found = doc.issues.find((i) => i.code === 'NO_STRUCTURE');
    throw new PolicyInputError(
      'NO_STRUCTURE',
      doc.file,
      `${found ? `line ${found.line}: ${found.message}` : 'no recognisable structure: no parts or articles'}; ` +
        'and no document number or date of issue was read from its head: not imported',
    );
  }
  // Why no article was read, when the parser knows: a statute's articles run inside one line, or paragraphs numbered
  // by Word's automatic numbering, whose numbers a Word file does not hold as text.
  const notRead =
    doc.articles.length === 0
      ? doc.issues.find((i) => i.code === 'ARTICLES_NOT_READ' || i.code === 'WORD_NUMBERING')
      : undefined;
  if (notRead)
    // A document stored without its articles, whatever its chapters, number or date, is a wrong record, not a short
    // one, and would stand in the way of a good copy of it imported later.
    throw new PolicyInputError(
      'NO_STRUCTURE',
      doc.file,
      `${notRead.code === 'WORD_NUMBERING' ? 'no article was read: ' : ''}${notRead.message}; not imported`,
      notRead.line,
    );
  if (!doc.title.trim()) {
    // A Policy without a title shows as a blank in every list and graph, and its number alone often misreads a copy
    // the parser could not read (a page's markup, a title lost in debris): better refused than stored blank.
    throw new ImportWriteError(
      'UNIDENTIFIABLE',
      file,
      doc.docNumber
        ? `${doc.file}: no title was found (only the number ${doc.docNumber}): the document is not imported; check that the file holds the title`
        : `${doc.file}: neither a title nor a document number was found: the document cannot be identified, not imported`,
    );
  }
  return { doc, file, lookups: buildDocumentLookups(doc, registry) };
}

/** When the document was made and which work it is a version of, as the version step reads them off its Policy. */
function madeByAndWork(
  doc: PolicyDocument,
  version: DocumentVersion | undefined,
  docNumber: string | undefined,
): { madeBy?: string; workId?: string } {
  const madeBy = citingMadeBy({
    versionDate: version?.date ?? null,
    issuedOn: doc.issuedOn ?? null,
    publishedOn: doc.publishedOn ?? null,
    effectiveOn: doc.effectiveOn ?? null,
    docNumber: docNumber ?? null,
  });
  return { ...(madeBy ? { madeBy } : {}), ...(version ? { workId: workIdOf(version.workKey) } : {}) };
}

/** Decides identity, citations and rows of a prepared document against the Policies its lookup found. */
export function decideDocument(
  prepared: PreparedDocument,
  registry: RunRegistry,
  candidates: readonly KnownPolicy[],
  options: WriteDocumentOptions,
): DecidedDocument {
  const { doc, file } = prepared;
  const titleKey = buildTitleKey(doc.title);
  const version = readDocumentVersion(doc);
  const registryNumber = doc.docNumber || version ? undefined : ownNumberForTitle(registry, titleKey, isStatute(doc));
  const textHash = textHashOf(doc);
  const identity = resolvePolicyIdentity(
    {
      file,
      title: doc.title,
      titleKey,
      runKeys: runKeysWithRest(registry, titleKey),
      ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
      ...(registryNumber ? { registryNumber } : {}),
      ...(version ? { versionId: versionPolicyId(version) } : {}),
      textHash,
      ...(doc.book ? { book: doc.book } : {}),
    },
    candidates,
  );
  if (identity.outcome === 'refused') throw new ImportWriteError(identity.code, file, identity.message);

  const issues: ParseIssue[] = [...doc.issues];
  const previous = identity.outcome === 'existing' ? identity.previous : undefined;
  if (previous?.docNumber && identity.docNumber && previous.docNumber !== identity.docNumber) {
    issues.push({
      file,
      line: 1,
      severity: 'warning',
      code: 'NUMBER_CHANGED',
      message: `the number changed from ${previous.docNumber} to ${identity.docNumber} since the last import; the node keeps its id ${identity.id}`,
    });
  }
  if (previous?.status === 'full' && previous.file && previous.file !== file) {
    issues.push({
      file,
      line: 1,
      severity: 'warning',
      code: 'SAME_DOCUMENT_OTHER_FILE',
      message: `this document was imported before from ${previous.file}; updated in place`,
    });
  }
  if (version?.source === 'file-name') {
    issues.push({
      file,
      line: 1,
      severity: 'info',
      code: 'VERSION_DATE_FROM_FILE_NAME',
      message: `no head line tells when this text was made; the date in the file name (${version.date}) stands in as its version date`,
    });
  }
  const resolved = resolveCitations(
    {
      file,
      id: identity.id,
      titleKey,
      shortTitles: doc.shortTitles,
      ...(identity.docNumber ? { docNumber: identity.docNumber } : {}),
      // Dated as the version step dates the Policy these rows store (versionDate, issuedOn, publishedOn, …).
      ...madeByAndWork(doc, version, identity.docNumber),
    },
    citationsOf(doc),
    candidates,
    registry,
  );
  issues.push(...resolved.issues);
  const rows = buildPolicyRows(
    doc,
    {
      id: identity.id,
      textHash,
      ...(identity.docNumber ? { docNumber: identity.docNumber } : {}),
      ...(previous ? { previous } : {}),
      ...(identity.outcome === 'existing' && identity.absorbs ? { absorbs: identity.absorbs } : {}),
    },
    resolved.links,
    {
      importedAt: options.importedAt,
      importerVersion: options.importerVersion,
      ...(options.retrievedOn ? { retrievedOn: options.retrievedOn } : {}),
    },
  );
  const created: KnownPolicy[] = resolved.links.flatMap((link) =>
    link.create
      ? [
          {
            id: link.create.id,
            status: 'cited' as const,
            ...(link.create.docNumber ? { docNumber: link.create.docNumber } : {}),
            ...(link.create.titleKey ? { titleKey: link.create.titleKey } : {}),
            ...(link.create.title ? { title: link.create.title } : {}),
          },
        ]
      : [],
  );
  return {
    rows,
    // The lookup also asked for a node holding the new id: only when there is none is this the Policy's first write.
    firstWrite: identity.outcome === 'new' && !candidates.some((c) => c.id === identity.id),
    created,
    filled: resolved.links.flatMap((l) =>
      l.fillNumber && !l.create ? [{ id: l.targetId, docNumber: l.fillNumber }] : [],
    ),
    written: {
      id: identity.id,
      title: doc.title,
      ...(identity.docNumber ? { docNumber: identity.docNumber } : {}),
      articles: doc.articles.length,
      agencies: rows.agencies.map((a) => a.id),
      citations: {
        resolved: resolved.links.filter((l) => l.resolved).length,
        unresolved: resolved.links.filter((l) => !l.resolved).length,
      },
      issues,
    },
  };
}
