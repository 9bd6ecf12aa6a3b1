/**
 * A title reduced to its wording, to tell whether two written forms name the same document: brackets, quotes and
 * spaces, a leading 关于 and the 的 before the closing words dropped. Example:
 *   titleWording('《关于促进我市开发区改革和创新发展的实施方案》') → '促进我市开发区改革和创新发展实施方案',
 *   as titleWording('促进我市开发区改革和创新发展实施方案') (the same plan as its issuing notice names it).
 */
import { matchKey } from './normalize-line.ts';

/** The wording of a title: what remains equal between the ways one document's title is written. */
export function titleWording(title: string): string {
  return matchKey(title)
    .replace(/[《》〈〉“”‘’"'「」『』]/g, '')
    .replace(/^关于/, '')
    .replace(/的(?=[\u4e00-\u9fff]{1,6}(?:\([^()]*\))?$)/, '');
}

/**
 * A title nested in another is written 〈〉 inside its 《》; lifted out of them, it has its 《》 back. Example:
 *   restoreNestedMarks('关于印发〈X办法〉的通知') → '关于印发《X办法》的通知'.
 */
export function restoreNestedMarks(title: string): string {
  return title.replace(/〈/g, '《').replace(/〉/g, '》');
}
