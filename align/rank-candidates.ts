/**
 * Ranks upper articles for each lower article, two ways with the same scoring function: `rankCandidates`
 * (branch and bound over upper bounds of the score, scoring only uppers whose bound can still beat the k-th best) and
 * `rankAllPairs` (Smith-Waterman on every allowed pair: the brute force the engine is measured against).
 * Example: rankCandidates(lowers, uppers) → [{ lower: 0, upper: 3, score: 0.71, rank: 1, evidence: […] }, …].
 */
import type { EvidenceSpan } from '../model/index.ts';
import { boundScores, boundWithHeads, buildBoundIndex, createBoundScratch } from './bound-pair-scores.ts';
import type { PreparedArticle } from './prepare-articles.ts';
import { headingDice, scorePair, scorePairAbove } from './score-pair.ts';
import { DEFAULT_SCORING, type AlignmentScoring } from './smith-waterman.ts';

/** One ranked candidate, by index into the lower and upper arrays. */
export interface ArticleMatch {
  lower: number;
  upper: number;
  score: number;
  rank: number;
  evidence: EvidenceSpan[];
  /** The lower article names this upper one (依照个人所得税法第六条): put first whatever its score (named-articles.ts). */
  cited?: boolean;
}

/** Ranking options. */
export interface RankOptions {
  /** Candidates kept per lower article. */
  maxCandidates: number;
  /**
   * At most this many uppers are scored per lower article, in decreasing bound order (a pair proven below the floor
   * early counts too). The search usually ends on the bound first, and then its top-k is exact; the budget only cuts
   * long searches among near-ties of lower articles without a real counterpart. Infinity: always exact.
   */
  maxScored: number;
  /**
   * Pairs with a heading-only side scoring below this are dropped (they are not worth a reviewer's time), and the
   * search prunes at it. The default, 0.02, keeps the weak counterparts of items that are headings only
   * (加快传统产业转型升级 → 做大做强特色主导产业, 0.045): at 0.05 such an item had fewer than three candidates where a bag of
   * bigrams listed its counterpart (the blind reading of corpus/, recall@3 66.7 against 72.9; level at 0.02).
   */
  minScore: number;
  /**
   * The floor of a pair whose two articles both have a body (not less than `minScore`). A heading says its subject
   * in a few words, so its true counterparts score low; two bodies that share this little are not counterparts:
   * at 0.02 for them too, lawrefbook got 30,132 more pairs (+6.8 %), all 0.02–0.05, and no labelled pair among them
   * came into a top 3.
   */
  minScoreWithBodies: number;
  scoring: AlignmentScoring;
  /** Told of each lower article whose search the `maxScored` budget stopped (its top-k is then not proven). */
  onBudgetCut?: (lower: number) => void;
  /** Which uppers a lower article may align with; all when absent. */
  allowed?: (lower: number, upper: number) => boolean;
  /**
   * Per lower article, a score its candidates must reach to matter (the k-th best it already has in other upper
   * documents: align-documents.ts ranks each upper document apart); the search stops below it. 0 when absent.
   */
  atLeast?: ArrayLike<number>;
  /**
   * The best this many are kept whatever `atLeast` says (a document the lower one rests on keeps its own best three:
   * align-documents.ts); the others only from `atLeast`. All of them when absent.
   */
  keepOwn?: number;
}

/** Defaults used by the CLI and the graph. */
export const DEFAULT_RANK_OPTIONS: RankOptions = {
  maxCandidates: 5,
  maxScored: 60,
  minScore: 0.02,
  minScoreWithBodies: 0.05,
  scoring: DEFAULT_SCORING,
};

function keepBest(
  lower: number,
  lowerArticle: PreparedArticle,
  uppers: readonly PreparedArticle[],
  ids: Iterable<number>,
  options: RankOptions,
): ArticleMatch[] {
  const scored: ArticleMatch[] = [];
  for (const upper of ids) {
    const { score, evidence } = scorePair(lowerArticle, uppers[upper]!, options.scoring);
    if (score >= floorOf(lowerArticle, uppers[upper]!, options))
      scored.push({ lower, upper, score, rank: 0, evidence });
  }
  scored.sort((x, y) => y.score - x.score || x.upper - y.upper);
  return scored.slice(0, options.maxCandidates).map((match, i) => ({ ...match, rank: i + 1 }));
}

/** The least score a pair of these two articles is kept at. */
function floorOf(lower: PreparedArticle, upper: PreparedArticle, options: RankOptions): number {
  return lower.hasBody && upper.hasBody ? Math.max(options.minScore, options.minScoreWithBodies) : options.minScore;
}

/** Inserts `match` into `top` (best first: score descending, then upper id) keeping at most `k`. */
function insertTop(top: ArticleMatch[], match: ArticleMatch, k: number): void {
  let at = top.length;
  while (
    at > 0 &&
    (top[at - 1]!.score < match.score || (top[at - 1]!.score === match.score && top[at - 1]!.upper > match.upper))
  )
    at--;
  if (at >= k) return;
  top.splice(at, 0, match);
  if (top.length > k) top.length = k;
}

