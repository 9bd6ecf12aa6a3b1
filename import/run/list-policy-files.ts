/**
 * Paths given to an import → the files to import, in order. A folder gives, recursively and sorted by path, its
 * policy texts (`.txt`, `.md`, `.html`, `.htm`, pages saved as one file `.mhtml`/`.mht`, Word files `.docx`/`.doc`,
 * PDF files `.pdf`); every other file in it is listed in `skipped` with the reason (folder indexes `_index.md` and
 * `README.md`, other kinds of file, hidden files and folders, Word's lock files `~$…`, a saved page's resource folder).
 * A file named on its own is taken whatever its name; a path that does not exist is reported, not thrown. Example:
 *   await listPolicyFiles(['corpus'])
 *   → { files: ['corpus/guangxi-hitech-measures.txt', …], missing: [], skipped: [{ file: 'corpus/README.md', reason: … }] }
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** A file inside a given folder that is not imported, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** The files to import, the paths that were not found and the files of the folders that were left out. */
export interface PolicyFileList {
  files: string[];
  missing: string[];
  skipped: SkippedFile[];
}

/**
 * File name endings read as policy texts: HTML pages, saved whole or as one file, by the HTML reader; Word files and
 * PDFs by theirs (a file is told by its bytes, these endings only choose a folder's files).
 */
export const POLICY_EXTENSIONS: readonly string[] = [
  '.txt',
  '.md',
  '.html',
  '.htm',
  '.mhtml',
  '.mht',
  '.docx',
  '.doc',
  '.pdf',
];

/** Why a file found in a folder is not imported, or undefined when it is. */
export function skipReason(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith('.')) return 'hidden file';
  // Word (and WPS) write ~$ and the name's end beside a document while it is open: 162 bytes naming who has it.
  if (lower.startsWith('~$')) return 'Word’s lock file (its owner file, left while the document is open)';
  if (lower === '_index.md' || lower === 'readme.md' || lower === 'readme.txt')
    return 'a folder index or readme, not a document';
  const ext = extname(lower);
  if (!POLICY_EXTENSIONS.includes(ext))
    return `not a policy text (${ext || 'no extension'}; taken: ${POLICY_EXTENSIONS.join(' ')})`;
  return undefined;
}

/**
 * The page whose resources a folder holds, when it is a browser's "网页，全部" save: Chrome, Edge and Firefox write
 * `X_files/` beside `X.html`, IE and Word in Chinese `X.files/`. Its frames (saved as .html too) are no documents.
 */
function savedPageOf(folder: string, names: ReadonlySet<string>): string | undefined {
  const stem = /^(.+)[_.]files$/i.exec(folder)?.[1];
  if (stem === undefined) return undefined;
  return [...names].find((name) => {
    const dot = name.lastIndexOf('.');
    return name.slice(0, dot) === stem && /^\.(?:html?|shtml|xhtml)$/i.test(name.slice(dot));
  });
}

async function walk(dir: string, out: PolicyFileList): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const page = savedPageOf(entry.name, names);
      if (entry.name.startsWith('.') || entry.name === 'node_modules')
        out.skipped.push({ file: path, reason: 'hidden or dependency folder' });
      else if (page) out.skipped.push({ file: path, reason: `the resources of the saved page ${page}` });
      else await walk(path, out);
      continue;
    }
    if (!entry.isFile()) continue;
    const reason = skipReason(entry.name);
    if (reason) out.skipped.push({ file: path, reason });
    else out.files.push(path);
  }
}

/** Expands folders recursively to their policy texts (sorted); keeps the given order of the paths. */
export async function listPolicyFiles(paths: readonly string[]): Promise<PolicyFileList> {
  const list: PolicyFileList = { files: [], missing: [], skipped: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) list.missing.push(path);
    else if (info.isDirectory()) await walk(path, list);
    else list.files.push(path);
  }
  return { ...list, files: [...new Set(list.files)] };
}
