/**
 * A run-in heading split from its body at the first 。. Examples:
 *   '促进创新资源集聚。支持高新区…' → { heading: '促进创新资源集聚', body: '支持高新区…' }
 *   '指导思想。' → { heading: '指导思想', body: '' }
 *   '对新获批的国家高新区,给予补助。' (a sentence, not a heading) → { heading: '', body: … }
 */

/** A heading and the text after it. */
export interface SplitHeading {
  heading: string;
  body: string;
}

/** Splits a run-in heading from its body; a first sentence that reads like a sentence is not a heading. */
export function splitHeading(text: string): SplitHeading {
  const stop = text.indexOf('。');
  const candidate = stop < 0 ? text : text.slice(0, stop);
  const sentenceLike = /[,，;；:：]/.test(candidate) && candidate.length > 25;
  if (stop < 0) {
    return candidate.length <= 30 && !/[,，;；:：]/.test(candidate) ? { heading: candidate.trim(), body: '' } : { heading: '', body: text.trim() };
  }
  if (sentenceLike || candidate.trim() === '') return { heading: '', body: text.trim() };
  return { heading: candidate.trim(), body: text.slice(stop + 1).trim() };
}
