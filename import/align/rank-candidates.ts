/**
 * Ranks upper articles for each lower article, two ways with the same scoring function: `rankCandidates`
 * (BM25 retrieval of the top `retrievalDepth` uppers, then Smith-Waterman scoring of those only) and
 * `rankAllPairs` (Smith-Waterman on every allowed pair: the brute force the engine is measured against).
 * Example: rankCandidates(lowers, uppers) → [{ lower: 0, upper: 3, score: 0.71, rank: 1, evidence: […] }, …].
 */
import type { EvidenceSpan } from '../model.ts';
import { buildBm25Index, retrieveCandidates } from './build-bm25-index.ts';
import type { PreparedArticle } from './prepare-articles.ts';
import { scorePair } from './score-pair.ts';
import { DEFAULT_SCORING, type AlignmentScoring } from './smith-waterman.ts';

/** One ranked candidate, by index into the lower and upper arrays. */
export interface ArticleMatch {
  lower: number;
  upper: number;
  score: number;
  rank: number;
  evidence: EvidenceSpan[];
}

/** Ranking options. */
export interface RankOptions {
  /** Candidates kept per lower article. */
  maxCandidates: number;
  /** Uppers retrieved by BM25 per lower article before Smith-Waterman. */
  retrievalDepth: number;
  /** Pairs scoring below this are dropped (they are not worth a reviewer's time). */
  minScore: number;
  scoring: AlignmentScoring;
  /** Which uppers a lower article may align with; all when absent. */
  allowed?: (lower: number, upper: number) => boolean;
}

/** Defaults used by the CLI and the graph. */
export const DEFAULT_RANK_OPTIONS: RankOptions = { maxCandidates: 5, retrievalDepth: 40, minScore: 0.12, scoring: DEFAULT_SCORING };

function keepBest(lower: number, lowerArticle: PreparedArticle, uppers: readonly PreparedArticle[], ids: Iterable<number>, options: RankOptions): ArticleMatch[] {
  const scored: ArticleMatch[] = [];
  for (const upper of ids) {
    const { score, evidence } = scorePair(lowerArticle, uppers[upper]!, options.scoring);
    if (score >= options.minScore) scored.push({ lower, upper, score, rank: 0, evidence });
  }
  scored.sort((x, y) => y.score - x.score || x.upper - y.upper);
  return scored.slice(0, options.maxCandidates).map((match, i) => ({ ...match, rank: i + 1 }));
}

/** The engine: BM25 top-k retrieval over an inverted bigram index, then Smith-Waterman on those candidates. */
export function rankCandidates(lowers: readonly PreparedArticle[], uppers: readonly PreparedArticle[], options: Partial<RankOptions> = {}): ArticleMatch[] {
  const opts = { ...DEFAULT_RANK_OPTIONS, ...options };
  const index = buildBm25Index(uppers);
  const scratch = new Float64Array(index.size);
  const out: ArticleMatch[] = [];
  lowers.forEach((lowerArticle, lower) => {
    const allowed = opts.allowed ? (upper: number) => opts.allowed!(lower, upper) : undefined;
    const ids = retrieveCandidates(index, lowerArticle, opts.retrievalDepth, allowed, scratch);
    out.push(...keepBest(lower, lowerArticle, uppers, ids, opts));
  });
  return out;
}

/** Brute force: the same scoring function over every allowed pair. */
export function rankAllPairs(lowers: readonly PreparedArticle[], uppers: readonly PreparedArticle[], options: Partial<RankOptions> = {}): ArticleMatch[] {
  const opts = { ...DEFAULT_RANK_OPTIONS, ...options };
  const out: ArticleMatch[] = [];
  lowers.forEach((lowerArticle, lower) => {
    const ids: number[] = [];
    for (let upper = 0; upper < uppers.length; upper++) if (!opts.allowed || opts.allowed(lower, upper)) ids.push(upper);
    out.push(...keepBest(lower, lowerArticle, uppers, ids, opts));
  });
  return out;
}
