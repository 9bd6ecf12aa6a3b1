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

/** Files of the documents among `docs` that `doc` cites (its `citedFiles` when given), without itself. */
export function citedDocuments(doc: AlignDocument, docs: readonly AlignDocument[]): string[] {
  if (doc.citedFiles) return docs.filter((d) => d !== doc && doc.citedFiles!.includes(d.file)).map((d) => d.file);
  const found = new Set<string>();
  for (const citation of doc.citations ?? []) {
    if (citation.relation === 'interprets') continue;
    const byNumber = citation.docNumber
      ? docs.find((d) => d !== doc && d.docNumber && numberKey(d.docNumber) === numberKey(citation.docNumber!))
      : undefined;
    const byTitle =
      !byNumber && citation.title
        ? docs.find((d) => d !== doc && titleKey(d.title) === titleKey(citation.title!))
        : undefined;
    const target = byNumber ?? byTitle;
    if (target) found.add(target.file);
  }
  return [...found];
}
