/**
 * Articles a lower article names put first among its candidates: 依照个人所得税法第六条 pairs the article with 个人所得税法's
 * 第六条 when that law is one of its upper documents, whatever the texts share (read-article-references.ts). On
 * lawrefbook 3,168 articles name 4,053 articles of documents above them, and with the names cut out the engine ranks
 * the named article first for 45.9 % of them (bench/measure-article-references.ts): a cross-reference (违反…第N条,
 * 依照…第N条的规定处罚) shares few words with what it names. A named pair keeps its own score and is marked `cited`;
 * the others follow in their order, up to the candidates kept.
 * Example: putNamedFirst(matches, lowers, uppers, …) with lower 0 naming upper 7 → [{ lower: 0, upper: 7, rank: 1,
 * cited: true, … }, { lower: 0, upper: 3, rank: 2, … }, …].
 */
import type { AlignDocument, AlignArticle } from './align-types.ts';
import type { PreparedArticle } from './prepare-articles.ts';
import type { ArticleMatch } from './rank-candidates.ts';
import type { AlignmentPair } from '../model/index.ts';
import { mayNameArticles, readArticleReferences, titleNames, withShortNames } from './read-article-references.ts';
import { isLaterDate, issuedBy } from './existed-before.ts';
import { scorePair } from './score-pair.ts';
import type { AlignmentScoring } from './smith-waterman.ts';

/** An article with its document, as the plan's slots hold them. */
export interface NamedSlot {
  doc: AlignDocument;
  article: AlignArticle;
}

const wholeTexts = new WeakMap<AlignDocument, string>();

/** A document's articles as one text: where its short names (以下简称预算法) are defined. */
function wholeText(doc: AlignDocument): string {
  let text = wholeTexts.get(doc);
  if (text === undefined) wholeTexts.set(doc, (text = doc.articles.map((a) => a.text).join('\n')));
  return text;
}

/**
 * The documents each document names an article of (依照刑法第二百六十四条, even without 《》): citations as much as
 * those its head and text make, so the upper document selection takes them (select-upper-documents.ts). One map of
 * every title is shared; a document that defines short names (以下简称) gets its own copy. Files in corpus order,
 * every version of a named title (the selection keeps those issued by the lower document's date).
 */
export function namedDocumentsIn(docs: readonly AlignDocument[]): (doc: AlignDocument) => string[] {
  const filesOf = new Map<string, string[]>();
  for (const d of docs) if (d.title) filesOf.set(d.title, [...(filesOf.get(d.title) ?? []), d.file]);
  let base: Map<string, string> | undefined;
  return (doc) => {
    const naming = doc.articles.filter((a) => mayNameArticles(a.text));
    if (naming.length === 0) return [];
    base ??= titleNames(filesOf.keys());
    const names = withShortNames(base, wholeText(doc));
    const files = new Set<string>();
    for (const article of naming)
      for (const ref of readArticleReferences(article.text, names))
        if (ref.title !== doc.title) for (const file of filesOf.get(ref.title) ?? []) files.add(file);
    files.delete(doc.file);
    return [...files];
  };
}

/**
 * The texts of a titled work that a text names: those of the latest date on or before the text's own date, else of
 * the earliest (article numbers move between revisions: 第六条 of a 2010 text is that text's). On or before as
 * isLaterDate reads dates, on their common length: a text of '2018' (no day known) is not placed before the version of
 * 2018-10-26, so that version may be the one it names. Several texts of one date are parts of one code (民法典's books
 * share its title and date), and the named article is in one of them.
 */
function textsNamedBy(versions: readonly AlignDocument[], lower: AlignDocument): AlignDocument[] {
  if (versions.length < 2) return [...versions];
  const dates = [...new Set(versions.map((v) => v.issuedOn ?? ''))].sort();
  const by = issuedBy(lower);
  const date = (by ? dates.filter((d) => d && !isLaterDate(d, by)).at(-1) : dates.at(-1)) ?? dates[0];
  return versions.filter((v) => (v.issuedOn ?? '') === date);
}

