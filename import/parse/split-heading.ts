/**
 * A run-in heading split from its body at the first 。. Examples:
 *   '促进创新资源集聚。支持高新区…' → { heading: '促进创新资源集聚', body: '支持高新区…' }
 *   '指导思想。' → { heading: '指导思想', body: '' }
 *   '对新获批的国家高新区,给予补助。' (a sentence, not a heading) → { heading: '', body: … }
 *   '知识产权保护方面5项：1.加快…。2.…' (a heading ended by a colon) → { heading: '知识产权保护方面5项', body: '1.加快…。2.…' }
 *   '提高认识,抓好落实' alone on its line over its body → { heading: '提高认识,抓好落实', body: '' }
 *   '坚持…优先发展,激活…强劲引擎。一是…' → { heading: '坚持…优先发展,激活…强劲引擎', body: '一是…' }
 */

/** A heading and the text after it. */
export interface SplitHeading {
  heading: string;
  body: string;
}

/** How the text stands in the document. */
export interface HeadingPlace {
  /** The text is its line's whole, and its body stands on the lines below it. */
  alone?: boolean;
}

// A heading of short clauses (提高认识,抓好落实; 深化…综合整治,实现“环境美”): up to three, none but the last longer than
// 14. The last may name the aim the others serve at more length, up to 20 (统一思想,提高认识,切实保证基础教育优先发展的
// 战略地位); a body sentence opens with its subject and a long first clause (各地区、各部门要按照本方案要求,…).
const CLAUSED_HEADING = /^[^,，;；:：。]{2,14}(?:[,，][^,，;；:：。]{2,14}){0,1}[,，][^,，;；:：。]{2,20}$/;

/** Splits a run-in heading from its body; a first sentence that reads like a sentence is not a heading. */
export function splitHeading(text: string, place: HeadingPlace = {}): SplitHeading {
  const stop = text.indexOf('。');
  // A short run-in heading ended by a colon, before any full stop: what follows is its list.
  const colon = text.search(/[:：]/);
  if (colon > 0 && colon <= 30 && (stop < 0 || colon < stop) && !/[,，;；、]/.test(text.slice(0, colon))) {
    return { heading: text.slice(0, colon).trim(), body: text.slice(colon + 1).trim() };
  }
  const candidate = stop < 0 ? text : text.slice(0, stop);
  // A run-in heading is short: a first sentence with clauses, or of more than 30 characters, is text.
  const sentenceLike = (/[,，;；:：]/.test(candidate) && candidate.length > 25) || candidate.length > 30;
  if (stop < 0) {
    // A line of short clauses with no full stop is a heading when it stands alone over its body: a sentence of the
    // body runs on to its 。 on the same line, and a line broken inside one ends where the page is full, not here.
    const clauses = place.alone === true && CLAUSED_HEADING.test(candidate.trim());
    return candidate.length <= 30 && (!/[,，;；:：]/.test(candidate) || clauses)
      ? { heading: candidate.trim(), body: '' }
      : { heading: '', body: text.trim() };
  }
  // Short clauses over an enumerated body (坚持农业农村优先发展,激活…强劲引擎。一是…二是…), as work reports run their
  // headings in: the enumeration tells the first sentence is its heading, however long its clauses.
  const overEnumeration =
    /^[^,，;；:：。]{2,20}(?:[,，][^,，;；:：。]{2,20}){1,2}$/.test(candidate.trim()) &&
    /^一是/.test(text.slice(stop + 1).trim());
  if (overEnumeration) return { heading: candidate.trim(), body: text.slice(stop + 1).trim() };
  if (sentenceLike || candidate.trim() === '') return { heading: '', body: text.trim() };
  return { heading: candidate.trim(), body: text.slice(stop + 1).trim() };
}
