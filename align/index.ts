/**
 * The alignment engine (pure): documents in, scored article pairs out, plus what is read off those pairs
 * (inferred IMPLEMENTS, lineage, coverage), its evaluation and its benchmark.
 */
export { ALIGN_METHOD, ALIGN_VERSION, type AlignArticle, type AlignDocument } from './align-types.ts';
export { alignDocuments, BASIS_CANDIDATES, type AlignOptions } from './align-documents.ts';
export { CLASS_THRESHOLDS, classifyScore, classRank } from './classify-score.ts';
export { selectUpperDocuments, isAlignable } from './select-upper-documents.ts';
export {
  COMMON_PASSAGE_DOCUMENTS,
  FOLLOWED_PASSAGE,
  findFollowedUppers,
  winnowedHashes,
} from './find-followed-uppers.ts';
export { isAbove, isPeer, placeChain } from './is-above.ts';
export { readArticleReferences, referenceNames, type ArticleReference } from './read-article-references.ts';
export { toAlignDocuments, placeFields, type DocumentRow } from './align-document-of.ts';
export { citedDocuments, titleKey } from './resolve-cited-documents.ts';
export { fillNumbersFromCitations } from './fill-numbers-from-citations.ts';
export {
  inferImplements,
  isStrongPair,
  DEFAULT_INFER_OPTIONS,
  type InferredImplements,
  type InferOptions,
} from './infer-implements.ts';
export {
  carriesArticle,
  computeCoverage,
  FOLLOWED_FROM,
  traceLineage,
  type Coverage,
  type CoverageCandidate,
  type LineageStep,
} from './trace-lineage.ts';
export {
  parseAlignmentLabels,
  evaluateAlignment,
  combineEvaluations,
  recallAt3ByStrength,
  readOrdinal,
  type AlignmentLabel,
  type AlignmentEvaluation,
  type LabelOutcome,
} from './evaluate-alignment.ts';
export { formalProvision, type FormalProvision } from './formal-provisions.ts';
export { checkFloors, countFloors, FLOORS, type FloorCheck } from './check-floors.ts';
export {
  prepareArticles,
  cosine,
  bigramVectors,
  vectorCosine,
  type ArticleSource,
  type PreparedArticle,
} from './prepare-articles.ts';
export {
  rankCandidates,
  rankAllPairs,
  DEFAULT_RANK_OPTIONS,
  type ArticleMatch,
  type RankOptions,
} from './rank-candidates.ts';
export { scorePair, OUTLINE_FACTOR } from './score-pair.ts';
export { localAlignments, DEFAULT_SCORING, type LocalAlignment, type AlignmentScoring } from './smith-waterman.ts';
export { foldText, foldChar, isContentChar } from './fold-text.ts';
export {
  alignedContent,
  contentOutsideStock,
  DEFAULT_STOCK_PHRASES,
  findStockRanges,
  parseStockPhrases,
  stockMask,
} from './stock-phrases.ts';
export { CITATION_FACTOR, findCitationRanges } from './citation-ranges.ts';
export {
  parseLabelledPairs,
  toAlignmentLabels,
  labelledSelection,
  type LabelledPair,
  type PairStrength,
} from './read-labelled-pairs.ts';
export { alignWithBaseline, type BaselineName } from './align-with-baseline.ts';
export { rankTfidfBigrams, rankBm25Words, type BaselineMatch } from './rank-baselines.ts';
export { segmentWords, type SegmentedWord } from './segment-words.ts';
export { COMPARED_FROM, compareProvisions, isCompared } from './compare-provisions.ts';
export { compareParts, partStatement, type PartComparison, type PartStatement } from './compare-parts.ts';
export { evaluateCoverage, type CoverageCounts, type ShownPairs } from './evaluate-coverage.ts';
export { addScoreBands, countScoreBands, SCORE_BAND_EDGES, type ScoreBand } from './count-score-bands.ts';
export {
  QUANTITY_KINDS,
  readQuantities,
  type Quantity,
  type QuantityKind,
  type QuantityRole,
} from './read-quantities.ts';
export type { ProvisionChange, ChangeKind, ChangeVerdict, ChangeSpan } from './change-types.ts';
export { compareObligation, type ObligationChange } from './compare-obligation.ts';
export {
  parseObligationReading,
  scoreObligationReading,
  type ObligationJudgement,
  type ObligationScore,
  type ReadVerdict,
} from './evaluate-obligation-reading.ts';
export {
  parseChangeReading,
  scoreChangeReading,
  type ChangeJudgement,
  type ChangeScore,
  type ChangeCounts,
} from './evaluate-change-reading.ts';
export {
  normalizeVocabulary,
  parseVocabulary,
  DEFAULT_VOCABULARY,
  type VocabularyEntry,
} from './normalize-vocabulary.ts';
export {
  parentContext,
  PARENT_MARGIN,
  rankSources,
  scopeOf,
  SOURCE_SHORTLIST,
  type SourceMatch,
  type SourceOptions,
  type SourceScope,
} from './rank-sources.ts';
export { createSourceIndex, createSourceIndexAsync, type SourceIndex } from './source-index.ts';
export { createWholeTextIndex, createWholeTextIndexAsync, type WholeTextIndex } from './whole-text-index.ts';
export { nearestVersionOf, versionTextIndex } from './nearest-version.ts';
export { peerSiblings } from './peer-siblings.ts';
export {
  existedBefore,
  issuedBy,
  madeAfter,
  madeOn,
  mayRestOn,
  preferVersion,
  versionsInForce,
  yearOfNumber,
} from './existed-before.ts';
export {
  citesDocument,
  inferLikelyParents,
  PARENT_FLOOR,
  rankParents,
  underParentFloor,
  withoutFormalProvisions,
  type LikelyParent,
  type LikelyParentOptions,
  type ParentCandidate,
} from './infer-likely-parents.ts';
export {
  COMMON_WORDING_PEERS,
  findReuse,
  OWN_WORDING,
  UPPER_WINDOW,
  type InheritedSpan,
  type ReuseMatch,
  type ReuseOptions,
  type ReuseSpan,
} from './find-reuse.ts';
export { judgeSharedPassages, type PassageVerdict, type SharedPassage } from './judge-shared-passages.ts';
export { citedWording } from './reuse-content.ts';
