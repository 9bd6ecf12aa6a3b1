/**
 * What a document says, as one hash: its title, its preamble and the text of its articles with all whitespace
 * removed, so that two copies of one text differing only in layout (第一章 总 则 / 第一章 总则, a head line more or
 * less) hash alike, and two different texts claiming one identity (two books of a code under one title, an edited
 * copy under another file name, a copy whose opening paragraph differs) do not. The form is named in front
 * (`v2:`): hashes of different forms tell nothing about each other. Example:
 *   textHashOf({ title: '某条例', articles: [{ text: '第一条 为了…' }] }) → 'v2:' + sha256 hex.
 */
import { createHash } from 'node:crypto';
import type { PolicyDocument } from '../../model/index.ts';

const FORM = 'v2';

/** The hash of the title, the preamble and the articles' text, whitespace removed. */
export function textHashOf(doc: Pick<PolicyDocument, 'title' | 'articles' | 'preamble'>): string {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  // The preamble is the text before the first part or article: a notice's opening paragraph, a statute's nothing.
  const hash = createHash('sha256')
    .update(squeeze(doc.title))
    .update('\u0001')
    .update(squeeze(doc.preamble ?? ''));
  for (const article of doc.articles) hash.update('\u0000').update(squeeze(article.text));
  return `${FORM}:${hash.digest('hex')}`;
}

/** Whether two hashes are of one form, so that comparing them says whether the texts are the same. */
export function sameHashForm(a: string, b: string): boolean {
  const form = (hash: string) => (hash.includes(':') ? hash.slice(0, hash.indexOf(':')) : '');
  return form(a) === form(b);
}
