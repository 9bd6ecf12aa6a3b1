/**
 * Reading lawrefbook (../shared/corpora/lawrefbook) for the evaluations: its Markdown statutes listed recursively, and
 * one read as the alignment reads it, named by its path in the book, the `#` heading lines of its articles dropped.
 * Example: readLawrefbookDocument(root, '经济法/中小企业促进法(2017-09-01).md') → { file: '经济法/…', title: …, articles }.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AlignDocument } from '../align/index.ts';
import { readPolicyFile } from '../import/index.ts';

/** Every statute's path under `root`, relative to it (folder indexes `_index.md` left out), in directory order. */
export function listLawrefbookMarkdown(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listLawrefbookMarkdown(root, path);
    return name.endsWith('.md') && name !== '_index.md' ? [relative(root, path)] : [];
  });
}

/** One statute of the book, as the alignment reads it: its file is its path in the book. */
export async function readLawrefbookDocument(root: string, file: string): Promise<AlignDocument> {
  return inBook(await readPolicyFile(join(root, file)), file);
}

/** A document read from the book as the alignment reads it: named by its path there, its `#` heading lines dropped. */
export function inBook<T extends AlignDocument>(doc: T, file: string): T {
  return {
    ...doc,
    file,
    articles: doc.articles.map((a) => ({ ...a, text: a.text.replace(/^#.*$/gm, '').trim() })),
  };
}
