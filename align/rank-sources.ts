/**
 * Where does this article come from, without citations: ranks articles of other documents as its likely sources —
 * the documents above it (UPPER: higher tiers on its own chain of places, is-above.ts), the same tier in other
 * documents (PEER, e.g. other cities), or both (ALL) — with the engine's score, class and evidence spans.
 * Example: rankSources(docs, { file: 'liuzhou…', path: 'p1/a1' }, { scope: 'UPPER', limit: 3 }) → [{ file:
 * 'state-council…', article: 6, path: 'a6', scope: 'UPPER', score: 0.41, class: 'related', … }].
 */
import type { AlignmentClass, EvidenceSpan } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { classifyScore } from './classify-score.ts';
import { isAbove } from './is-above.ts';
import { prepareArticles } from './prepare-articles.ts';
import { rankCandidates } from './rank-candidates.ts';
import { isAlignable } from './select-upper-documents.ts';

/** Which documents may hold a source. */
export type SourceScope = 'UPPER' | 'PEER' | 'ALL';

/** One ranked source article. */
export interface SourceMatch {
  file: string;
  article: number;
  path: string;
  heading: string;
  scope: Exclude<SourceScope, 'ALL'>;
  score: number;
  class: AlignmentClass;
  rank: number;
  evidence: EvidenceSpan[];
}

/**
 * The scope of `candidate` seen from `doc`, or undefined when it cannot be a source: itself, a lower tier, or a higher
 * tier of another place's chain (a 河南省 regulation is not above a Guangxi city's measures, nor its peer).
 */
export function scopeOf(doc: AlignDocument, candidate: AlignDocument): Exclude<SourceScope, 'ALL'> | undefined {
  // A document of unknown tier is neither above nor beside anything until a user sets its tier.
  if (candidate.file === doc.file || !isAlignable(candidate) || !doc.tier || !candidate.tier) return undefined;
  if (isAbove(candidate, doc)) return 'UPPER';
  if (candidate.tier === doc.tier) return 'PEER';
  return undefined;
}

/** Ranks source articles for the article at `target.path` of `target.file`. */
export function rankSources(
  docs: readonly AlignDocument[],
  target: { file: string; path: string },
  options: { scope?: SourceScope; limit?: number } = {},
): SourceMatch[] {
  const { scope = 'ALL', limit = 10 } = options;
  const doc = docs.find((d) => d.file === target.file);
  const article = doc?.articles.find((a) => a.path === target.path);
  if (!doc || !article) return [];
  const candidates = docs.flatMap((d) => {
    const s = scopeOf(doc, d);
    if (!s || (scope !== 'ALL' && scope !== s)) return [];
    return d.articles.map((a) => ({ doc: d, article: a, scope: s }));
  });
  const prepared = prepareArticles([
    { docKey: doc.file, heading: article.heading, text: article.text },
    ...candidates.map((c) => ({ docKey: c.doc.file, heading: c.article.heading, text: c.article.text })),
  ]);
  const ranked = rankCandidates([prepared[0]!], prepared.slice(1), { maxCandidates: limit, maxScored: Infinity });
  return ranked.map((m) => {
    const c = candidates[m.upper]!;
    return {
      file: c.doc.file,
      article: c.article.number,
      path: c.article.path,
      heading: c.article.heading,
      scope: c.scope,
      score: m.score,
      class: classifyScore(m.score),
      rank: m.rank,
      evidence: m.evidence,
    };
  });
}
