/**
 * Writes one parsed document: looks up the Policies it may name, decides its identity and its citations, builds
 * the rows and runs all statements in ONE transaction — the document lands whole or not at all. Example:
 *   await writePolicyDocument(graph, guangxiDoc, registry, { importedAt })
 *   → { id: 't:广西壮族自治区|关于…若干措施', title: '关于促进广西…若干措施', articles: 3, agencies: […],
 *       citations: { resolved: 1, unresolved: 0 }, issues: [] }
 */
import type { PolicyDocument } from '../../model/index.ts';
import type { RunRegistry } from '../write/run-registry.ts';
import { prepareDocument, type WriteDocumentOptions, type WrittenPolicy } from './decide-policy-document.ts';
import { writePolicyBatch, type ImportGraph } from './write-policy-batch.ts';

export type { ImportGraph } from './write-policy-batch.ts';
export type { WriteDocumentOptions, WrittenPolicy } from './decide-policy-document.ts';

/** Writes one document in one transaction; throws ImportWriteError when it is refused (nothing written). */
export async function writePolicyDocument(
  graph: ImportGraph,
  doc: PolicyDocument,
  registry: RunRegistry,
  options: WriteDocumentOptions,
): Promise<WrittenPolicy> {
  const { outcomes } = await writePolicyBatch(graph, [{ prepared: prepareDocument(doc, registry), options }], registry);
  const [outcome] = outcomes;
  if (!outcome) throw new Error(`${doc.file}: the write returned no outcome`);
  if ('error' in outcome) throw outcome.error;
  return outcome.written;
}
