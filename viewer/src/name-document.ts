/**
 * A document's name where lists show it, told apart from the other versions in view. Two versions of a statute share
 * a title, so a title held by more than one document carries its version date, and a version no longer in force says
 * so. Example: documentName('zh', { id: 'a', title: '上海市科学技术进步条例', versionDate: '2010-09-17', versionStatus:
 * 'superseded' }, new Set(['上海市科学技术进步条例'])) → '上海市科学技术进步条例（2010-09-17，已被替代）'.
 */
import { aside, isTextKey, t, type Lang, type TextKey } from './i18n.ts';

/** What a name is made of; the version fields are absent for documents that are not versioned statutes. */
export interface NamedDocument {
  id: string;
  title: string;
  versionDate?: string | null;
  issuedOn?: string | null;
  versionStatus?: string | null;
}

/** Titles held by more than one document (by id) of `docs`. */
export function sharedTitles(docs: Iterable<Pick<NamedDocument, 'id' | 'title'>>): Set<string> {
  const ids = new Map<string, Set<string>>();
  for (const d of docs) {
    const held = ids.get(d.title) ?? new Set<string>();
    held.add(d.id);
    ids.set(d.title, held);
  }
  return new Set([...ids].filter(([, held]) => held.size > 1).map(([title]) => title));
}

/**
 * The title; with the version date (else the issue date) when `shared` holds the title, and with the version status
 * when the version is no longer in force (superseded, amended, repealed).
 */
export function documentName(lang: Lang, doc: NamedDocument, shared: ReadonlySet<string>): string {
  const date = shared.has(doc.title) ? (doc.versionDate ?? doc.issuedOn) : undefined;
  const statusKey = `version.${doc.versionStatus}`;
  const status =
    doc.versionStatus && doc.versionStatus !== 'in_force' && isTextKey(statusKey)
      ? t(lang, statusKey as TextKey)
      : undefined;
  const notes = [date, status].filter((x): x is string => !!x);
  return notes.length ? `${doc.title}${aside(lang, notes.join(lang === 'zh' ? '，' : ', '))}` : doc.title;
}

/**
 * The two sides of a comparison named for display (titles told apart by `shared`), everything else as it is: what
 * the comparison view, its CSV and the CSV's file name show.
 */
export function nameSides<C extends { lower: NamedDocument; upper: NamedDocument }>(
  lang: Lang,
  comparison: C,
  shared: ReadonlySet<string>,
): C {
  return {
    ...comparison,
    lower: { ...comparison.lower, title: documentName(lang, comparison.lower, shared) },
    upper: { ...comparison.upper, title: documentName(lang, comparison.upper, shared) },
  };
}
