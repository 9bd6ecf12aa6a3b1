/**
 * Aligns documents: every article of each lower document against the articles of the documents above it
 * (select-upper-documents.ts), returning up to `maxCandidates` scored pairs per lower article, sorted by lower
 * document (input order), lower article order, then score descending.
 * Example: alignDocuments([liuzhou, guangxi, stateCouncil])[0] → { lower: { article: 1, … }, upper: { file:
 * 'state-council-hitech-opinions.txt', article: 6, … }, score: 0.6, class: 'related', rank: 1, evidence: […] }.
 */
import type { AlignmentPair } from '../model/index.ts';
import { ALIGN_METHOD, ALIGN_VERSION, type AlignArticle, type AlignDocument } from './align-types.ts';
import { classifyScore } from './classify-score.ts';
import { createArticlePreparer, type PreparedArticle, type WeightOptions } from './prepare-articles.ts';
import { namedUppers, putNamedFirst } from './named-articles.ts';
import { DEFAULT_RANK_OPTIONS, rankCandidates, type ArticleMatch, type RankOptions } from './rank-candidates.ts';
import { citedDocuments } from './resolve-cited-documents.ts';
import { selectUpperDocuments } from './select-upper-documents.ts';

/** Options of alignDocuments; `selection` (lower file → upper files) replaces selectUpperDocuments when given. */
export type AlignOptions = Partial<Omit<RankOptions, 'allowed'>> &
  WeightOptions & {
    selection?: ReadonlyMap<string, readonly string[]>;
    /**
     * Rank only the articles of these lower documents (an incremental run re-aligns only what changed). Each group is
     * weighted over its own documents (prepareGroup), so its scores are those of a full run.
     */
    only?: ReadonlySet<string>;
  };

/** One involved article: its document, the document's input position, and its position in the document. */
export interface Slot {
  doc: AlignDocument;
  docIndex: number;
  article: AlignArticle;
  order: number;
}

function side(slot: Slot): AlignmentPair['lower'] {
  const { doc, article } = slot;
  return {
    file: doc.file,
    ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
    title: doc.title,
    article: article.number,
    path: article.path,
    heading: article.heading,
  };
}

/** One lower document's articles, ranked together against the articles of its upper documents. */
export interface AlignmentGroup {
  /** Indices into the plan's slots. */
  lowerIds: number[];
  upperIds: number[];
}

/** What ranking needs: every involved article (slot), and the groups to rank (each prepared when ranked). */
export interface AlignmentPlan {
  slots: Slot[];
  groups: AlignmentGroup[];
}

/** One group's ranked candidates, `lower`/`upper` indexing that group's lowerIds/upperIds (rankCandidates' output). */
export type GroupMatches = ArticleMatch[];

/**
 * Selects the upper documents of each lower document and makes each lower document a group: its articles ranked
 * against an index of its own upper documents only (each lower article walks the postings of its uppers, not of
 * every upper in the corpus). Uppers keep their corpus order, so ties break as in one global ranking. Nothing is
 * prepared yet (prepareGroup does that).
 */
