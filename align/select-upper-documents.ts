/**
 * Decides which documents each lower document is aligned against: the documents above it (is-above.ts: a higher tier
 * on its chain of places, or its tier and place with greater legal force) that it cites (in its head, by 《title》, or
 * by naming one of its articles: named-articles.ts), or, when it cites none of
 * them, every such document given if they are few (UNCITED_SHORTLIST), else the nearest of them by whole-text
 * cosine (nearestDocuments): a regulation citing nothing in a book of 2,000 statutes was aligned against all 2,000,
 * one index of 90,000 articles per regulation, and the lawrefbook alignment did not end in an hour.
 * Interpretations take no part: an interpretation explains a document, it does not implement one, and it holds no
 * articles of its own to carry.
 * An upper document made after the lower one cannot be its source and is left out (when both dates are known; the
 * lower one's is its issue date, else its publication or its number's year: issuedBy; the upper one's its issue date,
 * else its number's year: madeOn, existed-before.ts),
 * unless its work has no text here that old although the work is, and it is the work's earliest text
 * (earliestOfWorks): a 2017 regulation resting on 残疾人保障法 is aligned to the law's 2018 text when the graph holds
 * no earlier one (a version whose articles were not read counts as one: mayRestOn). On lawrefbook, 240 of the 984 local regulations citing a law of the book cited only laws revised
 * after them, and fell to the nearest older documents instead.
 * Of the versions of one work (workId) only the one the lower document rests on takes part: the latest issued by its
 * date, else the earliest (preferVersion). On lawrefbook 113 of 2,420 lower documents were aligned against two or
 * more versions of one law (a 2024 规定 against 职业教育法 of 1996 and of 2022), 474 documents too many.
 * A local statute that cites documents above it is also aligned against the statutes of the same subject of the places
 * above it (洛阳市科学技术进步条例 against 河南省科学技术进步条例 beside the 科学技术进步法 it cites; engine 1.11).
 * A city's or county's text is also aligned against the documents of its province (or city) it copies long passages
 * of, cited or not, titled alike or not (find-followed-uppers.ts): 江门市扬尘污染防治条例 cites the national laws only
 * and follows 广东省大气污染防治条例 article by article.
 * A document whose tier is unknown (TIER_UNKNOWN) takes no part until a user sets its tier: taken as an upper
 * document it would draw every lower article of the corpus to itself. Higher means on the document's own chain of
 * places too (is-above.ts): a city's measures are not aligned to another province's regulation, cited or not.
 * Example: { 'liuzhou.txt': ['guangxi.txt', 'state-council.txt'], 'guangxi.txt': ['state-council.txt'] }.
 */
import type { AlignDocument } from './align-types.ts';
import { isLaterDate, issuedBy, madeAfter, madeOn, mayRestOn, versionsInForce } from './existed-before.ts';
import { findFollowedUppers, type FollowQuestion } from './find-followed-uppers.ts';
import { isAbove, placeChain } from './is-above.ts';
import { namedDocumentsIn } from './named-articles.ts';
import { nearestDocuments } from './nearest-documents.ts';
import { nearestVersionOf, versionTextIndex } from './nearest-version.ts';
import { citedDocumentsIn, indexFiles } from './resolve-cited-documents.ts';

/**
 * The texts that are the earliest of their work among `docs` (a work is its place and title): when a work has no
 * text as old as a lower document, its earliest text stands in for the one the lower document rested on.
 */
function earliestOfWorks(docs: readonly AlignDocument[]): Set<AlignDocument> {
  const earliest = new Map<string, AlignDocument>();
  for (const d of docs) {
    const work = `${d.jurisdiction ?? ''}|${d.title}`;
    const known = earliest.get(work);
    if (!known || isLaterDate(madeOn(known), madeOn(d))) earliest.set(work, d);
  }
  return new Set(earliest.values());
}

/**
 * What a local statute is about: its title without its own place (洛阳市科学技术进步条例 → 科学技术进步条例), undefined
 * when the title does not open with its place or leaves under four characters.
 */
function subjectOf(doc: AlignDocument): string | undefined {
  const title = doc.title.replace(/\s+/g, '');
  if (!doc.jurisdiction || doc.tier === 'national' || !title.startsWith(doc.jurisdiction)) return undefined;
  const rest = title.slice(doc.jurisdiction.length);
  return rest.length >= 4 ? rest : undefined;
}

/** Each subject (subjectOf) → the positions of the documents about it, in order. */
function indexSubjects(docs: readonly AlignDocument[]): Map<string, number[]> {
  const bySubject = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const subject = subjectOf(d);
    if (!subject) return;
    const list = bySubject.get(subject);
    if (list) list.push(i);
    else bySubject.set(subject, [i]);
  });
  return bySubject;
}

/** Each place → the positions of the documents of that place below the nation (the provinces', cities' texts). */
function indexLocalPlaces(docs: readonly AlignDocument[]): Map<string, number[]> {
  const byPlace = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (!d.jurisdiction || !d.tier || d.tier === 'national') return;
    const list = byPlace.get(d.jurisdiction);
    if (list) list.push(i);
    else byPlace.set(d.jurisdiction, [i]);
  });
  return byPlace;
}

/**
 * Lower position → the documents above a city's or county's text on its chain of places, below the nation, that it
 * follows closely without citing them (find-followed-uppers.ts). A text whose chain of places is unknown asks nothing.
 */
