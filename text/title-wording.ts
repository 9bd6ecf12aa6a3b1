/**
 * A title reduced to its wording, to tell whether two written forms name the same document: brackets, quotes and
 * spaces, a leading 关于 and the 的 before the closing words dropped. Example:
 *   titleWording('《关于促进我市开发区改革和创新发展的实施方案》') → '促进我市开发区改革和创新发展实施方案',
 *   as titleWording('促进我市开发区改革和创新发展实施方案') (the same plan as its issuing notice names it).
 */
import { matchKey } from './normalize-line.ts';

/** The wording of a title: what remains equal between the ways one document's title is written. */
export function titleWording(title: string): string {
  return matchKey(restoreNestedMarks(title))
    .replace(/[《》〈〉“”‘’"'「」『』]/g, '')
    .replace(/^关于/, '')
    .replace(/的(?=[\u4e00-\u9fff]{1,6}(?:\([^()]*\))?$)/, '');
}

// A nested title typed with the signs at hand: < >, ‹ ›, ＜ ＞, or a pair of them mixed (‹失业保险条例>). Only a pair
// around words with no sign of its own inside is one: a lone < compares (浓度<35微克).
const TYPED_NESTED = /[<‹＜]([^<>‹›＜＞《》〈〉\d][^<>‹›＜＞《》〈〉]*)[>›＞]/g;

/**
 * A title nested in another is written 〈〉 inside its 《》 (or typed < >, ‹ ›); lifted out of them, it has its 《》
 * back. Examples: restoreNestedMarks('关于印发〈X办法〉的通知') → '关于印发《X办法》的通知';
 * restoreNestedMarks('甘肃省实施‹失业保险条例>办法') → '甘肃省实施《失业保险条例》办法'.
 */
export function restoreNestedMarks(title: string): string {
  return title.replace(TYPED_NESTED, '《$1》').replace(/〈/g, '《').replace(/〉/g, '》');
}