export function planGroups(docs: readonly AlignDocument[], options: AlignOptions = {}): AlignmentPlan {
  const selection = options.selection ?? selectUpperDocuments(docs);
  const upperFiles = new Set([...selection.values()].flat());
  const involved = docs.filter((d) => selection.has(d.file) || upperFiles.has(d.file));
  const docIndex = new Map(docs.map((doc, i) => [doc, i]));
  const slots: Slot[] = involved.flatMap((doc) =>
    doc.articles.map((article, order) => ({ doc, docIndex: docIndex.get(doc)!, article, order })),
  );
  const byDocument = new Map<string, { lowerIds: number[]; upperFiles: Set<string> }>();
  slots.forEach((slot, i) => {
    const uppers = selection.get(slot.doc.file);
    if (!uppers || (options.only && !options.only.has(slot.doc.file))) return;
    let group = byDocument.get(slot.doc.file);
    if (!group) byDocument.set(slot.doc.file, (group = { lowerIds: [], upperFiles: new Set(uppers) }));
    group.lowerIds.push(i);
  });
  // A document's slots are consecutive: each group's uppers are the slot ranges of its upper files, in slot order.
  // (Filtering every slot for every group cost groups × slots: about 440 CPU-s per thread on the large corpus.)
  const rangesOf = new Map<string, [number, number][]>();
  let start = 0;
  for (const doc of involved) {
    const ranges = rangesOf.get(doc.file) ?? [];
    ranges.push([start, start + doc.articles.length]);
    rangesOf.set(doc.file, ranges);
    start += doc.articles.length;
  }
  const groups = [...byDocument.values()].map(({ lowerIds, upperFiles: files }) => {
    const ranges = [...files].flatMap((file) => rangesOf.get(file) ?? []).sort((x, y) => x[0] - y[0]);
    const upperIds: number[] = [];
    for (const [from, to] of ranges) for (let i = from; i < to; i++) upperIds.push(i);
    return { lowerIds, upperIds };
  });
  return { slots, groups };
}

/** What preparing a slot reads: its document key, heading and text. */
const sourceOf = (slot: Slot) => ({ docKey: slot.doc.file, heading: slot.article.heading, text: slot.article.text });

/**
 * Prepares the articles of one group together, and only them: the term weights (idf, stock text) are learned over
 * one lower document and its upper documents. A pair then scores the same whatever else the graph holds, as in the
 * setting the engine is chosen and measured in (`npm run eval:align`: a regulation with the law it implements), and
 * an incremental run, which re-aligns only what changed, gives a full run's scores. Learned over every involved
 * article instead, as until engine 1.7, a statute book's mix of subjects made each subject's own words rare and heavy,
 * so every article of a regulation looked like every article of its law: the fifteen labelled real sets aligned in
 * one run fell from 87.1 / 91.1 to 79.3 / 84.0 (precision@1 / recall@3, docs/alignment.md). Learned over every lower
 * document of the same upper documents, as in engine 1.7, peers that copy the law's wording made that wording look
 * like stock text, and a document scored otherwise when re-aligned alone (engine 1.8).
 */
export function prepareGroup(
  slots: readonly Slot[],
  group: AlignmentGroup,
  options: AlignOptions = {},
): { lowers: PreparedArticle[]; uppers: PreparedArticle[] } {
  const ids = [...group.lowerIds, ...group.upperIds];
  const prepare = createArticlePreparer(
    ids.map((i) => sourceOf(slots[i]!)),
    options,
  );
  const lowers = group.lowerIds.map((_, k) => prepare(k, 'lower'));
  const uppers = group.upperIds.map((_, k) => prepare(group.lowerIds.length + k));
  return { lowers, uppers };
}

/**
 * Candidates kept per lower article in each document it rests on (根据《…》: `basedOnFiles`, or its `based_on`
 * citations), beyond the `maxCandidates` kept among all its upper documents: a regulation resting on a law and also
 * citing that law's implementing regulation (北京 审计 → 审计法 and 审计法实施条例) lost the law's counterparts from
 * its five candidates behind the regulation restating them, so the compare table of the regulation against its law
 * lacked pairs `npm run eval:align` finds (docs/alignment.md, engine 1.9).
 */
export const BASIS_CANDIDATES = 3;

/** The positions in `group.upperIds` of each upper document's articles (planGroups keeps a document's slots together). */
function upperDocumentsOf(
  slots: readonly Slot[],
  group: AlignmentGroup,
): { doc: AlignDocument; positions: number[] }[] {
  const documents: { doc: AlignDocument; positions: number[] }[] = [];
  group.upperIds.forEach((id, k) => {
    const { doc } = slots[id]!;
    const last = documents[documents.length - 1];
    if (last?.doc === doc) last.positions.push(k);
    else documents.push({ doc, positions: [k] });
  });
  return documents;
}

