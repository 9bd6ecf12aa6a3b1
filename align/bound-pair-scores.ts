/**
 * Upper bounds on scorePair for one lower article against every upper article, read off an inverted index of
 * characters: the engine scores uppers in decreasing bound order and stops once the next bound is below the
 * k-th best exact score (branch and bound), so its top-k equals brute force's by construction.
 *
 * Why the bound holds. scorePair's alignments (smith-waterman.ts) pair positions of the two texts one to one: a
 * traceback pairs each lower position with at most one upper position, and once an alignment is found its region
 * is masked with negative codes that match nothing (−1−k on the lower side, −1001−k on the upper side), so later
 * alignments pair only unmasked positions. Every counted match joins two equal characters. So for a character c
 * found nL times in the lower text and nU times in the upper text, at most k = min(nL, nU) matches join two c's, and
 * the weight they add on the lower side is at most the sum of the k largest weights of c there (likewise upper).
 * Summed over characters: matchedWeightA ≤ BL and matchedWeightB ≤ BU. The same holds on the headings alone. Then:
 * The score is combineScore (combine-score.ts) of the matched weights and the TF-IDF cosine (computed exactly here
 * from postings of the bigram vectors), and it grows with each of them:
 * - two full articles: score = 0.8 × (mA + mB) / (TL + TU) + 0.2 × headingDice ≤ 0.8 × (min(TL, BL) + min(TU, BU))
 *   / (TL + TU) + 0.2 × min(1, (hBL + hBU) / (HL + HU)), the heading term 0 when either heading is empty (as in
 *   scorePair; a Dice never exceeds 1);
 * - an outline side: share = covered / outlineTotal with covered ≤ the matched weight on the outline side ≤ its B
 *   (and ≤ its total), so the same formula with covered replaced by that bound bounds the score.
 * scorePair rounds to 4 decimals (up to +0.00005) and sums weights in another order, hence BOUND_MARGIN.
 * Example: boundScores(buildBoundIndex(uppers), lower, scratch) → touched upper ids, scratch.bounds[id] ≥
 * scorePair(lower, uppers[id]).score for every id (0 for the ids it does not return: no shared character).
 */
import type { PreparedArticle } from './prepare-articles.ts';
import { BOUND_MARGIN } from './bound-margin.ts';
import { combineScore } from './combine-score.ts';
import { blendParagraphCosine } from './pair-cosine.ts';

/** Characters of a span: distinct codes, how often each occurs, and prefix sums of its weights (largest first). */
interface CharProfile {
  codes: number[];
  counts: number[];
  /** Start in `prefix` of each code's sums [0, w1, w1 + w2, …] (count + 1 entries). */
  bases: number[];
  prefix: number[];
}

function charProfile(article: PreparedArticle, to: number): CharProfile {
  const { codes, weights, charOrder } = article;
  const profile: CharProfile = { codes: [], counts: [], bases: [], prefix: [] };
  let at = 0;
  while (at < charOrder.length) {
    const code = codes[charOrder[at]!]!;
    let sum = 0;
    let count = 0;
    const base = profile.prefix.length;
    for (; at < charOrder.length && codes[charOrder[at]!] === code; at++) {
      const position = charOrder[at]!;
      if (position >= to) continue;
      if (count === 0) profile.prefix.push(0);
      sum += weights[position]!;
      profile.prefix.push(sum);
      count++;
    }
    if (count > 0) {
      profile.codes.push(code);
      profile.counts.push(count);
      profile.bases.push(base);
    }
  }
  return profile;
}

/**
 * Postings of every character, one run per character in flat arrays (a Map of small arrays per character cost more
 * to build, once per group, than the group's bounds): `runOf` a character → its run, the run's entries
 * starts[run] … starts[run + 1] − 1: upper ids (ascending), counts and where their prefix sums start in `prefix`.
 */
interface Postings {
  runOf: Map<number, number>;
  starts: Int32Array;
  ids: Int32Array;
  counts: Int32Array;
  bases: Int32Array;
}

