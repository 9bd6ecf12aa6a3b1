/**
 * Where does this article come from, without citations: ranks articles of other documents as its likely sources —
 * the documents above it (UPPER: higher tiers on its own chain of places, or its tier and place with greater legal
 * force; is-above.ts), the same tier in other documents (PEER, e.g. other cities), or both (ALL: each ranked as its own
 * scope ranks it, merged) — with the engine's score, class and evidence spans.
 * Example: rankSources(createSourceIndex(docs), { file: 'liuzhou…', path: 'p1/a1' }, { scope: 'UPPER', limit: 3 })
 * → [{ file: 'state-council…', article: 6, path: 'a6', scope: 'UPPER', score: 0.41, class: 'related', … }].
 */
import type { AlignmentClass, EvidenceSpan } from '../model/index.ts';
import type { AlignDocument } from './align-types.ts';
import { classifyScore } from './classify-score.ts';
import { issuedBy, madeOn, mayRestOn, preferVersion, versionsInForce } from './existed-before.ts';
import { inAnotherPlace, isAbove, isPeer } from './is-above.ts';
import { nearestVersionOf, versionTextIndex } from './nearest-version.ts';
import { prepareArticles } from './prepare-articles.ts';
import { rankCandidates } from './rank-candidates.ts';
import { sharedPieces } from './score-pair.ts';
import { isAlignable } from './select-upper-documents.ts';
import { documentFrequencyIn, shortlistSources, type SourceIndex } from './source-index.ts';
import type { WholeTextIndex } from './whole-text-index.ts';

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
  /** The shared pieces (sharedPieces), in the asking article's order. */
  evidence: EvidenceSpan[];
  /** Scope UPPER, when `parents` were given: whether it is of one of them (and was ranked by that too). */
  inParent?: boolean;
  /** Scope PEER, when `siblings` were given: whether it is of one of them (and was ranked by that too). */
  sharesParent?: boolean;
}

/**
 * The scope of `candidate` seen from `doc`, or undefined when it cannot be a source: itself, a lower tier, a higher
 * tier of another place's chain (a 河南省 regulation is not above a Guangxi city's measures, nor its peer), or a
 * document of the same tier under `doc` by legal force (a law's implementing regulation is not a source of the law),
 * or a document above it or beside it whose work first existed after `doc` was issued, or a later text of its work
 * where the graph holds one as old (existed-before.ts, mayRestOn: a text published in June 2022 does not come from a
 * plan of September 2022, nor 上海's regulation of 2010 from 北京's first made in 2019, nor 太湖's rules of 2019 from
 * 镇政发〔2024〕7号). Of two peers of unknown date, or of one year, either may have copied the other.
 */
export function scopeOf(doc: AlignDocument, candidate: AlignDocument): Exclude<SourceScope, 'ALL'> | undefined {
  // A document of unknown tier is neither above nor beside anything until a user sets its tier.
  if (candidate.file === doc.file || !isAlignable(candidate) || !doc.tier || !candidate.tier) return undefined;
  if (isAbove(candidate, doc)) return mayRestOn(candidate, doc) ? 'UPPER' : undefined;
  if (isPeer(candidate, doc) && inAnotherPlace(candidate, doc)) return mayRestOn(candidate, doc) ? 'PEER' : undefined;
  return undefined;
}

/** Options of rankSources. */
export interface SourceOptions {
  scope?: SourceScope;
  limit?: number;
  /** Articles the engine scores at most (source-index.ts): a scope of more is shortlisted by cosine first. */
  shortlist?: number;
  /**
   * Files of the documents the asking text most likely implements, as a whole (parentContext of its likelyParents):
   * an article of theirs ranks above one of another document that scores less than PARENT_MARGIN more, and their
   * articles are weighed within their own document.
   */
  parents?: readonly string[];
  /**
   * Files of the peers resting on those documents (peer-siblings.ts): a PEER article of theirs is ranked among peers as
   * a likely parent's is among upper documents.
   */
  siblings?: readonly string[];
  /**
   * Whole-text bags holding every document of the index (the API keeps them with the graph): an undated asking text
   * weighs a work's versions with them (nearest-version.ts). Without them, bags of the versioned documents are made on
   * the first undated request (about 1.3 s on lawrefbook) and kept with the index.
   */
  wholeTexts?: WholeTextIndex;
}

