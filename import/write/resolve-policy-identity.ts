/**
 * Decides which Policy node a document being imported is: an existing one (re-import, or a cited-only node to
 * upgrade in place) or a new one, and which number it carries. Pure: the lookup's candidates come in. Examples:
 *   the Liuzhou measures (no number) with a cited-only candidate { id: '柳政规〔2021〕18号', titleKey: same }
 *     → { outcome: 'existing', id: '柳政规〔2021〕18号', docNumber: '柳政规〔2021〕18号' }
 *   a second file numbered 国发〔2020〕7号 under another title → { outcome: 'refused', code: 'CONFLICTING_NUMBER', … }
 */
import type { TitleKey } from './build-title-key.ts';
import { bookKey, fileBaseName, type KnownBook, type KnownPolicy } from './known-policy.ts';
import { pickByTitleKey, splitStoredKey } from './match-title-key.ts';
import { sameHashForm } from './text-hash.ts';
import { fileNameDate, isVersionPolicyId } from '../versions/index.ts';

/** The document as identity sees it. */
export interface DocumentIdentityInput {
  file: string;
  title: string;
  titleKey: TitleKey;
  docNumber?: string;
  /** A number the run's other files give this title (see run-registry.ts). */
  registryNumber?: string;
  /** The keys the run writes with the same rest (run-registry.ts runKeysWithRest): a loose title match must be unambiguous among them too. */
  runKeys?: Iterable<string>;
  /** The id of this version when the document is a versioned statute (import/versions): its identity is that id alone. */
  versionId?: string;
  /** The hash of its title and article texts (text-hash.ts): tells another text under the same identity. */
  textHash?: string;
  /** The book of a code the file holds alone (PolicyDocument.book): the code is one Policy of its books. */
  book?: string;
}

/** The decision: which node, with which number; or a refusal that names both files. */
export type PolicyIdentity =
  | {
      outcome: 'new' | 'existing';
      id: string;
      docNumber?: string;
      previous?: KnownPolicy;
      numberSource?: 'text' | 'run' | 'graph';
      /** A cited-only node of this document's (corrected) number that it takes in: its links move over, it goes. */
      absorbs?: string;
    }
  | {
      outcome: 'refused';
      code: 'CONFLICTING_NUMBER' | 'SAME_IDENTITY_OTHER_TEXT' | 'UNDATED_VERSION';
      message: string;
      conflictingFile?: string;
    };