function followedUppers(
  docs: readonly AlignDocument[],
  citing: readonly (readonly number[])[],
  isHigher: (upper: AlignDocument, lower: AlignDocument) => boolean,
): Map<number, number[]> {
  const byPlace = indexLocalPlaces(docs);
  const questions: FollowQuestion[] = [];
  docs.forEach((lower, position) => {
    if (!isAlignable(lower) || (lower.tier !== 'municipal' && lower.tier !== 'county')) return;
    const places = placeChain(lower);
    if (!places) return;
    const cited = citing[position]!;
    const candidates = places
      .flatMap((place) => byPlace.get(place) ?? [])
      .filter((i) => i !== position && !cited.includes(i) && isHigher(docs[i]!, lower))
      .sort((a, b) => a - b);
    if (candidates.length > 0) questions.push({ lower: position, candidates, cited });
  });
  return findFollowedUppers(docs, questions);
}

/** True when a document can take part in alignment at all. */
export function isAlignable(doc: AlignDocument): boolean {
  return doc.kind !== 'interpretation' && doc.articles.length > 0;
}

/** A document citing none of the higher documents is aligned against this many of them at most: the nearest. */
export const UNCITED_SHORTLIST = 12;

/** Lower file → the files of the upper documents it is aligned against (lower documents without any are absent). */
export function selectUpperDocuments(
  docs: readonly AlignDocument[],
  options: { shortlist?: number } = {},
): Map<string, string[]> {
  const shortlist = options.shortlist ?? UNCITED_SHORTLIST;
  const selection = new Map<string, string[]>();
  const uncited: { lower: AlignDocument; higher: AlignDocument[]; follows: AlignDocument[] }[] = [];
  const indices = indexFiles(docs);
  const citedOf = citedDocumentsIn(docs, indices);
  const namedOf = namedDocumentsIn(docs);
  const earliest = earliestOfWorks(docs);
  const bySubject = indexSubjects(docs);
  // An undated text rests on the version of a work its wording is nearest (nearest-version.ts); bagged once, if asked.
  let versionTexts: ReturnType<typeof versionTextIndex> | undefined;
  const nearestVersionFor = (lower: AlignDocument) =>
    nearestVersionOf(lower, () => (versionTexts ??= versionTextIndex(docs)));
  // In time: issued by the lower one's date, or the earliest text of a work that existed before it (a work with a
  // text that old has its earliest text that old too, so only works without one are stood in for).
  const isHigher = (d: AlignDocument, lower: AlignDocument) =>
    isAlignable(d) && isAbove(d, lower) && (!madeAfter(d, lower) || (earliest.has(d) && mayRestOn(d, lower)));
  // Every document it cites, in corpus order, found through the index: scanning the whole corpus for every lower
  // document cost documents² (minutes on 20,000); only a document citing none of them needs the scan. An article
  // naming another document's article (依照刑法第二百六十四条) cites that document, 《》 or not.
  // Once per document: the selection below and the followed documents both need it.
  // Only of the documents aligned at all (those of unknown tier or not alignable are skipped below and by followedUppers).
  const citing = docs.map((lower) =>
    isAlignable(lower) && lower.tier
      ? [...new Set([...citedOf(lower), ...namedOf(lower)])].flatMap((file) => indices.get(file) ?? [])
      : [],
  );
  const followed = followedUppers(docs, citing, isHigher);
  docs.forEach((lower, position) => {
    if (!isAlignable(lower) || !lower.tier) return;
    const cited = citing[position]!.filter((i) => isHigher(docs[i]!, lower));
    // A local statute also rests on the statute of the same subject of the places above it, cited or not: 洛阳市科学技术
    // 进步条例 cites 科学技术进步法 only, and carries 河南省科学技术进步条例 as well (a city's regulation may not conflict with
    // its province's). Only beside a citation: a text citing nothing is aligned against its nearest documents anyway.
    const subject = cited.length > 0 ? subjectOf(lower) : undefined;
    const sameSubject = subject ? (bySubject.get(subject) ?? []).filter((i) => isHigher(docs[i]!, lower)) : [];
    // And a city's or county's text on the documents of its province (or city) it copies long passages of, cited or
    // not: 江门市扬尘污染防治条例 cites the national laws only and follows 广东省大气污染防治条例 article by article.
    const follows = followed.get(position) ?? [];
    const nearest = nearestVersionFor(lower);
    const known = versionsInForce(
      [...new Set([...cited, ...sameSubject, ...follows])].sort((a, b) => a - b).map((i) => docs[i]!),
      issuedBy(lower),
      nearest,
    );
    if (cited.length > 0) {
      selection.set(
        lower.file,
        known.map((d) => d.file),
      );
      return;
    }
    const higher = versionsInForce(
      docs.filter((d) => isHigher(d, lower)),
      issuedBy(lower),
      nearest,
    );
    if (higher.length === 0) return;
    if (higher.length <= shortlist)
      selection.set(
        lower.file,
        higher.map((d) => d.file),
      );
    else {
      const follow = new Set(follows.map((i) => docs[i]!));
      uncited.push({ lower, higher, follows: higher.filter((d) => follow.has(d)) });
    }
  });
  if (uncited.length > 0) {
    // One index over the documents involved; each lower keeps its nearest higher documents, in corpus order.
    const involved = new Set(uncited.flatMap(({ lower, higher }) => [lower, ...higher]));
    const nearest = nearestDocuments(docs.filter((d) => involved.has(d)));
    const order = new Map(docs.map((d, i) => [d.file, i]));
    for (const { lower, higher, follows } of uncited) {
      // The nearest, and beside them those it copies passages of (nearness by the whole text can miss a document on
      // a wider subject that it copies in part).
      const near = new Set([
        ...nearest(lower.file, new Set(higher.map((d) => d.file)), shortlist),
        ...follows.map((d) => d.file),
      ]);
      selection.set(
        lower.file,
        [...near].sort((a, b) => order.get(a)! - order.get(b)!),
      );
    }
  }
  return new Map(docs.filter((d) => selection.has(d.file)).map((d) => [d.file, selection.get(d.file)!]));
}