/** For each lower article (by index), the upper articles (by index) it names among `uppers`. */
export function namedUppers(lowers: readonly NamedSlot[], uppers: readonly NamedSlot[]): Map<number, number[]> {
  const named = new Map<number, number[]>();
  const naming = lowers.flatMap((slot, i) => (mayNameArticles(slot.article.text) ? [i] : []));
  if (naming.length === 0 || uppers.length === 0) return named;
  // The upper documents by title (two versions of one law share it), and each one's articles by number.
  const docsOfTitle = new Map<string, AlignDocument[]>();
  // Each number's articles in document order: 第一百二十条, then 第一百二十条之一, 之二 (inserted articles share its number).
  const articlesOf = new Map<AlignDocument, Map<number, number[]>>();
  uppers.forEach((slot, j) => {
    const title = slot.doc.title;
    if (!title) return;
    let articles = articlesOf.get(slot.doc);
    if (!articles) {
      articlesOf.set(slot.doc, (articles = new Map()));
      docsOfTitle.set(title, [...(docsOfTitle.get(title) ?? []), slot.doc]);
    }
    articles.set(slot.article.number, [...(articles.get(slot.article.number) ?? []), j]);
  });
  const base = titleNames(docsOfTitle.keys());
  const namesOf = new Map<AlignDocument, Map<string, string>>();
  for (const i of naming) {
    const slot = lowers[i]!;
    let names = namesOf.get(slot.doc);
    if (!names) namesOf.set(slot.doc, (names = withShortNames(base, wholeText(slot.doc))));
    const found = new Set<number>();
    for (const ref of readArticleReferences(slot.article.text, names)) {
      if (ref.title === slot.doc.title) continue;
      for (const upper of textsNamedBy(docsOfTitle.get(ref.title) ?? [], slot.doc)) {
        const j = articlesOf.get(upper)?.get(ref.article)?.[ref.inserted ?? 0];
        if (j === undefined || upper === slot.doc) continue;
        found.add(j);
        break;
      }
    }
    if (found.size > 0) named.set(i, [...found]);
  }
  return named;
}

/**
 * The rank each pair has in the texts' own ranking of its lower article: its rank less the named pairs put above it
 * (undefined for a named pair). What rank 1 meant before names counted, for the readers of rank 1: inferred IMPLEMENTS
 * (infer-implements.ts) and lineage (trace-lineage.ts).
 */
export function textRanks(pairs: readonly AlignmentPair[]): (pair: AlignmentPair) => number | undefined {
  const key = (pair: AlignmentPair) => `${pair.lower.file}\n${pair.lower.path}`;
  const namedAbove = new Map<string, number>();
  for (const pair of pairs) if (pair.cited) namedAbove.set(key(pair), (namedAbove.get(key(pair)) ?? 0) + 1);
  return (pair) => (pair.cited ? undefined : pair.rank - (namedAbove.get(key(pair)) ?? 0));
}

/**
 * Puts each lower article's named uppers first (scored now when the ranking did not keep them), marked `cited`, then
 * its other candidates in their order; ranks numbered again. `matches` is rankCandidates' output for the same lowers
 * and uppers (grouped by lower, best first).
 */
export function putNamedFirst(
  matches: ArticleMatch[],
  named: ReadonlyMap<number, readonly number[]>,
  lowerArticle: (i: number) => PreparedArticle,
  upperArticle: (j: number) => PreparedArticle,
  options: { maxCandidates: number; scoring?: AlignmentScoring },
): ArticleMatch[] {
  if (named.size === 0) return matches;
  const byLower = new Map<number, ArticleMatch[]>();
  for (const m of matches) byLower.set(m.lower, [...(byLower.get(m.lower) ?? []), m]);
  for (const [i, uppers] of named) {
    const ranked = byLower.get(i) ?? [];
    const cited = uppers
      .map((j) => {
        const kept = ranked.find((m) => m.upper === j);
        if (kept) return { ...kept, cited: true };
        const { score, evidence } = scorePair(lowerArticle(i), upperArticle(j), options.scoring);
        return { lower: i, upper: j, score, rank: 0, evidence, cited: true };
      })
      .sort((x, y) => y.score - x.score || x.upper - y.upper);
    const others = ranked.filter((m) => !uppers.includes(m.upper));
    const kept = [...cited, ...others].slice(0, Math.max(options.maxCandidates, cited.length));
    byLower.set(
      i,
      kept.map((m, r) => ({ ...m, rank: r + 1 })),
    );
  }
  return [...byLower.keys()].sort((a, b) => a - b).flatMap((i) => byLower.get(i)!);
}
