/**
 * Picks the alignment benchmark's input from a generated corpus: `upperCount` articles of provincial documents
 * (whole documents, in order) and `lowerCount` municipal articles, first those of documents implementing one of
 * the chosen provincial documents, so the set holds real derivations as well as unrelated articles.
 * Example: selectAlignmentSet(generateCorpus(CORPUS_SIZES.medium), 10_000, 2_000) → 10,000 lowers, 2,000 uppers.
 */
import type { GeneratedArticle, GeneratedDocument } from './corpus-types.ts';

/** An article as the aligner takes it, with where it came from for checking against the ground truth. */
export interface AlignmentArticle {
  docKey: string;
  heading: string;
  text: string;
  file: string;
  number: number;
  derivedFrom?: { file: string; article: number };
}

/** The lower and upper sets. */
export interface AlignmentSet {
  lowers: AlignmentArticle[];
  uppers: AlignmentArticle[];
  /** Lower articles whose true upper article is in the upper set. */
  derivedInSet: number;
}

// The body as a parser returns it: sentences and items, agency notes removed.
const toArticle = (doc: GeneratedDocument, a: GeneratedArticle): AlignmentArticle => ({
  docKey: doc.file,
  file: doc.file,
  number: a.number,
  heading: a.heading,
  text: [...a.sentences, ...a.items].join(''),
  ...(a.derivedFrom ? { derivedFrom: { file: a.derivedFrom.file, article: a.derivedFrom.article } } : {}),
});

/** Selects the sets; a corpus too small to fill them gives smaller sets (the caller reports the counts). */
export function selectAlignmentSet(
  docs: readonly GeneratedDocument[],
  lowerCount: number,
  upperCount: number,
): AlignmentSet {
  const uppers: AlignmentArticle[] = [];
  const upperFiles = new Set<string>();
  for (const doc of docs.filter((d) => d.tier === 'provincial')) {
    if (uppers.length >= upperCount) break;
    upperFiles.add(doc.file);
    for (const a of doc.articles) if (uppers.length < upperCount) uppers.push(toArticle(doc, a));
  }
  const inSet = new Set(uppers.map((u) => `${u.file}#${u.number}`));
  const municipal = docs.filter((d) => d.tier === 'municipal');
  const implementing = municipal.filter((d) =>
    d.articles.some((a) => a.derivedFrom && upperFiles.has(a.derivedFrom.file)),
  );
  const others = municipal.filter((d) => !implementing.includes(d));
  const lowers = [...implementing, ...others]
    .flatMap((d) => d.articles.map((a) => toArticle(d, a)))
    .slice(0, lowerCount);
  const derivedInSet = lowers.filter(
    (l) => l.derivedFrom && inSet.has(`${l.derivedFrom.file}#${l.derivedFrom.article}`),
  ).length;
  return { lowers, uppers, derivedInSet };
}
