/**
 * The benchmark harness: a seeded generator of synthetic Chinese policy corpora with ground truth, and the
 * measures run by `policygraph bench`.
 */
export { CORPUS_SIZES, DEFAULT_SEED, parseCorpusSize, type CorpusSpec } from './corpus-sizes.ts';
export type {
  CorpusSize,
  GeneratedDocument,
  GeneratedArticle,
  AgencyTruth,
  CitationTruth,
  Derivation,
} from './corpus-types.ts';
export { generateCorpus, generateDocuments, type RenderedDocument } from './generate-corpus.ts';
export { writeCorpus, type CorpusSummary } from './write-corpus.ts';
