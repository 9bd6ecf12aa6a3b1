/**
 * Writes a batch of prepared documents in ONE transaction: one lookup round for all of them, the decisions in plain
 * code, then each statement once with the rows of all (a fresh import commits 1/40th as often and sends 1/40th of
 * the statements). The batch writes exactly what the documents written one by one would: a document whose lookup
 * would see what an earlier one in the batch writes, or that writes a Policy an earlier one writes, ends the batch
 * and waits for the next one (it is `deferred`). A document is still whole or absent: the batch commits or nothing
 * does, and when it fails its documents are written again one per transaction, so one bad document cannot take the
 * others down. First writes CREATE what is theirs alone (build-policy-write.ts); the retry MERGEs. Example:
 *   await writePolicyBatch(graph, [{ prepared: prepareDocument(a, registry), options }, { prepared: b, options }], registry)
 *   → { outcomes: [{ written: { id: 'a', … } }, { error: ImportWriteError('CONFLICTING_NUMBER', …) }] }
 */
import { GraphError, type GraphHandle } from '../../graph/index.ts';
import { bookKey, type KnownBook, type KnownPolicy } from '../write/known-policy.ts';
import {
  buildKnownPoliciesLookup,
  KNOWN_FIELDS,
  readKnownPoliciesByDocument,
  type PolicyLookup,
} from '../write/lookup-known-policies.ts';
import type { RunRegistry } from '../write/run-registry.ts';
import { buildPoliciesWrite, type PolicyWrite } from '../write/build-policy-write.ts';
import {
  decideDocument,
  type DecidedDocument,
  type PreparedDocument,
  type WriteDocumentOptions,
  type WrittenPolicy,
} from './decide-policy-document.ts';

/** The graph an import writes to. */
export type ImportGraph = Pick<GraphHandle, 'read' | 'write' | 'writeSteps'>;

/** One document of a batch. */
export interface BatchEntry {
  prepared: PreparedDocument;
  options: WriteDocumentOptions;
}

/** What became of one document: written, or refused/failed with nothing of it written. */
export type BatchOutcome = { written: WrittenPolicy } | { error: unknown };

/** Outcomes of the first `outcomes.length` entries, in order; the entries after them were deferred (not written). */
export interface BatchResult {
  outcomes: BatchOutcome[];
}

/** Graph errors that make every further write pointless: an import run stops. */
const FATAL = new Set(['NEO4J_UNAVAILABLE', 'NEO4J_AUTH', 'NEO4J_CONFIG']);

/** Whether a write error means the graph is gone (no later document could be written either). */
export function isFatalWriteError(error: unknown): boolean {
  return error instanceof GraphError && FATAL.has(error.code);
}

/** Whether a Policy, as the lookup would return it, answers one of the lookups (the lookup query's rules). */
function answersLookup(policy: KnownPolicy, lookups: readonly PolicyLookup[]): boolean {
  return lookups.some((l) => {
    if (l.id !== undefined && policy.id === l.id) return true;
    if (l.docNumber !== undefined && policy.docNumber === l.docNumber) return true;
    if (l.file !== undefined && policy.file === l.file) return true;
    const key = l.titleKey;
    if (!key || policy.titleKey === undefined) return false;
    const bare = `|${key.rest}`;
    return (
      policy.titleKey === key.key ||
      policy.titleKey === bare ||
      (key.jurisdiction === '' && policy.titleKey.endsWith(bare))
    );
  });
}

/** The Policies one decided document writes to (its own, those it cites, and those its statements are about). */
function policiesWritten(decided: DecidedDocument): string[] {
  const { rows } = decided;
  return [
    rows.policyId,
    ...rows.citations.map((c) => c.targetId),
    ...rows.policyRoles.map((r) => r.targetId),
    ...rows.events.map((e) => e.ownerId),
  ];
}

/** The books a code holds once a book of it is written: the others as they were, this one as now. */
function booksAfter(before: KnownPolicy | undefined, rows: DecidedDocument['rows']): KnownBook[] {
  const props = rows.book!.props;
  const title = String(props.title);
  const book: KnownBook = { title, file: String(props.file) };
  if (typeof props.textHash === 'string') book.textHash = props.textHash;
  return [...(before?.books ?? []).filter((b) => bookKey(b.title) !== bookKey(title)), book];
}

/**
 * What the accepted documents of a batch write, to tell whether the next one can join them, and what its lookup
 * would have returned had they been committed before it.
 */
class BatchFootprint {
  /** Policies the batch creates or changes as the lookup sees them (number, title, file, status), in their new state. */
  private readonly changed = new Map<string, KnownPolicy>();
  /** Policies the batch changes in a way not known here: whoever looks them up waits for the next batch. */
  private readonly unknown = new Set<string>();
  /** Every Policy the batch writes anything to. */
  private readonly written = new Set<string>();

