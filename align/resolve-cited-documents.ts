/**
 * Which of the given documents a document cites: by normalised number first, then by title key.
 * Example: the Guangxi measures cite 国发〔2020〕7号, so citedDocuments(guangxi, docs) → ['state-council-….txt'].
 */
import type { AlignDocument } from './align-types.ts';
import { foldText, isContentChar } from './fold-text.ts';

/** Title key: folded, punctuation dropped, 《》 and anything before 关于 removed (the issuer or a place prefix). */
export function titleKey(title: string): string {
  let key = '';
  for (const ch of foldText(title)) if (isContentChar(ch)) key += ch;
  const about = key.indexOf('关于');
  return about > 0 ? key.slice(about) : key;
}

function numberKey(docNumber: string): string {
  return foldText(docNumber)
    .replace(/\s+/g, '')
    .replace(/[[(（【]/g, '〔')
    .replace(/[\])）】]/g, '〕')
    .replace(/號/g, '号');
}

/** Finds the first document other than `doc` whose number key (or title key) is `key`. */
interface CitedLookup {
  byNumber(key: string, doc: AlignDocument): AlignDocument | undefined;
  byTitle(key: string, doc: AlignDocument): AlignDocument | undefined;
}

/** Files of the documents `doc`'s citations name, by number first, else by title (interpretations left out). */
function resolveCitations(doc: AlignDocument, lookup: CitedLookup): string[] {
  const found = new Set<string>();
  for (const citation of doc.citations ?? []) {
    if (citation.relation === 'interprets') continue;
    const byNumber = citation.docNumber ? lookup.byNumber(numberKey(citation.docNumber), doc) : undefined;
    const byTitle = !byNumber && citation.title ? lookup.byTitle(titleKey(citation.title), doc) : undefined;
    const target = byNumber ?? byTitle;
    if (target) found.add(target.file);
  }
  return [...found];
}

/** Files of the documents among `docs` that `doc` cites (its `citedFiles` when given), without itself. */
export function citedDocuments(doc: AlignDocument, docs: readonly AlignDocument[]): string[] {
  if (doc.citedFiles) return docs.filter((d) => d !== doc && doc.citedFiles!.includes(d.file)).map((d) => d.file);
  return resolveCitations(doc, {
    byNumber: (key, self) => docs.find((d) => d !== self && d.docNumber && numberKey(d.docNumber) === key),
    byTitle: (key, self) => docs.find((d) => d !== self && titleKey(d.title) === key),
  });
}

/** Each file of `docs` → the positions of the documents with that file, in order. */
export function indexFiles(docs: readonly AlignDocument[]): Map<string, number[]> {
  const indices = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const list = indices.get(d.file);
    if (list) list.push(i);
    else indices.set(d.file, [i]);
  });
  return indices;
}

/**
 * citedDocuments for many documents of the same `docs`, with the files indexed once: a document's `citedFiles` are
 * looked up, not searched for in every document (20,000 documents each scanning 20,000 took minutes). Same answers.
 */
export function citedDocumentsIn(
  docs: readonly AlignDocument[],
  indices: ReadonlyMap<string, readonly number[]> = indexFiles(docs),
): (doc: AlignDocument) => string[] {
  // Documents citing by title or number (no citedFiles: texts read from files) look them up in keys made once.
  let keys: { numbers: Map<string, number[]>; titles: Map<string, number[]> } | undefined;
  const keysOf = () => {
    if (keys) return keys;
    keys = { numbers: new Map(), titles: new Map() };
    const add = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    docs.forEach((d, i) => {
      if (d.docNumber) add(keys!.numbers, numberKey(d.docNumber), i);
      add(keys!.titles, titleKey(d.title), i);
    });
    return keys;
  };
  const firstOther = (list: readonly number[] | undefined, self: AlignDocument) => {
    const at = list?.find((i) => docs[i] !== self);
    return at === undefined ? undefined : docs[at];
  };
  const lookup: CitedLookup = {
    byNumber: (key, self) => firstOther(keysOf().numbers.get(key), self),
    byTitle: (key, self) => firstOther(keysOf().titles.get(key), self),
  };
  return (doc) => {
    if (!doc.citedFiles) return resolveCitations(doc, lookup);
    return [...new Set(doc.citedFiles)]
      .flatMap((file) => indices.get(file) ?? [])
      .filter((i) => docs[i] !== doc)
      .sort((a, b) => a - b)
      .map((i) => docs[i]!.file);
  };
}
