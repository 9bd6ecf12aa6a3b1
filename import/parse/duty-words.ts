/**
 * The words a responsibility bracket closes its lists of organs with, by role. Example:
 *   '(省发展改革委、省财政厅牵头,省教育厅参加)' → 牵头: the lead; 参加: taking part.
 * One list for the reader of a bracket's agencies (read-agencies.ts) and for the reader of the level its organs tell
 * (read-own-place.ts): written in both, they had drifted, and a bracket closing with 参加 named agencies to the one and
 * nothing to the other.
 */

/** Words naming the organs that lead (…牵头, …负责; …指导 where the places do the work), longest first. */
export const LEAD_DUTIES = ['牵头负责', '负责', '牵头', '指导'];
/** Words naming the organs that take part (…参加, …配合). */
export const PART_DUTIES = ['参加', '参与', '配合', '协助', '协同'];
/** How a duty is shared, written before it (按职责分工负责, 按照职责分工负责, 分别负责). */
export const DUTY_MANNER = '按照职责分工|按职责分工|按照职责|按职责|分别|分工';