/** A max-heap of (bound, upper id), ties: lower id first. */
class BoundHeap {
  private bounds: number[] = [];
  private ids: number[] = [];
  get size(): number {
    return this.ids.length;
  }
  topBound(): number {
    return this.ids.length > 0 ? this.bounds[0]! : -Infinity;
  }
  private above(x: number, y: number): boolean {
    return this.bounds[x]! > this.bounds[y]! || (this.bounds[x] === this.bounds[y] && this.ids[x]! < this.ids[y]!);
  }
  private swap(x: number, y: number): void {
    const bound = this.bounds[x]!;
    this.bounds[x] = this.bounds[y]!;
    this.bounds[y] = bound;
    const id = this.ids[x]!;
    this.ids[x] = this.ids[y]!;
    this.ids[y] = id;
  }
  push(bound: number, id: number): void {
    this.bounds.push(bound);
    this.ids.push(id);
    for (let at = this.ids.length - 1; at > 0; ) {
      const parent = (at - 1) >> 1;
      if (!this.above(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }
  pop(): number {
    const id = this.ids[0]!;
    const last = this.ids.length - 1;
    this.swap(0, last);
    this.bounds.pop();
    this.ids.pop();
    for (let at = 0; ; ) {
      const l = 2 * at + 1;
      const r = l + 1;
      let best = at;
      if (l < this.ids.length && this.above(l, best)) best = l;
      if (r < this.ids.length && this.above(r, best)) best = r;
      if (best === at) break;
      this.swap(at, best);
      at = best;
    }
    return id;
  }
}

/**
 * The engine, exact by branch and bound: upper bounds of every pair's score from an inverted character index
 * (bound-pair-scores.ts), refined lazily (boundWithHeads: the headings' exact Dice) when a pair reaches the front, then
 * scored by scorePairAbove against the current k-th best score (or minScore), always taking the pair of highest
 * bound next; it stops once the highest bound left is below that floor, since no upper left can beat it, or after
 * `maxScored` uppers scored. Stopped by the bound, the result is rankAllPairs' result (same pairs, scores, ranks
 * and tie order) without scoring most pairs.
 */
export function rankCandidates(
  lowers: readonly PreparedArticle[],
  uppers: readonly PreparedArticle[],
  options: Partial<RankOptions> = {},
): ArticleMatch[] {
  const opts = { ...DEFAULT_RANK_OPTIONS, ...options };
  const index = buildBoundIndex(uppers);
  const scratch = createBoundScratch(index);
  const { bounds } = scratch;
  // Exact heading Dice of each refined pair (set when refined, read only after), reused when the pair is scored.
  const headsOf = new Float64Array(uppers.length);
  const out: ArticleMatch[] = [];
  lowers.forEach((lowerArticle, lower) => {
    let ids = boundScores(index, lowerArticle, scratch);
    if (opts.allowed) ids = ids.filter((upper) => opts.allowed!(lower, upper));
    ids.sort((x, y) => bounds[y]! - bounds[x]! || x - y);
    const refined = new BoundHeap();

    const top: ArticleMatch[] = [];
    let next = 0;
    let scoredCount = 0;
    for (;;) {
      const kth = top.length === opts.maxCandidates ? top[top.length - 1]!.score : opts.minScore;
      let floor = Math.max(kth, opts.atLeast?.[lower] ?? 0);
      if (opts.keepOwn !== undefined)
        floor = Math.min(floor, top.length >= opts.keepOwn ? top[opts.keepOwn - 1]!.score : opts.minScore);
      const unrefined = next < ids.length ? bounds[ids[next]!]! : -Infinity;
      if (unrefined < floor && refined.topBound() < floor) break;
      if (unrefined >= refined.topBound()) {
        const upper = ids[next++]!;
        const heads = headingDice(lowerArticle, uppers[upper]!, opts.scoring);
        headsOf[upper] = heads;
        refined.push(Math.min(unrefined, boundWithHeads(index, scratch, lowerArticle, upper, heads)), upper);
        continue;
      }
      if (scoredCount++ >= opts.maxScored) {
        opts.onBudgetCut?.(lower);
        break;
      }
      const upper = refined.pop();
      const scored = scorePairAbove(lowerArticle, uppers[upper]!, floor, opts.scoring, headsOf[upper]);
      if (scored && scored.score >= floorOf(lowerArticle, uppers[upper]!, opts))
        insertTop(top, { lower, upper, score: scored.score, rank: 0, evidence: scored.evidence }, opts.maxCandidates);
    }
    top.forEach((match, i) => out.push({ ...match, rank: i + 1 }));
  });
  return out;
}

/** Brute force: the same scoring function over every allowed pair. */
export function rankAllPairs(
  lowers: readonly PreparedArticle[],
  uppers: readonly PreparedArticle[],
  options: Partial<RankOptions> = {},
): ArticleMatch[] {
  const opts = { ...DEFAULT_RANK_OPTIONS, ...options };
  const out: ArticleMatch[] = [];
  lowers.forEach((lowerArticle, lower) => {
    const ids: number[] = [];
    for (let upper = 0; upper < uppers.length; upper++)
      if (!opts.allowed || opts.allowed(lower, upper)) ids.push(upper);
    out.push(...keepBest(lower, lowerArticle, uppers, ids, opts));
  });
  return out;
}
