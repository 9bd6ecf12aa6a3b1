/**
 * A page of questions and answers on a document (政策解读 as 问答: Q:…/A:…, 问:…/答:…, 一问一答) is an interpretation
 * of it. Example: lines '文件:关于贯彻落实…的通知', 'Q:…出台的?', 'A:…', 'Q:…', 'A:…'
 *   → isQuestionAnswerPage true; stripPageLabel('文件:关于…的通知') → '关于…的通知'.
 */
import type { SourceLine } from './source-lines.ts';

/** A question's or an answer's label opening a line. */
export const QA_LABEL = /^(?:Q|A|问|答)\s*[:：]/i;
const QUESTION = /^(?:Q|问)\s*[:：]/i;
const ANSWER = /^(?:A|答)\s*[:：]/i;

/** True when the text is questions and their answers: two questions and an answer, or it says 一问一答. */
export function isQuestionAnswerPage(lines: readonly SourceLine[]): boolean {
  const kept = lines.filter((l) => !l.drop).map((l) => l.match.trim());
  const questions = kept.filter((m) => QUESTION.test(m)).length;
  const answers = kept.filter((m) => ANSWER.test(m)).length;
  return (questions >= 2 && answers >= 1) || kept.some((m) => /一问一答/.test(m));
}

// A portal's label before the document a page is about (文件:, 解读文件:, 原文:): no part of the title, no issuer.
const PAGE_LABEL = /^(?:文件|文件名称|解读文件|相关文件|原文|政策文件)\s*[:：]\s*/;

/** The title without a portal's label before it. */
export const stripPageLabel = (title: string): string => title.replace(PAGE_LABEL, '');
