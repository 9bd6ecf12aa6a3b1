/**
 * A page of questions and answers on a document (政策解读 as 问答: Q:…/A:…, 问:…/答:…, 一问一答) is an interpretation
 * of it, each question and its answer one article. Example: lines '文件:关于贯彻落实…的通知', 'Q:…出台的?', 'A:…',
 * 'Q:…', 'A:(一)…', '(二)…' → isQuestionAnswerPage true; readQuestionAnswers → articles a1 (heading '…出台的?', text
 * the answer), a2 (its answer's lines (一)…, (二)…); stripPageLabel('文件:关于…的通知') → '关于…的通知'.
 */
import type { SourceLine } from './source-lines.ts';
import { newArticle, type StructureResult } from './build-structure.ts';

/** A question's or an answer's label opening a line. */
export const QA_LABEL = /^(?:Q|A|问|答)\s*[:：]/i;
const QUESTION = /^(?:Q|问)\s*[:：]/i;
const ANSWER = /^(?:A|答)\s*[:：]/i;

/** Where the questions begin: the index of the first question's line, or -1. */
export const firstQuestion = (lines: readonly SourceLine[]): number =>
  lines.findIndex((l) => !l.drop && QUESTION.test(l.match.trim()));

/** The body of a page of questions and answers: one article a question, headed by it, its text the answer. */
export function readQuestionAnswers(body: readonly SourceLine[]): StructureResult {
  const articles: StructureResult['articles'] = [];
  const looseLines: SourceLine[] = [];
  const texts: string[][] = [];
  for (const line of body) {
    if (line.drop || line.match.trim() === '') continue;
    const question = QUESTION.exec(line.match.trim());
    if (question) {
      const n = articles.length + 1;
      const label = question[0].trim();
      const heading = line.text.trim().slice(question[0].length).trim();
      const article = newArticle(n, label, heading, n, line.no);
      article.path = `a${n}`;
      articles.push(article);
      texts.push([]);
    } else if (texts.length === 0) looseLines.push(line);
    else texts.at(-1)!.push(line.text.trim().replace(ANSWER, '').trim());
  }
  articles.forEach((a, i) => {
    a.text = texts[i]!.join('\n');
  });
  return { parts: [], articles, looseLines, issues: [] };
}

/** True when the text is questions and their answers: two questions and an answer (or 一问一答 said). */
export function isQuestionAnswerPage(lines: readonly SourceLine[]): boolean {
  const kept = lines.filter((l) => !l.drop).map((l) => l.match.trim());
  const questions = kept.filter((m) => QUESTION.test(m)).length;
  const answers = kept.filter((m) => ANSWER.test(m)).length;
  return questions >= 2 && (answers >= 1 || kept.some((m) => /一问一答/.test(m)));
}

// A portal's label before the document a page is about (文件:, 解读文件:, 原文:): no part of the title, no issuer.
const PAGE_LABEL = /^(?:文件|文件名称|解读文件|相关文件|原文|政策文件)\s*[:：]\s*/;

/** The title without a portal's label before it. */
export const stripPageLabel = (title: string): string => title.replace(PAGE_LABEL, '');
