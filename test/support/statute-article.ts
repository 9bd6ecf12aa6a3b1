/**
 * An article of a statute as the parser gives it, for tests that build documents by hand: its number is its line,
 * its label 第N条 unless given. Example: statuteArticle(3, '本条例自公布之日起施行。') → { number: 3, label: '第3条', … }.
 */
import { newArticle } from '../../import/parse/build-structure.ts';
import type { Article } from '../../model/index.ts';

export function statuteArticle(line: number, text: string, label = `第${line}条`): Article {
  return { ...newArticle(line, label, '', line, line), text, path: `a${line}` };
}