/** TF-IDF postings in the same layout: a bigram → its run of upper (or paragraph) ids and vector weights. */
interface TermPostings {
  runOf: Map<string, number>;
  starts: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Lays out the runs of a flat posting list: one run per distinct key, in order of first appearance, as long as the key
 * occurs over all `lists`. Returns each key's run, where each run starts (the last entry: the total) and a cursor per
 * run at its start, for the caller to fill. Example: [['a', 'b'], ['a']] → runOf a→0 b→1, starts [0, 2, 3].
 */
function layRuns<K>(lists: Iterable<Iterable<K>>): { runOf: Map<K, number>; starts: Int32Array; next: Int32Array } {
  const runOf = new Map<K, number>();
  const sizes: number[] = [];
  for (const list of lists)
    for (const key of list) {
      const run = runOf.get(key);
      if (run === undefined) {
        runOf.set(key, sizes.length);
        sizes.push(1);
      } else sizes[run]!++;
    }
  const starts = new Int32Array(sizes.length + 1);
  for (let run = 0; run < sizes.length; run++) starts[run + 1] = starts[run]! + sizes[run]!;
  return { runOf, starts, next: starts.slice(0, sizes.length) };
}

/** Inverted character index over upper articles, for whole texts and for headings. */
export interface BoundIndex {
  size: number;
  full: Postings;
  heading: Postings;
  prefix: Float64Array;
  uppers: readonly PreparedArticle[];
  /** TF-IDF postings: bigram → upper ids and their vector weights (for the exact cosine of every touched pair). */
  terms: TermPostings;
  /** The same over the paragraphs of uppers of several paragraphs (ids index `paragraphOwner`). */
  paragraphTerms: TermPostings;
  /** Upper id of each paragraph of paragraphTerms. */
  paragraphOwner: Int32Array;
  /** The paragraphs of upper `id` are paragraphStart[id] … paragraphStart[id + 1] − 1 (in upper order). */
  paragraphStart: Int32Array;
}

/** Reusable buffers of one index's size. */
export interface BoundScratch {
  bounds: Float64Array;
  fullLower: Float64Array;
  fullUpper: Float64Array;
  headLower: Float64Array;
  headUpper: Float64Array;
  seen: Uint8Array;
  /** Exact cosine (pairCosine) of the lower article with each touched upper (kept for boundWithHeads). */
  cosines: Float64Array;
  /** Cosine of the lower article with each upper paragraph, and the best per upper. */
  paragraphCosines: Float64Array;
  bestParagraph: Float64Array;
  /** Ids touched by the last boundScores call (their fullLower/fullUpper are kept for boundWithHeads). */
  touched: number[];
}

/** Character postings of the profiles (profile i is upper i's), prefix sums from `offsets[i]` in the index's prefix. */
function charPostings(profiles: readonly CharProfile[], offsets: readonly number[]): Postings {
  const { runOf, starts, next } = layRuns<number>(profiles.map((profile) => profile.codes));
  const total = starts[starts.length - 1]!;
  const postings = {
    runOf,
    starts,
    ids: new Int32Array(total),
    counts: new Int32Array(total),
    bases: new Int32Array(total),
  };
  profiles.forEach((profile, id) => {
    for (let c = 0; c < profile.codes.length; c++) {
      const at = next[runOf.get(profile.codes[c]!)!]!++;
      postings.ids[at] = id;
      postings.counts[at] = profile.counts[c]!;
      postings.bases[at] = offsets[id]! + profile.bases[c]!;
    }
  });
  return postings;
}

/** Builds the index over `uppers` (their position in the array is their id). */
export function buildBoundIndex(uppers: readonly PreparedArticle[]): BoundIndex {
  const prefix: number[] = [];
  const profiled = (to: (upper: PreparedArticle) => number) => {
    const offsets: number[] = [];
    const profiles = uppers.map((upper) => {
      const profile = charProfile(upper, to(upper));
      offsets.push(prefix.length);
      for (const value of profile.prefix) prefix.push(value);
      return profile;
    });
    return charPostings(profiles, offsets);
  };
  const full = profiled((upper) => upper.codes.length);
  const heading = profiled((upper) => upper.headingLength);
  const paragraphOwner: number[] = [];
  const paragraphStart = new Int32Array(uppers.length + 1);
  uppers.forEach((upper, id) => {
    paragraphStart[id] = paragraphOwner.length;
    for (const _ of upper.paragraphVectors) paragraphOwner.push(id);
  });
  paragraphStart[uppers.length] = paragraphOwner.length;
  const terms = postingsOf(uppers.map((upper) => upper.vector));
  const paragraphTerms = postingsOf(uppers.flatMap((upper) => upper.paragraphVectors));
  return {
    size: uppers.length,
    full,
    heading,
    prefix: Float64Array.from(prefix),
    uppers,
    terms,
    paragraphTerms,
    paragraphOwner: Int32Array.from(paragraphOwner),
    paragraphStart,
  };
}

/** Bigram → ids (positions in `vectors`) and weights. */
function postingsOf(vectors: readonly ReadonlyMap<string, number>[]): TermPostings {
  const { runOf, starts, next } = layRuns<string>(vectors.map((vector) => vector.keys()));
  const total = starts[starts.length - 1]!;
  const postings = { runOf, starts, ids: new Int32Array(total), weights: new Float64Array(total) };
  vectors.forEach((vector, id) => {
    for (const [gram, w] of vector) {
      const at = next[runOf.get(gram)!]!++;
      postings.ids[at] = id;
      postings.weights[at] = w;
    }
  });
  return postings;
}

/** Adds lower · vector to `into` for every id of `postings` sharing a bigram with `lower`. */
function accumulateCosines(postings: TermPostings, lower: PreparedArticle, into: Float64Array): void {
  const { runOf, starts, ids, weights } = postings;
  for (const [gram, w] of lower.vector) {
    const run = runOf.get(gram);
    if (run === undefined) continue;
    for (let p = starts[run]!; p < starts[run + 1]!; p++) into[ids[p]!] = into[ids[p]!]! + w * weights[p]!;
  }
}

/** Buffers for boundScores over `index`. */
export function createBoundScratch(index: BoundIndex): BoundScratch {
  const n = index.size;
  return {
    bounds: new Float64Array(n),
    fullLower: new Float64Array(n),
    fullUpper: new Float64Array(n),
    headLower: new Float64Array(n),
    headUpper: new Float64Array(n),
    seen: new Uint8Array(n),
    cosines: new Float64Array(n),
    paragraphCosines: new Float64Array(index.paragraphOwner.length),
    bestParagraph: new Float64Array(n),
    touched: [],
  };
}

function accumulate(
  postings: Postings,
  prefix: Float64Array,
  lower: CharProfile,
  into: Float64Array,
  intoUpper: Float64Array,
  touched: number[],
  seen: Uint8Array,
): void {
  const { runOf, starts, ids, counts, bases } = postings;
  for (let c = 0; c < lower.codes.length; c++) {
    const run = runOf.get(lower.codes[c]!);
    if (run === undefined) continue;
    const lowerCount = lower.counts[c]!;
    const lowerBase = lower.bases[c]!;
    for (let p = starts[run]!; p < starts[run + 1]!; p++) {
      const id = ids[p]!;
      const upperCount = counts[p]!;
      const k = upperCount < lowerCount ? upperCount : lowerCount;
      if (seen[id] === 0) {
        touched.push(id);
        seen[id] = 1;
      }
      into[id] = into[id]! + lower.prefix[lowerBase + k]!;
      intoUpper[id] = intoUpper[id]! + prefix[bases[p]! + k]!;
    }
  }
}

function pairBound(
  lower: PreparedArticle,
  upper: PreparedArticle,
  bl: number,
  bu: number,
  heads: number,
  cosine: number,
): number {
  const matchedLower = Math.min(lower.totalWeight, bl);
  const matchedUpper = Math.min(upper.totalWeight, bu);
  const raw = combineScore(lower, upper, {
    matchedLower,
    matchedUpper,
    coveredLower: matchedLower,
    coveredUpper: matchedUpper,
    heads,
    cosine,
  });
  return Math.min(1, raw) + BOUND_MARGIN;
}

/**
 * Bounds scorePair(lower, upper) for every upper sharing a character with `lower`; returns those upper ids (in no
 * particular order) and leaves their bounds in scratch.bounds (other entries are not touched).
 */
export function boundScores(index: BoundIndex, lower: PreparedArticle, scratch: BoundScratch): number[] {
  const { fullLower, fullUpper, headLower, headUpper, bounds, seen, cosines, paragraphCosines, bestParagraph } =
    scratch;
  for (const id of scratch.touched) {
    fullLower[id] = 0;
    fullUpper[id] = 0;
    cosines[id] = 0;
  }
  const touched: number[] = [];
  scratch.touched = touched;
  accumulate(index.full, index.prefix, charProfile(lower, lower.codes.length), fullLower, fullUpper, touched, seen);
  // Heading characters are characters of the whole text too: every id they reach is already in `touched`.
  if (lower.headingLength > 0) {
    accumulate(index.heading, index.prefix, charProfile(lower, lower.headingLength), headLower, headUpper, [], seen);
  }
  // Every upper sharing a bigram shares its characters, so it is in `touched` already.
  accumulateCosines(index.terms, lower, cosines);
  accumulateCosines(index.paragraphTerms, lower, paragraphCosines);
  const { paragraphStart } = index;
  for (const id of touched) {
    // Every paragraph sharing a bigram with the lower article belongs to a touched upper.
    for (let p = paragraphStart[id]!; p < paragraphStart[id + 1]!; p++) {
      if (paragraphCosines[p]! > bestParagraph[id]!) bestParagraph[id] = Math.min(1, paragraphCosines[p]!);
      paragraphCosines[p] = 0;
    }
    const upper = index.uppers[id]!;
    cosines[id] = blendParagraphCosine(Math.min(1, cosines[id]!), bestParagraph[id]!, upper.paragraphVectors.length);
    bestParagraph[id] = 0;
    const headingTotal = lower.headingWeight + upper.headingWeight;
    const heads =
      lower.headingLength === 0 || upper.headingLength === 0 || headingTotal <= 0
        ? 0
        : Math.min(1, (headLower[id]! + headUpper[id]!) / headingTotal);
    bounds[id] = pairBound(lower, upper, fullLower[id]!, fullUpper[id]!, heads, cosines[id]!);
    headLower[id] = 0;
    headUpper[id] = 0;
    seen[id] = 0;
  }
  return touched;
}

/**
 * The bound of (lower, upper `id`) with the headings' exact Dice `heads` in place of its bound: tighter, same
 * proof. Valid after boundScores(index, lower, scratch) and before the next call.
 */
export function boundWithHeads(
  index: BoundIndex,
  scratch: BoundScratch,
  lower: PreparedArticle,
  id: number,
  heads: number,
): number {
  return pairBound(
    lower,
    index.uppers[id]!,
    scratch.fullLower[id]!,
    scratch.fullUpper[id]!,
    heads,
    scratch.cosines[id]!,
  );
}
