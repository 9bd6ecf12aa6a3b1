/**
 * Obligation words of an article, strongest first. Example: '鼓励企业申报…,支持高新区…' → ['鼓励', '支持'].
 */

/** The words looked for, from the strongest obligation to the weakest encouragement. */
export const OBLIGATION_WORDS = ['必须', '严禁', '不得', '应当', '原则上', '可以', '鼓励', '支持'] as const;

/** Lists the obligation words found in a text, in OBLIGATION_WORDS order. */
export function readObligations(text: string): string[] {
  return OBLIGATION_WORDS.filter((word) => text.includes(word));
}
