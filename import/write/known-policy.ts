/**
 * A Policy node already in the graph, as the lookup before a write returns it (plain values only). Example:
 *   { id: '国发〔2020〕7号', docNumber: '国发〔2020〕7号', titleKey: '中华人民共和国|关于促进…若干意见',
 *     title: '国务院关于促进…若干意见', status: 'cited' }
 */

/** A Policy in the graph: enough to decide whether a document or citation names it. */
export interface KnownPolicy {
  id: string;
  docNumber?: string;
  titleKey?: string;
  title?: string;
  status: 'full' | 'cited';
  /** The file it was imported from (full text only). */
  file?: string;
  /** The hash of its title and article texts (import/write/text-hash.ts; full text only, absent in older graphs). */
  textHash?: string;
  /** The work it is a dated version of (`w:` + work key; a versioned statute in full only). */
  workId?: string;
  /** The day the act that made this version took place (with `workId`). */
  versionDate?: string;
  /** The place it is of (`中华人民共和国` for a national text), when the graph knows it. */
  jurisdiction?: string;
  /** A code stored one file per book: the books imported so far, each with its file and text (absent otherwise). */
  books?: KnownBook[];
}

/** A book of a code in the graph (a Book node): its name, the file it came from and the hash of its text. */
export interface KnownBook {
  title: string;
  file: string;
  textHash?: string;
}

/** The base name of a path: documents are recognised by file name, not by the folder they were imported from. */
export function fileBaseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** The key of a book of a code in ids and comparisons: its name without spaces (第一编 总则 → 第一编总则). */
export const bookKey = (name: string): string => name.replace(/\s+/g, '');
