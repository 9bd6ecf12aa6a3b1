/**
 * Writes a generated corpus to a folder: one .txt per document, manifest.jsonl (one line of ground truth per
 * document), alignments.tsv (lower article → upper article it derives from), gazetteer.json (the corpus's
 * jurisdictions, to merge over the bundled gazetteer) and corpus.json (counts and seed).
 * Example: writeCorpus(CORPUS_SIZES.small, 'bench/out/small') → 100 .txt files, 2,417 articles, ~1,400 alignment rows.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusSpec } from './corpus-sizes.ts';
import { buildGazetteerExtension } from './build-gazetteer-extension.ts';
import { generateDocuments, type RenderedDocument } from './generate-corpus.ts';

/** What was written, for the report. */
export interface CorpusSummary {
  size: string;
  seed: number;
  folder: string;
  documents: number;
  articles: number;
  alignments: number;
  bytes: number;
  byTier: Record<string, number>;
}

/** The ground truth of one document as stored in manifest.jsonl. */
export function manifestEntry(doc: RenderedDocument, parentFile: string | undefined): object {
  const { text: _text, index: _index, parentIndex: _parent, ...truth } = doc;
  return { ...truth, parentFile };
}

/** Generates and writes the corpus; removes .txt files of an earlier run first. Returns the counts. */
export async function writeCorpus(spec: CorpusSpec, folder: string, generatorVersion = 0): Promise<CorpusSummary> {
  await mkdir(folder, { recursive: true });
  for (const f of await readdir(folder)) if (f.endsWith('.txt')) await rm(join(folder, f));
  const manifest = createWriteStream(join(folder, 'manifest.jsonl'));
  const alignments = createWriteStream(join(folder, 'alignments.tsv'));
  alignments.write('lowerFile\tlowerArticle\tupperFile\tupperArticle\tkind\n');
  const files: string[] = [];
  const summary: CorpusSummary = {
    size: spec.size,
    seed: spec.seed,
    folder,
    documents: 0,
    articles: 0,
    alignments: 0,
    bytes: 0,
    byTier: {},
  };
  for (const doc of generateDocuments(spec)) {
    files[doc.index] = doc.file;
    await writeFile(join(folder, doc.file), doc.text);
    const parentFile = doc.parentIndex === undefined ? undefined : files[doc.parentIndex];
    await writeLine(manifest, `${JSON.stringify(manifestEntry(doc, parentFile))}\n`);
    for (const a of doc.articles) {
      if (!a.derivedFrom) continue;
      summary.alignments += 1;
      await writeLine(
        alignments,
        `${doc.file}\t${a.number}\t${a.derivedFrom.file}\t${a.derivedFrom.article}\t${a.derivedFrom.kind}\n`,
      );
    }
    summary.documents += 1;
    summary.articles += doc.articles.length;
    summary.bytes += Buffer.byteLength(doc.text);
    summary.byTier[doc.tier] = (summary.byTier[doc.tier] ?? 0) + 1;
  }
  await Promise.all([close(manifest), close(alignments)]);
  await writeFile(join(folder, 'gazetteer.json'), `${JSON.stringify(buildGazetteerExtension(spec.seed), null, 1)}\n`);
  await writeFile(join(folder, 'corpus.json'), `${JSON.stringify({ ...summary, generatorVersion }, null, 2)}\n`);
  return summary;
}

function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> | void {
  if (!stream.write(line)) return new Promise((resolve) => stream.once('drain', () => resolve()));
}

function close(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