/**
 * The files among `uppers` that `lower` rests on (根据《…》): the graph's BASED_ON when known, else its `based_on`
 * citations resolved as every citation is (citedDocuments, by number, then title; not through `citedFiles`, which
 * holds every relation).
 */
function basisFiles(lower: AlignDocument, uppers: readonly AlignDocument[]): Set<string> {
  if (lower.basedOnFiles) return new Set(lower.basedOnFiles);
  const citations = (lower.citations ?? []).filter((c) => c.relation === 'based_on');
  if (citations.length === 0) return new Set();
  return new Set(citedDocuments({ ...lower, citations, citedFiles: undefined }, uppers));
}

/**
 * Ranks one group: its lower articles against each document they rest on apart, prepared with that document alone
 * (prepareGroup), so that those pairs score as `npm run eval:align` measures a regulation with its law, and against
 * the other upper documents together: learned with every upper document at once, as until engine 1.9, a law's
 * phrases that a second cited law shares lost weight, and 河南 人口 lost two first candidates in its law beside
 * 治安管理处罚法. Then the upper articles a lower article names (依照个人所得税法第六条) first among its candidates
 * (named-articles.ts), the others by score, `maxCandidates` in all, and up to BASIS_CANDIDATES more in each document
 * it rests on.
 */
export function rankGroup(
  slots: readonly Slot[],
  group: AlignmentGroup,
  options: Partial<RankOptions> & AlignOptions = {},
): GroupMatches {
  const documents = upperDocumentsOf(slots, group);
  const rankWith = (sub: AlignmentGroup, more: Partial<RankOptions> = {}) => {
    const { lowers, uppers } = prepareGroup(slots, sub, options);
    return rankPreparedGroup(slots, sub, lowers, uppers, { ...options, ...more });
  };
  const restsOn = basisFiles(
    slots[group.lowerIds[0]!]!.doc,
    documents.map(({ doc }) => doc),
  );
  const basis = documents.filter(({ doc }) => restsOn.has(doc.file));
  if (documents.length <= 1 || basis.length === 0) return rankWith(group);
  // The documents it rests on first, each searched for its own best BASIS_CANDIDATES (keepOwn) and for pairs that
  // can still enter a lower article's best `maxCandidates` (its k-th best so far, `atLeast`); the others together, for
  // the latter only. Searched for five of its own, each document cost its five for every lower article: lawrefbook's
  // engine took 1.38 times 1.8's time, against 1.33 so.
  const k = options.maxCandidates ?? DEFAULT_RANK_OPTIONS.maxCandidates;
  const best = group.lowerIds.map(() => [] as number[]);
  const atLeast = new Float64Array(group.lowerIds.length);
  const rest = documents.filter((d) => !basis.includes(d));
  const parts = [
    ...basis.map(({ positions }) => ({ basis: true, positions })),
    ...(rest.length > 0 ? [{ basis: false, positions: rest.flatMap((d) => d.positions) }] : []),
  ];
  const rankings = parts.map(({ basis, positions }) => {
    const sub = { lowerIds: group.lowerIds, upperIds: positions.map((p) => group.upperIds[p]!) };
    const matches = rankWith(sub, basis ? { atLeast, keepOwn: BASIS_CANDIDATES } : { atLeast }).map((m) => ({
      ...m,
      upper: positions[m.upper]!,
    }));
    for (const m of matches) {
      if (m.cited) continue;
      const scores = best[m.lower]!;
      scores.push(m.score);
      scores.sort((x, y) => y - x);
      if (scores.length > k) scores.length = k;
      if (scores.length === k) atLeast[m.lower] = scores[k - 1]!;
    }
    return { basis, matches };
  });
  return mergeRankings(rankings, k);
}

/**
 * One ranking of a group's lower articles out of the rankings of its upper documents: per lower article, the named
 * pairs first (by score), then the best others, `maxCandidates` in all (or the named pairs, if more), then the
 * BASIS_CANDIDATES best of each document it rests on that are not kept yet, all after the named ones by score.
 */
