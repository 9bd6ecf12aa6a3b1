/**
 * The shape of a title as the head writes it: whether its 《》 are balanced and it ends as a title ends, the key two
 * writings of one title share, and how an organ's name ends. Examples:
 *   finishedTitle('某市关于加强某项工作的通知') → true; finishedTitle('某市关于加强某项') → false
 *   titleKey('《关于X的 通知》') → '关于X的通知'
 */
import { restoreNestedMarks } from '../../text/index.ts';
import { ISSUER_END } from './classify-head-line.ts';
import { TITLE_END } from './read-kind.ts';

/**
 * How many 《 a line leaves open. A line may close the previous line's 《 and open its own (…条例》《…办法): its marks
 * count even, yet its last 《 is open, so it is unfinished (statute/locate-statute reads pieces so too).
 */
export const unbalanced = (s: string): number => {
  const open = (s.match(/《/g)?.length ?? 0) - (s.match(/》/g)?.length ?? 0);
  return open <= 0 && s.lastIndexOf('《') > s.lastIndexOf('》') ? 1 : open;
};
/**
 * The words inside a title's 《》, for a regex: a title nesting another's in 〈〉 may nest a third in 《》 again
 * (《…关于修改〈天津市实施《…代表法》办法〉等四部…的决定》).
 */
export const BOOKED_WORDS = '(?:[^《》〈〉]|〈[^〈〉]*〉)';

/** A title with its spaces, book-title marks and quotes taken out, to tell two writings of one title apart. */
export const titleKey = (s: string): string => restoreNestedMarks(s).replace(/[《》〈〉“”"\s]/g, '');

/** True when a title's 《》 close and it ends as a title ends (…的通知, …实施方案(试行)). */
export const finishedTitle = (t: string): boolean => unbalanced(t) <= 0 && TITLE_END.test(t.replace(/\s/g, ''));

/**
 * How an organ's name ends, signatures' ends (ISSUER_END) and the rest: a line 中国人民银行, 中共中央 or 中华全国总工会 over
 * 关于…的通知 begins the title, as 国务院办公厅 does; a portal's column (政府信息公开) over it does not.
 */
export const ORGAN_END = new RegExp(
  `(?:${ISSUER_END.source.replace(/\$$/, '')}|银行|中央|会|社|司|处|中心|小组|党委|集团|公司)$`,
);
