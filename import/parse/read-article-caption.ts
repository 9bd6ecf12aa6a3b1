/**
 * The caption some statutes and drafts set right after 第X条, in 【】 or in round brackets, and the text after it.
 * Examples:
 *   readArticleCaption('【立法目的】为了…') → { caption: '立法目的', body: '为了…' }
 *   readArticleCaption('（立法目的）为了…') → { caption: '立法目的', body: '为了…' }
 *   readArticleCaption('（删除）') → { body: '（删除）' } (a note of deletion, no caption)
 *   readArticleCaption('（一）…') → { body: '（一）…' } (an item's number)
 */

/** An article's caption, if it has one, and its text. */
export interface ArticleCaption {
  caption?: string;
  body: string;
}

const IN_LENTICULAR = /^【([^】]{1,30})】\s*(.*)$/;
// Round brackets hold a caption of words only (社会信用界定, 信息归集、共享): no digits, no sentence marks.
const IN_ROUND = /^[(（]([\u4e00-\u9fff、]{2,16})[)）]\s*(.*)$/;
// What round brackets hold that is no caption: an item's number, a note of deletion (删去, 已删除, 根据…决定删除), of
// repeal or lapse (已废止, 已失效), or of an earlier number.
const NO_CAPTION = /^(?:[一二三四五六七八九十百]+|略|原.*|本条.*|.*(?:删除|删去|废止|失效))$/;

/** Reads the caption at the start of an article's text (after its 第X条). */
export function readArticleCaption(text: string): ArticleCaption {
  const m = IN_LENTICULAR.exec(text) ?? IN_ROUND.exec(text);
  if (!m || NO_CAPTION.test(m[1]!)) return { body: text };
  return { caption: m[1]!, body: m[2] ?? '' };
}
