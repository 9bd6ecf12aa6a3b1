/**
 * Which upper document a document implements when it cites none. Every article of it is compared with the articles
 * of every document above it (is-above.ts: a higher tier on its chain of places, or greater legal force) by the
 * TF-IDF cosine of their bigrams (citations hidden first when asked), and an upper document scores the mean, over
 * the lower articles, of the best cosine it gives them. Many uppers are first shortlisted by the cosine of whole
 * texts (`shortlist`, default 12), so a whole statute book stays cheap. A work that first existed after the document
 * was issued is not a candidate, nor a later text of an older work when the graph holds one as old (mayRestOn); a
 * later text standing in for its work is marked `laterVersion`. Formal provisions (effective date, who interprets) are left out on
 * both sides (formal-provisions.ts). A work is one candidate: of its versions (workId) the one in force when the
 * document was made (versionsInForce, as alignment takes it), and the answer lists a work once.
 * The local alignments of the engine are not run here: on the hidden-citation check (bench/measure-hidden-citations.ts)
 * they cost seconds per document and ranked the law a regulation rests on first less often than the cosine alone.
 * A candidate under the floor (PARENT_FLOOR) is not listed: an empty answer says no parent is in the graph.
 * Example: inferLikelyParents(docs, 'liuzhou…') → [{ file: 'state-council…', score: 0.31, alignedArticles: 9, peak: 1 }, { file: 'guangxi…', … }].
 */
import type { AlignDocument } from './align-types.ts';
import { issuedBy, madeAfter, mayRestOn, versionsInForce } from './existed-before.ts';
import { formalProvision } from './formal-provisions.ts';
import { isAbove } from './is-above.ts';
import { nearestVersionOf, versionTextIndex } from './nearest-version.ts';
import { bigramVectors } from './prepare-articles.ts';
import { isAlignable } from './select-upper-documents.ts';
import { createWholeTextIndex, nearestByWholeText, type WholeTextIndex } from './whole-text-index.ts';

/** One likely parent document. */
export interface LikelyParent {
  file: string;
  /**
   * Mean over the lower articles of the best cosine this document gives them (0 for articles it does not reach), or
   * the score of a candidate of its tier that rests on it when that is higher (`via`).
   */
  score: number;
  /** The candidate resting on this one whose score it carries (a regulation → the law it implements). */
  via?: string;
  /** Lower articles whose best candidate overall lies in this document. */
  alignedArticles: number;
  /** The best cosine of any one lower article with an article of this document. */
  peak: number;
  /**
   * A version of its work made after the document, standing in for the version in force then, which the graph does
   * not hold (existed-before.ts, mayRestOn).
   */
  laterVersion?: true;
}

/** Options of the inference. */
export interface LikelyParentOptions {
  limit: number;
  shortlist: number;
  /** Text removed from the lower document before ranking (e.g. /《[^》]*》/g to hide its citations). */
  hide?: RegExp;
  /** The whole-text bags of the documents, kept by the caller (the API keeps them with the graph). */
  wholeTexts?: WholeTextIndex;
}

/** A candidate parent for rankParents: its file, the bigram vectors of its articles, the candidates it rests on. */
export interface ParentCandidate {
  file: string;
  articles: readonly ReadonlyMap<string, number>[];
  /** Files of candidates of its own tier its text rests on (an implementing regulation → its law). */
  basedOn?: readonly string[];
  /** The work it is a version of: of several versions of one work (a basis may add one), only the best ranked is listed. */
  work?: string;
}

type Vector = ReadonlyMap<string, number>;

/**
 * The floor of a likely parent: a candidate whose mean score is under `score` and whose best article pair (`peak`)
 * is under `peak` is not listed, so a document whose parents are not in the graph gets none, not noise. Measured on
 * the hidden-citation check (bench/measure-hidden-citations.ts --scores): no right first parent lies under both
 * (lowest score 0.090, lowest peak 0.228, of 1,002 over both checks); county work rules and State Council documents
 * with no parent in the graph got 科学技术进步法 at scores 0.04–0.10 and peaks 0.05–0.20; the weakest real parents read
 * (柳州's measures → 广西's, 0.05 but one pair at 0.37; 清远's one-article excerpt → 国办发〔2018〕123号, 0.12–0.15) pass.
 * docs/alignment.md, "Nothing made after a text, and a floor for likelyParents".
 */