/**
 * How much more an article of a document the asking text does not implement must score to rank above one of a
 * document it does. An article read alone matches best wherever its words are rarest: over the whole statute book,
 * 北京's 审计 articles went to 慈善法's fines and 中小企业 articles to 促进科技成果转化法's incubators, where the law
 * every other article of the text follows had the counterpart second or tenth. With parents given, a parent's
 * articles are also weighed as aligning that pair weighs them (a bigram's frequency in that document: 审计 is
 * everywhere in 审计法 and tells its articles apart by nothing). Read off bench/measure-sources.ts on the development
 * sets (0–1 tried: 0.3 on, the figures stop rising; under it articles of other laws come back first) and checked on
 * the held-out ones (docs/alignment.md, "Sources over the whole statute book").
 */
export const PARENT_MARGIN = 0.3;

/**
 * The documents a text most likely implements as rankSources reads them: of its likely parents (best first), the
 * first three scoring at least 0.8 of the best, so a regulation resting on a law counts beside the law.
 */
export function parentContext(parents: readonly { file: string; score: number }[]): string[] {
  const best = parents[0]?.score ?? 0;
  return parents
    .slice(0, 3)
    .filter((p) => p.score >= 0.8 * best)
    .map((p) => p.file);
}

/**
 * Articles the engine scores per request at most. On 33 rankings of lawrefbook articles the first 10 through this
 * shortlist were those of scoring the whole scope (docs/alignment.md, "Speed").
 */
export const SOURCE_SHORTLIST = 500;

/**
 * The candidates but the copies: an article of one work (workId) with the same heading and text as another, as the
 * versions of a work repeat most of its articles, and lawrefbook files some laws twice (rankSources searches one
 * version of a work, versionsInForce; this keeps one copy should several come in). Of the copies the one kept is of
 * the version a text issued on `issuedOn` rests on (preferVersion). On lawrefbook 104 of 622 source lists of local regulations' articles held such a copy.
 */
export function oneCopyPerWork<T extends { doc: AlignDocument; article: AlignDocument['articles'][number] }>(
  candidates: readonly T[],
  issuedOn: string | undefined,
): T[] {
  const kept = new Map<string, T>();
  const order: (T | string)[] = [];
  for (const c of candidates) {
    if (c.doc.workId === undefined) {
      order.push(c);
      continue;
    }
    const key = `${c.doc.workId}\n${c.article.heading}\n${c.article.text.replace(/\s+/g, '')}`;
    const other = kept.get(key);
    if (!other) {
      kept.set(key, c);
      order.push(key);
    } else if (preferVersion(madeOn(c.doc), madeOn(other.doc), issuedOn)) kept.set(key, c);
  }
  return order.map((c) => (typeof c === 'string' ? kept.get(c)! : c));
}

/** The whole-text bags of an index's versioned documents, made on the first undated request and kept with it. */
const versionTexts = new WeakMap<SourceIndex, WholeTextIndex>();
function versionTextsOf(index: SourceIndex): WholeTextIndex {
  let bags = versionTexts.get(index);
  if (!bags) versionTexts.set(index, (bags = versionTextIndex(index.docs)));
  return bags;
}

/**
 * Ranks source articles for the article at `target.path` of `target.file` among the articles of `index`. A formal
 * provision (its effective date, who interprets it: formal-provisions.ts) has no source, and is no source of another:
 * on lawrefbook 本条例自2021年12月1日起施行 came out "almost identical" to three laws that took effect on a near date.
 * Of the versions of a work above it or beside it only the one in force when it was made is searched
 * (versionsInForce), and an article that a work's texts repeat is one source (oneCopyPerWork).
 */
export function rankSources(
  index: SourceIndex,
  target: { file: string; path: string },
  options: SourceOptions = {},
): SourceMatch[] {
  const { scope = 'ALL', limit = 10 } = options;
  const d = index.byFile.get(target.file);
  const doc = d === undefined ? undefined : index.docs[d]!;
  const at = doc ? doc.articles.findIndex((a) => a.path === target.path) : -1;
  if (d === undefined || !doc || at < 0) return [];
  if (index.formal[index.firstArticle[d]! + at]) return [];
  const ranked = (s: Exclude<SourceScope, 'ALL'>) => rankScope(index, d, at, s, options);
  if (scope !== 'ALL') return numbered(ranked(scope).map((m) => m.match));
  // Each scope ranked as it is alone (its own shortlist, word weights and lifted documents), so an article of ALL is
  // what UPPER or PEER says of it; merged by the lifted score, an upper article first of two equal.
  const merged = [...ranked('UPPER'), ...ranked('PEER')].sort((x, y) => y.key - x.key);
  return numbered(merged.slice(0, limit).map((m) => m.match));
}

const numbered = (matches: readonly SourceMatch[]): SourceMatch[] => matches.map((m, k) => ({ ...m, rank: k + 1 }));

