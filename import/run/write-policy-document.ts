/**
 * Writes one parsed document: looks up the Policies it may name, decides its identity and its citations, builds
 * the rows and runs all statements in ONE transaction — the document lands whole or not at all. Example:
 *   await writePolicyDocument(graph, guangxiDoc, registry, { importedAt })
 *   → { id: 't:广西壮族自治区|关于…若干措施', title: '关于促进广西…若干措施', articles: 3, agencies: […],
 *       citations: { resolved: 1, unresolved: 0 }, issues: [] }
 */
import { executeWriteSteps, type ConnectedGraph } from '../../graph/index.ts';
import { PolicyInputError } from '../errors.ts';
import type { ParseIssue, PolicyDocument } from '../model.ts';
import { buildTitleKey } from '../write/build-title-key.ts';
import { buildPolicyRows } from '../write/build-policy-rows.ts';
import { fileBaseName } from '../write/known-policy.ts';
import { buildDocumentLookups, buildKnownPolicyLookup, readKnownPolicies } from '../write/lookup-known-policies.ts';
import { citationsOf, resolveCitations } from '../write/resolve-citations.ts';
import { resolvePolicyIdentity } from '../write/resolve-policy-identity.ts';
import { numberForTitle, runKeysWithRest, type RunRegistry } from '../write/run-registry.ts';
import { buildPolicyWrite } from '../write/write-policy.ts';
import { ImportWriteError } from './import-write-error.ts';

/** The graph an import writes to. */
export type ImportGraph = Pick<ConnectedGraph, 'driver' | 'database'>;

/** Per-document write options. */
export interface WriteDocumentOptions {
  importedAt: string;
  importerVersion: string;
  retrievedOn?: string;
  /** Test hook (see write-policy.ts): a failing statement after this many statements. */
  failAfterStatement?: number;
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

/** Writes one document in one transaction; throws ImportWriteError when it is refused (nothing written). */
export async function writePolicyDocument(
  graph: ImportGraph,
  doc: PolicyDocument,
  registry: RunRegistry,
  options: WriteDocumentOptions,
): Promise<WrittenPolicy> {
  const file = fileBaseName(doc.provenance.file || doc.file);
  if (doc.articles.length === 0 && doc.parts.length === 0 && !doc.docNumber && !doc.issuedOn) {
    // The parser reads any text; one with no parts, articles, number or date is not a policy document.
    throw new PolicyInputError('NO_STRUCTURE', doc.file, 'no recognisable structure (no parts, articles, document number or date): not imported');
  }
  if (!doc.title.trim() && !doc.docNumber) {
    throw new ImportWriteError('UNIDENTIFIABLE', file, `${doc.file}: neither a title nor a document number was found: the document cannot be identified, not imported`);
  }
  const titleKey = buildTitleKey(doc.title);
  const lookup = buildKnownPolicyLookup(buildDocumentLookups(doc, registry));
  // The known-policy lookup rides in the write transaction (one transaction per document, not a read and a write):
  // read, decide in plain code, write. A refusal thrown in between rolls back a transaction that wrote nothing.
  return executeWriteSteps(graph.driver, graph.database, async (run) => {
    const [lookupRows = []] = await run([lookup]);
    const candidates = readKnownPolicies(lookupRows);
    const registryNumber = doc.docNumber ? undefined : numberForTitle(registry, titleKey);
    const identity = resolvePolicyIdentity(
      { file, title: doc.title, titleKey, runKeys: runKeysWithRest(registry, titleKey), ...(doc.docNumber ? { docNumber: doc.docNumber } : {}), ...(registryNumber ? { registryNumber } : {}) },
      candidates,
    );
    if (identity.outcome === 'refused') throw new ImportWriteError(identity.code, file, identity.message);

    const issues: ParseIssue[] = [...doc.issues];
    const previous = identity.outcome === 'existing' ? identity.previous : undefined;
    if (previous?.docNumber && identity.docNumber && previous.docNumber !== identity.docNumber) {
      issues.push({
        file, line: 1, severity: 'warning', code: 'NUMBER_CHANGED',
        message: `the number changed from ${previous.docNumber} to ${identity.docNumber} since the last import; the node keeps its id ${identity.id}`,
      });
    }
    if (previous?.status === 'full' && previous.file && previous.file !== file) {
      issues.push({
        file, line: 1, severity: 'warning', code: 'SAME_DOCUMENT_OTHER_FILE',
        message: `this document was imported before from ${previous.file}; updated in place`,
      });
    }
    const resolved = resolveCitations(
      { file, id: identity.id, titleKey, shortTitles: doc.shortTitles, ...(identity.docNumber ? { docNumber: identity.docNumber } : {}) },
      citationsOf(doc),
      candidates,
      registry,
    );
    issues.push(...resolved.issues);
    const rows = buildPolicyRows(
      doc,
      { id: identity.id, ...(identity.docNumber ? { docNumber: identity.docNumber } : {}), ...(previous ? { previous } : {}) },
      resolved.links,
      { importedAt: options.importedAt, importerVersion: options.importerVersion, ...(options.retrievedOn ? { retrievedOn: options.retrievedOn } : {}) },
    );
    // The lookup also asked for a node holding the new id: only when there is none is this the Policy's first write.
    const firstWrite = identity.outcome === 'new' && !candidates.some((c) => c.id === identity.id);
    const writeOptions = { firstWrite, ...(options.failAfterStatement === undefined ? {} : { failAfterStatement: options.failAfterStatement }) };
    await run(buildPolicyWrite(rows, writeOptions));
    return {
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
    };
  });
}
