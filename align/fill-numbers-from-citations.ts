/**
 * Gives a document without a number of its own the number its interpretation states for it: the Liuzhou measures
 * file has none, its interpretation's title line says 柳政规〔2021〕18号. Pure: returns new objects for the
 * documents it fills and the others unchanged.
 * Example: fillNumbersFromCitations([measures, interpretation])[0].docNumber → '柳政规〔2021〕18号'.
 */
import type { AlignDocument } from './align-types.ts';
import { titleKey } from './resolve-cited-documents.ts';

type Interpreting = { kind: string; interprets?: { title?: string; docNumber?: string } };

/** Fills missing docNumbers from the `interprets` reference of the interpretations among `docs`. */
export function fillNumbersFromCitations<T extends AlignDocument & Interpreting>(docs: readonly T[]): T[] {
  const numbers = new Map<string, string>();
  for (const doc of docs) {
    if (doc.kind === 'interpretation' && doc.interprets?.title && doc.interprets.docNumber) {
      numbers.set(titleKey(doc.interprets.title), doc.interprets.docNumber);
    }
  }
  return docs.map((doc) => {
    if (doc.docNumber || doc.kind === 'interpretation') return doc;
    const found = numbers.get(titleKey(doc.title));
    return found ? { ...doc, docNumber: found } : doc;
  });
}