function mergeRankings(rankings: readonly { basis: boolean; matches: GroupMatches }[], maxCandidates: number) {
  const byScore = (x: ArticleMatch, y: ArticleMatch) => y.score - x.score || x.upper - y.upper;
  const byLower = new Map<number, { all: ArticleMatch[]; basis: ArticleMatch[][] }>();
  for (const { basis, matches } of rankings) {
    const perLower = new Map<number, ArticleMatch[]>();
    for (const m of matches) {
      const list = perLower.get(m.lower);
      if (list) list.push(m);
      else perLower.set(m.lower, [m]);
    }
    for (const [lower, list] of perLower) {
      let entry = byLower.get(lower);
      if (!entry) byLower.set(lower, (entry = { all: [], basis: [] }));
      entry.all.push(...list);
      if (basis)
        entry.basis.push(
          list
            .filter((m) => !m.cited)
            .sort(byScore)
            .slice(0, BASIS_CANDIDATES),
        );
    }
  }
  return [...byLower.keys()]
    .sort((a, b) => a - b)
    .flatMap((lower) => {
      const { all, basis } = byLower.get(lower)!;
      const cited = all.filter((m) => m.cited).sort(byScore);
      const others = all.filter((m) => !m.cited).sort(byScore);
      const kept = new Set([...cited, ...others].slice(0, Math.max(maxCandidates, cited.length)));
      for (const m of basis.flat()) kept.add(m);
      const ranked = [...cited, ...others.filter((m) => kept.has(m))];
      return ranked.map((m, i) => ({ ...m, rank: i + 1 }));
    });
}

/** The ranking of a group whose articles are prepared (`lowers`, `uppers` in the group's order), named uppers first. */
function rankPreparedGroup(
  slots: readonly Slot[],
  group: AlignmentGroup,
  lowers: readonly PreparedArticle[],
  uppers: readonly PreparedArticle[],
  options: Partial<RankOptions>,
): GroupMatches {
  const named = namedUppers(
    group.lowerIds.map((i) => slots[i]!),
    group.upperIds.map((i) => slots[i]!),
  );
  return putNamedFirst(
    rankCandidates(lowers, uppers, options),
    named,
    (i) => lowers[i]!,
    (j) => uppers[j]!,
    {
      maxCandidates: options.maxCandidates ?? DEFAULT_RANK_OPTIONS.maxCandidates,
      ...(options.scoring ? { scoring: options.scoring } : {}),
    },
  );
}

/** Turns every group's ranked candidates into pairs, sorted by lower document, lower article order, then rank. */
export function pairsOfPlan(plan: AlignmentPlan, ranked: readonly GroupMatches[]): AlignmentPair[] {
  const { slots, groups } = plan;
  const pairs = groups.flatMap((group, g) =>
    (ranked[g] ?? []).map((m) => {
      const lower = slots[group.lowerIds[m.lower]!]!;
      const upper = slots[group.upperIds[m.upper]!]!;
      const pair: AlignmentPair = {
        lower: side(lower),
        upper: side(upper),
        score: m.score,
        class: classifyScore(m.score),
        rank: m.rank,
        ...(m.cited ? { cited: true } : {}),
        evidence: m.evidence,
        method: ALIGN_METHOD,
        version: ALIGN_VERSION,
      };
      return { pair, lower };
    }),
  );
  pairs.sort(
    (x, y) => x.lower.docIndex - y.lower.docIndex || x.lower.order - y.lower.order || x.pair.rank - y.pair.rank,
  );
  return pairs.map((p) => p.pair);
}

/** Scored candidate pairs between the articles of lower documents and of the documents above them (is-above.ts). */
export function alignDocuments(docs: readonly AlignDocument[], options: AlignOptions = {}): AlignmentPair[] {
  const plan = planGroups(docs, options);
  return pairsOfPlan(
    plan,
    plan.groups.map((group) => rankGroup(plan.slots, group, options)),
  );
}