/** `名称.md` → `名称(2010-09-17).md`, the file-name date the version reader accepts. */
function exampleName(file: string): string {
  const base = fileBaseName(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? `${base.slice(0, dot)}(2010-09-17)${base.slice(dot)}` : `${base}(2010-09-17)`;
}

/** The id a new Policy gets: its number when known, else `t:` + title key (graph/MODEL.md). */
export function newPolicyId(docNumber: string | undefined, titleKey: TitleKey): string {
  return docNumber ?? `t:${titleKey.key}`;
}

function sameDocumentByNumber(doc: DocumentIdentityInput, known: KnownPolicy): boolean {
  if (known.status === 'cited') return true;
  if (known.file && fileBaseName(known.file) === fileBaseName(doc.file)) return true;
  return known.titleKey === doc.titleKey.key;
}

/** The node this very document was imported as before: same file name, same title, a full node (not a version). */
function reimportedNode(doc: DocumentIdentityInput, candidates: readonly KnownPolicy[]): KnownPolicy | undefined {
  return candidates.find(
    (c) =>
      c.status === 'full' &&
      c.file !== undefined &&
      fileBaseName(c.file) === fileBaseName(doc.file) &&
      c.titleKey === doc.titleKey.key &&
      !isVersionPolicyId(c.id),
  );
}

/**
 * Whether a candidate is another issue of the document's title: a dated version bearing no number, met by a text
 * that bears its own (the 国务院工作规则 of 2013 and the lawfaq copy of 国发〔2018〕21号, which tells no day the version
 * reader takes). The number tells the issues apart, so the text is its own node, not an undated copy of that version;
 * the same text, or the same file again, still is that version.
 */
function anotherIssue(doc: DocumentIdentityInput, known: KnownPolicy): boolean {
  if (!doc.docNumber || known.docNumber || known.status !== 'full' || !isVersionPolicyId(known.id)) return false;
  if (known.file && fileBaseName(known.file) === fileBaseName(doc.file)) return false;
  return !(known.textHash && doc.textHash && known.textHash === doc.textHash);
}

/** Decides the identity of a document from the graph's candidates (same number, title key or file). */
export function resolvePolicyIdentity(doc: DocumentIdentityInput, candidates: readonly KnownPolicy[]): PolicyIdentity {
  if (doc.versionId !== undefined) return resolveVersionIdentity(doc, doc.versionId, candidates);
  const number = doc.docNumber ?? doc.registryNumber;
  const numberSource = doc.docNumber ? 'text' : doc.registryNumber ? 'run' : undefined;
  const byNumber = number ? candidates.filter((c) => c.docNumber === number) : [];
  if (byNumber.length > 0) {
    const full = byNumber.find((c) => c.status === 'full') ?? byNumber[0]!;
    // The same file imported before under a misread number (文号苍政办… with its label): the node keeps its id, and the
    // cited-only node of the right number (its own number line read as a citation then) joins it.
    const own = full.status === 'cited' ? reimportedNode(doc, candidates) : undefined;
    if (!own && !sameDocumentByNumber(doc, full)) {
      return {
        outcome: 'refused',
        code: 'CONFLICTING_NUMBER',
        conflictingFile: full.file,
        message:
          `${doc.file}: number ${number} already belongs to 《${full.title ?? full.id}》 imported from ` +
          `${full.file ?? '(unknown file)'}, while this file is titled 《${doc.title}》; refused, nothing written`,
      };
    }
    const node = own ?? full;
    const other = refuseOtherText(doc, node);
    if (other) return other;
    return {
      outcome: 'existing',
      id: node.id,
      docNumber: number,
      previous: node,
      ...(own ? { absorbs: full.id } : {}),
      ...(numberSource ? { numberSource } : {}),
    };
  }
  // A title match only counts when it carries no other number: same-titled documents of different years differ.
  const compatible = candidates.filter(
    (c) => (!number || !c.docNumber || c.docNumber === number) && !anotherIssue(doc, c) && !anotherPlace(doc, c),
  );
  // Last, the same file imported before: an edit of its title (or of its number) keeps the node and its id.
  const byTitle =
    pickByTitleKey(doc.titleKey, compatible, (c) => c.titleKey, doc.runKeys ?? []) ??
    candidates.find((c) => c.status === 'full' && c.file && fileBaseName(c.file) === fileBaseName(doc.file));
  if (byTitle) {
    const other = refuseOtherText(doc, byTitle);
    if (other) return other;
    const docNumber = number ?? byTitle.docNumber;
    const source = numberSource ?? (byTitle.docNumber ? 'graph' : undefined);
    return {
      outcome: 'existing',
      id: byTitle.id,
      previous: byTitle,
      ...(docNumber ? { docNumber } : {}),
      ...(source ? { numberSource: source } : {}),
    };
  }
  return {
    outcome: 'new',
    id: newPolicyId(number, doc.titleKey),
    ...(number ? { docNumber: number } : {}),
    ...(numberSource ? { numberSource } : {}),
  };
}

/**
 * Whether a full text of the graph is of another place than the document, though their titles match loosely: the
 * State Council's 征兵工作条例 names no place, so its key (`|征兵工作条例`) matches 上海市征兵工作条例's
 * (`上海市|征兵工作条例`) as a citation's would. A citation naming no place may mean either; a document naming its
 * place is never the other place's text (until this, an undated 上海 text written after the national one was refused
 * as an undated version of it).
 */
function anotherPlace(doc: DocumentIdentityInput, known: KnownPolicy): boolean {
  const place = doc.titleKey.jurisdiction;
  if (!place || known.status !== 'full' || !known.jurisdiction || known.jurisdiction === place) return false;
  return known.titleKey !== undefined && splitStoredKey(known.titleKey).jurisdiction === '';
}

/**
 * A version of a statute is the node of its own id (work and version date): never a same-titled node, so two versions
 * never overwrite each other, nor a cited-only node (the version step points citations at the right version). The same
 * file imported before under another id (its head line edited) keeps its node.
 */
function resolveVersionIdentity(
  doc: DocumentIdentityInput,
  versionId: string,
  candidates: readonly KnownPolicy[],
): PolicyIdentity {
  const own =
    candidates.find((c) => c.id === versionId) ??
    candidates.find(
      (c) =>
        c.status === 'full' &&
        c.file &&
        fileBaseName(c.file) === fileBaseName(doc.file) &&
        c.titleKey === doc.titleKey.key,
    );
  // The number a version carries (国务院令第306号) is the first promulgation's, shared by every version: a fact of the
  // text, not its identity.
  const number = doc.docNumber ? { docNumber: doc.docNumber, numberSource: 'text' as const } : {};
  if (!own) return { outcome: 'new', id: versionId, ...number };
  return refuseOtherText(doc, own) ?? { outcome: 'existing', id: own.id, previous: own, ...number };
}

/**
 * Two different texts never share a node: a document that would update a Policy imported in full from another file
 * with another text (two books of a code under one title, an edited copy under a new name) is refused. The same file
 * again (a re-import, edited or not) and a copy of the same text in another folder update or leave the node.
 */
function refuseOtherText(doc: DocumentIdentityInput, known: KnownPolicy): PolicyIdentity | undefined {
  if (known.status === 'full' && known.books && known.books.length > 0) return refuseOtherBook(doc, known, known.books);
  if (known.status !== 'full' || !known.file || !known.textHash || !doc.textHash) return undefined;
  // A hash written by an older importer (another form) tells nothing: as if there were none.
  if (!sameHashForm(known.textHash, doc.textHash)) return undefined;
  if (fileBaseName(known.file) === fileBaseName(doc.file) || known.textHash === doc.textHash) return undefined;
  // A statute text without any date (no head lines, none in its file name) met a dated version of its work: most
  // likely an older text, which cannot be placed among the versions without its date.
  if (doc.versionId === undefined && isVersionPolicyId(known.id)) {
    return {
      outcome: 'refused',
      code: 'UNDATED_VERSION',
      conflictingFile: known.file,
      message: fileNameDate(doc.file)
        ? // Only a statute's file name dates it: this text shows neither head lines nor a statute's level.
          `${doc.file}: 《${doc.title}》 has no head lines and does not read as a statute, so the date in its file ` +
          `name does not make it a version; its text differs from the version ${known.id} imported from ` +
          `${known.file}, so it cannot be placed among the versions of its work; refused, nothing written (add ` +
          'its head lines, e.g. 2009年2月24日 …人民代表大会常务委员会…会议通过, or import it alone)'
        : `${doc.file}: 《${doc.title}》 carries no date (no head lines, none in its file name) and its text differs ` +
          `from the version ${known.id} imported from ${known.file}, so it cannot be placed among the versions of ` +
          `its work; refused, nothing written (put its date in the file name, e.g. ${exampleName(doc.file)})`,
    };
  }
  return {
    outcome: 'refused',
    code: 'SAME_IDENTITY_OTHER_TEXT',
    conflictingFile: known.file,
    message:
      `${doc.file}: 《${doc.title}》 is the document ${known.id} already imported from ${known.file}, but its text ` +
      'differs; refused, nothing written (give it its own title, or import it alone to replace the other file)',
  };
}

/**
 * A code stored one file per book is one Policy of its books: another book joins it, the same book again (from its
 * file, or the same text from another) updates it. Another text of a book it holds is refused, naming both files, and
 * so is a whole text under the identity of a code of books. A book meeting a whole text is held to the rule above.
 */
function refuseOtherBook(
  doc: DocumentIdentityInput,
  known: KnownPolicy,
  books: readonly KnownBook[],
): PolicyIdentity | undefined {
  const refused = (conflictingFile: string, message: string): PolicyIdentity => ({
    outcome: 'refused',
    code: 'SAME_IDENTITY_OTHER_TEXT',
    conflictingFile,
    message: `${doc.file}: ${message}; refused, nothing written`,
  });
  if (doc.book === undefined) {
    const files = books.map((b) => b.file).join(', ');
    return refused(
      books[0]!.file,
      `《${doc.title}》 is the document ${known.id}, which the graph holds as a code of books imported from ${files}, ` +
        'while this file holds a whole text (import its books alone, or give it its own title)',
    );
  }
  const same = books.find((b) => bookKey(b.title) === bookKey(doc.book!));
  if (!same || fileBaseName(same.file) === fileBaseName(doc.file)) return undefined;
  if (!same.textHash || !doc.textHash || !sameHashForm(same.textHash, doc.textHash)) return undefined;
  if (same.textHash === doc.textHash) return undefined;
  return refused(
    same.file,
    `the book ${doc.book} of 《${doc.title}》 (${known.id}) is already imported from ${same.file}, but its text ` +
      'differs (keep one file per book)',
  );
}