export const PARENT_FLOOR = { score: 0.1, peak: 0.25 } as const;

/** Whether a ranked candidate lies under the floor on both counts (PARENT_FLOOR). */
export function underParentFloor(parent: Pick<LikelyParent, 'score' | 'peak'>): boolean {
  return parent.score < PARENT_FLOOR.score && parent.peak < PARENT_FLOOR.peak;
}

/**
 * Ranks candidate parents of a document given as the bigram vectors of its articles (vectors of one idf, e.g. one
 * bigramVectors call): score = mean over the lower articles of the best cosine with any article of the candidate.
 * A candidate another rests on (`basedOn`) carries that one's score when higher and ranks just above it: a local
 * regulation that follows a national implementing regulation word for word rests, as the regulation does, on the law
 * (on the hidden-citation check this turned 30 of 82 misses into hits, and one hit into a miss).
 */
export function rankParents(
  lower: readonly Vector[],
  candidates: readonly ParentCandidate[],
  limit = 5,
): LikelyParent[] {
  const n = lower.length;
  if (n === 0) return [];
  // Postings of the candidates' articles: each lower article then touches only the articles sharing a bigram with it.
  const owner: number[] = [];
  const postings = new Map<string, { at: number; w: number }[]>();
  candidates.forEach((candidate, k) => {
    for (const article of candidate.articles) {
      const at = owner.length;
      owner.push(k);
      for (const [gram, w] of article) {
        const list = postings.get(gram);
        if (list) list.push({ at, w });
        else postings.set(gram, [{ at, w }]);
      }
    }
  });
  const sums = new Float64Array(candidates.length);
  const firsts = new Int32Array(candidates.length);
  const dots = new Float64Array(owner.length);
  const best = new Float64Array(candidates.length);
  const peaks = new Float64Array(candidates.length);
  for (const article of lower) {
    dots.fill(0);
    for (const [gram, w] of article) for (const p of postings.get(gram) ?? []) dots[p.at]! += w * p.w;
    best.fill(0);
    for (let at = 0; at < owner.length; at++) best[owner[at]!] = Math.max(best[owner[at]!]!, Math.min(1, dots[at]!));
    let topAt = -1;
    for (let k = 0; k < candidates.length; k++) {
      sums[k]! += best[k]!;
      peaks[k] = Math.max(peaks[k]!, best[k]!);
      if (best[k]! > 0 && (topAt < 0 || best[k]! > best[topAt]!)) topAt = k;
    }
    if (topAt >= 0) firsts[topAt]!++;
  }
  const score = Array.from(sums, (sum) => sum / n);
  const via: (string | undefined)[] = candidates.map(() => undefined);
  const at = new Map(candidates.map((c, k) => [c.file, k]));
  // Two passes carry a score up a chain of two (实施细则 → 条例 → 法); strict > keeps cycles harmless.
  for (let pass = 0; pass < 2; pass++)
    candidates.forEach((c, k) => {
      for (const file of c.basedOn ?? []) {
        const j = at.get(file);
        if (j !== undefined && j !== k && score[k]! > score[j]!) {
          score[j] = score[k]!;
          peaks[j] = Math.max(peaks[j]!, peaks[k]!);
          via[j] = c.file;
        }
      }
    });
  const ranked = candidates
    .map((c, k) => ({
      file: c.file,
      work: c.work,
      score: Math.round(1e4 * score[k]!) / 1e4,
      ...(via[k] ? { via: via[k] } : {}),
      alignedArticles: firsts[k]!,
      peak: Math.round(1e4 * peaks[k]!) / 1e4,
    }))
    .filter((p) => p.score > 0 && !underParentFloor(p))
    .sort(
      (x, y) =>
        y.score - x.score ||
        (x.via === y.file ? -1 : y.via === x.file ? 1 : 0) ||
        y.alignedArticles - x.alignedArticles ||
        (x.file < y.file ? -1 : 1),
    );
  return firstOfEachWork(ranked, (p) => p.work)
    .slice(0, limit)
    .map(({ work: _, ...p }) => p);
}

