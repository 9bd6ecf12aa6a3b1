/**
 * What a document says, as one hash: its title and the text of its articles with all whitespace removed, so that two
 * copies of one text differing only in layout (第一章 总 则 / 第一章 总则, a head line more or less) hash alike, and
 * two different texts claiming one identity (two books of a code under one title, an edited copy under another file
 * name) do not. Example: textHashOf({ title: '某条例', articles: [{ text: '第一条 为了…' }] }) → 'sha256 hex'.
 */
import { createHash } from 'node:crypto';
import type { PolicyDocument } from '../../model/index.ts';

/** The hash of the title and the articles' text, whitespace removed. */
export function textHashOf(doc: Pick<PolicyDocument, 'title' | 'articles'>): string {
  const hash = createHash('sha256').update(doc.title.replace(/\s+/g, ''));
  for (const article of doc.articles) hash.update('\u0000').update(article.text.replace(/\s+/g, ''));
  return hash.digest('hex');
}