  /**
   * The candidates the document's lookup would have returned after the batch so far, or undefined when that cannot
   * be told for certain (the document then waits for the next batch). Where the batch changed nothing the document
   * looks up, its own candidates stand. Otherwise each of its lookups must be answered by one Policy at most, so that
   * the order the database would return them in cannot matter.
   */
  view(candidates: readonly KnownPolicy[], lookups: readonly PolicyLookup[]): KnownPolicy[] | undefined {
    if (candidates.some((c) => this.unknown.has(c.id))) return undefined;
    const seen = new Set(candidates.map((c) => c.id));
    const added = [...this.changed.values()].filter((p) => !seen.has(p.id) && answersLookup(p, lookups));
    if (added.length === 0 && candidates.every((c) => !this.changed.has(c.id))) return [...candidates];
    const all = [...candidates.map((c) => this.changed.get(c.id) ?? c), ...added];
    // A candidate these rules do not see answering any lookup means they differ from the query's: do not guess.
    if (all.some((p) => !answersLookup(p, lookups))) return undefined;
    if (lookups.some((l) => all.filter((p) => answersLookup(p, [l])).length > 1)) return undefined;
    return all;
  }

  /**
   * Whether the document writes a Policy in a way whose order matters: its own Policy, which an earlier document
   * wrote (as a citation, say) before it, or a cited-only Policy it creates that an earlier document also writes.
   * Linking to what earlier documents wrote is fine: each statement runs their rows first, as one by one would.
   */
  overlaps(decided: DecidedDocument): boolean {
    return this.written.has(decided.rows.policyId) || decided.created.some((p) => this.written.has(p.id));
  }

  add(decided: DecidedDocument, candidates: readonly KnownPolicy[]): void {
    const { rows } = decided;
    const own: KnownPolicy = { id: rows.policyId, status: 'full' };
    for (const field of KNOWN_FIELDS) {
      const value = rows.policy[field];
      if (typeof value === 'string') own[field] = value;
    }
    if (rows.book) own.books = booksAfter(this.changed.get(own.id) ?? candidates.find((c) => c.id === own.id), rows);
    this.changed.set(own.id, own);
    for (const created of decided.created) this.changed.set(created.id, created);
    // A number given to a Policy that had none (`coalesce(t.docNumber, row.fillNumber)`).
    for (const { id, docNumber } of decided.filled) {
      const before = this.changed.get(id) ?? candidates.find((c) => c.id === id);
      if (before) this.changed.set(id, before.docNumber ? before : { ...before, docNumber });
      else this.unknown.add(id);
    }
    for (const id of policiesWritten(decided)) this.written.add(id);
  }
}

/** How a batch writes. */
export interface BatchOptions {
  /** MERGE everything, even what first writes could CREATE (the retry of a batch that failed). */
  mergeOnly?: boolean;
}

/** Writes the entries it can in one transaction; see the file comment. Throws only for fatal graph errors. */
export async function writePolicyBatch(
  graph: ImportGraph,
  entries: readonly BatchEntry[],
  registry: RunRegistry,
  options: BatchOptions = {},
): Promise<BatchResult> {
  if (entries.length === 0) return { outcomes: [] };
  try {
    return await graph.writeSteps(async (run) => {
      // The lookups of all entries in one statement; each sees the graph as it was when the batch began.
      const [rows = []] = await run([buildKnownPoliciesLookup(entries.map((e) => e.prepared.lookups))]);
      const found = readKnownPoliciesByDocument(rows, entries.length);
      const outcomes: BatchOutcome[] = [];
      const writes: PolicyWrite[] = [];
      const footprint = new BatchFootprint();
      for (const [index, entry] of entries.entries()) {
        const candidates = footprint.view(found[index] ?? [], entry.prepared.lookups);
        if (!candidates) break;
        let decided: DecidedDocument;
        try {
          decided = decideDocument(entry.prepared, registry, candidates, entry.options);
        } catch (error) {
          outcomes.push({ error });
          continue;
        }
        // A re-written Policy runs its cleanup statements: it goes alone.
        const alone = !decided.firstWrite;
        if (writes.length > 0 && (alone || footprint.overlaps(decided))) break;
        footprint.add(decided, candidates);
        writes.push({ rows: decided.rows, firstWrite: decided.firstWrite });
        outcomes.push({ written: decided.written });
        if (alone) break;
      }
      if (writes.length > 0) await run(buildPoliciesWrite(writes, { create: options.mergeOnly !== true }));
      return { outcomes };
    });
  } catch (error) {
    if (isFatalWriteError(error)) throw error;
    if (entries.length === 1 && options.mergeOnly) return { outcomes: [{ error }] };
    // The batch rolled back: write its documents one per transaction and with MERGE, so only the one at fault fails.
    const outcomes: BatchOutcome[] = [];
    for (const entry of entries)
      outcomes.push(...(await writePolicyBatch(graph, [entry], registry, { mergeOnly: true })).outcomes);
    return { outcomes };
  }
}