/** `items` in order but those whose work (keyOf) an earlier item has; items of no work are all kept. */
function firstOfEachWork<T>(items: readonly T[], keyOf: (item: T) => string | undefined): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const work = keyOf(item);
    if (work === undefined) return true;
    if (seen.has(work)) return false;
    seen.add(work);
    return true;
  });
}

/** Upper documents ranked as what `file` implements. */
export function inferLikelyParents(
  docs: readonly AlignDocument[],
  file: string,
  options: Partial<LikelyParentOptions> = {},
): LikelyParent[] {
  const { limit = 5, shortlist = 12, hide } = options;
  const found = docs.find((d) => d.file === file);
  if (!found || !isAlignable(found) || !found.tier) return [];
  const lower: AlignDocument = hide
    ? {
        ...found,
        articles: found.articles.map((a) => ({
          ...a,
          text: a.text.replace(hide, ''),
          heading: a.heading.replace(hide, ''),
        })),
      }
    : found;
  // Of each work's versions, the one the document rests on (in force when it was made), as alignment takes it.
  // Undated, the version its wording is nearest (nearest-version.ts), weighed with the caller's bags when given.
  let uppers = versionsInForce(
    docs.filter((d) => isAlignable(d) && isAbove(d, found) && mayRestOn(d, found)),
    issuedBy(found),
    nearestVersionOf(lower, () => options.wholeTexts ?? versionTextIndex(docs)),
  );
  if (uppers.length > shortlist) {
    const lowerWhole = hide ? { ...lower, title: lower.title.replace(hide, '') } : lower;
    uppers = nearestByWholeText(options.wholeTexts ?? createWholeTextIndex(uppers), lowerWhole, uppers, shortlist);
  }
  // The documents a shortlisted one rests on, in its own tier, compete too (a regulation → its law).
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const basisOf = (u: AlignDocument) =>
    (u.basedOnFiles ?? []).filter((f) => {
      const d = byFile.get(f);
      return d !== undefined && d.tier === u.tier && isAlignable(d) && mayRestOn(d, found);
    });
  const shortlisted = new Set(uppers.map((u) => u.file));
  for (const u of [...uppers])
    for (const f of basisOf(u))
      if (!shortlisted.has(f)) {
        shortlisted.add(f);
        uppers.push(byFile.get(f)!);
      }
  if (uppers.length === 0) return [];
  const articles = [lower, ...uppers].flatMap((d) =>
    d.articles.map((a) => ({ docKey: d.file, heading: a.heading, text: a.text })),
  );
  const vectors = bigramVectors(articles);
  let at = lower.articles.length;
  const candidates = uppers.map((u) => {
    const own = withoutFormalProvisions(vectors.slice(at, at + u.articles.length), u);
    at += u.articles.length;
    return { file: u.file, articles: own, basedOn: basisOf(u), ...(u.workId ? { work: u.workId } : {}) };
  });
  // Formal by its text as written: hiding 《办法》 leaves 本自2018年7月1日起施行, which says nothing of its kind.
  return rankParents(withoutFormalProvisions(vectors.slice(0, lower.articles.length), found), candidates, limit).map(
    (p) => (madeAfter(byFile.get(p.file)!, found) ? { ...p, laterVersion: true } : p),
  );
}

/**
 * Whether `lower` cites `upper`: the document itself, or another version of its work (a citation of 《国务院工作规则》
 * resolved to the 2013 text cites the work, whichever of its texts is ranked).
 */
export function citesDocument(
  lower: Pick<AlignDocument, 'citedFiles' | 'citedWorkIds'>,
  upper: Pick<AlignDocument, 'file' | 'workId'>,
): boolean {
  if ((lower.citedFiles ?? []).includes(upper.file)) return true;
  return upper.workId !== undefined && (lower.citedWorkIds ?? []).includes(upper.workId);
}

/**
 * The vectors of a document's articles but its formal provisions (formal-provisions.ts): an effective-date clause
 * voted for whichever candidate took effect on a near date (on lawrefbook, 山东省东平湖保护条例's for 档案法).
 */
export function withoutFormalProvisions<T>(vectors: readonly T[], doc: Pick<AlignDocument, 'articles'>): T[] {
  return vectors.filter((_, k) => {
    const text = doc.articles[k]?.text;
    return text === undefined || !formalProvision(text);
  });
}