/**
 * One scope's ranking of the article `at` of document `d`, each match with the key it is ordered by: its score, plus
 * PARENT_MARGIN when it lies in a document the scope lifts (UPPER: `parents`, PEER: `siblings`).
 */
function rankScope(
  index: SourceIndex,
  d: number,
  at: number,
  scope: Exclude<SourceScope, 'ALL'>,
  options: SourceOptions,
): { match: SourceMatch; key: number }[] {
  const { limit = 10, shortlist = SOURCE_SHORTLIST } = options;
  const doc = index.docs[d]!;
  const article = doc.articles[at]!;
  const scopes = index.docs.map((candidate) => (scopeOf(doc, candidate) === scope ? scope : undefined));
  // Of each work's versions, above it or beside it, only the one in force when it was made (else the earliest), as
  // alignment takes an upper one: a text of 1997 did not copy a peer's wording of 2024.
  const inScope = index.docs.filter((_, k) => scopes[k] !== undefined);
  // Undated, the version its wording is nearest (nearest-version.ts).
  const inForce = new Set(
    versionsInForce(
      inScope,
      issuedBy(doc),
      nearestVersionOf(doc, () => options.wholeTexts ?? versionTextsOf(index)),
    ),
  );
  index.docs.forEach((candidate, k) => {
    if (scopes[k] !== undefined && !inForce.has(candidate)) scopes[k] = undefined;
  });
  const { articles, documentFrequency, own } = shortlistSources(
    index,
    d,
    at,
    (k) => scopes[k] !== undefined,
    shortlist,
  );
  const candidates = oneCopyPerWork(
    articles.map(([k, a]) => ({
      at: k,
      doc: index.docs[k]!,
      article: index.docs[k]!.articles[a]!,
      scope: scopes[k]!,
    })),
    issuedBy(doc),
  );
  const lifted = (scope === 'UPPER' ? options.parents : options.siblings) ?? [];
  const parents = new Set(lifted);
  const asking = { docKey: doc.file, heading: article.heading, text: article.text };
  const sourceOf = (c: (typeof candidates)[number]) => ({
    docKey: c.doc.file,
    heading: c.article.heading,
    text: c.article.text,
  });
  // Each group is scored as one ranking. The documents the text implements each apart, as aligning the pair weighs
  // their words (a bigram's frequency in that document: 审计 is everywhere in 审计法 and tells its articles apart by
  // nothing); every other document together, by each bigram's frequency over the whole scope, as without parents (a
  // one-article document weighed alone would hold every bigram it shares at the lowest weight).
  const ownGroups = new Map<number, typeof candidates>();
  const others: typeof candidates = [];
  for (const c of candidates) {
    if (!parents.has(c.doc.file)) others.push(c);
    else {
      const members = ownGroups.get(c.at);
      if (members) members.push(c);
      else ownGroups.set(c.at, [c]);
    }
  }
  const groups = [
    ...[...ownGroups].map(([k, members]) => ({ members, documentFrequency: documentFrequencyIn(index, k, own) })),
    ...(others.length > 0 ? [{ members: others, documentFrequency }] : []),
  ];
  const scored = groups.flatMap(({ members, documentFrequency }) => {
    const prepared = prepareArticles([asking, ...members.map(sourceOf)], { documentFrequency, lowers: 1 });
    return rankCandidates([prepared[0]!], prepared.slice(1), { maxCandidates: limit, maxScored: Infinity }).map(
      (m) => ({ ...m, candidate: members[m.upper]!, prepared: [prepared[0]!, prepared[m.upper + 1]!] as const }),
    );
  });
  const inParent = (m: (typeof scored)[number]) => parents.has(m.candidate.doc.file);
  const key = (m: (typeof scored)[number]) => m.score + (inParent(m) ? PARENT_MARGIN : 0);
  // Stable: of equal keys the engine's order (score, then candidate order) stays.
  const ordered = parents.size > 0 ? scored.sort((x, y) => key(y) - key(x)).slice(0, limit) : scored;
  const mark = scope === 'UPPER' ? 'inParent' : 'sharesParent';
  return ordered.map((m) => {
    const c = m.candidate;
    const match: SourceMatch = {
      file: c.doc.file,
      article: c.article.number,
      path: c.article.path,
      heading: c.article.heading,
      scope: c.scope,
      score: m.score,
      class: classifyScore(m.score),
      rank: 0,
      ...(parents.size > 0 ? { [mark]: inParent(m) } : {}),
      // What the two share piece by piece, not the alignments' spans, which reach across what they do not share.
      evidence: sharedPieces(m.prepared[0], m.prepared[1]),
    };
    return { match, key: key(m) };
  });
}
