/**
 * The import folder's public surface. The parser: parsePolicyText (pure), decodePolicyBytes, readPolicyFile;
 * the fatal input error family; the agency gazetteer; the document model types.
 */
export {
  parsePolicyText,
  parsePolicyBytes,
  readPolicyFile,
  parsePolicyHtml,
  isHtmlFile,
  htmlToText,
  decodePolicyBytes,
  decodePolicyText,
  DEFAULT_MAX_BYTES,
  normalizeDocNumber,
  parseDate,
  normalizeLine,
  matchKey,
  readKind,
  PARSER_VERSION,
  type ParseOptions,
  type ReadOptions,
  type DecodedText,
} from './parse/index.ts';
export { PolicyInputError, isPolicyInputError, type PolicyInputErrorCode } from './errors.ts';
export {
  getDefaultGazetteer,
  loadGazetteer,
  buildGazetteer,
  type Gazetteer,
  type GazetteerData,
} from './gazetteer/index.ts';
export type * from '../model/index.ts';
export { TIERS } from '../model/index.ts';

// A statute's version and its work (the CLI's own reading of files as alignment input).
export { pickCitedVersion, readDocumentVersion, workIdOf } from './versions/index.ts';
// The graph step of alignment (the pure engine is align/).
export { linkVersions, type LinkVersionsResult } from './run/link-versions.ts';
export { alignGraph, type GraphTarget, type AlignGraphResult } from './run/align-graph.ts';
// Kept here for bench/time-align-engine.ts, which loads the engine of any checkout through import/index.ts.
export { toAlignDocuments } from '../align/index.ts';
// The write side (import/write, import/run): title keys, resolution, the import run.
export {
  importPaths,
  CORPUS_DIR,
  LAWS_DIR,
  BUNDLED_PATHS,
  IMPORTER_VERSION,
  type ImportSummary,
  type ImportProgress,
  type ImportOptions,
  type ImportFailure,
} from './run-import.ts';
export {
  listPolicyFiles,
  writePolicyDocument,
  ImportWriteError,
  type ImportGraph,
  type WrittenPolicy,
  type ImportWriteErrorCode,
} from './run/index.ts';
export { buildTitleKey, normalizeTitle, inferCitedPolicy, type TitleKey } from './write/index.ts';
