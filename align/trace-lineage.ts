/**
 * Reads alignment pairs the way researchers do: lineage (from one article up through the tiers, following
 * each article's best candidates) and coverage (which articles of an upper document a lower document carries, and
 * which it leaves out). Example: traceLineage(pairs, { file: 'liuzhou…', article: 1 }) →
 * [[{ file: 'liuzhou…', article: 1 }, { file: 'state-council…', article: 6, score: 0.59 }]].
 */
import type { AlignmentPair } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { type FormalProvision, formalProvision } from './formal-provisions.ts';
import { textRanks } from './named-articles.ts';
import { citedDocuments } from './resolve-cited-documents.ts';

/** One step of a lineage chain; `score` is the pair that led to it (absent on the start). */
export interface LineageStep {
  file: string;
  article: number;
  heading?: string;
  score?: number;
}

/** Which candidates lineage follows. */
export interface LineageOptions {
  maxRank: number;
  minScore: number;
}

const sameFile = (a: string, b: string) => a === b || a.split('/').pop() === b.split('/').pop();

/** Every upward chain from `start` that ends where no candidate goes further (cycles cannot occur: tiers rise). */
export function traceLineage(
  pairs: readonly AlignmentPair[],
  start: { file: string; article: number },
  options: Partial<LineageOptions> = {},
): LineageStep[][] {
  const { maxRank = 1, minScore = FOLLOWED_FROM } = options;
  const chains: LineageStep[][] = [];
  // An article the text names is a step whatever its score; the texts' own ranking starts below the named ones.
  const textRank = textRanks(pairs);
  const walk = (chain: LineageStep[]) => {
    const here = chain[chain.length - 1]!;
    const next = pairs.filter((p) => {
      if (!sameFile(p.lower.file, here.file) || p.lower.article !== here.article) return false;
      const rank = textRank(p);
      return rank === undefined || (rank <= maxRank && p.score >= minScore);
    });
    if (next.length === 0 || chain.length > 8) {
      if (chain.length > 1) chains.push(chain);
      return;
    }
    for (const p of next)
      walk([...chain, { file: p.upper.file, article: p.upper.article, heading: p.upper.heading, score: p.score }]);
  };
  walk([{ file: start.file, article: start.article }]);
  return chains;
}

/**
 * Coverage of an upper document's articles by one lower document. Its formal provisions (when it takes effect, who
 * interprets it: formal-provisions.ts) are neither: no lower text takes them up, and readers gave the law's
 * effective-date clause no counterpart on 18 of the 21 real sets read whole.
 */
export interface Coverage {
  covered: { article: number; heading: string; by: { article: number; score: number }[] }[];
  uncovered: { article: number; heading: string }[];
  formal: { article: number; heading: string; provision: FormalProvision }[];
}

/**
 * The score from which lineage follows a pair and coverage counts any pair (engine 1.3 scores run about 7 % under
 * 1.2's, raw-count cosine at 0.8 of the score: 0.15 then, 0.14 now).
 */
export const FOLLOWED_FROM = 0.14;

/** What coverage needs to know of one kept pair. */
export interface CoverageCandidate {
  score: number;
  /** No other kept pair of the lower article into the same upper document scores higher. */
  bestOfLowerArticle: boolean;
  /**
   * The lower document rests on the upper one: it cites, implements or is based on it. A document compared with the
   * upper one only because it is near gets no weak pair counted for being its article's best. The graph's rule
   * (api/resolvers/carries-article-cypher.ts) also counts an inferred IMPLEMENTS and another version of the work;
   * documents read from files (computeCoverage, eval:align) tell their citations only.
   */
  restsOn: boolean;
  /** One side is a heading without text: such pairs score low even when they correspond. */
  headingOnly: boolean;
  cited?: boolean;
  status?: string | null;
}

/**
 * Whether a kept pair says that its lower document carries the upper article. The engine keeps five candidates per
 * lower article, and on the seven real regulations read whole most of those under 0.2 are no counterpart, so counting
 * every pair had their documents carry nearly every article of the law (a reader found 40 of 154 that are not carried
 * left; `npm run eval:align`, coverage). A pair counts when it scores from FOLLOWED_FROM, or it is the lower article's
 * best into a document it rests on, or a side is a heading only, or its text names the upper article, or a reviewer
 * confirmed it; never when a reviewer rejected it. (Its best into a document it does not rest on counted too until
 * 2026-12-06: a property-management regulation then carried articles of 大气污染防治法 at 0.08.)
 * Example: carriesArticle({ score: 0.08, bestOfLowerArticle: true, restsOn: false, headingOnly: false }) → false.
 */
export function carriesArticle(pair: CoverageCandidate): boolean {
  if (pair.status === 'rejected') return false;
  return (
    pair.score >= FOLLOWED_FROM ||
    (pair.bestOfLowerArticle && pair.restsOn) ||
    pair.headingOnly ||
    pair.cited === true ||
    pair.status === 'confirmed'
  );
}

/**
 * The pairs from `lower` into `upper` that carry their upper article by carriesArticle, formal provisions or not:
 * what lineage and the compare table show as counterparts.
 */
export function carryingPairs(
  pairs: readonly AlignmentPair[],
  upper: AlignDocument,
  lower: AlignDocument,
): AlignmentPair[] {
  const between = pairs.filter((p) => sameFile(p.upper.file, upper.file) && sameFile(p.lower.file, lower.file));
  const restsOn = restsOnDocument(lower, upper);
  const best = new Map<number, number>();
  for (const p of between) best.set(p.lower.article, Math.max(best.get(p.lower.article) ?? 0, p.score));
  // Empty text: a heading only (an article not found is not one).
  const text = (doc: AlignDocument, article: number) => doc.articles.find((a) => a.number === article)?.text;
  return between.filter((p) =>
    carriesArticle({
      score: p.score,
      bestOfLowerArticle: p.score >= best.get(p.lower.article)!,
      restsOn,
      headingOnly: text(upper, p.upper.article) === '' || text(lower, p.lower.article) === '',
      ...(p.cited ? { cited: true } : {}),
    }),
  );
}

/**
 * Whether `lower` cites, implements or is based on `upper`, as far as the documents tell (its resolved citations, else
 * its citations by title or number: a version of the cited title is the document cited).
 */
function restsOnDocument(lower: AlignDocument, upper: AlignDocument): boolean {
  return citedDocuments(lower, [upper]).length > 0;
}

/**
 * Splits `upper`'s articles into those `lower` carries (carryingPairs), its formal provisions, and the rest. A pair
 * from a formal provision of `lower` carries nothing: the date of a regulation's 施行 clause is no duty of the law.
 */
export function computeCoverage(pairs: readonly AlignmentPair[], upper: AlignDocument, lower: AlignDocument): Coverage {
  const formalLower = new Set(lower.articles.filter((a) => formalProvision(a.text)).map((a) => a.number));
  const counted = carryingPairs(pairs, upper, lower).filter((p) => !formalLower.has(p.lower.article));
  const result: Coverage = { covered: [], uncovered: [], formal: [] };
  for (const article of upper.articles) {
    const provision = formalProvision(article.text);
    if (provision) {
      result.formal.push({ article: article.number, heading: article.heading, provision });
      continue;
    }
    const by = counted
      .filter((p) => p.upper.article === article.number)
      .map((p) => ({ article: p.lower.article, score: p.score }));
    if (by.length > 0) result.covered.push({ article: article.number, heading: article.heading, by });
    else result.uncovered.push({ article: article.number, heading: article.heading });
  }
  return result;
}
