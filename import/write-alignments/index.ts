/** What others may use from import/write-alignments: alignGraph and its query builders. */
export { alignGraph, toAlignDocuments, type GraphTarget, type AlignGraphResult } from './align-graph.ts';
export {
  buildReadAlignmentInputQuery, buildMergeAlignmentsQuery, buildSweepAlignmentsQuery, buildInferredImplementsQueries,
  chunk, type AlignmentRow, type InferredRow,
} from './build-alignment-queries.ts';
