/**
 * An import run: files and folders → parsed documents → the graph, in batches of documents, each batch in one
 * transaction (import/run/write-policy-batch.ts: each document whole or not at all, the result the same as one by
 * one). A light first pass collects titles and numbers so that documents can name each other whatever the order;
 * then each file is parsed again and written, and forgotten. Example:
 *   await importPaths(graph, [], { onProgress: (p) => console.log(p.file, p.status) })
 *   → { documents: 5, articles: 59, agencies: 21, citations: { resolved: 3, unresolved: 2 }, issues: 12, failed: [] }
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSchema, GraphError } from '../graph/index.ts';
import type { PolicyDocument } from '../model/index.ts';
import { isPolicyInputError } from './errors.ts';
import type { ParseIssue } from '../model/index.ts';
import { readPolicyFile } from './parse/index.ts';
import { ImportWriteError } from './run/import-write-error.ts';
import { linkVersions, type LinkVersionsResult } from './run/link-versions.ts';
import { buildPlaceInterpretationsQuery } from './write/build-interpretation-place-query.ts';
import { listPolicyFiles } from './run/list-policy-files.ts';
import { readSourceIndex } from './run/read-source-index.ts';
import { scanRunRegistry, type ReadDocument } from './run/scan-run-registry.ts';
import { prepareDocument } from './run/decide-policy-document.ts';
import { isFatalWriteError, writePolicyBatch, type BatchEntry, type ImportGraph } from './run/write-policy-batch.ts';

/** The project's bundled corpus folder, resolved from this file (not from the working directory). */
export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/** The bundled legislative chain (laws and regulations copied unchanged from lawrefbook), imported by `npm start`. */
export const LAWS_DIR = fileURLToPath(new URL('../corpus/laws/', import.meta.url));

/** What `npm start` imports: the bundled policy documents and the legislative chain above them. */
export const BUNDLED_PATHS: readonly string[] = [CORPUS_DIR, LAWS_DIR];

/** The importer version stamped on every Policy (`policygraph-import/<package version>`). */
export const IMPORTER_VERSION = `policygraph-import/${
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version
}`;

/** One file that did not import, and why. */
export interface ImportFailure {
  file: string;
  code: string;
  message: string;
}

/** Totals of an import run. */
export interface ImportSummary {
  documents: number;
  articles: number;
  /** Distinct agencies named by the imported documents. */
  agencies: number;
  citations: { resolved: number; unresolved: number };
  /** Parse and resolution issues over all imported documents. */
  issues: number;
  failed: ImportFailure[];
  /** Files inside the given folders that were not imported (folder indexes, other kinds of file), with the reason. */
  skipped?: { file: string; reason: string }[];
  /** The version step over the whole graph (import/run/link-versions.ts): works, versions, article links, statuses. */
  versions?: LinkVersionsResult;
  /** Interpretations naming no place that took the place of the document they interpret (all of the graph's). */
  interpretationsPlaced?: number;
}

/** Reported once per file, after it was written or refused. */
export interface ImportProgress {
  index: number;
  total: number;
  file: string;
  status: 'imported' | 'failed';
  id?: string;
  title?: string;
  articles?: number;
  issues?: number;
  /** The document's issues (parse and resolution), for callers that show them. */
  issueList?: ParseIssue[];
  code?: string;
  message?: string;
}

/** Options of an import run. */
export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Size limit per file in bytes (the parser's default otherwise). */
  maxBytes?: number;
  /** Reads one file into a document; the parser's readPolicyFile by default. */
  readDocument?: ReadDocument;
  /** Timestamp stamped as `importedAt` (now by default). */
  importedAt?: string;
  /** Most documents per write transaction (BATCH_DOCUMENTS by default; 1 writes one document per transaction). */
  batchDocuments?: number;
  /** Source bytes of documents the first pass keeps parsed for the second (KEEP_PARSED_BYTES by default; 0: none). */
  keepParsedBytes?: number;
}

/**
 * A batch closes at this many documents or articles, whichever comes first: big enough that BEGIN/COMMIT and the
 * per-statement cost are spread thin, small enough that a transaction stays a few MB and a killed run loses little.
 */
export const BATCH_DOCUMENTS = 40;
export const BATCH_ARTICLES = 1500;

/**
 * Source bytes of parsed documents the first pass keeps for the second (about 150 MB of memory): a 2,000-document run
 * (26 MB of text) is parsed once instead of twice; a larger one parses the rest again, and memory stays bounded.
 */
export const KEEP_PARSED_BYTES = 32 * 1024 * 1024;

function failureOf(file: string, error: unknown): ImportFailure {
  if (isPolicyInputError(error) || error instanceof ImportWriteError)
    return { file, code: error.code, message: error.message };
  if (error instanceof GraphError) {
    return {
      file,
      code: error.code,
      message: `${file}: the write failed and nothing of it was written: ${error.message}`,
    };
  }
  return { file, code: 'IMPORT_FAILED', message: `${file}: ${error instanceof Error ? error.message : String(error)}` };
}

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

async function modifiedOn(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info ? info.mtime.toISOString().slice(0, 10) : undefined;
}

/** Imports files and folders (default: the bundled corpus) into the graph; never throws for one bad file. */
export async function importPaths(
  graph: ImportGraph,
  paths: readonly string[] = [],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const read: ReadDocument =
    options.readDocument ??
    ((file) => readPolicyFile(file, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }));
  await ensureSchema(graph);
  const { files, missing, skipped } = await listPolicyFiles(paths.length > 0 ? paths : [CORPUS_DIR]);
  const summary: ImportSummary = {
    documents: 0,
    articles: 0,
    agencies: 0,
    citations: { resolved: 0, unresolved: 0 },
    issues: 0,
    failed: [],
  };
  if (skipped.length > 0) summary.skipped = skipped;
  for (const path of missing)
    summary.failed.push({ file: path, code: 'NOT_FOUND', message: `${path}: no such file or folder` });

  // The first pass keeps what it parsed, up to the budget; the second pass takes each kept document once.
  const { registry, parsed, writeOrder } = await scanRunRegistry(files, read, {
    keepBytes: options.keepParsedBytes ?? KEEP_PARSED_BYTES,
  });
  const readOnce = async (file: string) => {
    const kept = parsed.get(file);
    if (!kept) return read(file);
    parsed.delete(file);
    return kept;
  };
  const agencies = new Set<string>();
  const sources = new Map<string, Map<string, string>>();
  const importedAt = options.importedAt ?? new Date().toISOString();
  const batchDocuments = Math.max(1, options.batchDocuments ?? BATCH_DOCUMENTS);

  type Queued = BatchEntry & { index: number; file: string };
  const fail = (index: number, file: string, error: unknown) => {
    if (isFatalWriteError(error)) throw error;
    const failure = failureOf(baseName(file), error);
    summary.failed.push(failure);
    options.onProgress?.({
      index,
      total: files.length,
      file,
      status: 'failed',
      code: failure.code,
      message: failure.message,
    });
  };
  /** Writes one batch from the front of the queue; resolves with the entries it did not write (deferred or beyond). */
  const writeBatch = async (queue: Queued[]): Promise<Queued[]> => {
    const { outcomes } = await writePolicyBatch(graph, queue.slice(0, batchDocuments), registry);
    for (const [at, outcome] of outcomes.entries()) {
      const { index, file } = queue[at]!;
      if ('error' in outcome) {
        fail(index, file, outcome.error);
        continue;
      }
      const written = outcome.written;
      summary.documents += 1;
      summary.articles += written.articles;
      for (const agency of written.agencies) agencies.add(agency);
      summary.citations.resolved += written.citations.resolved;
      summary.citations.unresolved += written.citations.unresolved;
      summary.issues += written.issues.length;
      options.onProgress?.({
        index,
        total: files.length,
        file,
        status: 'imported',
        id: written.id,
        title: written.title,
        articles: written.articles,
        issues: written.issues.length,
        issueList: written.issues,
      });
    }
    return queue.slice(outcomes.length);
  };
  // One batch is written while the next is read and parsed; what a batch deferred goes first into the next.
  let inFlight: Promise<Queued[]> = Promise.resolve([]);
  let next: Queued[] = [];
  let nextArticles = 0;
  const submit = async () => {
    const batch = [...(await inFlight), ...next];
    next = [];
    nextArticles = 0;
    inFlight = batch.length > 0 ? writeBatch(batch) : Promise.resolve([]);
    // Its failure (the graph gone) is taken when the batch is awaited; until then it must not count as unhandled.
    inFlight.catch(() => {});
  };
  const drain = async () => {
    await submit();
    for (let rest = await inFlight; rest.length > 0; rest = await writeBatch(rest));
    inFlight = Promise.resolve([]);
  };
  const prepare = async (file: string, doc: PolicyDocument): Promise<BatchEntry> => {
    const name = baseName(file);
    if (!doc.sourceUrl && !doc.provenance.sourceUrl) {
      const folder = dirname(file);
      if (!sources.has(folder)) sources.set(folder, await readSourceIndex(folder));
      const sourceUrl = sources.get(folder)?.get(name);
      if (sourceUrl) doc.provenance = { ...doc.provenance, sourceUrl };
    }
    const retrievedOn = await modifiedOn(file);
    return {
      prepared: prepareDocument(doc, registry),
      options: {
        importedAt,
        importerVersion: IMPORTER_VERSION,
        ...(retrievedOn ? { retrievedOn } : {}),
      },
    };
  };
  for (const [index, file] of writeOrder.entries()) {
    let entry: BatchEntry;
    try {
      entry = await prepare(file, await readOnce(file));
    } catch (error) {
      // Progress stays in file order: what is queued before this file is written first.
      await drain();
      fail(index, file, error);
      continue;
    }
    next.push({ ...entry, index, file });
    nextArticles += entry.prepared.doc.articles.length;
    if (next.length >= batchDocuments || nextArticles >= BATCH_ARTICLES) await submit();
  }
  await drain();
  // Files are written upper documents first (writeRank), but reported in the order they were given: a list of
  // refusals reads like the folder it came from.
  const given = new Map(files.map((file, index) => [baseName(file), index]));
  summary.failed.sort((a, b) => (given.get(a.file) ?? -1) - (given.get(b.file) ?? -1));
  summary.agencies = agencies.size;
  summary.versions = await linkVersions(graph);
  const [placed] = await graph.write([buildPlaceInterpretationsQuery()]);
  summary.interpretationsPlaced = Number(placed?.[0]?.placed ?? 0);
  return summary;
}
